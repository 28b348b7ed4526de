import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { awsPorts } from '#adapters/index';
import { type DecideResult, decide, type LinkRefusal, showApproval } from '#app/decide';
import { logger } from '#app/observability';
import type { Ports } from '#app/ports';
import type { ClientInfo } from '#core/approval-evidence';
import { expiryOf } from '#core/approval-expiry';
import { TransientDependencyError } from '#shared/errors';
import {
  PAGE_HEADERS,
  renderConfirmationPage,
  renderErrorPage,
  renderResultPage,
} from '#views/approval-page';
import { busyPage, type FixedPage, failedPage, invalidLinkPage, notFoundPage } from '#views/front-door';
import { MAX_REASON_CHARS, parseDecisionForm } from './edge/approval-form.ts';
import { lambda } from './edge/lambda.ts';

export { MAX_BODY_BYTES, MAX_REASON_CHARS, parseDecisionForm } from './edge/approval-form.ts';

type Response = APIGatewayProxyResult;

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

export { BUSY_RETRY_AFTER_SECONDS } from '#views/front-door';

const answer = (page: FixedPage): Response => ({ ...page, headers: { ...page.headers } });

/**
 * The friendly 429, when what the callback depends on is throttled or failing for a moment (nothing was
 * changed; the same link works again). The front door answers the same page when its own limit is spent.
 */
const busy = (): Response => answer(busyPage(429));

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
  'invalid-link': () => answer(invalidLinkPage()),
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
function clientOf(event: APIGatewayProxyEvent): ClientInfo {
  const identity = event.requestContext?.identity;
  return {
    address: identity?.sourceIp ?? '',
    userAgent: identity?.userAgent ?? event.headers?.['user-agent'] ?? '',
  };
}

/**
 * Where the forms post: the path the browser asked for, stage prefix included (`/prod/approvals/<id>`
 * behind API Gateway, whose `path` drops the stage), so a post reaches the same route as the link.
 */
function actionOf(event: APIGatewayProxyEvent, approvalId: string): string {
  const seen = event.requestContext?.path ?? '';
  const own = `/approvals/${approvalId}`;
  return seen.replace(/\/$/, '').endsWith(own) ? seen.replace(/\/$/, '') : own;
}

async function confirm(ports: Ports, approvalId: string, event: APIGatewayProxyEvent): Promise<Response> {
  const exp = event.queryStringParameters?.exp ?? '';
  const sig = event.queryStringParameters?.sig ?? '';
  const shown = await showApproval(ports, { approvalId, exp, sig }, clientOf(event));
  if (!shown.ok) return REFUSED[shown.refusal]();
  const r = shown.record;
  const { title, packageId, streamId, score, risk, confidence } = r.summary;
  return html(
    200,
    renderConfirmationPage({
      action: actionOf(event, approvalId),
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

async function post(ports: Ports, approvalId: string, event: APIGatewayProxyEvent): Promise<Response> {
  const parsed = parseDecisionForm(event);
  if (!parsed.ok) return errorPage(parsed.status, 'Bad request', parsed.message);
  const { decision, reason, exp, sig } = parsed.form;
  const decided = await decide(ports, { approvalId, exp, sig }, { decision, reason }, clientOf(event));
  if (!decided.ok) return REFUSED[decided.refusal]();
  const { record, delivery } = decided;
  return html(200, renderResultPage({ decision: decided.decision, title: record.summary.title, delivery }));
}

/**
 * Routes one request of the front door (API Gateway REST API, Lambda proxy integration, payload 1.0): GET
 * shows the confirmation page, POST decides.
 */
export async function approvalCallback(event: APIGatewayProxyEvent, ports: Ports): Promise<Response> {
  const match = PATH.exec(event.path ?? '');
  if (!match?.[1]) return answer(notFoundPage());
  const approvalId = match[1];
  const method = event.httpMethod?.toUpperCase();
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
    return answer(failedPage());
  }
}

const ports = awsPorts();

export const handler = lambda<APIGatewayProxyEvent, Response>((event) => approvalCallback(event, ports));
