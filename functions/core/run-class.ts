import type { RunRecord } from './run.ts';

/**
 * How the ops figures read a run record. A run ends in exactly one of these classes; everything the KPI,
 * fallback and threshold logic count is derived from it, so the three always agree.
 */
export type RunClass =
  /** Live run published: passed automatically or approved as is. */
  | 'handed-off'
  /** The policy gate blocked it (a blocking finding or a score below blockBelow). */
  | 'policy-blocked'
  /** A human approver rejected it. */
  | 'approver-rejected'
  /** Rejected for another verdict on the package (e.g. it no longer validates). */
  | 'rejected-other'
  /** A technical failure, a timeout, a failed handoff or an interrupted execution: rolled back. */
  | 'rolled-back'
  /** A later revision of the stream was handed off first; the pointer stayed on it. */
  | 'superseded'
  | 'shadow'
  | 'shadow-failed'
  | 'duplicate'
  | 'flag-off'
  /** Still running or waiting for a human. */
  | 'in-flight';

export function classifyRun(run: RunRecord): RunClass {
  switch (run.status) {
    case 'duplicate':
      return 'duplicate';
    case 'flag-off':
      return 'flag-off';
    case 'shadow':
      return 'shadow';
    case 'running':
    case 'awaiting-approval':
      return 'in-flight';
    case 'handed-off':
      return 'handed-off';
    case 'rejected':
      if (run.shadow) return 'shadow-failed';
      if (run.failure?.Error === 'PolicyBlocked') return 'policy-blocked';
      if (run.failure?.Error === 'ApprovalRejectedError' || run.decision === 'rejected') {
        return 'approver-rejected';
      }
      return 'rejected-other';
    case 'rolled-back':
    case 'interrupted':
      return run.shadow ? 'shadow-failed' : 'rolled-back';
    case 'superseded':
      return 'superseded';
    default:
      return 'in-flight';
  }
}

/** Live runs that reached an end: the denominator of rates. */
export const FINISHED_LIVE: readonly RunClass[] = [
  'handed-off',
  'policy-blocked',
  'approver-rejected',
  'rejected-other',
  'rolled-back',
  'superseded',
];

/** Finished live runs whose end is a verdict on the package (not an accident of the run). */
export const DECIDED: readonly RunClass[] = [
  'handed-off',
  'policy-blocked',
  'approver-rejected',
  'rejected-other',
];

/** Did a human have to change anything? `none`: passed on its own; approved as is; rejected. */
export type HumanTouch = 'none' | 'approved-as-is' | 'rejected' | 'not-decided';

export function humanTouch(run: RunRecord): HumanTouch {
  const cls = classifyRun(run);
  if (cls === 'handed-off') return run.decision === 'approved' ? 'approved-as-is' : 'none';
  if (cls === 'approver-rejected') return 'rejected';
  return 'not-decided';
}

/** When the run ended: handoff, rollback (or rejection) or any recorded finish. */
export function endedAt(run: RunRecord): string | undefined {
  return run.handedOffAt ?? run.rolledBackAt ?? run.finishedAt;
}
