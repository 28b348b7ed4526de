import { isInFlight, type RunRecord, runIdFor } from '#core/run';
import { executionInputSchema } from '#shared/event-schemas';
import type { ScoringResult, WorkflowState } from '#shared/workflow-types';
import { logger } from './observability.ts';
import type { Ports } from './ports.ts';
import { rollback } from './rollback.ts';
import { intakeOfRun } from './run-state.ts';

/** How an execution ended outside the definition's own paths (Step Functions' status names). */
export type EndedStatus = 'ABORTED' | 'TIMED_OUT' | 'FAILED';

export interface ReconcileResult {
  runId: string;
  /** true when this call finished the run as `interrupted`; false when it had already ended (or never ran). */
  closed: boolean;
  status: string | null;
}

const ERROR_OF: Record<EndedStatus, string> = {
  ABORTED: 'ExecutionAborted',
  TIMED_OUT: 'ExecutionTimedOut',
  FAILED: 'ExecutionFailed',
};

export { isInFlight };

/** The workflow state the rollback would have had, rebuilt from the run record. */
function stateOfRun(run: RunRecord, status: EndedStatus, why: string): WorkflowState {
  const intake = intakeOfRun(run);
  // Scoring fields the rollback reads (hints come from the artifact in S3, since they are not on the run).
  const scoring = run.artifactDigest
    ? ({
        artifactDigest: run.artifactDigest,
        artifactRef: {
          bucket: run.packageRef.bucket,
          key: `artifacts/${run.streamId}/${run.artifactDigest}.json`,
        },
        risk: run.risk,
        score: run.score,
        outcome: run.outcome,
      } as ScoringResult)
    : undefined;
  return {
    trigger: run.trigger,
    packageRef: run.packageRef,
    intake,
    ...(scoring ? { scoring } : {}),
    failure: { Error: ERROR_OF[status], Cause: why },
  };
}

/** The trigger and package of an execution, from its input as the status-change event carries it. */
function inputOf(input: string | undefined): Pick<WorkflowState, 'trigger' | 'packageRef'> | undefined {
  if (input === undefined) return undefined;
  try {
    const parsed = executionInputSchema.safeParse(JSON.parse(input));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A run whose execution ended where the definition could not finish it (stopped by hand, timed out at the
 * state-machine level, failed where no Catch applies, or lost on a local restart) is finished as the
 * definition would have: rollback with an `interrupted` outcome (pointer restored if this run moved it,
 * dedupe claim released, `Handoff Rolled Back` with the reason). A run that already ended is left alone,
 * so this is idempotent with the definition's own rollback (whose FAILED executions also arrive here).
 * An execution that never got a run record (its intake and then its rollback failed) is told as an early
 * end from its `input`, unless the definition's rollback told one already.
 */
export async function reconcile(
  ports: Pick<Ports, 'artifacts' | 'blobs' | 'events' | 'runs' | 'clock'>,
  ended: { executionArn: string; status: EndedStatus; why?: string; input?: string },
): Promise<ReconcileResult> {
  const runId = runIdFor(ended.executionArn);
  const run = await ports.runs.getRun(runId);
  const why = ended.why ?? `the execution ended ${ended.status} outside the workflow's own paths`;
  if (!run) {
    const input = inputOf(ended.input);
    if (!input) return { runId, closed: false, status: null };
    const failure = { Error: ERROR_OF[ended.status], Cause: why };
    await rollback(ports, { ...input, failure }, ended.executionArn);
    return { runId, closed: false, status: null };
  }
  if (!isInFlight(run)) return { runId, closed: false, status: run.status };
  logger.warn('closing a run its execution left in flight', { runId, status: ended.status });
  await rollback(ports, stateOfRun(run, ended.status, why));
  return { runId, closed: true, status: 'interrupted' };
}
