import { approvalRequestOf } from '#core/approval';
import { approvalPlanOf } from '#core/approval-plan';
import type { HandoffContract } from '#core/contract-schema';
import { getContract } from '#core/contracts';
import type { HandoffPackage } from '#core/package-schema';
import { scorePackage } from '#core/score';
import { validatePackage } from '#core/validate-value';
import { ContractUnavailableError, IntegrityError } from '#shared/errors';
import type {
  ApprovalStages,
  IntakeResult,
  ObjectRef,
  ScoringResult,
  WorkflowState,
} from '#shared/workflow-types';
import { correlate, logger, MetricUnit, metrics } from './observability.ts';
import type { Ports } from './ports.ts';
import { requireIntake } from './workflow-state.ts';

type ScorePorts = Pick<Ports, 'artifacts' | 'blobs' | 'runs' | 'clock'>;
type Artifact = ReturnType<typeof scorePackage>;
type StreamView = Awaited<ReturnType<ScorePorts['artifacts']['getStreamView']>>;

/**
 * The copy under packages/ is always JSON that intake fully validated (YAML was stored as canonical JSON):
 * parse it as JSON so this bundle does not carry the YAML parser. Then score it against its contract.
 */
async function scoreStoredPackage(
  blobs: ScorePorts['blobs'],
  intake: IntakeResult,
): Promise<{ artifact: Artifact; stages: ApprovalStages }> {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(await blobs.get(intake.packageRef)));
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
  return { artifact, stages: approvalStages(artifact, contract, parsed.value) };
}

/**
 * The stages of the approval wait (reminders, escalation) from the route that picked the group: data the
 * state machine loops on. Not in the artifact: the contract version and the route id there determine it.
 */
function approvalStages(artifact: Artifact, contract: HandoffContract, pkg: HandoffPackage): ApprovalStages {
  const { routeId, timeoutSeconds, required } = artifact.approval;
  const plan = approvalPlanOf(contract, routeId, timeoutSeconds);
  const backup = plan.escalateTo;
  return {
    wait: { stage: 0, seconds: plan.waits[0] ?? timeoutSeconds },
    waits: plan.waits,
    lastStage: plan.lastStage,
    ...(plan.checkpoints.length > 0 ? { checkpoints: plan.checkpoints } : {}),
    ...(required && backup !== undefined
      ? {
          escalation: {
            group: backup,
            approvers: pkg.approvers
              .filter((a) => a.group === backup)
              .map((a) => ({ name: a.name, email: a.email })),
          },
        }
      : {}),
  };
}

/** The artifact JSON with its run metadata (`delivery`, outside the digest), written once. */
async function storeArtifact(
  blobs: ScorePorts['blobs'],
  intake: IntakeResult,
  artifact: Artifact,
  artifactRef: ObjectRef,
  view: StreamView,
  scoredAt: string,
): Promise<void> {
  const delivered = {
    ...artifact,
    delivery: {
      runId: intake.runId,
      flag: intake.flag,
      shadow: intake.shadow,
      packageRef: intake.packageRef,
      artifactRef,
      prevStableDigest: view.pointer.stable,
      scoredAt,
    },
  };
  await blobs.putImmutable(artifactRef, JSON.stringify(delivered, null, 2), 'application/json');
}

/** The artifact item, its sequence number and the run's scoring fields in one transaction. */
async function indexArtifact(
  ports: ScorePorts,
  intake: IntakeResult,
  artifact: Artifact,
  artifactRef: ObjectRef,
  view: StreamView,
  scoredAt: string,
): Promise<void> {
  const runPatch = {
    scoredAt,
    artifactDigest: artifact.digest,
    outcome: artifact.decision.outcome,
    risk: artifact.risk,
    score: artifact.scorecard.total,
  };
  const created = view.artifact
    ? { created: false }
    : await ports.artifacts.createArtifact(
        {
          streamId: intake.streamId,
          artifactDigest: artifact.digest,
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
          prevStableDigest: view.pointer.stable,
          createdAt: scoredAt,
          flag: intake.flag,
        },
        view.lastSeq,
        { runId: intake.runId, patch: runPatch },
      );
  // The item was there already (a retry, or the same artifact from another run): the run on its own.
  if (!created.created) await ports.runs.updateRun(intake.runId, runPatch);
}

function countDecision(artifact: Artifact): void {
  const decisions = metrics.singleMetric();
  decisions.addDimension('outcome', artifact.decision.outcome);
  decisions.addMetric('Decisions', MetricUnit.Count, 1);
  logger.info('package scored', {
    outcome: artifact.decision.outcome,
    risk: artifact.risk,
    score: artifact.scorecard.total,
    approvalRequired: artifact.approval.required,
  });
}

function scoringResult(
  { artifact, stages }: { artifact: Artifact; stages: ApprovalStages },
  artifactRef: ObjectRef,
  view: StreamView,
): ScoringResult {
  return {
    artifactDigest: artifact.digest,
    artifactRef,
    outcome: artifact.decision.outcome,
    risk: artifact.risk,
    confidence: artifact.confidence.value,
    score: artifact.scorecard.total,
    approval: {
      required: artifact.approval.required,
      group: artifact.approval.group,
      timeoutSeconds: artifact.approval.timeoutSeconds,
      ...stages,
    },
    downstream: artifact.routing.downstream,
    pointerSeen: view.pointer,
    ...(artifact.approval.required ? { approvalRequest: approvalRequestOf(artifact) } : {}),
  };
}

/**
 * Scoring: the pure engine scores the immutable package copy; the artifact JSON goes to S3 and its
 * immutable index item to DynamoDB, remembering the stream's stable digest as the rollback target.
 */
export async function score(ports: ScorePorts, state: WorkflowState): Promise<ScoringResult> {
  const intake = requireIntake(state);
  correlate({ runId: intake.runId, streamId: intake.streamId, packageDigest: intake.packageDigest });
  const attempt = await ports.runs.countAttempt(intake.runId, 'scoring');
  if (attempt > 1) metrics.addMetric('Retries', MetricUnit.Count, 1);

  const scored = await scoreStoredPackage(ports.blobs, intake);
  const { artifact } = scored;
  const scoredAt = ports.clock().toISOString();
  const artifactDigest = artifact.digest;
  correlate({ artifactDigest });
  // The pointer (for the rollback target), this artifact's item (written by an earlier attempt or run?) and
  // the stream's sequence counter, in one read.
  const view = await ports.artifacts.getStreamView(intake.streamId, artifactDigest);
  const artifactRef = {
    bucket: intake.packageRef.bucket,
    key: `artifacts/${intake.streamId}/${artifactDigest}.json`,
  };
  await storeArtifact(ports.blobs, intake, artifact, artifactRef, view, scoredAt);
  await indexArtifact(ports, intake, artifact, artifactRef, view, scoredAt);
  countDecision(artifact);
  return scoringResult(scored, artifactRef, view);
}
