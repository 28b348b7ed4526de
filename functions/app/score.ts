import { approvalRequestOf } from '#core/approval';
import { getContract } from '#core/contracts';
import { scorePackage } from '#core/score';
import { validatePackage } from '#core/validate-value';
import { ContractUnavailableError, IntegrityError } from '#shared/errors';
import type { ScoringResult, WorkflowState } from '#shared/workflow-types';
import { correlate, logger, MetricUnit, metrics } from './observability.ts';
import type { Ports } from './ports.ts';
import { requireIntake } from './workflow-state.ts';

/**
 * Scoring: the pure engine scores the immutable package copy; the artifact JSON goes to S3 and its
 * immutable index item to DynamoDB, remembering the stream's stable digest as the rollback target.
 */
export async function score(
  ports: Pick<Ports, 'artifacts' | 'blobs' | 'runs' | 'clock'>,
  state: WorkflowState,
): Promise<ScoringResult> {
  const intake = requireIntake(state);
  correlate({ runId: intake.runId, streamId: intake.streamId, packageDigest: intake.packageDigest });
  const attempt = await ports.runs.countAttempt(intake.runId, 'scoring');
  if (attempt > 1) metrics.addMetric('Retries', MetricUnit.Count, 1);

  // The copy under packages/ is always JSON that intake fully validated (YAML was stored as canonical
  // JSON): parse it as JSON so this bundle does not carry the YAML parser.
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(await ports.blobs.get(intake.packageRef)));
  } catch (error) {
    throw new IntegrityError(`stored package ${intake.packageRef.key} is not JSON`, { cause: error });
  }
  const parsed = validatePackage(raw);
  if (!parsed.ok) throw new IntegrityError(`stored package ${intake.packageRef.key} no longer validates`);
  const contract = getContract(intake.contract.id, intake.contract.version);
  if (!contract) {
    throw new ContractUnavailableError(
      `contract ${intake.contract.id}@${intake.contract.version} disappeared`,
    );
  }

  const artifact = scorePackage(parsed.value, contract);
  if (artifact.package.digest !== intake.packageDigest) {
    throw new IntegrityError(
      `package digest ${artifact.package.digest} differs from the intake digest ${intake.packageDigest}`,
    );
  }
  const scoredAt = ports.clock().toISOString();
  const artifactDigest = artifact.digest;
  correlate({ artifactDigest });
  // The pointer (for the rollback target), this artifact's item (written by an earlier attempt or run?) and
  // the stream's sequence counter, in one read.
  const {
    pointer,
    artifact: existing,
    lastSeq,
  } = await ports.artifacts.getStreamView(intake.streamId, artifactDigest);
  const artifactRef = {
    bucket: intake.packageRef.bucket,
    key: `artifacts/${intake.streamId}/${artifactDigest}.json`,
  };

  // `delivery` is run metadata, outside the digest.
  const delivered = {
    ...artifact,
    delivery: {
      runId: intake.runId,
      flag: intake.flag,
      shadow: intake.shadow,
      packageRef: intake.packageRef,
      artifactRef,
      prevStableDigest: pointer.stable,
      scoredAt,
    },
  };
  await ports.blobs.putImmutable(artifactRef, JSON.stringify(delivered, null, 2), 'application/json');

  const runPatch = {
    scoredAt,
    artifactDigest,
    outcome: artifact.decision.outcome,
    risk: artifact.risk,
    score: artifact.scorecard.total,
  };
  // The artifact item, its sequence number and the run's scoring fields in one transaction.
  const created = existing
    ? { created: false }
    : await ports.artifacts.createArtifact(
        {
          streamId: intake.streamId,
          artifactDigest,
          packageId: intake.packageId,
          packageDigest: intake.packageDigest,
          runId: intake.runId,
          contract: intake.contract,
          outcome: artifact.decision.outcome,
          risk: artifact.risk,
          score: artifact.scorecard.total,
          confidence: artifact.confidence.value,
          status: 'scored',
          artifactRef,
          prevStableDigest: pointer.stable,
          createdAt: scoredAt,
          flag: intake.flag,
        },
        lastSeq,
        { runId: intake.runId, patch: runPatch },
      );
  // The item was there already (a retry, or the same artifact from another run): the run on its own.
  if (!created.created) await ports.runs.updateRun(intake.runId, runPatch);
  const decisions = metrics.singleMetric();
  decisions.addDimension('outcome', artifact.decision.outcome);
  decisions.addMetric('Decisions', MetricUnit.Count, 1);
  logger.info('package scored', {
    outcome: artifact.decision.outcome,
    risk: artifact.risk,
    score: artifact.scorecard.total,
    approvalRequired: artifact.approval.required,
  });

  return {
    artifactDigest,
    artifactRef,
    outcome: artifact.decision.outcome,
    risk: artifact.risk,
    confidence: artifact.confidence.value,
    score: artifact.scorecard.total,
    approval: {
      required: artifact.approval.required,
      group: artifact.approval.group,
      timeoutSeconds: artifact.approval.timeoutSeconds,
    },
    downstream: artifact.routing.downstream,
    pointerSeen: pointer,
    ...(artifact.approval.required ? { approvalRequest: approvalRequestOf(artifact) } : {}),
  };
}
