import type { HandoffArtifact } from './artifact-types.ts';
import { DIMENSIONS } from './contract-schema.ts';

/** Markdown table cells must not break the table. */
const cell = (s: string) =>
  /[\\|\n]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') : s;

const MAX_LISTED = 20;

/**
 * A short Markdown report of an artifact: decision, risk, confidence and score, the dimension table,
 * blocking findings with their pointers, approval routing and trace digests. Pure and deterministic;
 * it is part of the artifact and therefore covered by its digest.
 */
export function renderReport(a: Omit<HandoffArtifact, 'report' | 'digest'>): string {
  const lines: string[] = [];
  const d = a.decision;
  lines.push(`# Handoff report: ${cell(a.package.title)}`);
  lines.push('');
  lines.push(
    `**Decision:** ${d.outcome} · **Risk:** ${a.risk} · **Confidence:** ${a.confidence.value}/100 · **Score:** ${a.scorecard.total}/100`,
  );
  lines.push('');
  lines.push(
    `Package \`${a.package.streamId}/${a.package.packageId}\` submitted ${a.package.submittedAt} under contract \`${a.contract.id}@${a.contract.version}\`; channels: ${a.package.channels.join(', ')}.`,
  );
  lines.push('');
  lines.push('| Dimension | Score | Weight |');
  lines.push('| --- | ---: | ---: |');
  for (const dim of DIMENSIONS) {
    const s = a.scorecard.dimensions[dim];
    lines.push(`| ${dim} | ${s.score} | ${s.weight} |`);
  }
  lines.push('');
  lines.push('## Reasons');
  for (const r of d.reasons) lines.push(`- ${cell(r)}`);
  lines.push('');
  const blocking = a.findings.filter((f) => f.severity === 'block');
  const counts = { block: blocking.length, warn: 0, info: 0 };
  for (const f of a.findings) if (f.severity !== 'block') counts[f.severity]++;
  lines.push(`## Findings (${counts.block} block, ${counts.warn} warn, ${counts.info} info)`);
  if (blocking.length === 0) {
    lines.push('No blocking findings.');
  } else {
    lines.push('| Rule | Pointer | Span | Message |');
    lines.push('| --- | --- | --- | --- |');
    for (const f of blocking.slice(0, MAX_LISTED)) {
      const span = f.span ? `${f.span[0]}–${f.span[1]}` : '';
      lines.push(`| ${f.ruleId} | \`${cell(f.pointer)}\` | ${span} | ${cell(f.message)} |`);
    }
    if (blocking.length > MAX_LISTED)
      lines.push(`… and ${blocking.length - MAX_LISTED} more blocking findings.`);
  }
  lines.push('');
  const ap = a.approval;
  lines.push('## Approval');
  lines.push(
    `${ap.required ? 'Required' : 'Not required'} · route \`${ap.routeId}\` → group \`${ap.group}\` · timeout ${ap.timeoutSeconds} s`,
  );
  lines.push(
    `Approvers: ${ap.approvers.length > 0 ? ap.approvers.map((p) => cell(p.name)).join(', ') : 'none named'}.`,
  );
  lines.push(`Routing tag \`${a.routing.tag}\`.`);
  if (a.languages !== undefined && a.languages.length > 0) lines.push(`Languages: ${languageSummary(a)}.`);
  lines.push('');
  lines.push('## Trace');
  lines.push(
    `Engine ${a.trace.engineVersion}; rulebooks ${a.trace.rulebooks.map((r) => `${r.id}@${r.version}`).join(', ')}; package digest \`${a.package.digest}\`.`,
  );
  lines.push('| Step | Input digest | Output digest |');
  lines.push('| --- | --- | --- |');
  for (const s of a.trace.steps) {
    lines.push(`| ${s.step} | \`${s.inputDigest.slice(0, 16)}\` | \`${s.outputDigest.slice(0, 16)}\` |`);
  }
  lines.push('');
  return lines.join('\n');
}

/** "en (6 declared), es (1 detected), it (1 declared, no rulebook)": what the engine read the copy as. */
export function languageSummary(a: Pick<HandoffArtifact, 'languages'>): string {
  const by = new Map<string, { declared: number; detected: number; covered: boolean }>();
  for (const l of a.languages ?? []) {
    const e = by.get(l.language) ?? { declared: 0, detected: 0, covered: l.covered };
    e[l.source]++;
    by.set(l.language, e);
  }
  return [...by]
    .map(([lang, e]) => {
      const parts = [
        e.declared > 0 ? `${e.declared} declared` : '',
        e.detected > 0 ? `${e.detected} detected` : '',
      ];
      if (!e.covered) parts.push('no rulebook');
      return `${lang} (${parts.filter((p) => p !== '').join(', ')})`;
    })
    .join(', ');
}
