import { SKILL } from '#core/identity';
import {
  approvalFields,
  type FailureInfo,
  failureReason,
  isInFlight,
  RUN_RETENTION_SECONDS,
  runIdFor,
} from '#core/run';
import { type ArtifactItem, restoreTarget } from '#core/stream';
import { APPROVAL_REJECTED } from '#shared/errors';
import type { IntakeResult, RollbackResult, ScoringResult, WorkflowState } from '#shared/workflow-types';
import { eventHints } from './handoff-events.ts';
import { correlate, logger, MetricUnit, metrics } from './observability.ts';
import { updatePointer } from './pointer.ts';
import type { ArtifactsPort, Ports } from './ports.ts';
import { intakeOfRun } from './run-state.ts';

/** Failures that are a verdict on the package (rejected), not an accident of the run (rolled back). */
export const REJECTION_ERRORS: readonly string[] = [
  'PackageRejectedError',
  APPROVAL_REJECTED,
  'PolicyBlocked',
];

type PointerAction = NonNullable<RollbackResult['pointer']>;

/**
 * Puts back exactly what this run's handoff replaced, and only while the pointer still holds that write
 * (conditional on the pointer version, re-decided on a lost race). A pointer another run wrote since is
 * left alone: `left-alone` when this run's write had happened, `not-moved` when it never wrote.
 */
async function restorePointer(
  artifacts: ArtifactsPort,
  intake: IntakeResult,
  item: ArtifactItem | undefined,
  at: string,
): Promise<{ rolledBackTo: string | null; pointer: PointerAction }> {
  // A shadow run never moved the pointer.
  const { pointer, written } = await updatePointer(
    artifacts,
    intake.streamId,
    (p) => (intake.shadow ? undefined : restoreTarget(p, { runId: intake.runId }, item)),
    at,
  );
  const ownWrite = item?.status === 'handed-off' && item.runId === intake.runId;
  const action: PointerAction = written ? 'restored' : ownWrite ? 'left-alone' : 'not-moved';
  if (action === 'left-alone') {
    logger.warn('pointer moved on since this run wrote it: left alone', { pointer });
  }
  return { rolledBackTo: pointer.stable, pointer: action };
}

const POINTER_NOTES: Record<PointerAction, string> = {
  restored: 'the stream pointer was restored to what this run had replaced',
  'left-alone': 'another run wrote the stream pointer after this one: it was left alone',
  'not-moved': 'this run never moved the stream pointer',
};

type RollbackPorts = Pick<Ports, 'artifacts' | 'blobs' | 'events' | 'runs' | 'clock'>;

/**
 * The errors the reconciler gives a run whose execution ended outside the definition's paths (stopped,
 * timed out at the state-machine level, failed where no Catch applies): a technical end, `interrupted`.
 */
export const INTERRUPTION_ERRORS: readonly string[] = [
  'ExecutionAborted',
  'ExecutionTimedOut',
  'ExecutionFailed',
];

/** What the run failed with, as the rollback reports it. */
interface Verdict {
  failure: FailureInfo;
  rejected: boolean;
  outcome: 'rejected' | 'rolled-back' | 'interrupted';
  reason: string;
  at: string;
}

function verdictOf(state: WorkflowState, at: string): Verdict {
  const failure: FailureInfo = state.failure ?? { Error: 'Unknown', Cause: '' };
  const rejected = REJECTION_ERRORS.includes(failure.Error);
  return {
    failure,
    rejected,
    outcome: rejected
      ? 'rejected'
      : INTERRUPTION_ERRORS.includes(failure.Error)
        ? 'interrupted'
        : 'rolled-back',
    reason: failureReason(failure.Cause),
    at,
  };
}

function countRollback(verdict: Verdict): void {
  metrics.addMetric('Rollbacks', MetricUnit.Count, 1);
  const outcome = metrics.singleMetric();
  outcome.addDimension('outcome', verdict.outcome);
  outcome.addMetric('Decisions', MetricUnit.Count, 1);
}

const detailTypeOf = (verdict: Verdict) => (verdict.rejected ? 'Handoff Rejected' : 'Handoff Rolled Back');

/**
 * Intake failed: there is no run, stream or artifact yet. The submitter still hears why, once: the end is
 * kept beside where the run record would be before it is told, so a retried rollback or the reconciler (the
 * rollback itself failed) tells what was kept, with the same event id, until one of them got it out.
 */
async function reportEarlyEnd(
  ports: Pick<RollbackPorts, 'events' | 'runs'>,
  state: WorkflowState,
  verdict: Verdict,
  executionId: string | undefined,
) {
  logger.info('run ended before intake completed', { error: verdict.failure.Error });
  const runId = executionId ? runIdFor(executionId) : undefined;
  const detail = {
    ...(runId ? { eventId: `${runId}:${verdict.outcome}` } : {}),
    packageRef: state.packageRef,
    outcome: verdict.outcome,
    routingTag: SKILL.routingTag,
    error: verdict.failure.Error,
    reason: verdict.reason,
  };
  if (!runId) return ports.events.publish(detailTypeOf(verdict), detail);
  const expiresAt = Math.floor(Date.parse(verdict.at) / 1000) + RUN_RETENTION_SECONDS;
  const kept = await ports.runs.keepEarlyEnd(runId, { detailType: detailTypeOf(verdict), detail, expiresAt });
  if (kept.told) return;
  await ports.events.publish(kept.detailType, kept.detail);
  await ports.runs.markEarlyEndTold(runId);
}

/** A shadow run only relabels an artifact nobody else has published. */
async function markArtifact(
  artifacts: ArtifactsPort,
  intake: IntakeResult,
  item: ArtifactItem | undefined,
  verdict: Verdict,
): Promise<void> {
  if (item && (!intake.shadow || item.status === 'scored' || item.status === 'shadow')) {
    const status = verdict.outcome === 'interrupted' ? 'rolled-back' : verdict.outcome;
    await artifacts.setStatus(intake.streamId, item.artifactDigest, status, verdict.at);
  }
}

/** Tell consumers the artifact is out and where the stream's pointer went back to. */
async function publishOutcome(
  ports: RollbackPorts,
  intake: IntakeResult,
  scoring: ScoringResult | undefined,
  verdict: Verdict,
  restored: RollbackResult & { claimReleased: boolean },
): Promise<void> {
  const { rolledBackTo, pointer = 'not-moved', claimReleased } = restored;
  await ports.events.publish(detailTypeOf(verdict), {
    // At least once (see handoff): consumers dedupe on this id.
    eventId: `${intake.runId}:${verdict.outcome}`,
    streamId: intake.streamId,
    packageId: intake.packageId,
    runId: intake.runId,
    artifactDigest: scoring?.artifactDigest ?? null,
    outcome: verdict.outcome,
    risk: scoring?.risk ?? null,
    confidence: scoring?.confidence ?? null,
    score: scoring?.score ?? null,
    routingTag: SKILL.routingTag,
    // An interrupted run is a rollback to the consumers that listen for one.
    downstream: scoring
      ? await eventHints(
          ports.blobs,
          scoring,
          verdict.outcome === 'interrupted' ? 'rolled-back' : verdict.outcome,
        )
      : [],
    error: verdict.failure.Error,
    reason: verdict.reason,
    rolledBackTo,
    pointer,
    pointerNote: POINTER_NOTES[pointer],
    // A technical end frees the package's dedupe claim: submitting the same file again runs it.
    claimReleased,
  });
}

/**
 * A technical end (not a verdict) gives the dedupe claim back, conditional on this run holding it, so the
 * same bytes can be submitted again after an outage. Verdicts keep it: the same bytes would get the same one.
 */
async function releaseClaim(runs: RollbackPorts['runs'], intake: IntakeResult): Promise<boolean> {
  const key = {
    packageDigest: intake.packageDigest,
    contractVersion: intake.contract.version,
    ...(intake.shadow ? { scope: 'shadow' } : {}),
  };
  return runs.releaseClaim(key, intake.runId);
}

/** Record the run's outcome with its failure; rolledBackAt marks the rollback done. */
async function recordOutcome(
  runs: RollbackPorts['runs'],
  state: WorkflowState,
  intake: IntakeResult,
  verdict: Verdict,
  restored: RollbackResult & { claimReleased: boolean },
): Promise<void> {
  const { failure, at } = verdict;
  const { rolledBackTo, pointer, claimReleased } = restored;
  await runs.updateRun(intake.runId, {
    status: verdict.outcome,
    failure: { Error: failure.Error.slice(0, 256), Cause: failure.Cause.slice(0, 8_000) },
    finishedAt: at,
    rolledBackAt: at,
    rolledBackTo,
    ...(pointer ? { pointerAction: pointer } : {}),
    claimReleased,
    ...approvalFields(state.approval),
    ...(failure.Error === APPROVAL_REJECTED ? { decision: 'rejected' as const } : {}),
  });
}

/**
 * A state without `$.intake` whose intake did its work anyway (every response lost): the run it recorded,
 * still in flight, is rolled back like any other (`intake` rebuilt from the record); one that already
 * ended there (a duplicate, the flag off) has told the submitter already: `ended`.
 */
async function runLeftByIntake(
  runs: RollbackPorts['runs'],
  executionId: string | undefined,
): Promise<{ intake: IntakeResult } | 'ended' | undefined> {
  const run = executionId ? await runs.getRun(runIdFor(executionId)) : undefined;
  if (!run) return undefined;
  return isInFlight(run) ? { intake: intakeOfRun(run) } : 'ended';
}

/**
 * rollback-to-last-stable-baseline: restore the stream pointer, mark the artifact, record the run's
 * outcome with the failure and tell consumers (never for shadow runs). Safe to retry. `executionId` (the
 * definition passes it) finds the run of an intake whose responses were all lost.
 */
export async function rollback(
  ports: RollbackPorts,
  given: WorkflowState,
  executionId?: string,
): Promise<RollbackResult> {
  const { artifacts, runs } = ports;
  const left = given.intake ? undefined : await runLeftByIntake(runs, executionId);
  if (left === 'ended') {
    logger.info('intake ended the run before its response was lost: nothing to roll back');
    return { rolledBackTo: null };
  }
  const state = left ? { ...given, ...left } : given;
  const verdict = verdictOf(state, ports.clock().toISOString());
  const intake = state.intake;
  // Rollbacks are counted once per run that intake counted in Runs (so Rollbacks / Runs ≤ 100 %): not for
  // an intake failure (no run), not again on a retry, and only once the rollback is done.
  if (!intake) {
    await reportEarlyEnd(ports, state, verdict, executionId);
    return { rolledBackTo: null };
  }

  correlate({ runId: intake.runId, streamId: intake.streamId, packageDigest: intake.packageDigest });
  const { attempt, run } = await runs.beginAttempt(intake.runId, 'rollback');
  if (attempt > 1) metrics.addMetric('Retries', MetricUnit.Count, 1);
  const scoring = state.scoring;
  const item = scoring ? await artifacts.getArtifact(intake.streamId, scoring.artifactDigest) : undefined;
  if (scoring) correlate({ artifactDigest: scoring.artifactDigest });

  // The run gets rolledBackAt only after the event went out: a retry whose earlier attempt got that far
  // (its response was lost) has nothing left to do and must not publish again.
  const ended = run?.status === 'rejected' || run?.status === 'rolled-back' || run?.status === 'interrupted';
  if (run?.rolledBackAt !== undefined && ended) {
    logger.info('already rolled back by an earlier attempt', { rolledBackTo: run.rolledBackTo ?? null });
    return {
      rolledBackTo: run.rolledBackTo ?? null,
      ...(run.pointerAction ? { pointer: run.pointerAction } : {}),
    };
  }

  // A handoff that ended its run `superseded` (announced, pointer untouched) and then lost its responses
  // reaches here through the Catch: the run already has its one outcome and nothing of it is to undo.
  if (run?.status === 'superseded') {
    logger.info('already ended superseded; nothing to roll back', { error: verdict.failure.Error });
    return { rolledBackTo: null, pointer: 'not-moved' };
  }

  const restored = await restorePointer(artifacts, intake, item, verdict.at);
  await markArtifact(artifacts, intake, item, verdict);
  const claimReleased = verdict.rejected ? false : await releaseClaim(runs, intake);
  const outcome = { ...restored, claimReleased };
  if (!intake.shadow) await publishOutcome(ports, intake, scoring, verdict, outcome);
  await recordOutcome(runs, state, intake, verdict, outcome);
  countRollback(verdict);
  const { rejected } = verdict;
  logger.info('rolled back', { error: verdict.failure.Error, rejected, ...outcome, shadow: intake.shadow });
  return restored;
}
