import { createHash } from 'node:crypto';
import { escapeHtml } from '#core/html';

/**
 * The approval pages: pure HTML, everything escaped, no external assets and no script. The only inline
 * content is one constant <style> element, allowed by its hash in the CSP, so `style-src` needs no
 * 'unsafe-inline'. Forms post to the page's own path and work without JavaScript.
 */

const CSS = [
  ':root{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}',
  'body{margin:0;padding:16px;line-height:1.5;background:Canvas;color:CanvasText}',
  'main{max-width:40rem;margin:0 auto}',
  'h1{font-size:1.4rem;margin:0 0 .5rem;overflow-wrap:anywhere}',
  'h2{font-size:1.1rem;margin:1.25rem 0 .25rem}',
  'dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:1rem 0}',
  'dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}',
  'ul{padding-left:1.2rem}li{margin:.25rem 0;overflow-wrap:anywhere}',
  'code{font-size:.9em}',
  '.card{border:1px solid GrayText;border-radius:8px;padding:12px;margin:1rem 0}',
  'label{display:block;font-weight:600;margin:.5rem 0 .25rem}',
  'textarea{box-sizing:border-box;width:100%;min-height:5rem;font:inherit}',
  'button{font:inherit;font-size:1rem;padding:.7rem 1.2rem;border-radius:6px;border:1px solid GrayText;cursor:pointer;width:100%;margin-top:.5rem}',
  '.approve{background:#1a7f37;color:#fff;border-color:#1a7f37}',
  '.reject{background:#b42318;color:#fff;border-color:#b42318}',
  '.muted{opacity:.8;font-size:.9rem}',
  '.status{font-weight:600}',
].join('');

const STYLE_HASH = createHash('sha256').update(CSS, 'utf8').digest('base64');

/** Strict CSP: nothing loads, nothing runs; only the page's own style and forms to itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** Headers every approval response carries. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    `<body><main>${body}</main></body>`,
    '</html>',
  ].join('\n');
}

export interface ConfirmationView {
  /** The path the forms post to, e.g. /approvals/<id>. */
  action: string;
  exp: string;
  sig: string;
  title: string;
  packageId: string;
  streamId: string;
  score: number;
  risk: string;
  confidence: number;
  outcome: string;
  approver: string;
  group: string;
  expiresAt: string;
  blocking: { ruleId: string; pointer: string; message: string }[];
  reasons: string[];
  maxReasonLength: number;
}

/** The GET page: what is being approved, and two forms. A GET never decides. */
export function renderConfirmationPage(v: ConfirmationView): string {
  const hidden = `<input type="hidden" name="exp" value="${escapeHtml(v.exp)}"><input type="hidden" name="sig" value="${escapeHtml(v.sig)}">`;
  const blocking =
    v.blocking.length === 0
      ? '<p>No blocking findings.</p>'
      : `<ul>${v.blocking
          .map(
            (f) =>
              `<li><strong>${escapeHtml(f.ruleId)}</strong> at <code>${escapeHtml(f.pointer || '/')}</code>: ${escapeHtml(f.message)}</li>`,
          )
          .join('')}</ul>`;
  // The same heading as the approval email: the gate's reasons, warn findings included.
  const reasons =
    v.reasons.length === 0
      ? ''
      : `<h2>Why a human is asked</h2><ul>${v.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`;
  return page(
    `Approve: ${v.title}`,
    [
      '<p class="muted">Handoff approval request</p>',
      `<h1>${escapeHtml(v.title)}</h1>`,
      '<dl>',
      `<dt>Package</dt><dd>${escapeHtml(v.packageId)}</dd>`,
      `<dt>Stream</dt><dd>${escapeHtml(v.streamId)}</dd>`,
      `<dt>Score</dt><dd>${escapeHtml(v.score)} / 100</dd>`,
      `<dt>Risk</dt><dd>${escapeHtml(v.risk)}</dd>`,
      `<dt>Confidence</dt><dd>${escapeHtml(v.confidence)}%</dd>`,
      `<dt>Outcome</dt><dd>${escapeHtml(v.outcome)}</dd>`,
      `<dt>Approver</dt><dd>${escapeHtml(v.approver)} (${escapeHtml(v.group)})</dd>`,
      `<dt>Link expires</dt><dd>${escapeHtml(v.expiresAt)}</dd>`,
      '</dl>',
      reasons,
      '<h2>Blocking findings</h2>',
      blocking,
      `<form class="card" method="post" action="${escapeHtml(v.action)}">`,
      hidden,
      '<input type="hidden" name="decision" value="approve">',
      '<button class="approve" type="submit">Approve handoff</button>',
      '</form>',
      `<form class="card" method="post" action="${escapeHtml(v.action)}">`,
      hidden,
      '<input type="hidden" name="decision" value="reject">',
      '<label for="reason">Reason for rejection</label>',
      `<textarea id="reason" name="reason" maxlength="${escapeHtml(v.maxReasonLength)}" required></textarea>`,
      '<button class="reject" type="submit">Reject handoff</button>',
      '</form>',
    ].join('\n'),
  );
}

/** After a decision. */
export function renderResultPage(v: { decision: 'approved' | 'rejected'; title: string }): string {
  const what = v.decision === 'approved' ? 'approved' : 'rejected';
  return page(
    `Handoff ${what}`,
    [
      `<h1>Handoff ${what}</h1>`,
      `<p class="status">${escapeHtml(v.title)} was ${what}. The workflow has been notified.</p>`,
      '<p class="muted">You can close this page.</p>',
    ].join('\n'),
  );
}

/** A clear error page; nothing was changed. */
export function renderErrorPage(v: {
  status: number;
  heading: string;
  message: string;
  note?: string;
}): string {
  return page(
    v.heading,
    [
      `<h1>${escapeHtml(v.heading)}</h1>`,
      `<p>${escapeHtml(v.message)}</p>`,
      `<p class="muted">Status ${escapeHtml(v.status)}. ${escapeHtml(v.note ?? 'Nothing was changed.')}</p>`,
    ].join('\n'),
  );
}
