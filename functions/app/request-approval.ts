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
import { stageKind } from '#core/approval-plan';
import type { HandoffArtifact } from '#core/artifact-types';
import { attemptKey } from '#core/run';
import { IntegrityError } from '#shared/errors';
import type { ApprovalRouterInput, ApprovalRouterResult, ScoringResult } from '#shared/workflow-types';
import { type ApprovalMailRenderer, approvalMailFor, type StageNotice } from './approval-content.ts';
import { sendDecision } from './decide.ts';
import { correlate, logger, MetricUnit, metrics } from './observability.ts';
import { type BlobPort, type Ports, TaskGoneError } from './ports.ts';

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
  'blobs' | 'artifacts' | 'runs' | 'mailer' | 'signingKey' | 'approvalSettings' | 'clock' | 'workflow'
>;
type Approver = ReturnType<typeof chooseApprovers>[number];

/** Who is asked in this stage: the routed group, and at the escalation also the backup group. */
interface Asked {
  group: string;
  approvers: Approver[];
  backup?: { group: string; approvers: Approver[] };
}

/**
 * The request's approval records, one per approver. A retried router (a new task token) or the next stage
 * of the wait finds the earlier records through the run, points the pending ones at its token and keeps
 * their ids and expiry, so every link already mailed keeps working; only an approver without a record (the
 * backup group at the escalation) gets a new one, with the same request id (one decision) and expiry.
 */
async function approvalRecords(
  ports: RouterPorts,
  input: ApprovalRouterInput,
  request: ApprovalRequest,
  asked: Asked,
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
  const stage = scoring.approval.wait?.stage ?? 0;
  const requestId = earlier[0]?.requestId ?? requestIdFor(input.taskToken);
  const exp = earlier[0]?.exp ?? Math.floor(at.getTime() / 1000) + scoring.approval.timeoutSeconds;
  const everyone = [...asked.approvers, ...(asked.backup?.approvers ?? [])];
  const groups: [string, Approver[]][] = [
    [asked.group, asked.approvers],
    ...(asked.backup ? [[asked.backup.group, asked.backup.approvers] as [string, Approver[]]] : []),
  ];
  const known = new Set(earlier.map((r) => r.approver.toLowerCase()));
  const fresh: ApprovalRecord[] = [];
  for (const [group, approvers] of groups) {
    for (const a of approvers) {
      if (known.has(a.email.toLowerCase())) continue;
      known.add(a.email.toLowerCase());
      fresh.push({
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
        approvers: (group === asked.group ? asked.approvers : everyone).map((x) => x.email),
        status: 'pending',
        createdAt: at.toISOString(),
        exp,
        expiresAt: exp + APPROVAL_TTL_GRACE_SECONDS,
        summary: request.summary,
        ...(stage > 0 ? { stage } : {}),
      });
    }
  }
  const all = [...earlier, ...fresh];
  // The records, their ids on the run and the run's status in one transaction, before any mail goes out.
  await ports.runs.putApprovals(fresh, {
    runId: intake.runId,
    patch: {
      status: 'awaiting-approval',
      approvalRequestedAt: earlier[0]?.createdAt ?? at.toISOString(),
      approvalIds: all.map((r) => r.approvalId),
      approvalStage: stage,
      approvalLastStage: scoring.approval.lastStage ?? 0,
    },
  });
  return all;
}

/** Which mail a record gets in this round, if any: its first mail, or this stage's reminder. */
function mailDue(record: ApprovalRecord, stage: number): { stage: number } | undefined {
  if (record.status !== 'pending') return undefined;
  if (record.mailedAt === undefined) return { stage: 0 };
  const due = stage > (record.stage ?? 0) && (record.mailedStage ?? 0) < stage;
  return due ? { stage } : undefined;
}

/**
 * What a record's mail says about this stage: nothing (the request), a reminder or the escalation. `mail` is
 * the stage of the mail (`mailDue`): 0 for an approver's first mail, which is the request even in a later
 * stage (its first attempt failed), never a reminder.
 */
function noticeFor(
  record: ApprovalRecord,
  input: ApprovalRouterInput,
  mail: number,
): StageNotice | undefined {
  const { approval } = input.scoring;
  const escalation = approval.escalation;
  if (escalation && record.group === escalation.group && (record.stage ?? 0) > 0) {
    const checkpoint = approval.checkpoints?.[(record.stage ?? 1) - 1] ?? 0;
    return {
      kind: 'escalation',
      firstGroup: approval.group,
      backupGroup: escalation.group,
      sinceSeconds: record.exp - approval.timeoutSeconds + checkpoint,
    };
  }
  return mail > 0 ? { kind: 'reminder' } : undefined;
}

/** Whether a pending approver has a mail; after a refused claim (`reread`) from a fresh read of the record. */
async function hasMail(ports: RouterPorts, record: ApprovalRecord, reread: boolean): Promise<boolean> {
  const now = reread ? await ports.runs.getApproval(record.approvalId) : record;
  return now?.status === 'pending' && now.mailedAt !== undefined;
}

/**
 * One mail per approval record and stage, at most once: the mail is claimed on the record (conditional
 * write; the first mail as `mailedAt`, a stage's reminder as `mailedStage`) before it is sent and the claim
 * undone when SES refuses, so a retry mails exactly who has no mail of this stage yet. SES errors are per
 * recipient; the step fails (with the first error) only when nobody has a mail.
 */
async function mailOnce(
  ports: RouterPorts,
  input: ApprovalRouterInput,
  records: ApprovalRecord[],
  render: ApprovalMailRenderer,
): Promise<{ mailed: number; failed: number }> {
  const key = await ports.signingKey.get();
  const baseUrl = ports.approvalSettings.baseUrl();
  const stage = input.scoring.approval.wait?.stage ?? 0;
  let mailed = 0;
  const failures: unknown[] = [];
  for (const record of records) {
    const at = ports.clock().toISOString();
    const due = mailDue(record, stage);
    if (!due || !(await ports.runs.claimMail(record.approvalId, at, due.stage))) {
      // An earlier attempt mailed this approver: counted from the record as it is now, not as first read.
      if (await hasMail(ports, record, due !== undefined)) mailed += 1;
      continue;
    }
    const sig = signApproval({ approvalId: record.approvalId, exp: record.exp }, key);
    const link = approvalLink(baseUrl, record.approvalId, record.exp, sig);
    try {
      await ports.mailer.send({
        to: record.approver,
        ...render(record, link, noticeFor(record, input, due.stage)),
      });
      mailed += 1;
      // A first mail in a later stage stands for that stage's reminder: a retry of the stage sends no reminder.
      if (due.stage === 0 && stage > 0) await ports.runs.claimMail(record.approvalId, at, stage);
    } catch (error) {
      failures.push(error);
      const previous = { mailedStage: record.mailedStage, remindedAt: record.remindedAt };
      await ports.runs.releaseMail(record.approvalId, at, due.stage, previous);
      logger.warn('approval mail failed', { approvalId: record.approvalId, stage: due.stage, error });
    }
  }
  if (failures.length > 0) metrics.addMetric('ApprovalMailFailures', MetricUnit.Count, failures.length);
  if (mailed === 0 && failures.length > 0) throw failures[0];
  return { mailed, failed: failures.length };
}

/**
 * A decision made while no task was waiting (after a checkpoint's timeout, or a failed attempt, and before
 * this task rebound the approvals) met a dead token; this task delivers it to its own token. The callback
 * may have found the rebound token too: Step Functions takes one, and the other sender meets a settled
 * token, so the decision lands once.
 */
async function deliverEarlierDecision(
  ports: RouterPorts,
  input: ApprovalRouterInput,
  records: ApprovalRecord[],
): Promise<boolean> {
  const requestId = records[0]?.requestId;
  if (requestId === undefined || !(await ports.runs.isRequestDecided(requestId))) return false;
  const now = await Promise.all(records.map((r) => ports.runs.getApproval(r.approvalId)));
  const decided = now.find((r) => r !== undefined && r.status !== 'pending');
  if (!decided) return false;
  try {
    const decidedAt = decided.decidedAt ?? ports.clock().toISOString();
    await sendDecision(ports, { ...decided, taskToken: input.taskToken }, decided.reason ?? '', decidedAt);
  } catch (error) {
    if (!(error instanceof TaskGoneError)) throw error;
  }
  logger.info('delivered a decision made between two waits', { approvalId: decided.approvalId });
  return true;
}

/** Who is asked: the routed group, and at the escalation stage the route's backup group as well. */
function whoIsAsked(ports: RouterPorts, input: ApprovalRouterInput, request: ApprovalRequest): Asked {
  const { approval } = input.scoring;
  const configured = ports.approvalSettings.groups();
  const approvers = chooseApprovers(approval.group, request.approvers, configured);
  if (approvers.length === 0) throw new IntegrityError(`no approvers for group ${approval.group}`);
  const plan = { lastStage: approval.lastStage ?? 0, escalateTo: approval.escalation?.group };
  const escalation = approval.escalation;
  if (stageKind(plan, approval.wait?.stage ?? 0) !== 'escalation' || !escalation) {
    return { group: approval.group, approvers };
  }
  const backup = chooseApprovers(escalation.group, escalation.approvers, configured);
  // A backup group nobody belongs to leaves the first group as it was: a reminder, and the timeout.
  if (backup.length === 0) logger.warn('escalation group has no approvers', { group: escalation.group });
  return { group: approval.group, approvers, backup: { group: escalation.group, approvers: backup } };
}

/**
 * human-approval-router: one approval record and one signed link per approver, one email each, at most once
 * per approver per request. The task token is stored only in DynamoDB; links carry the approval id (the
 * request id, then 16 random hex) and a signature. The workflow then waits for the callback, until the next
 * checkpoint of the route: each later stage runs this again, which rebinds the pending approvals to its
 * token, reminds who has not decided and, at the last checkpoint, asks the backup group too.
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
  const stage = scoring.approval.wait?.stage ?? 0;
  // Counted per stage: each stage runs the router once; only a repeat within a stage is a retry.
  const { attempt, run } = await ports.runs.beginAttempt(intake.runId, attemptKey('approval-router', stage));
  if (attempt > 1) metrics.addMetric('Retries', MetricUnit.Count, 1);

  // Scoring passes what the mail needs; a state written before it did so reads the artifact.
  const request = scoring.approvalRequest ?? (await readApprovalRequest(ports.blobs, scoring));
  const asked = whoIsAsked(ports, input, request);
  const earlierIds = run?.approvalIds ?? [];
  const records = await approvalRecords(ports, input, request, asked, earlierIds);
  const result = { approvalId: records[0]?.approvalId ?? '', approvers: records.length };
  if (earlierIds.length > 0 && (await deliverEarlierDecision(ports, input, records))) return result;
  // The package's findings and diff are read once; each approver's mail is rendered with them.
  const render = await approvalMailFor(ports, input, ports.clock());
  const { mailed, failed } = await mailOnce(ports, input, records, render);

  // A later stage is a round of reminders (and the escalation), not another request.
  if (stage === 0) metrics.addMetric('ApprovalRequests', MetricUnit.Count, 1);
  else metrics.addMetric('ApprovalReminderRounds', MetricUnit.Count, 1);
  logger.info('approval requested', { group: asked.group, stage, approvers: records.length, mailed, failed });
  return result;
}
