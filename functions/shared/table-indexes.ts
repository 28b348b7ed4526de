/**
 * The sparse indexes the ops reads use (KPIs, threshold suggestions, auto-fallback, replay by digest), so a
 * weekly review reads a week of runs, not the 400 days the runs table keeps. Infra and adapters share these.
 */

/** Runs by UTC day of intake (`runDay` = YYYY-MM-DD, sort `intakeAt`): only RUN items carry `runDay`. */
export const RUNS_BY_DAY_INDEX = 'byDay';

/** Artifact items by digest (keys only; the item is then read by its key). Pointers have no `artifactDigest`. */
export const ARTIFACTS_BY_DIGEST_INDEX = 'byDigest';

/** The index partition of a run: the UTC day of its intake instant. */
export function runDayOf(intakeAt: string): string {
  return intakeAt.slice(0, 10);
}
