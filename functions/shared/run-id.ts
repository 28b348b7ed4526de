import { createHash, randomUUID } from 'node:crypto';

/**
 * The run id: the execution's name when the workflow passes `$$.Execution.Id` (stable across retries of
 * the same execution), otherwise a random UUID.
 */
export function runIdFor(executionId: string | undefined): string {
  if (!executionId) return randomUUID();
  const name = executionId.split(':').pop() ?? '';
  if (/^[A-Za-z0-9_-]{1,80}$/.test(name)) return name;
  return createHash('sha256').update(executionId, 'utf8').digest('hex').slice(0, 32);
}
