import type { ApprovalSummary } from './approval.ts';
import type { ExpiryView } from './approval-expiry.ts';
import { type ApprovalContent, type FindingView, topFindings } from './approval-view.ts';
import { diffSummary } from './copy-diff.ts';
import { escapeHtml } from './html.ts';

/**
 * The approval mail: a text part and an HTML part saying the same. The HTML has a language and a title,
 * only inline styles and no external asset (nothing to load, nothing to track), and one column at most
 * 600 px wide, so it reads in common mail clients from a phone to a desktop. The link is the only action.
 */

/** Findings the mail shows; the page shows every one in place. */
export const MAIL_TOP_FINDINGS = 5;

/** One line, no control characters: safe for a mail subject. */
function oneLine(s: string, max: number): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const flat = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const SEVERITY_WORDS: Record<string, string> = { block: 'Blocking', warn: 'Warning', info: 'Note' };

/** The engine's words for one finding: what, the quoted text when the message does not say it, the fix. */
function findingLine(f: FindingView): string {
  const quote = f.quote && !f.message.includes(f.quote) ? ` (“${oneLine(f.quote, 120)}”)` : '';
  const message = f.message.replace(/[.!?]$/u, '');
  const fix = f.fix ? ` Fix: ${f.fix}` : '';
  return `${SEVERITY_WORDS[f.severity] ?? f.severity} in ${f.where}: ${message}${quote}.${fix}`;
}

/**
 * The facts the package states, one line each ("- Email list: double opt-in, own sign-up form"), a flagged
 * one followed by how bad its worst finding is; nothing for a package that states none (the page says why).
 * Each line is flattened and cut like a quote, so a value cannot add lines (a fake link) to the mail.
 */
function factLines(content: ApprovalContent | undefined): string[] {
  const facts = content?.facts.facts ?? [];
  return facts.map(({ label, value }) => {
    const flag = value.severity ? ` (flagged: ${FLAG_WORDS[value.severity] ?? value.severity})` : '';
    return `- ${oneLine(`${label}: ${value.text}`, 120)}${flag}`;
  });
}

const FLAG_WORDS: Record<string, string> = { block: 'blocking', warn: 'warning', info: 'note' };

function changesLine(content: ApprovalContent | undefined): string | undefined {
  if (!content) return undefined;
  return content.diff === null
    ? 'First version of this stream: nothing is live yet.'
    : `Since the live version: ${diffSummary(content.diff)}.`;
}

/**
 * Why a later mail of the same request is sent: a reminder to an approver who has not decided, or the
 * escalation to the route's backup group because the first group had not decided by `since` (a time as
 * the reader reads it).
 */
export type MailNotice =
  | { kind: 'reminder' }
  | { kind: 'escalation'; firstGroup: string; backupGroup: string; since: string };

/** The notice's sentence, first in the mail: it says what kind of mail this is and why it came. */
function noticeLine(notice: MailNotice | undefined, expiry: ExpiryView): string | undefined {
  if (notice?.kind === 'reminder') {
    return `Reminder: nobody has decided on this request yet. It ${expiry.relative}, at ${expiry.local}.`;
  }
  if (notice?.kind === 'escalation') {
    return (
      `You receive this because ${notice.firstGroup} did not decide by ${notice.since}, so the request ` +
      `is escalated to ${notice.backupGroup}. The first decision by anyone asked counts. ` +
      `It ${expiry.relative}, at ${expiry.local}.`
    );
  }
  return undefined;
}

/** The mail's top findings; without the content (unreadable package), the summary's blocking ones. */
function mailFindings(summary: ApprovalSummary, content: ApprovalContent | undefined): FindingView[] {
  return content
    ? topFindings(content, MAIL_TOP_FINDINGS)
    : summary.blocking.map((f, i) => ({
        n: i + 1,
        severity: 'block',
        ruleId: f.ruleId,
        topic: f.ruleId,
        message: f.message,
        where: `${f.ruleId} at ${f.pointer || '/'}`,
      }));
}

const SUBJECT_PREFIX: Record<MailNotice['kind'], string> = {
  reminder: 'Reminder: ',
  escalation: 'Escalated to you: ',
};

export function approvalEmail(
  summary: ApprovalSummary,
  link: string,
  expiry: ExpiryView,
  content?: ApprovalContent,
  notice?: MailNotice,
): { subject: string; text: string; html: string } {
  const prefix = notice ? SUBJECT_PREFIX[notice.kind] : '';
  const subject = `${prefix}Approval needed: ${oneLine(summary.title, 120)} (risk ${summary.risk})`;
  const why = noticeLine(notice, expiry);
  const top = mailFindings(summary, content);
  const more = content ? content.findings.length + content.findingsLeftOff - top.length : 0;
  // A reason that repeats a top finding's message (the engine words both the same) is said once, there.
  const said = top.map((f) => f.message.replace(/[.!?]$/u, ''));
  const reasons = (content ? content.reasons : summary.reasons).filter(
    (r) => !said.some((m) => m !== '' && r.startsWith(m)),
  );
  const changes = changesLine(content);
  const facts = factLines(content);
  const atExpiry =
    'If nobody decides by then, the handoff fails closed: nothing is handed off and the live version stays.';
  const ask = content ? ` Questions: ask ${content.owner.name} (${content.owner.email}).` : '';
  const text = [
    ...(why ? [why, ''] : []),
    `A handoff package needs your approval: ${summary.title}`,
    '',
    `Package: ${summary.packageId} (stream ${summary.streamId})`,
    `Score: ${summary.score} / 100 (quality), risk ${summary.risk}, confidence ${summary.confidence}%.`,
    '',
    ...(reasons.length ? ['Why you are asked:', ...reasons.map((r) => `- ${r}`), ''] : []),
    ...(facts.length ? ['Facts the package states:', ...facts, ''] : []),
    ...(top.length
      ? ['Top findings (all are shown in place on the page):', ...top.map((f) => `- ${findingLine(f)}`)]
      : ['No findings.']),
    ...(more > 0 ? [`- and ${more} more on the page`] : []),
    ...(changes ? ['', changes] : []),
    '',
    `Review and decide: ${link}`,
    `Decide by ${expiry.local} (${expiry.relative}).`,
    `${atExpiry}${ask}`,
  ].join('\n');

  const p = (inner: string) => `<p style="margin:0 0 12px">${inner}</p>`;
  const list = (items: string[]) =>
    `<ul style="margin:0 0 12px;padding-left:20px">${items.map((i) => `<li style="margin:0 0 6px">${i}</li>`).join('')}</ul>`;
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:16px;background:#ffffff;color:#1f1f1f;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;font-size:16px;line-height:1.5">',
    '<div style="max-width:600px;margin:0 auto;overflow-wrap:anywhere">',
    why ? p(`<strong>${escapeHtml(why)}</strong>`) : '',
    p(`A handoff package needs your approval: <strong>${escapeHtml(summary.title)}</strong>`),
    p(
      `Package ${escapeHtml(summary.packageId)} (stream ${escapeHtml(summary.streamId)}). Quality score ${escapeHtml(summary.score)} / 100, risk ${escapeHtml(summary.risk)}, confidence ${escapeHtml(summary.confidence)}%.`,
    ),
    reasons.length ? p('<strong>Why you are asked</strong>') + list(reasons.map((r) => escapeHtml(r))) : '',
    facts.length
      ? p('<strong>Facts the package states</strong>') + list(facts.map((f) => escapeHtml(f.slice(2))))
      : '',
    top.length
      ? p('<strong>Top findings</strong> (all are shown in place on the page)') +
        list([
          ...top.map((f) => escapeHtml(findingLine(f))),
          ...(more > 0 ? [`and ${more} more on the page`] : []),
        ])
      : p('No findings.'),
    changes ? p(escapeHtml(changes)) : '',
    p(
      `<a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 16px;background:#1a4fb4;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">Review and decide</a>`,
    ),
    p(`Decide by <strong>${escapeHtml(expiry.local)}</strong> (${escapeHtml(expiry.relative)}).`),
    p(`${escapeHtml(atExpiry)}${escapeHtml(ask)}`),
    '</div></body></html>',
  ].join('\n');
  return { subject, text, html };
}
