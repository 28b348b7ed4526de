import { createHash } from 'node:crypto';

export type FlagState = 'off' | 'shadow' | 'on';

export interface EvaluatedFlag {
  flag: string;
  state: FlagState;
  /** Why this stream got this state: 'flag-off', 'allowlist', 'bucket 17 < 25%', 'bucket 80 >= 25%', 'flag-missing'. */
  reason: string;
}

/** The stored flag record (`flags` table). */
export interface FlagRecord {
  flag: string;
  state: FlagState;
  /** Rollout percentage 0..100 of streams that get `state`. */
  percentage: number;
  /** Stream ids that always get `state` (unless the state is off). */
  allowlist?: string[] | undefined;
  updatedAt?: string | undefined;
  updatedBy?: string | undefined;
}

export const FLAG_STATES: readonly FlagState[] = ['off', 'shadow', 'on'];

/**
 * Deterministic bucket 0..99 of a stream for a flag: the first 4 bytes of sha256(flag + ':' + streamId)
 * read as a big-endian uint32, mod 100. The same stream lands in the same bucket on every run.
 */
export function bucketOf(flag: string, streamId: string): number {
  const digest = createHash('sha256').update(`${flag}:${streamId}`, 'utf8').digest();
  return digest.readUInt32BE(0) % 100;
}

/**
 * Evaluates the flag for one stream. Fails closed: a missing or malformed record is `off`; a stream
 * outside the rollout gets `off`; allowlisted streams always get the record's state.
 */
export function evaluateFlag(
  record: FlagRecord | undefined,
  streamId: string,
  flagName?: string,
): EvaluatedFlag {
  const flag = record?.flag ?? flagName ?? 'unknown';
  if (record === undefined) return { flag, state: 'off', reason: 'flag-missing' };
  const percentage = record.percentage;
  if (
    !FLAG_STATES.includes(record.state) ||
    typeof percentage !== 'number' ||
    !Number.isFinite(percentage) ||
    percentage < 0 ||
    percentage > 100
  ) {
    return { flag, state: 'off', reason: 'flag-invalid' };
  }
  if (record.state === 'off') return { flag, state: 'off', reason: 'flag-off' };
  if (Array.isArray(record.allowlist) && record.allowlist.includes(streamId)) {
    return { flag, state: record.state, reason: 'allowlist' };
  }
  const bucket = bucketOf(flag, streamId);
  return bucket < percentage
    ? { flag, state: record.state, reason: `bucket ${bucket} < ${percentage}%` }
    : { flag, state: 'off', reason: `bucket ${bucket} >= ${percentage}%` };
}
