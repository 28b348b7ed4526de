import { artifacts } from '#adapters/artifacts';
import { events } from '#adapters/events';
import { runs } from '#adapters/runs';
import { SKILL } from '#core/identity';
import { IntegrityError } from '#shared/errors';
import { eventHints } from '#shared/handoff-events';
import { correlate, lambda, logger, MetricUnit, metrics } from '#shared/observability';
import { updatePointer } from '#shared/pointer';
import { approvalFields, elapsedMs, requireIntake, requireScoring } from '#shared/state';
import type { HandoffResult, WorkflowState } from '#shared/workflow-types';

/**
 * Handoff: make this artifact the stream's current and stable version (conditional write on the pointer
 * version; a retry after success is a no-op), then tell downstream consumers. Shadow runs only record.
 */
export async function handoff(
  state: WorkflowState,
  now: () => Date = () => new Date(),
): Promise<HandoffResult> {
  const intake = requireIntake(state);
  const scoring = requireScoring(state);
  const digest = scoring.artifactDigest;
  correlate({
    runId: intake.runId,
    streamId: intake.streamId,
    packageDigest: intake.packageDigest,
    artifactDigest: digest,
  });
  // Fail closed even if the state machine were mis-wired: never hand off a blocked or unapproved artifact.
  if (scoring.outcome === 'blocked') throw new IntegrityError('a blocked artifact reached handoff');
  if (!intake.shadow && scoring.approval.required && state.approval?.decision !== 'approved') {
    throw new IntegrityError('an artifact that requires approval reached handoff without one');
  }
  // The attempt counter returns the run record: no separate read for the already-handed-off check.
  const { attempt, run } = await runs.get().beginAttempt(intake.runId, 'handoff');
  if (attempt > 1) metrics.addMetric('Retries', MetricUnit.Count, 1);
  const at = now().toISOString();

  if (intake.shadow) {
    // The same package may also have run live (shadow runs dedupe separately): never relabel its artifact.
    const item = await artifacts.get().getArtifact(intake.streamId, digest);
    if (item?.status === 'scored') await artifacts.get().setStatus(intake.streamId, digest, 'shadow', at);
    const pointer = await artifacts.get().getPointer(intake.streamId);
    await runs.get().updateRun(intake.runId, { status: 'shadow', finishedAt: at, ...approvalFields(state) });
    metrics.addMetric('ShadowRuns', MetricUnit.Count, 1);
    logger.info('shadow run recorded; baseline unchanged', { pointerVersion: pointer.version });
    return { status: 'shadow-recorded', pointerVersion: pointer.version };
  }

  // The run is marked handed-off only after the event went out: a retry whose earlier attempt got that far
  // (its response was lost) has nothing left to do and must not publish again.
  if (run?.status === 'handed-off') {
    const pointer = await artifacts.get().getPointer(intake.streamId);
    logger.info('already handed off by an earlier attempt', { pointerVersion: pointer.version });
    return { status: 'handed-off', pointerVersion: pointer.version };
  }
  // Pointer and artifact status change in one transaction, first guessing the pointer scoring saw
  // (updatePointer reads it when the guess is refused, and again after a lost race).
  const pointer = await updatePointer(
    intake.streamId,
    (p) => (p.current === digest && p.stable === digest ? undefined : { current: digest, stable: digest }),
    at,
    { artifactDigest: digest, status: 'handed-off' },
    scoring.pointerSeen,
  );

  await events.get().publish('Handoff Handed Off', {
    // Delivery is at least once (a crash between publish and the run update republishes): consumers
    // dedupe on this id.
    eventId: `${intake.runId}:handed-off`,
    streamId: intake.streamId,
    packageId: intake.packageId,
    runId: intake.runId,
    artifactDigest: digest,
    artifactRef: scoring.artifactRef,
    outcome: scoring.outcome,
    risk: scoring.risk,
    confidence: scoring.confidence,
    score: scoring.score,
    routingTag: SKILL.routingTag,
    downstream: await eventHints(scoring, 'handed-off'),
    reason: state.approval ? `approved by ${state.approval.approver}` : 'passed without human approval',
  });

  await runs.get().updateRun(intake.runId, {
    status: 'handed-off',
    handedOffAt: at,
    finishedAt: at,
    ...approvalFields(state),
  });
  const cycleMs = elapsedMs(run?.submittedAt, at);
  if (cycleMs !== undefined) metrics.addMetric('CycleTime', MetricUnit.Seconds, cycleMs / 1000);
  metrics.addMetric('HandedOff', MetricUnit.Count, 1);
  logger.info('handed off', { pointerVersion: pointer.version });
  return { status: 'handed-off', pointerVersion: pointer.version };
}

export const handler = lambda<WorkflowState, HandoffResult>((event) => handoff(event));
