import type { ApprovalRecord } from '#core/approval';
import type { ClientInfo } from '#core/approval-evidence';
import { verifyApproval } from '#core/approval-link';
import type { ApprovalContent } from '#core/approval-view';
import { elapsedMs } from '#core/run';
import { APPROVAL_REJECTED, TransientDependencyError } from '#shared/errors';
import { loadRecordContent } from './approval-content.ts';
import { recordDecided, recordOpened } from './approval-evidence.ts';
import { correlate, logger, MetricUnit, metrics } from './observability.ts';
import { type Ports, TaskGoneError } from './ports.ts';

/** A link as the approver follows it: the approval id of the path, `exp` and `sig` of the query or form. */
export interface ApprovalLink {
  approvalId: string;
  exp: string;
  sig: string;
}

/** Why a link leads nowhere; the edge turns each into its page. */
export type LinkRefusal = 'expired' | 'invalid-link' | 'not-found' | 'already-decided';

type Checked = { ok: true; record: ApprovalRecord } | { ok: false; refusal: LinkRefusal };

/** A link that may still decide, with what the page shows: the package, its findings and the diff. */
export type ShowApprovalResult =
  | { ok: true; record: ApprovalRecord; content: ApprovalContent }
  | { ok: false; refusal: LinkRefusal };

export type DecideResult =
  /**
   * `delivery`: `sent` when the waiting task took the decision; `pending` when no task was waiting at that
   * moment but the run still waits and the link has not expired, so the router about to run (the retry of
   * a failed attempt, or the next stage) delivers the decision it finds on the request.
   */
  | { ok: true; decision: 'approved' | 'rejected'; record: ApprovalRecord; delivery: 'sent' | 'pending' }
  /** `closed`: the workflow no longer waits; `retry`: the callback failed transiently and was undone. */
  | { ok: false; refusal: LinkRefusal | 'closed' | 'retry' };

type DecidePorts = Pick<Ports, 'runs' | 'signingKey' | 'workflow' | 'clock'>;
type ShowPorts = DecidePorts & Pick<Ports, 'blobs' | 'artifacts'>;

/**
 * Verifies a link and loads its approval. `page` (GET) also asks whether another approver already decided
 * the request, to show it (in the same batch read as the approval); a decision (POST) does not ask,
 * because consuming the approval is one transaction that fails on an existing decision anyway (and
 * answers the same page).
 */
async function checkLink(
  ports: DecidePorts,
  link: ApprovalLink,
  now: Date,
  purpose: 'page' | 'decision',
): Promise<Checked> {
  const { approvalId, exp } = link;
  const nowSeconds = Math.floor(now.getTime() / 1000);
  let verdict = verifyApproval(link, await ports.signingKey.get(), nowSeconds);
  if (!verdict.ok && verdict.reason === 'tampered') {
    // Links mailed before a key rotation carry the previous key's signature until they expire.
    const previous = await ports.signingKey.previous();
    if (previous) verdict = verifyApproval(link, previous, nowSeconds);
  }
  if (!verdict.ok) {
    logger.warn('approval link refused', { approvalId, reason: verdict.reason });
    return { ok: false, refusal: verdict.reason === 'expired' ? 'expired' : 'invalid-link' };
  }
  const found =
    purpose === 'page'
      ? await ports.runs.getApprovalForPage(approvalId)
      : await ports.runs
          .getApproval(approvalId)
          .then((record) => (record ? { record, decided: false } : undefined));
  if (!found) return { ok: false, refusal: 'not-found' };
  const { record } = found;
  correlate({
    executionId: record.executionId,
    runId: record.runId,
    streamId: record.streamId,
    artifactDigest: record.artifactDigest,
  });
  if (String(record.exp) !== exp) return { ok: false, refusal: 'invalid-link' };
  if (record.status !== 'pending' || found.decided) return { ok: false, refusal: 'already-decided' };
  return { ok: true, record };
}

/** Sends the decision to the waiting task. */
export async function sendDecision(
  ports: Pick<Ports, 'workflow'>,
  record: ApprovalRecord,
  reason: string,
  decidedAt: string,
) {
  if (record.status === 'approved') {
    await ports.workflow.succeed(record.taskToken, {
      decision: 'approved',
      approver: record.approver,
      decidedAt,
    });
  } else {
    const why = reason === '' ? '(no reason given)' : reason;
    await ports.workflow.fail(record.taskToken, APPROVAL_REJECTED, `rejected by ${record.approver}: ${why}`);
  }
}

/**
 * Sends the decision; when the token it holds is gone, reads the approval once more: a retried router may have
 * pointed it at its own task meanwhile (the link stays the same), and that task is the one waiting.
 */
async function resumeWorkflow(ports: DecidePorts, record: ApprovalRecord, reason: string, decidedAt: string) {
  try {
    await sendDecision(ports, record, reason, decidedAt);
  } catch (error) {
    if (!(error instanceof TaskGoneError)) throw error;
    const fresh = await ports.runs.getApproval(record.approvalId);
    if (!fresh || fresh.taskToken === record.taskToken) throw error;
    await sendDecision(ports, { ...record, taskToken: fresh.taskToken }, reason, decidedAt);
  }
}

/**
 * Whether a decision that met no waiting task still reaches the workflow. The workflow asks again while the
 * run is `awaiting-approval` and the link's `exp` has not passed: the retry of a failed router attempt or the
 * next stage's router rebinds the approvals, finds the request's decision and delivers it (a router that has
 * just rebound may already have delivered it, which is why the re-read send met a settled task). The
 * last stage times out at about the link's `exp`, so once `exp` has passed, or the run has left
 * `awaiting-approval` (rolled back, or stopped and reconciled), nothing will deliver it: the request is closed.
 * The clock is read again here, after the sends, not at the start of the request.
 */
async function stillDelivered(ports: DecidePorts, record: ApprovalRecord): Promise<boolean> {
  const run = await ports.runs.getRun(record.runId);
  // A router delivered it and the workflow has already moved on with it (the handoff wrote its approval).
  if (run?.decidedAt !== undefined && run.decidedAt === record.decidedAt) return true;
  const nowSeconds = Math.floor(ports.clock().getTime() / 1000);
  return run?.status === 'awaiting-approval' && nowSeconds < record.exp;
}

/**
 * The confirmation page's question: may this link still decide, and on what? The answer carries the
 * package as the approver must see it (read from S3, bounded), and the opening is kept with the run as
 * audit evidence. A GET never decides.
 */
export async function showApproval(
  ports: ShowPorts,
  link: ApprovalLink,
  client: ClientInfo,
): Promise<ShowApprovalResult> {
  const now = ports.clock();
  const checked = await checkLink(ports, link, now, 'page');
  if (!checked.ok) return checked;
  const content = await loadRecordContent(ports, checked.record);
  await recordOpened(ports, checked.record, client, now);
  return { ...checked, content };
}

/**
 * The approver's decision: consume the approval once per request, resume the waiting workflow (success
 * for an approval, ApprovalRejectedError for a rejection), and undo the consumption when the callback fails
 * transiently so the approver can simply try again.
 */
export async function decide(
  ports: DecidePorts,
  link: ApprovalLink,
  form: { decision: 'approve' | 'reject'; reason: string },
  client: ClientInfo,
): Promise<DecideResult> {
  const now = ports.clock();
  const checked = await checkLink(ports, link, now, 'decision');
  if (!checked.ok) return checked;
  const { approvalId } = link;

  const decidedAt = now.toISOString();
  const status = form.decision === 'approve' ? 'approved' : 'rejected';
  const consumed = await ports.runs.consumeApproval(
    approvalId,
    { status, decidedAt, reason: form.reason },
    checked.record,
  );
  if (!consumed.ok) {
    return { ok: false, refusal: consumed.reason === 'unknown' ? 'not-found' : 'already-decided' };
  }
  const record = consumed.record;

  let delivery: 'sent' | 'pending' = 'sent';
  try {
    await resumeWorkflow(ports, record, form.reason, decidedAt);
  } catch (error) {
    if (error instanceof TaskGoneError && !(await stillDelivered(ports, record))) {
      logger.warn('workflow no longer waiting for this approval', { approvalId });
      return { ok: false, refusal: 'closed' };
    }
    if (error instanceof TaskGoneError) {
      delivery = 'pending';
      logger.info('no task waiting right now: the router that runs next delivers the decision', {
        approvalId,
      });
    } else {
      // Undo the consumption so the approver can simply try again.
      await ports.runs.releaseApproval(record);
      if (error instanceof TransientDependencyError) {
        logger.warn('workflow callback failed transiently; approval released', { approvalId });
        return { ok: false, refusal: 'retry' };
      }
      throw error;
    }
  }

  await recordDecided(ports, record, client, now, { decision: status, comment: form.reason });
  // An approval reaches the run with the workflow's next step (handoff or rollback records `$.approval`
  // in its final run write); a rejection's only structured trace is here.
  if (status === 'rejected') {
    try {
      await ports.runs.updateRun(record.runId, { decidedAt, decision: status, approver: record.approver });
    } catch (error) {
      // The workflow has the decision; the run record is bookkeeping.
      logger.error('could not record the decision on the run', { error });
    }
  }
  const latencyMs = elapsedMs(record.createdAt, decidedAt);
  if (latencyMs !== undefined) metrics.addMetric('ApprovalLatency', MetricUnit.Seconds, latencyMs / 1000);
  const decisions = metrics.singleMetric();
  decisions.addDimension('decision', status);
  decisions.addMetric('ApprovalDecisions', MetricUnit.Count, 1);
  logger.info('approval decided', { approvalId, decision: status });
  return { ok: true, decision: status, record, delivery };
}
