import { HandoffError } from './errors.ts';
import { FLAG_STATES, type FlagRecord, type FlagState } from './flags.ts';

/**
 * Operator changes to the rollout flag, as data: what the record becomes and the audit entry that must be
 * written with it (in one transaction, see `functions/adapters/flag-admin.ts`). Pure and clock-free.
 */

export interface FlagSnapshot {
  state: FlagState;
  percentage: number;
  allowlist: string[];
}

export interface FlagAuditEntry {
  flag: string;
  /** ISO instant of the change. */
  at: string;
  by: string;
  why: string;
  /** null when the flag record did not exist. */
  from: FlagSnapshot | null;
  to: FlagSnapshot;
  /** What an automatic change was based on (auto-fallback: rates, run counts, thresholds). */
  figures?: Record<string, number | string | null>;
}

export type FlagChange =
  | { kind: 'set'; state: FlagState }
  | { kind: 'rollout'; percentage: number; allow?: readonly string[] };

export class FlagChangeError extends HandoffError {
  override readonly name = 'FlagChangeError';
}

export { FLAG_STATES };
export const MAX_WHY_CHARS = 500;
const STREAM_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function snapshotOf(record: FlagRecord | undefined): FlagSnapshot | null {
  if (!record) return null;
  return {
    state: record.state,
    percentage: record.percentage,
    allowlist: [...(record.allowlist ?? [])].sort(),
  };
}

/**
 * The next record and its audit entry. `set` keeps percentage and allowlist (a new record starts at
 * 100%); `rollout` keeps the state (a new record starts in `shadow`, the safe way to begin) and replaces
 * the allowlist when `allow` is given. `by` and `why` are required: an unexplained change is refused.
 */
export function planFlagChange(
  flag: string,
  current: FlagRecord | undefined,
  change: FlagChange,
  meta: { by: string; why: string; at: string; figures?: FlagAuditEntry['figures'] },
): { record: FlagRecord; audit: FlagAuditEntry } {
  const by = meta.by.trim();
  const why = meta.why.trim();
  if (by === '') throw new FlagChangeError('--by is required: who makes this change');
  if (why === '') throw new FlagChangeError('--why is required: the reason goes into the audit trail');
  if (why.length > MAX_WHY_CHARS)
    throw new FlagChangeError(`--why is limited to ${MAX_WHY_CHARS} characters`);
  const from = snapshotOf(current);
  let to: FlagSnapshot;
  if (change.kind === 'set') {
    if (!FLAG_STATES.includes(change.state)) {
      throw new FlagChangeError(`state must be one of ${FLAG_STATES.join(', ')} (got '${change.state}')`);
    }
    to = { state: change.state, percentage: from?.percentage ?? 100, allowlist: from?.allowlist ?? [] };
  } else {
    if (!Number.isInteger(change.percentage) || change.percentage < 0 || change.percentage > 100) {
      throw new FlagChangeError(`rollout percentage must be an integer 0..100 (got ${change.percentage})`);
    }
    const bad = (change.allow ?? []).filter((s) => !STREAM_ID.test(s));
    if (bad.length > 0) throw new FlagChangeError(`not a stream id: ${bad.join(', ')}`);
    to = {
      state: from?.state ?? 'shadow',
      percentage: change.percentage,
      allowlist: change.allow ? [...new Set(change.allow)].sort() : (from?.allowlist ?? []),
    };
  }
  const record: FlagRecord = {
    flag,
    state: to.state,
    percentage: to.percentage,
    allowlist: to.allowlist,
    updatedAt: meta.at,
    updatedBy: by,
  };
  const audit: FlagAuditEntry = {
    flag,
    at: meta.at,
    by,
    why,
    from,
    to,
    ...(meta.figures ? { figures: meta.figures } : {}),
  };
  return { record, audit };
}

export function describeSnapshot(s: FlagSnapshot | null): string {
  if (!s) return '(none)';
  return `${s.state} ${s.percentage}%${s.allowlist.length ? ` allow ${s.allowlist.join(',')}` : ''}`;
}

export function formatAudit(entries: readonly FlagAuditEntry[]): string {
  if (entries.length === 0) return 'no changes recorded\n';
  return `${entries
    .map((e) => {
      const figures = e.figures
        ? ` [${Object.entries(e.figures)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')}]`
        : '';
      return `${e.at}  ${e.by.padEnd(16)} ${describeSnapshot(e.from)} → ${describeSnapshot(e.to)}  "${e.why}"${figures}`;
    })
    .join('\n')}\n`;
}
