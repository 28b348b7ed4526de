import { elapsedMs, failureReason, isInFlight, type RunRecord, type RunStatus } from './run.ts';

/**
 * Where a run stands, as `handoff submit` and `handoff status` print it: the step it reached (from the
 * timings its steps write), whether it has ended, and whether that end is a success for the submitter.
 */

export type RunStep = 'intake' | 'scored' | 'awaiting-approval' | 'decided' | 'handed-off' | 'ended';

/** Ends a submitter waits for: handed off, or in shadow mode evaluated without a handoff. */
const SUCCESS: readonly RunStatus[] = ['handed-off', 'shadow'];

export interface RunProgress {
  runId: string;
  streamId: string;
  packageId: string;
  status: RunStatus;
  step: RunStep;
  ended: boolean;
  ok: boolean;
  outcome?: string;
  decision?: string;
  approver?: string;
  reason?: string;
  artifactDigest?: string;
  timings: { submittedAt: string; intakeAt: string; finishedAt?: string; elapsedMs?: number };
}

export function stepOf(run: RunRecord): RunStep {
  if (!isInFlight(run)) return 'ended';
  if (run.handedOffAt) return 'handed-off';
  if (run.decidedAt) return 'decided';
  if (run.approvalRequestedAt || run.status === 'awaiting-approval') return 'awaiting-approval';
  if (run.scoredAt) return 'scored';
  return 'intake';
}

/** Why a run did not end in a handoff, in a line: the Catch's cause, the duplicate, the flag or the decision. */
export function reasonOf(run: RunRecord): string | undefined {
  switch (run.status) {
    case 'duplicate':
      return `the same package and contract version already ran as ${run.duplicateOf ?? 'another run'}`;
    case 'flag-off':
      return 'the rollout flag is off (handoff flags set shadow|on)';
    case 'superseded':
      return `a later revision of the stream was handed off first (${run.supersededBy?.runId ?? 'unknown run'})`;
    case 'interrupted':
      return 'the execution ended outside the workflow (stopped or timed out)';
    case 'rejected':
      return run.failure ? failureReason(run.failure.Cause) : `rejected by ${run.approver ?? 'the approver'}`;
    case 'rolled-back':
      if (run.outcome === 'blocked') return 'blocked by policy: the package has blocking findings';
      return run.failure ? failureReason(run.failure.Cause) : 'rolled back';
    default:
      return undefined;
  }
}

export function progressOf(run: RunRecord): RunProgress {
  const ended = !isInFlight(run);
  const elapsed = elapsedMs(run.intakeAt, run.finishedAt);
  const reason = reasonOf(run);
  return {
    runId: run.runId,
    streamId: run.streamId,
    packageId: run.packageId,
    status: run.status,
    step: stepOf(run),
    ended,
    ok: ended && SUCCESS.includes(run.status),
    ...(run.outcome ? { outcome: run.outcome } : {}),
    ...(run.decision ? { decision: run.decision } : {}),
    ...(run.approver ? { approver: run.approver } : {}),
    ...(reason ? { reason } : {}),
    ...(run.artifactDigest ? { artifactDigest: run.artifactDigest } : {}),
    timings: {
      submittedAt: run.submittedAt,
      intakeAt: run.intakeAt,
      ...(run.finishedAt ? { finishedAt: run.finishedAt } : {}),
      ...(elapsed !== undefined ? { elapsedMs: elapsed } : {}),
    },
  };
}

/** One line per state change: `handed-off (outcome pass, approved by …)`. */
export function progressLine(p: RunProgress): string {
  const bits = [
    p.outcome && `outcome ${p.outcome}`,
    p.decision && `${p.decision}${p.approver ? ` by ${p.approver}` : ''}`,
    p.reason,
  ].filter(Boolean);
  const label = p.ended ? p.status : p.step;
  return `run ${p.runId}: ${label}${bits.length ? ` (${bits.join('; ')})` : ''}`;
}
