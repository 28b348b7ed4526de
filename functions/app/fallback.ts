import {
  AUTO_FALLBACK_ACTOR,
  DEFAULT_FALLBACK_POLICY,
  evaluateFallback,
  type FallbackPolicy,
  type FallbackVerdict,
} from '#core/fallback';
import type { FlagAdminPort, OpsStorePort } from './ports.ts';

export interface FallbackOutcome {
  verdict: Omit<FallbackVerdict, 'change'>;
  applied: boolean;
  by: typeof AUTO_FALLBACK_ACTOR;
}

/**
 * The automatic fallback as one call, shared by `handoff flags check-fallback` and the alarm-driven
 * `auto-fallback` Lambda: read the recent runs and the flag through the ports, evaluate the pure rule,
 * write the change (flag record + audit entry by `auto-fallback`, one transaction) unless dry-run.
 */
export async function applyFallback(
  ports: { store: Pick<OpsStorePort, 'listRuns'>; flagAdmin: FlagAdminPort },
  flag: string,
  now: Date,
  policy: FallbackPolicy = DEFAULT_FALLBACK_POLICY,
  dryRun = false,
): Promise<FallbackOutcome> {
  // Runs are listed by intake time: look a week further back for runs that ended inside the window.
  const since = new Date(now.getTime() - (policy.windowHours + 24 * 7) * 3_600_000).toISOString();
  const runs = await ports.store.listRuns({ since, until: new Date(now.getTime() + 1).toISOString() });
  const record = await ports.flagAdmin.get(flag);
  const { change, ...verdict } = evaluateFallback(runs, record, flag, now, policy);
  let applied = false;
  if (verdict.trigger && change && !dryRun) {
    await ports.flagAdmin.apply(record, change.record, change.audit);
    applied = true;
  }
  return { verdict, applied, by: AUTO_FALLBACK_ACTOR };
}
