import { SKILL } from '#core/identity';
import { approvalFields, type FailureInfo, failureReason } from '#core/run';
import { type ArtifactItem, restoreTarget } from '#core/stream';
import { APPROVAL_REJECTED } from '#shared/errors';
import type { IntakeResult, RollbackResult, WorkflowState } from '#shared/workflow-types';
import { eventHints } from './handoff-events.ts';
import { correlate, logger, MetricUnit, metrics } from './observability.ts';
import { updatePointer } from './pointer.ts';
import type { ArtifactsPort, Ports } from './ports.ts';

/** Failures that are a verdict on the package (rejected), not an accident of the run (rolled back). */
export const REJECTION_ERRORS: readonly string[] = [
  'PackageRejectedError',
  APPROVAL_REJECTED,
  'PolicyBlocked',
];

async function restorePointer(
  artifacts: ArtifactsPort,
  intake: IntakeResult,
  item: ArtifactItem | undefined,
  at: string,
): Promise<string | null> {
  // A shadow run never moved the pointer. Otherwise a conditional write, re-decided on a lost race.
  const written = await updatePointer(
    artifacts,
    intake.streamId,
    (pointer) => (intake.shadow ? undefined : restoreTarget(pointer, item)),
    at,
  );
  return written.stable;
}

/**
 * rollback-to-last-stable-baseline: restore the stream pointer, mark the artifact, record the run's
 * outcome with the failure and tell consumers (never for shadow runs). Safe to retry.
 */
export async function rollback(
  ports: Pick<Ports, 'artifacts' | 'blobs' | 'events' | 'runs' | 'clock'>,
  state: WorkflowState,
): Promise<RollbackResult> {
  const { artifacts, events, runs } = ports;
  const failure: FailureInfo = state.failure ?? { Error: 'Unknown', Cause: '' };
  const rejected = REJECTION_ERRORS.includes(failure.Error);
  const reason = failureReason(failure.Cause);
  const at = ports.clock().toISOString();
  const detailType = rejected ? 'Handoff Rejected' : 'Handoff Rolled Back';
  metrics.addMetric('Rollbacks', MetricUnit.Count, 1);
  const outcome = metrics.singleMetric();
  outcome.addDimension('outcome', rejected ? 'rejected' : 'rolled-back');
  outcome.addMetric('Decisions', MetricUnit.Count, 1);

  const intake = state.intake;
  if (!intake) {
    // Intake failed: there is no run, stream or artifact yet. The submitter still hears why.
    logger.info('run ended before intake completed', { error: failure.Error });
    await events.publish(detailType, {
      packageRef: state.packageRef,
      outcome: rejected ? 'rejected' : 'rolled-back',
      routingTag: SKILL.routingTag,
      error: failure.Error,
      reason,
    });
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
  if (run?.rolledBackAt !== undefined && (run.status === 'rejected' || run.status === 'rolled-back')) {
    logger.info('already rolled back by an earlier attempt', { rolledBackTo: run.rolledBackTo ?? null });
    return { rolledBackTo: run.rolledBackTo ?? null };
  }

  const rolledBackTo = await restorePointer(artifacts, intake, item, at);
  // A shadow run only relabels an artifact nobody else has published.
  if (item && (!intake.shadow || item.status === 'scored' || item.status === 'shadow')) {
    await artifacts.setStatus(
      intake.streamId,
      item.artifactDigest,
      rejected ? 'rejected' : 'rolled-back',
      at,
    );
  }

  if (!intake.shadow) {
    await events.publish(detailType, {
      // At least once (see handoff): consumers dedupe on this id.
      eventId: `${intake.runId}:${rejected ? 'rejected' : 'rolled-back'}`,
      streamId: intake.streamId,
      packageId: intake.packageId,
      runId: intake.runId,
      artifactDigest: scoring?.artifactDigest ?? null,
      outcome: rejected ? 'rejected' : 'rolled-back',
      risk: scoring?.risk ?? null,
      confidence: scoring?.confidence ?? null,
      score: scoring?.score ?? null,
      routingTag: SKILL.routingTag,
      downstream: scoring
        ? await eventHints(ports.blobs, scoring, rejected ? 'rejected' : 'rolled-back')
        : [],
      error: failure.Error,
      reason,
      rolledBackTo,
    });
  }
  await runs.updateRun(intake.runId, {
    status: rejected ? 'rejected' : 'rolled-back',
    failure: { Error: failure.Error.slice(0, 256), Cause: failure.Cause.slice(0, 8_000) },
    finishedAt: at,
    rolledBackAt: at,
    rolledBackTo,
    ...approvalFields(state.approval),
    ...(failure.Error === APPROVAL_REJECTED ? { decision: 'rejected' as const } : {}),
  });
  logger.info('rolled back', { error: failure.Error, rejected, rolledBackTo, shadow: intake.shadow });
  return { rolledBackTo };
}
