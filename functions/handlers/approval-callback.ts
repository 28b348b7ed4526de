import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { awsPorts } from '#adapters/index';
import { type DecideResult, decide, type LinkRefusal, showApproval } from '#app/decide';
import { logger } from '#app/observability';
import type { Ports } from '#app/ports';
import type { ClientInfo } from '#core/approval-evidence';
import { expiryOf } from '#core/approval-view';
import { TransientDependencyError } from '#shared/errors';
import {
  PAGE_HEADERS,
  renderConfirmationPage,
  renderErrorPage,
  renderResultPage,
} from '#views/approval-page';
import { MAX_REASON_CHARS, parseDecisionForm } from './edge/approval-form.ts';
import { lambda } from './edge/lambda.ts';

export { MAX_BODY_BYTES, MAX_REASON_CHARS, parseDecisionForm } from './edge/approval-form.ts';

type Response = APIGatewayProxyStructuredResultV2;

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

/** Seconds an approver is asked to wait before opening the link again when the callback is busy. */
export const BUSY_RETRY_AFTER_SECONDS = 30;

/**
 * The friendly 429: what the callback answers when what it depends on is throttled or failing for a moment
 * (nothing was changed; the same link works again). A throttle of the Function URL itself never reaches this
 * code: Lambda answers 429 with its own short JSON body (see README, "A callback that cannot hurt").
 */
function busy(): Response {
  return html(
    429,
    renderErrorPage({
      status: 429,
      heading: 'Busy right now',
      message: `Many requests are arriving at once. Please open the same link again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
      note: 'Nothing was changed: your link still works.',
    }),
    { 'retry-after': String(BUSY_RETRY_AFTER_SECONDS) },
  );
}

/** The page of each refusal: what the approver sees, and that nothing changed (or what did). */
const REFUSED: Record<Exclude<DecideResult, { ok: true }>['refusal'], () => Response> = {
  'not-found': () =>
    errorPage(404, 'Approval not found', 'This approval request does not exist or has been removed.'),
  'already-decided': () =>
    errorPage(
      409,
      'Already decided',
      'A decision has already been recorded for this handoff. It cannot be changed here.',
    ),
  expired: () =>
    errorPage(
      410,
      'Link expired',
      'This approval link has expired. The handoff was not approved through it.',
    ),
  'invalid-link': () =>
    errorPage(
      400,
      'Invalid link',
      'This approval link is not valid. Use the exact link from the approval email.',
    ),
  closed: () =>
    errorPage(
      410,
      'Request closed',
      'The workflow is no longer waiting for this decision (it timed out or was stopped).',
      'Your decision was recorded but could not be applied.',
    ),
  retry: busy,
} satisfies Record<LinkRefusal | 'closed' | 'retry', () => Response>;

/** Who is asking, for the audit evidence: the address goes no further than its keyed hash. */
function clientOf(event: APIGatewayProxyEventV2): ClientInfo {
  const http = event.requestContext?.http;
  return { address: http?.sourceIp ?? '', userAgent: http?.userAgent ?? event.headers?.['user-agent'] ?? '' };
}

async function confirm(ports: Ports, approvalId: string, event: APIGatewayProxyEventV2): Promise<Response> {
  const exp = event.queryStringParameters?.exp ?? '';
  const sig = event.queryStringParameters?.sig ?? '';
  const shown = await showApproval(ports, { approvalId, exp, sig }, clientOf(event));
  if (!shown.ok) return REFUSED[shown.refusal]();
  const r = shown.record;
  const { title, packageId, streamId, score, risk, confidence } = r.summary;
  return html(
    200,
    renderConfirmationPage({
      action: `/approvals/${approvalId}`,
      exp,
      sig,
      title,
      packageId,
      streamId,
      score,
      risk,
      confidence,
      approver: r.approver,
      artifactDigest: r.artifactDigest,
      group: r.group,
      // In the approver's zone when the package names one, else UTC (named); relative to this request's clock.
      expiry: expiryOf(r.exp, ports.clock(), shown.content.timeZones[r.approver.toLowerCase()]),
      content: shown.content,
      maxReasonLength: MAX_REASON_CHARS,
    }),
  );
}

async function post(ports: Ports, approvalId: string, event: APIGatewayProxyEventV2): Promise<Response> {
  const parsed = parseDecisionForm(event);
  if (!parsed.ok) return errorPage(parsed.status, 'Bad request', parsed.message);
  const { decision, reason, exp, sig } = parsed.form;
  const decided = await decide(ports, { approvalId, exp, sig }, { decision, reason }, clientOf(event));
  if (!decided.ok) return REFUSED[decided.refusal]();
  return html(200, renderResultPage({ decision: decided.decision, title: decided.record.summary.title }));
}

/** Routes one Function URL request: GET shows the confirmation page, POST decides. */
export async function approvalCallback(event: APIGatewayProxyEventV2, ports: Ports): Promise<Response> {
  const match = PATH.exec(event.rawPath ?? '');
  if (!match?.[1]) return errorPage(404, 'Not found', 'There is nothing at this address.');
  const approvalId = match[1];
  const method = event.requestContext?.http?.method?.toUpperCase();
  try {
    if (method === 'GET') return await confirm(ports, approvalId, event);
    if (method === 'POST') return await post(ports, approvalId, event);
    return html(
      405,
      renderErrorPage({ status: 405, heading: 'Method not allowed', message: 'Use the approval page.' }),
      { allow: 'GET, POST' },
    );
  } catch (error) {
    if (error instanceof TransientDependencyError) {
      logger.warn('approval callback busy', { error });
      return busy();
    }
    logger.error('approval callback failed', { error });
    return errorPage(
      500,
      'Something went wrong',
      'The request could not be completed. Please try again in a minute.',
    );
  }
}

const ports = awsPorts();

export const handler = lambda<APIGatewayProxyEventV2, Response>((event) => approvalCallback(event, ports));
