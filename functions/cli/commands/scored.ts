import type { HandoffArtifact } from '#core/artifact-types';
import type { HandoffContract } from '#core/contract-schema';
import { resolveContract } from '#core/contracts';
import type { Violation } from '#core/errors';
import { factsLine, statedFacts } from '#core/package-facts';
import type { HandoffPackage } from '#core/package-schema';
import { languageSummary } from '#core/report';
import { scorePackage } from '#core/score';
import { formatViolations, parsePackage } from '#core/validate';
import { InputError } from '../errors.ts';
import { type Io, paint } from '../io.ts';
import { formatOf, readInput } from './input.ts';

/** Reading, scoring and printing one package: shared by score, batch score and diff. */

/** One package scored, or why it could not be: the unit of `score`, batch `score` and `diff`. */
export type ScoredFile =
  | { file: string; text: string; kind: 'scored'; artifact: HandoffArtifact; pkg: HandoffPackage }
  | { file: string; text: string; kind: 'invalid'; title: string; violations: Violation[] };

/** Parses and scores one file, against `contract` when given (a draft) or the one it references. */
export function scoreFile(file: string, contract?: HandoffContract): ScoredFile {
  const bytes = readInput(file);
  const text = Buffer.from(bytes).toString('utf8');
  const parsed = parsePackage(bytes, formatOf(file));
  if (!parsed.ok)
    return { file, text, kind: 'invalid', title: `${file} is invalid`, violations: parsed.error };
  const resolved = contract ? { ok: true as const, value: contract } : resolveContract(parsed.value.contract);
  if (!resolved.ok) {
    return {
      file,
      text,
      kind: 'invalid',
      title: `${file} references an unknown contract`,
      violations: resolved.error,
    };
  }
  return {
    file,
    text,
    kind: 'scored',
    artifact: scorePackage(parsed.value, resolved.value),
    pkg: parsed.value,
  };
}

export function outcomeColour(outcome: string) {
  return outcome === 'pass' ? 'green' : outcome === 'blocked' ? 'red' : 'yellow';
}

/**
 * The readable summary of `handoff score`. With the package, the facts it states (what is sold, how each
 * list agreed, the youngest age targeted) on one line, so a reviewer reads the findings against them.
 */
export function summarize(a: HandoffArtifact, io: Pick<Io, 'color'> = {}, pkg?: HandoffPackage): string {
  const facts = pkg ? factsLine(statedFacts(pkg)) : '';
  const dims = Object.entries(a.scorecard.dimensions)
    .map(([d, s]) => `${d} ${s.score}`)
    .join(' · ');
  const counts = { block: 0, warn: 0, info: 0 };
  for (const f of a.findings) counts[f.severity]++;
  const sev = { block: 'red', warn: 'yellow', info: 'dim' } as const;
  const lines = [
    `${a.package.title} (${a.package.streamId}/${a.package.packageId})`,
    `contract    ${a.contract.id}@${a.contract.version}`,
    ...(facts ? [`facts       ${facts}`] : []),
    `decision    ${paint(io, outcomeColour(a.decision.outcome), a.decision.outcome.toUpperCase())}`,
    `score       ${a.scorecard.total}/100  (${dims})`,
    `risk        ${a.risk}`,
    `confidence  ${a.confidence.value}/100`,
    ...a.decision.reasons.map((r, i) => `${i === 0 ? 'reasons    ' : '           '} - ${r}`),
    `findings    ${counts.block} block, ${counts.warn} warn, ${counts.info} info`,
    ...a.findings.map(
      (f) =>
        `  ${paint(io, sev[f.severity], f.severity.toUpperCase().padEnd(5))} ${f.ruleId}  ${f.pointer || '/'}  ${f.message}`,
    ),
    a.approval.required
      ? `approval    required: group ${a.approval.group} (route ${a.approval.routeId}), timeout ${a.approval.timeoutSeconds} s; approvers: ${
          a.approval.approvers.map((p) => `${p.name} <${p.email}>`).join(', ') || 'none listed'
        }`
      : `approval    not required: ${a.approval.reason}`,
    `routing     ${a.routing.tag}`,
    ...(a.languages !== undefined && a.languages.length > 0 ? [`languages   ${languageSummary(a)}`] : []),
    `digest      ${a.digest}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** An invalid package: violations on stderr; with --json also `{ok:false,…}` on stdout and a JSON error. */
export function invalidOut(io: Io, r: Extract<ScoredFile, { kind: 'invalid' }>, json: boolean): never {
  const message = `${r.title}: ${r.violations.length} violation(s)`;
  if (!json) throw new InputError(`${message}\n${formatViolations(r.violations)}`, 'invalid_package');
  io.out(`${JSON.stringify({ ok: false, file: r.file, violations: r.violations })}\n`);
  throw new InputError(message, 'invalid_package', { file: r.file, violations: r.violations });
}
