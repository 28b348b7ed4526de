import { readdirSync, readFileSync } from 'node:fs';
import type { HandoffArtifact } from '#core/artifact-types';
import { canonicalJson } from '#core/canonical';
import { resolveContract } from '#core/contracts';
import { scorePackage } from '#core/score';
import { formatViolations, parsePackage } from '#core/validate';

/** Shared by the baseline test and `npm run rebaseline`: load, score, render and compare the corpus. */

export const CORPUS_DIR = new URL('./corpus/', import.meta.url);
export const EXPECTED_DIR = new URL('./expected/', import.meta.url);

/** Corpus package names (file names without `.json`), sorted. */
export function corpusNames(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function expectedNames(): string[] {
  return readdirSync(EXPECTED_DIR)
    .filter((f) => f.endsWith('.artifact.json'))
    .map((f) => f.slice(0, -'.artifact.json'.length))
    .sort();
}

export const expectedUrl = (name: string) => new URL(`${name}.artifact.json`, EXPECTED_DIR);

export function scoreCorpus(name: string): HandoffArtifact {
  const parsed = parsePackage(readFileSync(new URL(`${name}.json`, CORPUS_DIR)));
  if (!parsed.ok) throw new Error(`${name}: not a valid package:\n${formatViolations(parsed.error)}`);
  const contract = resolveContract(parsed.value.contract);
  if (!contract.ok) throw new Error(`${name}: ${formatViolations(contract.error)}`);
  return scorePackage(parsed.value, contract.value);
}

/** The committed form: RFC 8785 canonical JSON (sorted keys), indented for reviewable diffs. */
export function renderExpected(a: HandoffArtifact): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(a)), null, 2)}\n`;
}

export function readExpected(name: string): HandoffArtifact | undefined {
  try {
    return JSON.parse(readFileSync(expectedUrl(name), 'utf8')) as HandoffArtifact;
  } catch {
    return undefined;
  }
}

const findingKey = (f: HandoffArtifact['findings'][number]) =>
  `${f.severity} ${f.ruleId} at ${f.pointer || '/'}${f.span ? ` [${f.span[0]},${f.span[1]})` : ''}`;

/** Readable lines describing how `after` differs from `before` ([] when byte-identical). */
export function describeDrift(before: HandoffArtifact | undefined, after: HandoffArtifact): string[] {
  if (!before) {
    return [
      `new: ${after.decision.outcome}, score ${after.scorecard.total}, risk ${after.risk}, ${after.findings.length} finding(s)`,
    ];
  }
  if (canonicalJson(before) === canonicalJson(after)) return [];
  const lines: string[] = [];
  const pair = (label: string, a: unknown, b: unknown) => {
    if (a !== b) lines.push(`${label}: ${String(a)} → ${String(b)}`);
  };
  pair('decision', before.decision?.outcome, after.decision.outcome);
  pair('score', before.scorecard?.total, after.scorecard.total);
  pair('risk', before.risk, after.risk);
  pair('confidence', before.confidence?.value, after.confidence.value);
  pair('approval group', before.approval?.group, after.approval.group);
  const was = new Set((before.findings ?? []).map(findingKey));
  const now = new Set(after.findings.map(findingKey));
  for (const k of now) if (!was.has(k)) lines.push(`finding added: ${k}`);
  for (const k of was) if (!now.has(k)) lines.push(`finding removed: ${k}`);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const other = keys.filter((k) => {
    const a = (before as unknown as Record<string, unknown>)[k];
    const b = (after as unknown as Record<string, unknown>)[k];
    return (a === undefined ? '' : canonicalJson(a)) !== (b === undefined ? '' : canonicalJson(b));
  });
  if (other.length > 0) lines.push(`changed fields: ${other.join(', ')}`);
  return lines;
}
