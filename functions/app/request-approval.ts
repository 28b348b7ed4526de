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
import { type ApprovalMailRenderer, approvalMailFor } from './approval-content.ts';
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

type RouterPorts = Pick<
  Ports,
  'blobs' | 'artifacts' | 'runs' | 'mailer' | 'signingKey' | 'approvalSettings' | 'clock'
>;
type Approver = ReturnType<typeof chooseApprovers>[number];

/**
 * The request's approval records, one per approver. A retried router (a new task token) finds the first
 * attempt's records through the run, points the pending ones at its token and keeps their ids and expiry, so
 * every link already mailed keeps working; only an approver without a record gets a new one.
 */
async function approvalRecords(
  ports: RouterPorts,
  input: ApprovalRouterInput,
  request: ApprovalRequest,
  approvers: Approver[],
  earlierIds: string[],
): Promise<ApprovalRecord[]> {
  const { intake, scoring } = input;
  const earlier = (await Promise.all(earlierIds.map((id) => ports.runs.getApproval(id)))).filter(
    (r): r is ApprovalRecord => r !== undefined,
  );
  for (const r of earlier) {
    if (r.taskToken !== input.taskToken)
      await ports.runs.rebindApproval(r.approvalId, input.taskToken, input.executionId);
  }
  const at = ports.clock();
  const requestId = earlier[0]?.requestId ?? requestIdFor(input.taskToken);
  const exp = earlier[0]?.exp ?? Math.floor(at.getTime() / 1000) + scoring.approval.timeoutSeconds;
  const fresh: ApprovalRecord[] = approvers
    .filter((a) => !earlier.some((r) => r.approver === a.email))
    .map((a) => ({
      approvalId: approvalIdFor(requestId, randomBytes(8).toString('hex')),
      requestId,
      taskToken: input.taskToken,
      executionId: input.executionId,
      runId: intake.runId,
      streamId: intake.streamId,
      artifactDigest: scoring.artifactDigest,
      group: scoring.approval.group,
      approver: a.email,
      approverName: a.name,
      approvers: approvers.map((x) => x.email),
      status: 'pending',
      createdAt: at.toISOString(),
      exp,
      expiresAt: exp + APPROVAL_TTL_GRACE_SECONDS,
      summary: request.summary,
    }));
  const all = [...earlier, ...fresh];
  // The records, their ids on the run and the run's status in one transaction, before any mail goes out.
  await ports.runs.putApprovals(fresh, {
    runId: intake.runId,
    patch: {
      status: 'awaiting-approval',
      approvalRequestedAt: earlier[0]?.createdAt ?? at.toISOString(),
      approvalIds: all.map((r) => r.approvalId),
    },
  });
  return all;
}

/**
 * One mail per approval record, at most once: the mail is claimed on the record (conditional write) before
 * it is sent and the claim undone when SES refuses, so a retry mails exactly who has no mail yet. SES errors
 * are per recipient; the step fails (with the first error) only when nobody has a mail.
 */
async function mailOnce(
  ports: RouterPorts,
  records: ApprovalRecord[],
  render: ApprovalMailRenderer,
): Promise<{ mailed: number; failed: number }> {
  const key = await ports.signingKey.get();
  const baseUrl = ports.approvalSettings.baseUrl();
  let mailed = 0;
  const failures: unknown[] = [];
  for (const record of records) {
    const at = ports.clock().toISOString();
    if (record.mailedAt !== undefined || !(await ports.runs.claimMail(record.approvalId, at))) {
      if (record.status === 'pending') mailed += 1; // an earlier attempt mailed this approver
      continue;
    }
    const sig = signApproval({ approvalId: record.approvalId, exp: record.exp }, key);
    const link = approvalLink(baseUrl, record.approvalId, record.exp, sig);
    try {
      await ports.mailer.send({
        to: record.approver,
        ...render(record.summary, link, new Date(record.exp * 1000).toISOString()),
      });
      mailed += 1;
    } catch (error) {
      failures.push(error);
      await ports.runs.releaseMail(record.approvalId, at);
      logger.warn('approval mail failed', { approvalId: record.approvalId, error });
    }
  }
  if (failures.length > 0) metrics.addMetric('ApprovalMailFailures', MetricUnit.Count, failures.length);
  if (mailed === 0 && failures.length > 0) throw failures[0];
  return { mailed, failed: failures.length };
}

/**
 * human-approval-router: one approval record and one signed link per approver, one email each, at most once
 * per approver per request. The task token is stored only in DynamoDB; links carry the approval id (the
 * request id, then 16 random hex) and a signature. The workflow then waits for the callback.
 */
export async function requestApproval(
  ports: RouterPorts,
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
  const { attempt, run } = await ports.runs.beginAttempt(intake.runId, 'approval-router');
  if (attempt > 1) metrics.addMetric('Retries', MetricUnit.Count, 1);

  // Scoring passes what the mail needs; a state written before it did so reads the artifact.
  const request = scoring.approvalRequest ?? (await readApprovalRequest(ports.blobs, scoring));
  const group = scoring.approval.group;
  const approvers = chooseApprovers(group, request.approvers, ports.approvalSettings.groups());
  if (approvers.length === 0) throw new IntegrityError(`no approvers for group ${group}`);

  const records = await approvalRecords(ports, input, request, approvers, run?.approvalIds ?? []);
  // The package's findings and diff are read once; each approver's mail is rendered with them.
  const render = await approvalMailFor(ports, input, ports.clock());
  const { mailed, failed } = await mailOnce(ports, records, render);

  metrics.addMetric('ApprovalRequests', MetricUnit.Count, 1);
  logger.info('approval requested', { group, approvers: records.length, mailed, failed, attempt });
  return { approvalId: records[0]?.approvalId ?? '', approvers: records.length };
}
