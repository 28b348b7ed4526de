import { PAGE_HEADERS, renderErrorPage } from './approval-page.ts';

/**
 * The pages the approval callback and its front door share, as whole responses: the function answers them
 * itself, the API stage answers them as gateway responses (generated from here at synth time, infra/
 * constructs/front-door.ts) and the local front door answers them too, so the words have one source.
 */

/** Seconds an approver is asked to wait before opening the link again when the callback is busy. */
export const BUSY_RETRY_AFTER_SECONDS = 30;

/** A fixed response: status, headers (lower-case names) and an HTML body that depends on no request. */
export interface FixedPage {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

function fixed(statusCode: number, heading: string, message: string, extra: Record<string, string> = {}) {
  const page: FixedPage = {
    statusCode,
    headers: { ...PAGE_HEADERS, ...extra },
    body: renderErrorPage({ status: statusCode, heading, message, ...NOTES[statusCode] }),
  };
  return page;
}

const NOTES: Record<number, { note: string }> = {
  429: { note: 'Nothing was changed: your link still works.' },
  503: { note: 'Nothing was changed: your link still works.' },
};

/**
 * Busy: too many requests at once, or the function could not be reached for a moment (503). Nothing was
 * changed, so the same link works again after Retry-After.
 */
export function busyPage(statusCode: 429 | 503 = 429): FixedPage {
  return fixed(
    statusCode,
    'Busy right now',
    `Many requests are arriving at once. Please open the same link again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
    { 'retry-after': String(BUSY_RETRY_AFTER_SECONDS) },
  );
}

export function notFoundPage(): FixedPage {
  return fixed(404, 'Not found', 'There is nothing at this address.');
}

export function invalidLinkPage(): FixedPage {
  return fixed(
    400,
    'Invalid link',
    'This approval link is not valid. Use the exact link from the approval email.',
  );
}

export function failedPage(): FixedPage {
  return fixed(
    500,
    'Something went wrong',
    'The request could not be completed. Please try again in a minute.',
  );
}

/** What the front door answers on its own, before (or instead of) the function. */
export const FRONT_DOOR_PAGES = {
  /** Its rate limit is spent. */
  throttled: busyPage(429),
  /** The function did not answer: Lambda throttled it (reserved concurrency), or it timed out or crashed. */
  unavailable: busyPage(503),
  /** No such route: anything but GET/POST /approvals/{id}. */
  notFound: notFoundPage(),
  /** Any other request it refuses (a link without exp or sig, a body too large). */
  refused: invalidLinkPage(),
} as const satisfies Record<string, FixedPage>;
