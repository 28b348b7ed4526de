import type { ApprovalSummary } from './approval.ts';
import { escapeHtml } from './html.ts';

/** One line, no control characters: safe for a mail subject. */
function oneLine(s: string, max: number): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const flat = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function approvalEmail(
  summary: ApprovalSummary,
  link: string,
  expiresAt: string,
): { subject: string; text: string; html: string } {
  const subject = `Approval needed: ${oneLine(summary.title, 120)} (risk ${summary.risk})`;
  const blocking = summary.blocking.map((f) => `- ${f.ruleId} at ${f.pointer || '/'}: ${f.message}`);
  const text = [
    `A handoff package needs your approval: ${summary.title}`,
    '',
    `Package: ${summary.packageId} (stream ${summary.streamId})`,
    `Score: ${summary.score} / 100`,
    `Risk: ${summary.risk}`,
    `Confidence: ${summary.confidence}%`,
    '',
    ...(summary.reasons.length ? ['Why a human is asked:', ...summary.reasons.map((r) => `- ${r}`), ''] : []),
    blocking.length ? 'Blocking findings:' : 'No blocking findings.',
    ...blocking,
    '',
    `Review and decide: ${link}`,
    `The link expires at ${expiresAt}.`,
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">',
    `<p>A handoff package needs your approval: <strong>${escapeHtml(summary.title)}</strong></p>`,
    '<ul>',
    `<li>Package: ${escapeHtml(summary.packageId)} (stream ${escapeHtml(summary.streamId)})</li>`,
    `<li>Score: ${escapeHtml(summary.score)} / 100</li>`,
    `<li>Risk: ${escapeHtml(summary.risk)}</li>`,
    `<li>Confidence: ${escapeHtml(summary.confidence)}%</li>`,
    '</ul>',
    summary.reasons.length
      ? `<p>Why a human is asked:</p><ul>${summary.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
      : '',
    summary.blocking.length
      ? `<p>Blocking findings:</p><ul>${summary.blocking
          .map(
            (f) =>
              `<li>${escapeHtml(f.ruleId)} at ${escapeHtml(f.pointer || '/')}: ${escapeHtml(f.message)}</li>`,
          )
          .join('')}</ul>`
      : '<p>No blocking findings.</p>',
    `<p><a href="${escapeHtml(link)}">Review and decide</a></p>`,
    `<p>The link expires at ${escapeHtml(expiresAt)}.</p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
