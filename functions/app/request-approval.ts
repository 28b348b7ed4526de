import { randomBytes } from 'node:crypto';
import {
  APPROVAL_TTL_GRACE_SECONDS,
  type ApprovalRecord,
  type ApprovalRequest,
  approvalIdFor,
  approvalLink,
  approvalRequestOf,
  chooseApprovers,
  requestIdFor,
} from '#core/approval';
import { signApproval } from '#core/approval-link';
import type { HandoffArtifact } from '#core/artifact-types';
import { IntegrityError } from '#shared/errors';
import type { ApprovalRouterInput, ApprovalRouterResult, ScoringResult } from '#shared/workflow-types';
import { approvalMailFor } from './approval-content.ts';
import { correlate, logger, MetricUnit, metrics } from './observability.ts';
import type { BlobPort, Ports } from './ports.ts';

/** The approval request of a scoring result that does not carry it, from the artifact in S3. */
async function readApprovalRequest(blobs: BlobPort, scoring: ScoringResult): Promise<ApprovalRequest> {
  const artifact = JSON.parse(
    new TextDecoder().decode(await blobs.get(scoring.artifactRef)),
  ) as HandoffArtifact;
  if (artifact.digest !== scoring.artifactDigest) {
    throw new IntegrityError(`artifact at ${scoring.artifactRef.key} is not ${scoring.artifactDigest}`);
  }
  const request = approvalRequestOf(artifact);
  return artifact.approval.group === scoring.approval.group ? request : { ...request, approvers: [] };
}

/**
 * human-approval-router: one approval record and one signed link per approver, one email each. The task
 * token is stored only in DynamoDB; links carry the approval id (the request id, a hash prefix of the token,
 * then 16 random hex) and a signature. The workflow then waits for the callback.
 */
export async function requestApproval(
  ports: Pick<Ports, 'blobs' | 'artifacts' | 'runs' | 'mailer' | 'signingKey' | 'approvalSettings' | 'clock'>,
  input: ApprovalRouterInput,
): Promise<ApprovalRouterResult> {
  const { intake, scoring } = input;
  correlate({
    executionId: input.executionId,
    runId: intake.runId,
    streamId: intake.streamId,
    packageDigest: intake.packageDigest,
    artifactDigest: scoring.artifactDigest,
  });
  const attempt = await ports.runs.countAttempt(intake.runId, 'approval-router');
  if (attempt > 1) metrics.addMetric('Retries', MetricUnit.Count, 1);

  // Scoring passes what the mail needs; a state written before it did so reads the artifact.
  const request = scoring.approvalRequest ?? (await readApprovalRequest(ports.blobs, scoring));
  const group = scoring.approval.group;
  const approvers = chooseApprovers(group, request.approvers, ports.approvalSettings.groups());
  if (approvers.length === 0) throw new IntegrityError(`no approvers for group ${group}`);

  const at = ports.clock();
  const createdAt = at.toISOString();
  const exp = Math.floor(at.getTime() / 1000) + scoring.approval.timeoutSeconds;
  const expiresAtIso = new Date(exp * 1000).toISOString();
  const requestId = requestIdFor(input.taskToken);
  const { summary } = request;
  const key = await ports.signingKey.get();
  const baseUrl = ports.approvalSettings.baseUrl();

  const records: ApprovalRecord[] = approvers.map((a) => ({
    approvalId: approvalIdFor(requestId, randomBytes(8).toString('hex')),
    requestId,
    taskToken: input.taskToken,
    executionId: input.executionId,
    runId: intake.runId,
    streamId: intake.streamId,
    artifactDigest: scoring.artifactDigest,
    group,
    approver: a.email,
    approverName: a.name,
    approvers: approvers.map((x) => x.email),
    status: 'pending',
    createdAt,
    exp,
    expiresAt: exp + APPROVAL_TTL_GRACE_SECONDS,
    summary,
  }));
  // The records and the run's new status in one transaction, before any mail goes out.
  await ports.runs.putApprovals(records, {
    runId: intake.runId,
    patch: { status: 'awaiting-approval', approvalRequestedAt: createdAt },
  });

  // The package's findings and diff are read once; each approver's mail is rendered with them.
  const approvalEmail = await approvalMailFor(ports, input, at);
  for (const record of records) {
    const sig = signApproval({ approvalId: record.approvalId, exp }, key);
    const email = approvalEmail(summary, approvalLink(baseUrl, record.approvalId, exp, sig), expiresAtIso);
    await ports.mailer.send({ to: record.approver, ...email });
  }

  metrics.addMetric('ApprovalRequests', MetricUnit.Count, 1);
  logger.info('approval requested', { group, approvers: records.length, exp });
  return { approvalId: records[0]?.approvalId ?? '', approvers: records.length };
}
