import { createHash } from 'node:crypto';
import type { EvidenceView } from '#core/approval-claims';
import type { ExpiryView } from '#core/approval-expiry';
import type { ApprovalContent, FactsView, FindingView, Segment } from '#core/approval-view';
import { channelLabel } from '#core/approval-words';
import { type DiffPart, diffSummary, type PackageDiff } from '#core/copy-diff';
import { escapeHtml } from '#core/html';

/**
 * The approval pages: pure HTML, everything escaped, no external assets and no script. The only inline
 * content is one constant <style> element, allowed by its hash in the CSP, so `style-src` needs no
 * 'unsafe-inline'. Forms post to the page's own path and work without JavaScript.
 */

const CSS = [
  ':root{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}',
  'body{margin:0;padding:16px;line-height:1.5;background:Canvas;color:CanvasText}',
  'main{max-width:46rem;margin:0 auto}',
  'h1{font-size:1.5rem;margin:0 0 .5rem;overflow-wrap:anywhere}',
  'h2{font-size:1.2rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:1px solid GrayText}',
  'h3{font-size:1.05rem;margin:1.25rem 0 .25rem}',
  'h4{font-size:1rem;margin:0 0 .25rem}',
  'dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:1rem 0}',
  'dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}',
  'ul{padding-left:1.2rem}li{margin:.25rem 0;overflow-wrap:anywhere}',
  'p{overflow-wrap:anywhere}',
  'code{font-size:.9em;overflow-wrap:anywhere}',
  '.card{border:1px solid GrayText;border-radius:8px;padding:12px;margin:1rem 0}',
  '.card>:first-child{margin-top:0}.card>:last-child{margin-bottom:0}',
  '.note{display:block;font-size:.9rem}',
  '.expiry{border-left:4px solid #b54708;padding:.25rem 0 .25rem 12px;margin:1rem 0}',
  '.copy{white-space:pre-wrap;font-size:1.05rem;margin:.25rem 0;padding:8px;border-radius:6px;background:color-mix(in srgb,CanvasText 5%,Canvas)}',
  'mark{color:#1f1f1f;border-radius:3px;padding:0 1px}',
  'mark.block{background:#fecdca;border-bottom:2px solid #b42318}',
  'mark.warn{background:#fef0c7;border-bottom:2px dashed #93370d}',
  'mark.info{background:#d1e9ff;border-bottom:2px dotted #194185}',
  'sup a{font-weight:600}',
  '.findings{list-style:none;padding:0}',
  '.findings li{border-left:4px solid GrayText;padding-left:8px;margin:.5rem 0}',
  '.findings li.block{border-left-color:#b42318}.findings li.warn{border-left-color:#b54708}',
  '.sev{font-weight:700}',
  'ins{background:#d1fadf;color:#054f31;text-decoration:underline}',
  'del{background:#fee4e2;color:#7a271a;text-decoration:line-through}',
  '.diff{white-space:pre-wrap;margin:.25rem 0}',
  'label{display:block;font-weight:600;margin:.5rem 0 .25rem}',
  'textarea{box-sizing:border-box;width:100%;min-height:5rem;font:inherit}',
  'button{font:inherit;font-size:1rem;padding:.7rem 1.2rem;border-radius:6px;border:1px solid GrayText;cursor:pointer;width:100%;margin-top:.5rem}',
  '.approve{background:#1a7f37;color:#fff;border-color:#1a7f37}',
  '.reject{background:#b42318;color:#fff;border-color:#b42318}',
  '.muted{font-size:.9rem}',
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
  approver: string;
  /** The artifact being decided on, shown so the approver can quote it and the audit can match it. */
  artifactDigest: string;
  group: string;
  expiry: ExpiryView;
  content: ApprovalContent;
  maxReasonLength: number;
}

const SEVERITY_WORDS: Record<string, string> = { block: 'Blocking', warn: 'Warning', info: 'Note' };

/** The copy with each finding's span marked and its number after the span's last segment. */
function copyHtml(segments: readonly Segment[]): string {
  const lastOf = new Map<number, number>();
  segments.forEach((seg, i) => {
    for (const n of seg.marks) lastOf.set(n, i);
  });
  return segments
    .map((seg, i) => {
      const text = escapeHtml(seg.text);
      if (seg.marks.length === 0) return text;
      const refs = seg.marks
        .filter((n) => lastOf.get(n) === i)
        .map((n) => `<sup><a href="#finding-${n}">[${n}]</a></sup>`)
        .join('');
      return `<mark class="${escapeHtml(seg.severity ?? 'info')}">${text}</mark>${refs}`;
    })
    .join('');
}

/** Each finding in the engine's words: what is wrong, the text it is about, why it matters, the fix. */
function findingsHtml(findings: readonly FindingView[]): string {
  if (findings.length === 0) return '';
  return `<ul class="findings">${findings
    .map((f) =>
      [
        `<li id="finding-${f.n}" class="${escapeHtml(f.severity)}">`,
        `<span class="sev">[${f.n}] ${escapeHtml(SEVERITY_WORDS[f.severity] ?? f.severity)}</span> `,
        `about ${escapeHtml(f.topic)}: ${escapeHtml(f.message)}`,
        // The quote only when the message does not already say it.
        f.quote && !f.message.includes(f.quote)
          ? ` <span class="note">Quoted: “${escapeHtml(f.quote)}”</span>`
          : '',
        f.why ? ` <span class="note"><strong>Why it matters:</strong> ${escapeHtml(f.why)}</span>` : '',
        f.fix ? ` <span class="note"><strong>How to fix:</strong> ${escapeHtml(f.fix)}</span>` : '',
        `<span class="note muted">${escapeHtml(f.where)} · check <code>${escapeHtml(f.ruleId)}</code></span>`,
        '</li>',
      ].join(''),
    )
    .join('')}</ul>`;
}

/**
 * The facts the package states as data, each fact's words marked and numbered as copy is when findings
 * point at it, the findings listed under them. A package that states none (its contract does not ask for
 * them) gets one line saying so, so the approver knows nothing was left out of the page.
 */
function factsHtml(facts: FactsView): string {
  const body =
    facts.facts.length === 0
      ? `<p>The package states none of these facts (what is sold, how its lists agreed, the youngest age targeted): its contract, ${escapeHtml(facts.contract)}, does not ask for them.</p>`
      : [
          '<p class="muted">As the package declares them; a fact a finding is about is marked and numbered.</p>',
          `<dl class="facts">${facts.facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${copyHtml([f.value])}</dd>`).join('')}</dl>`,
          findingsHtml(facts.findings),
        ].join('');
  return `<section aria-labelledby="facts"><h2 id="facts">Facts the package states</h2>${body}</section>`;
}

function channelsHtml(content: ApprovalContent): string {
  return content.channels
    .map((ch) =>
      [
        `<h3>${escapeHtml(ch.label)}</h3>`,
        ...ch.deliverables.map((d) =>
          [
            '<div class="card">',
            `<h4>${escapeHtml(d.kind)} <span class="muted">(${escapeHtml(d.id)})</span></h4>`,
            `<p class="copy"${d.language ? ` lang="${escapeHtml(d.language)}"` : ''}>${copyHtml(d.segments)}</p>`,
            d.claimRefs.length
              ? `<p class="muted">Makes the claims: ${d.claimRefs.map((c) => `<a href="#claim-${escapeHtml(c)}">${escapeHtml(c)}</a>`).join(', ')}</p>`
              : '',
            findingsHtml(d.findings),
            '</div>',
          ].join(''),
        ),
        ch.disclosures.length
          ? `<p class="muted">Disclosures with this channel:</p><ul>${ch.disclosures.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`
          : '',
      ].join('\n'),
    )
    .join('\n');
}

/** One piece of evidence: what and where, what it says, when verified, and what it states of itself. */
function evidenceHtml(e: EvidenceView): string {
  return [
    `<li>${escapeHtml(e.kind)}: ${escapeHtml(e.ref)}`,
    e.summary ? ` — ${escapeHtml(e.summary)}` : '',
    e.verifiedOn ? ` <span class="muted">(verified ${escapeHtml(e.verifiedOn)})</span>` : '',
    e.facts.length ? ` <span class="muted">(${e.facts.map((f) => escapeHtml(f)).join('; ')})</span>` : '',
    '</li>',
  ].join('');
}

function claimsHtml(content: ApprovalContent): string {
  if (content.claims.length === 0) return '<p>The package makes no claims.</p>';
  return content.claims
    .map((c) =>
      [
        `<div class="card" id="claim-${escapeHtml(c.id)}">`,
        `<h3>“${escapeHtml(c.text)}”</h3>`,
        `<p class="muted">Claim ${escapeHtml(c.id)} · ${escapeHtml(c.category)}</p>`,
        c.evidence.length === 0
          ? '<p><strong>No evidence given.</strong></p>'
          : `<p>Evidence:</p><ul>${c.evidence.map(evidenceHtml).join('')}</ul>`,
        findingsHtml(c.findings),
        '</div>',
      ].join(''),
    )
    .join('\n');
}

function partsHtml(parts: readonly DiffPart[]): string {
  return parts
    .map((p) =>
      p.op === 'add'
        ? `<ins>${escapeHtml(p.text)}</ins>`
        : p.op === 'del'
          ? `<del>${escapeHtml(p.text)}</del>`
          : escapeHtml(p.text),
    )
    .join('');
}

function diffHtml(diff: PackageDiff | null): string {
  if (diff === null) {
    return '<p>First version of this stream: nothing is live yet, so there is nothing to compare with.</p>';
  }
  if (diff.copy.length === 0 && diff.claims.length === 0) {
    return '<p>No change in copy or claims since the live version.</p>';
  }
  const copy = diff.copy.map(
    (c) =>
      `<div class="card"><h3>${escapeHtml(channelLabel(c.channel))} › ${escapeHtml(c.deliverableId)} <span class="muted">(${escapeHtml(c.kind)})</span></h3><p class="diff">${partsHtml(c.parts)}</p></div>`,
  );
  const claims = diff.claims.map((c) =>
    [
      `<div class="card"><h3>Claim ${escapeHtml(c.claimId)} <span class="muted">(${escapeHtml(c.kind)})</span></h3>`,
      `<p class="diff">${partsHtml(c.parts)}</p>`,
      c.evidenceAdded.length
        ? `<p>Evidence added: ${c.evidenceAdded.map((r) => `<ins>${escapeHtml(r)}</ins>`).join(', ')}</p>`
        : '',
      c.evidenceRemoved.length
        ? `<p>Evidence removed: ${c.evidenceRemoved.map((r) => `<del>${escapeHtml(r)}</del>`).join(', ')}</p>`
        : '',
      '</div>',
    ].join(''),
  );
  const { deliverables, claims: sameClaims } = diff.unchanged;
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return [
    `<p>${escapeHtml(diffSummary(diff))}. Removed words are struck through, added words underlined. Unchanged: ${count(deliverables, 'deliverable')}, ${count(sameClaims, 'claim')}.</p>`,
    ...copy,
    ...claims,
    diff.leftOff > 0 ? `<p class="muted">${diff.leftOff} more changes are not shown.</p>` : '',
  ].join('\n');
}

function expiryHtml(v: ConfirmationView): string {
  const { expiry, content } = v;
  const owner = content.owner;
  return [
    '<div class="expiry">',
    `<p><strong>Decide by <time datetime="${escapeHtml(expiry.iso)}">${escapeHtml(expiry.local)}</time></strong> (${escapeHtml(expiry.relative)}).</p>`,
    '<p>If nobody decides by then, the handoff fails closed: nothing is handed off and the stream keeps its current live version.',
    ` Questions about the package: ask ${escapeHtml(owner.name)} (${escapeHtml(owner.team)}), <a href="mailto:${escapeHtml(owner.email)}">${escapeHtml(owner.email)}</a>.</p>`,
    '</div>',
  ].join('');
}

/** The GET page: the package as it would be handed off, its findings in place, the diff, two forms. */
export function renderConfirmationPage(v: ConfirmationView): string {
  const hidden = `<input type="hidden" name="exp" value="${escapeHtml(v.exp)}"><input type="hidden" name="sig" value="${escapeHtml(v.sig)}">`;
  const { content } = v;
  const findingCount = content.findings.length + content.findingsLeftOff;
  return page(
    `Approve: ${v.title}`,
    [
      '<p class="muted">Handoff approval request</p>',
      `<h1>${escapeHtml(v.title)}</h1>`,
      expiryHtml(v),
      '<dl>',
      `<dt>Quality score</dt><dd>${escapeHtml(v.score)} / 100<span class="note muted">${escapeHtml(content.scoreNote)}</span></dd>`,
      `<dt>Risk</dt><dd>${escapeHtml(v.risk)}<span class="note muted">How much harm a mistake could do; the reasons below say what raised it.</span></dd>`,
      `<dt>Confidence</dt><dd>${escapeHtml(v.confidence)}%<span class="note muted">How much of what the package asserts is backed by evidence, and how complete it is.</span></dd>`,
      `<dt>Findings</dt><dd>${findingCount === 0 ? 'none' : `${findingCount}, numbered in the copy below`}</dd>`,
      `<dt>Asked of</dt><dd>${escapeHtml(v.approver)} (${escapeHtml(v.group)} approvers)</dd>`,
      `<dt>Package</dt><dd>${escapeHtml(v.packageId)}, stream ${escapeHtml(v.streamId)}</dd>`,
      `<dt>Artifact</dt><dd><code class="digest">${escapeHtml(v.artifactDigest)}</code></dd>`,
      '</dl>',
      '<h2>Why you are asked</h2>',
      `<ul class="reasons">${content.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`,
      factsHtml(content.facts),
      '<h2>The copy</h2>',
      channelsHtml(content),
      '<h2>Claims and their evidence</h2>',
      claimsHtml(content),
      content.otherFindings.length ? `<h2>Other findings</h2>${findingsHtml(content.otherFindings)}` : '',
      content.findingsLeftOff > 0
        ? `<p class="muted">${content.findingsLeftOff} more findings are not shown.</p>`
        : '',
      '<h2 id="changes">What changed since the live version</h2>',
      diffHtml(content.diff),
      '<h2>Your decision</h2>',
      '<p class="muted">Opening this page and your decision are kept with the run as audit evidence: the time, your browser’s name and a keyed hash of your network address (never the address itself), and your comment or reason.</p>',
      `<form class="card" method="post" action="${escapeHtml(v.action)}">`,
      hidden,
      '<input type="hidden" name="decision" value="approve">',
      '<label for="comment">Comment (optional)</label>',
      `<textarea id="comment" name="reason" maxlength="${escapeHtml(v.maxReasonLength)}"></textarea>`,
      '<button class="approve" type="submit">Approve handoff</button>',
      '</form>',
      `<form class="card" method="post" action="${escapeHtml(v.action)}">`,
      hidden,
      '<input type="hidden" name="decision" value="reject">',
      '<label for="reason">Reason for rejection (required)</label>',
      `<textarea id="reason" name="reason" maxlength="${escapeHtml(v.maxReasonLength)}" required></textarea>`,
      '<button class="reject" type="submit">Reject handoff</button>',
      '</form>',
    ].join('\n'),
  );
}

/**
 * After a decision. `sent`: the waiting workflow took it. `pending`: the decision is recorded as the
 * request's one decision, but no task was waiting at that moment (between two stages of the wait, or
 * between a failed attempt and its retry); the workflow's next step reads it from the record.
 */
export function renderResultPage(v: {
  decision: 'approved' | 'rejected';
  title: string;
  delivery?: 'sent' | 'pending';
}): string {
  const what = v.decision === 'approved' ? 'approved' : 'rejected';
  const status =
    v.delivery === 'pending'
      ? `${escapeHtml(v.title)} was ${what}. Your decision is recorded; the workflow picks it up within moments. There is nothing else to do.`
      : `${escapeHtml(v.title)} was ${what}. The workflow has been notified.`;
  return page(
    `Handoff ${what}`,
    [
      `<h1>Handoff ${what}</h1>`,
      `<p class="status">${status}</p>`,
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
