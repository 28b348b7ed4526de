import { SKILL } from '#core/identity';
import { approvalFields, elapsedMs, type RunRecord } from '#core/run';
import { type HandoffStep, handoffStep, type StreamPointer } from '#core/stream';
import { IntegrityError } from '#shared/errors';
import type { HandoffResult, IntakeResult, ScoringResult, WorkflowState } from '#shared/workflow-types';
import { eventHints } from './handoff-events.ts';
import { correlate, logger, MetricUnit, metrics } from './observability.ts';
import { updatePointer } from './pointer.ts';
import type { Ports } from './ports.ts';
import { requireIntake, requireScoring } from './workflow-state.ts';

type HandoffPorts = Pick<Ports, 'artifacts' | 'blobs' | 'events' | 'runs' | 'clock'>;

/** Fail closed even if the state machine were mis-wired: never hand off a blocked or unapproved artifact. */
function checkOrder(state: WorkflowState, intake: IntakeResult, scoring: ScoringResult): void {
  if (scoring.outcome === 'blocked') throw new IntegrityError('a blocked artifact reached handoff');
  if (!intake.shadow && scoring.approval.required && state.approval?.decision !== 'approved') {
    throw new IntegrityError('an artifact that requires approval reached handoff without one');
  }
}

/** A shadow run records its outcome and leaves the baseline alone. */
async function recordShadow(
  ports: HandoffPorts,
  state: WorkflowState,
  intake: IntakeResult,
  digest: string,
  at: string,
): Promise<HandoffResult> {
  const { artifacts, runs } = ports;
  // The same package may also have run live (shadow runs dedupe separately): never relabel its artifact.
  const item = await artifacts.getArtifact(intake.streamId, digest);
  if (item?.status === 'scored') await artifacts.setStatus(intake.streamId, digest, 'shadow', at);
  const pointer = await artifacts.getPointer(intake.streamId);
  await runs.updateRun(intake.runId, {
    status: 'shadow',
    finishedAt: at,
    ...approvalFields(state.approval),
  });
  metrics.addMetric('ShadowRuns', MetricUnit.Count, 1);
  logger.info('shadow run recorded; baseline unchanged', { pointerVersion: pointer.version });
  return { status: 'shadow-recorded', pointerVersion: pointer.version };
}

/** Tell downstream consumers the artifact is the stream's version now. */
async function publishHandedOff(
  ports: HandoffPorts,
  state: WorkflowState,
  intake: IntakeResult,
  scoring: ScoringResult,
): Promise<void> {
  await ports.events.publish('Handoff Handed Off', {
    // Delivery is at least once (a crash between publish and the run update republishes): consumers
    // dedupe on this id.
    eventId: `${intake.runId}:handed-off`,
    streamId: intake.streamId,
    // The stream's order: a consumer keeps the highest number it has seen (events may arrive out of order).
    streamSeq: intake.streamSeq ?? null,
    packageId: intake.packageId,
    runId: intake.runId,
    artifactDigest: scoring.artifactDigest,
    artifactRef: scoring.artifactRef,
    outcome: scoring.outcome,
    risk: scoring.risk,
    confidence: scoring.confidence,
    score: scoring.score,
    routingTag: SKILL.routingTag,
    downstream: await eventHints(ports.blobs, scoring, 'handed-off'),
    reason: state.approval ? `approved by ${state.approval.approver}` : 'passed without human approval',
  });
}

/** Mark the run handed off and count it, with its cycle time from submission. */
async function markHandedOff(
  runs: HandoffPorts['runs'],
  state: WorkflowState,
  intake: IntakeResult,
  run: RunRecord | undefined,
  at: string,
): Promise<void> {
  await runs.updateRun(intake.runId, {
    status: 'handed-off',
    handedOffAt: at,
    finishedAt: at,
    ...approvalFields(state.approval),
  });
  const cycleMs = elapsedMs(run?.submittedAt, at);
  if (cycleMs !== undefined) metrics.addMetric('CycleTime', MetricUnit.Seconds, cycleMs / 1000);
  metrics.addMetric('HandedOff', MetricUnit.Count, 1);
}

/** A later revision holds the pointer: record this run as superseded and say so on the bus. */
async function recordSuperseded(
  ports: HandoffPorts,
  state: WorkflowState,
  intake: IntakeResult,
  scoring: ScoringResult,
  by: StreamPointer,
  at: string,
): Promise<HandoffResult> {
  const { artifacts, runs } = ports;
  const digest = scoring.artifactDigest;
  const item = await artifacts.getArtifact(intake.streamId, digest);
  // A retry that finds its artifact handed off knows its own write happened (and was then overtaken).
  const ownWrite = item?.status === 'handed-off' && item.runId === intake.runId;
  if (item?.status === 'scored' || ownWrite)
    await artifacts.setStatus(intake.streamId, digest, 'superseded', at);
  const supersededBy = { runId: by.runId ?? null, streamSeq: by.seq ?? null, artifactDigest: by.current };
  const reason =
    `revision #${intake.streamSeq ?? '?'} is older than #${by.seq} (run ${by.runId}), which the stream ` +
    `already handed off${ownWrite ? '; this run had written the pointer before it was overtaken' : ''}`;
  await ports.events.publish('Handoff Superseded', {
    eventId: `${intake.runId}:superseded`,
    streamId: intake.streamId,
    streamSeq: intake.streamSeq ?? null,
    packageId: intake.packageId,
    runId: intake.runId,
    artifactDigest: digest,
    outcome: 'superseded',
    routingTag: SKILL.routingTag,
    supersededBy,
    reason,
  });
  await runs.updateRun(intake.runId, {
    status: 'superseded',
    supersededBy,
    finishedAt: at,
    ...approvalFields(state.approval),
  });
  metrics.addMetric('Superseded', MetricUnit.Count, 1);
  logger.info('superseded by a later revision', { supersededBy, ownWrite });
  return { status: 'superseded', pointerVersion: by.version };
}

/**
 * Handoff: make this artifact the stream's current and stable version, only forward in the stream's order
 * (conditional write on the pointer version; a run older than the one holding the pointer ends
 * superseded), then tell downstream consumers. Shadow runs only record.
 */
export async function handoff(ports: HandoffPorts, state: WorkflowState): Promise<HandoffResult> {
  const { artifacts, runs } = ports;
  const intake = requireIntake(state);
  const scoring = requireScoring(state);
  const digest = scoring.artifactDigest;
  correlate({
    runId: intake.runId,
    streamId: intake.streamId,
    packageDigest: intake.packageDigest,
    artifactDigest: digest,
  });
  checkOrder(state, intake, scoring);
  // The attempt counter returns the run record: no separate read for the already-finished check.
  const { attempt, run } = await runs.beginAttempt(intake.runId, 'handoff');
  if (attempt > 1) metrics.addMetric('Retries', MetricUnit.Count, 1);
  const at = ports.clock().toISOString();
  if (intake.shadow) return recordShadow(ports, state, intake, digest, at);

  // The run is marked only after its event went out: a retry whose earlier attempt got that far (its
  // response was lost) has nothing left to do and must not publish again.
  if (run?.status === 'handed-off' || run?.status === 'superseded') {
    const pointer = await artifacts.getPointer(intake.streamId);
    logger.info('already finished by an earlier attempt', {
      status: run.status,
      pointerVersion: pointer.version,
    });
    return { status: run.status, pointerVersion: pointer.version };
  }
  // Pointer, its history entry and the artifact status change in one transaction, first guessing the
  // pointer scoring saw (updatePointer reads it when the guess is refused, and again after a lost race).
  // Only a decision taken on a read pointer survives: a guess never concludes "superseded".
  let step: HandoffStep = { kind: 'in-place' };
  const me = { runId: intake.runId, seq: intake.streamSeq, artifactDigest: digest };
  const { pointer } = await updatePointer(
    artifacts,
    intake.streamId,
    (p) => {
      step = handoffStep(p, me);
      return step.kind === 'write' ? step.next : undefined;
    },
    at,
    { artifactDigest: digest, status: 'handed-off' },
    scoring.pointerSeen,
  );
  const decided = step as HandoffStep;
  if (decided.kind === 'superseded') return recordSuperseded(ports, state, intake, scoring, decided.by, at);
  await publishHandedOff(ports, state, intake, scoring);
  await markHandedOff(runs, state, intake, run, at);
  logger.info('handed off', { pointerVersion: pointer.version, streamSeq: intake.streamSeq });
  return { status: 'handed-off', pointerVersion: pointer.version };
}
