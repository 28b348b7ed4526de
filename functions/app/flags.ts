import { type FlagChange, planFlagChange } from '#core/flag-change';
import { ConcurrentUpdateError } from '#shared/errors';
import type { Ports } from './ports.ts';

/** `handoff flags set|rollout`: reads the flag, plans the change, writes record + audit entry atomically. */
export async function changeFlag(
  ports: Pick<Ports, 'flagAdmin'>,
  flag: string,
  change: FlagChange,
  meta: { by: string; why: string; at: string },
) {
  const current = await ports.flagAdmin.get(flag);
  const planned = planFlagChange(flag, current, change, meta);
  await ports.flagAdmin.apply(current, planned.record, planned.audit);
  return planned;
}

/**
 * The flag as a first deploy leaves it: off, with an audit entry by `by`, written only when no record
 * exists, so a redeploy never overwrites an operator's setting. True when it wrote.
 */
export async function seedFlag(
  ports: Pick<Ports, 'flagAdmin'>,
  flag: string,
  meta: { by: string; why: string; at: string },
): Promise<boolean> {
  if (await ports.flagAdmin.get(flag)) return false;
  try {
    await changeFlag(ports, flag, { kind: 'set', state: 'off' }, meta);
    return true;
  } catch (e) {
    // Set by someone between the read and the conditional write: theirs stands.
    if (e instanceof ConcurrentUpdateError) return false;
    throw e;
  }
}
