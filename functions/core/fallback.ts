import { type FlagAuditEntry, type FlagChange, planFlagChange } from './flag-change.ts';
import type { FlagRecord } from './flags.ts';
import type { RunRecord } from './run.ts';
import { classifyRun, endedAt, FINISHED_LIVE } from './run-class.ts';
import { share, spanMs } from './time-window.ts';

/**
 * Automatic fallback: when live runs start failing, stop publishing without stopping the product. Over the
 * newest `lastRuns` finished live runs that ended within `windowHours` of `now`: if the technical failure
 * rate or the rollback-path rate is above its threshold (and at least `minRuns` runs back it), the flag
 * goes to `shadow`: every run is still scored and recorded, nothing is handed off, the baseline stays.
 */

export interface FallbackPolicy {
  lastRuns: number;
  minRuns: number;
  windowHours: number;
  /** Rolled back (technical failure, timeout) / finished. */
  maxFailureRate: number;
  /** Through rollback for any reason (rejections included; what the CloudWatch alarm watches) / finished. */
  maxRollbackRate: number;
}

export const DEFAULT_FALLBACK_POLICY: FallbackPolicy = {
  lastRuns: 20,
  minRuns: 5,
  windowHours: 24,
  maxFailureRate: 0.2,
  // Rejections are normal verdicts; only a clear majority going through rollback means something is off.
  maxRollbackRate: 0.5,
};

export const AUTO_FALLBACK_ACTOR = 'auto-fallback';

export interface FallbackVerdict {
  trigger: boolean;
  /** Why (not): one sentence for the operator and the audit trail. */
  reason: string;
  figures: {
    runs: number;
    failed: number;
    rolledBackOrRejected: number;
    failureRate: number | null;
    rollbackRate: number | null;
    maxFailureRate: number;
    maxRollbackRate: number;
    windowHours: number;
    flagState: string;
  };
  /** When triggered: the change to write (flag record + audit entry by `auto-fallback`). */
  change?: { record: FlagRecord; audit: FlagAuditEntry };
}

export function evaluateFallback(
  runs: readonly RunRecord[],
  flagRecord: FlagRecord | undefined,
  flagName: string,
  now: Date,
  policy: FallbackPolicy = DEFAULT_FALLBACK_POLICY,
): FallbackVerdict {
  const horizonMs = policy.windowHours * 3_600_000;
  const recent = runs
    .filter((r) => FINISHED_LIVE.includes(classifyRun(r)))
    .filter((r) => {
      const age = spanMs(endedAt(r), now.toISOString());
      return age !== undefined && age >= 0 && age <= horizonMs;
    })
    .sort((a, b) => ((endedAt(b) ?? '') < (endedAt(a) ?? '') ? -1 : 1))
    .slice(0, policy.lastRuns);
  const failed = recent.filter((r) => classifyRun(r) === 'rolled-back').length;
  const throughRollback = recent.filter((r) => classifyRun(r) !== 'handed-off').length;
  const figures: FallbackVerdict['figures'] = {
    runs: recent.length,
    failed,
    rolledBackOrRejected: throughRollback,
    failureRate: share(failed, recent.length),
    rollbackRate: share(throughRollback, recent.length),
    maxFailureRate: policy.maxFailureRate,
    maxRollbackRate: policy.maxRollbackRate,
    windowHours: policy.windowHours,
    flagState: flagRecord?.state ?? 'missing',
  };
  const state = flagRecord?.state;
  if (state !== 'on') {
    return {
      trigger: false,
      reason: `flag is ${state ?? 'missing'}: nothing is published, no fallback needed`,
      figures,
    };
  }
  if (recent.length < policy.minRuns) {
    return {
      trigger: false,
      reason: `only ${recent.length} finished run(s) in the last ${policy.windowHours} h (need ${policy.minRuns})`,
      figures,
    };
  }
  const over: string[] = [];
  if ((figures.failureRate ?? 0) > policy.maxFailureRate) {
    over.push(`failure rate ${pctText(figures.failureRate)} > ${pctText(policy.maxFailureRate)}`);
  }
  if ((figures.rollbackRate ?? 0) > policy.maxRollbackRate) {
    over.push(`rollback rate ${pctText(figures.rollbackRate)} > ${pctText(policy.maxRollbackRate)}`);
  }
  if (over.length === 0) {
    return {
      trigger: false,
      reason: `within limits over ${recent.length} run(s): failure ${pctText(figures.failureRate)}, rollback ${pctText(figures.rollbackRate)}`,
      figures,
    };
  }
  const why = `automatic fallback to shadow: ${over.join(' and ')} over the last ${recent.length} finished run(s)`;
  const change: FlagChange = { kind: 'set', state: 'shadow' };
  return {
    trigger: true,
    reason: why,
    figures,
    change: planFlagChange(flagName, flagRecord, change, {
      by: AUTO_FALLBACK_ACTOR,
      why,
      at: now.toISOString(),
      figures,
    }),
  };
}

function pctText(v: number | null): string {
  return v === null ? 'n/a' : `${Math.round(v * 1000) / 10}%`;
}
