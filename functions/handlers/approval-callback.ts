import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type ApprovalRecord, runs } from '#adapters/runs';
import { signingKey } from '#adapters/signing-key';
import { TaskGoneError, workflow } from '#adapters/workflow';
import { verifyApproval } from '#core/approval-link';
import {
  PAGE_HEADERS,
  renderConfirmationPage,
  renderErrorPage,
  renderResultPage,
} from '#shared/approval-page';
import { APPROVAL_REJECTED, TransientDependencyError } from '#shared/errors';
import { correlate, lambda, logger, MetricUnit, metrics } from '#shared/observability';
import { elapsedMs } from '#shared/state';

type Response = APIGatewayProxyStructuredResultV2;

/** The decision form is tiny; anything bigger is not ours. */
export const MAX_BODY_BYTES = 8 * 1024;
export const MAX_REASON_CHARS = 1_000;
const FORM_FIELDS = new Set(['decision', 'reason', 'exp', 'sig']);
const PATH = /^\/approvals\/([A-Za-z0-9-]{8,64})\/?$/;

function html(statusCode: number, body: string, extra: Record<string, string> = {}): Response {
  return { statusCode, headers: { ...PAGE_HEADERS, ...extra }, body };
}

function errorPage(statusCode: number, heading: string, message: string, note?: string): Response {
  return html(
    statusCode,
    renderErrorPage({ status: statusCode, heading, message, ...(note ? { note } : {}) }),
  );
}

const NOT_FOUND = () =>
  errorPage(404, 'Approval not found', 'This approval request does not exist or has been removed.');
const ALREADY_DECIDED = () =>
  errorPage(
    409,
    'Already decided',
    'A decision has already been recorded for this handoff. It cannot be changed here.',
  );
const EXPIRED = () =>
  errorPage(410, 'Link expired', 'This approval link has expired. The handoff was not approved through it.');
const INVALID_LINK = () =>
  errorPage(
    400,
    'Invalid link',
    'This approval link is not valid. Use the exact link from the approval email.',
  );

function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(event.headers ?? {})) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

type Form = { decision: 'approve' | 'reject'; reason: string; exp: string; sig: string };

/** Parses the decision form: size-limited, no unknown or repeated fields, bounded reason. */
export function parseDecisionForm(
  event: APIGatewayProxyEventV2,
): { ok: true; form: Form } | { ok: false; status: number; message: string } {
  const type = (header(event, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return { ok: false, status: 415, message: 'The decision must be sent as a form.' };
  }
  const raw = event.body ?? '';
  if (raw.length > (event.isBase64Encoded ? Math.ceil((MAX_BODY_BYTES * 4) / 3) + 4 : MAX_BODY_BYTES)) {
    return { ok: false, status: 413, message: 'The form is too large.' };
  }
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.byteLength > MAX_BODY_BYTES) return { ok: false, status: 413, message: 'The form is too large.' };
  const params = new URLSearchParams(bytes.toString('utf8'));
  const seen = new Map<string, string>();
  for (const [key, value] of params) {
    if (!FORM_FIELDS.has(key))
      return { ok: false, status: 400, message: `Unexpected form field "${key.slice(0, 40)}".` };
    if (seen.has(key)) return { ok: false, status: 400, message: `Form field "${key}" is repeated.` };
    seen.set(key, value);
  }
  const decision = seen.get('decision');
  if (decision !== 'approve' && decision !== 'reject') {
    return { ok: false, status: 400, message: 'The decision must be approve or reject.' };
  }
  const reason = (seen.get('reason') ?? '').trim();
  if (reason.length > MAX_REASON_CHARS) {
    return { ok: false, status: 400, message: `The reason may be at most ${MAX_REASON_CHARS} characters.` };
  }
  const exp = seen.get('exp') ?? event.queryStringParameters?.exp ?? '';
  const sig = seen.get('sig') ?? event.queryStringParameters?.sig ?? '';
  return { ok: true, form: { decision, reason, exp, sig } };
}

/**
 * Verifies a link and loads its approval. `page` (GET) also asks whether another approver already decided
 * the request, to show it (in the same batch read as the approval); a decision (POST) does not ask,
 * because consuming the approval is one transaction that fails on an existing decision anyway (and
 * answers the same page).
 */
async function checkLink(
  approvalId: string,
  exp: string,
  sig: string,
  now: Date,
  purpose: 'page' | 'decision',
): Promise<{ ok: true; record: ApprovalRecord } | { ok: false; response: Response }> {
  const verdict = verifyApproval(
    { approvalId, exp, sig },
    await signingKey.get().get(),
    Math.floor(now.getTime() / 1000),
  );
  if (!verdict.ok) {
    logger.warn('approval link refused', { approvalId, reason: verdict.reason });
    return { ok: false, response: verdict.reason === 'expired' ? EXPIRED() : INVALID_LINK() };
  }
  const found =
    purpose === 'page'
      ? await runs.get().getApprovalForPage(approvalId)
      : await runs
          .get()
          .getApproval(approvalId)
          .then((record) => (record ? { record, decided: false } : undefined));
  if (!found) return { ok: false, response: NOT_FOUND() };
  const { record } = found;
  correlate({
    executionId: record.executionId,
    runId: record.runId,
    streamId: record.streamId,
    artifactDigest: record.artifactDigest,
  });
  if (String(record.exp) !== exp) return { ok: false, response: INVALID_LINK() };
  if (record.status !== 'pending' || found.decided) return { ok: false, response: ALREADY_DECIDED() };
  return { ok: true, record };
}

async function confirm(approvalId: string, event: APIGatewayProxyEventV2, now: Date): Promise<Response> {
  const exp = event.queryStringParameters?.exp ?? '';
  const sig = event.queryStringParameters?.sig ?? '';
  const checked = await checkLink(approvalId, exp, sig, now, 'page');
  if (!checked.ok) return checked.response;
  const r = checked.record;
  return html(
    200,
    renderConfirmationPage({
      action: `/approvals/${approvalId}`,
      exp,
      sig,
      title: r.summary.title,
      packageId: r.summary.packageId,
      streamId: r.summary.streamId,
      score: r.summary.score,
      risk: r.summary.risk,
      confidence: r.summary.confidence,
      outcome: r.summary.outcome,
      approver: r.approver,
      group: r.group,
      expiresAt: new Date(r.exp * 1000).toISOString(),
      blocking: r.summary.blocking,
      reasons: r.summary.reasons,
      maxReasonLength: MAX_REASON_CHARS,
    }),
  );
}

async function decide(approvalId: string, event: APIGatewayProxyEventV2, now: Date): Promise<Response> {
  const parsed = parseDecisionForm(event);
  if (!parsed.ok) return errorPage(parsed.status, 'Bad request', parsed.message);
  const { form } = parsed;
  const checked = await checkLink(approvalId, form.exp, form.sig, now, 'decision');
  if (!checked.ok) return checked.response;

  const decidedAt = now.toISOString();
  const status = form.decision === 'approve' ? 'approved' : 'rejected';
  const consumed = await runs
    .get()
    .consumeApproval(approvalId, { status, decidedAt, reason: form.reason }, checked.record);
  if (!consumed.ok) return consumed.reason === 'unknown' ? NOT_FOUND() : ALREADY_DECIDED();
  const record = consumed.record;

  try {
    if (status === 'approved') {
      await workflow
        .get()
        .succeed(record.taskToken, { decision: 'approved', approver: record.approver, decidedAt });
    } else {
      const reason = form.reason === '' ? '(no reason given)' : form.reason;
      await workflow
        .get()
        .fail(record.taskToken, APPROVAL_REJECTED, `rejected by ${record.approver}: ${reason}`);
    }
  } catch (error) {
    if (error instanceof TaskGoneError) {
      logger.warn('workflow no longer waiting for this approval', { approvalId });
      return errorPage(
        410,
        'Request closed',
        'The workflow is no longer waiting for this decision (it timed out or was stopped).',
        'Your decision was recorded but could not be applied.',
      );
    }
    // Undo the consumption so the approver can simply try again.
    await runs.get().releaseApproval(record);
    if (error instanceof TransientDependencyError) {
      logger.warn('workflow callback failed transiently; approval released', { approvalId });
      return errorPage(
        503,
        'Try again',
        'The decision could not be delivered right now. Please try again in a minute.',
      );
    }
    throw error;
  }

  // An approval reaches the run with the workflow's next step (handoff or rollback records `$.approval`
  // in its final run write); a rejection's only structured trace is here.
  if (status === 'rejected') {
    try {
      await runs.get().updateRun(record.runId, { decidedAt, decision: status, approver: record.approver });
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
  return html(200, renderResultPage({ decision: status, title: record.summary.title }));
}

/** Routes one Function URL request. The clock is the request's: this is the edge, not the scoring core. */
export async function approvalCallback(
  event: APIGatewayProxyEventV2,
  now: () => Date = () => new Date(),
): Promise<Response> {
  const match = PATH.exec(event.rawPath ?? '');
  if (!match?.[1]) return errorPage(404, 'Not found', 'There is nothing at this address.');
  const approvalId = match[1];
  const method = event.requestContext?.http?.method?.toUpperCase();
  try {
    if (method === 'GET') return await confirm(approvalId, event, now());
    if (method === 'POST') return await decide(approvalId, event, now());
    return html(
      405,
      renderErrorPage({ status: 405, heading: 'Method not allowed', message: 'Use the approval page.' }),
      {
        allow: 'GET, POST',
      },
    );
  } catch (error) {
    logger.error('approval callback failed', { error });
    return errorPage(
      error instanceof TransientDependencyError ? 503 : 500,
      'Something went wrong',
      'The request could not be completed. Please try again in a minute.',
    );
  }
}

export const handler = lambda<APIGatewayProxyEventV2, Response>((event) => approvalCallback(event));
