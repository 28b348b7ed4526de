/**
 * Blind lines (ADR 0025): single lines of copy written by authors who had not seen the rules, scored alone.
 *
 * - Problem lines (`test/eval/lines/problems-*.json`): one clear problem each, labelled with its family. A
 *   line counts as found when the engine raises a warn or block finding of that family on it. Each line is
 *   scored as the caption of one deliverable with the facts a package of its family states (what it sells;
 *   an influencer post on the influencer channel), under contract 3.0.0.
 * - Compliant lines (`test/eval/lines/compliant-*.json`): the same authors' copy of a family that a reviewer
 *   passes, split like the problem lines. A line is flagged as an ordinary line is (below), with its family's
 *   package facts.
 * - Ordinary lines (`--ordinary FILE`, e.g. test/unit/ordinary-copy/*.json): copy a reviewer passes. A line
 *   is flagged when it adds a warn or block finding, or changes the decision, against a neutral line.
 *
 * Usage: npx tsx test/eval/lines.ts [--split dev|test] [--misses] [--ordinary FILE]
 * Prints per-family recall (and flagged compliant lines) and one JSON line per split.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scorePackage } from '#core/score';
import { predictedFamilies } from './families.ts';
import { EVAL_DIR, type EvalFamily, loadBasePackage, mergePackage, validateMerged } from './load.ts';

export interface Line {
  copy: string;
  language: string;
  family?: EvalFamily;
  split?: 'dev' | 'test';
  why: string;
}

export const LINES_DIR = join(EVAL_DIR, 'lines');
const NEUTRAL = 'See the new range.';

/** The facts a package selling this family's products states under contract 3.0.0. */
function facts(family: EvalFamily | undefined): Record<string, unknown> {
  const audience = (primary: string, minAge?: number) => ({
    primary,
    regions: ['GB'],
    ...(minAge === undefined ? {} : { minAge }),
  });
  if (family === 'alcohol' || family === 'gambling')
    return { product: { categories: [family] }, audience: audience('Adults 18 and over', 18) };
  if (family === 'children')
    return {
      product: { categories: ['children-product'] },
      audience: audience('Children aged 6 to 11 and their parents'),
    };
  return { product: { categories: ['general'] }, audience: audience('Adults in the UK') };
}

/** The eval base package with `copy` as its only deliverable, on the line's channel. */
export function linePackage(line: Line, copy: string = line.copy) {
  const channel = line.family === 'endorsements' ? 'influencer' : 'social-organic';
  const overlay = {
    contract: { id: 'campaign-package-to-publishing', version: '3.0.0' },
    ...facts(line.family),
    channels: [{ channel, deliverables: [{ id: 'line', kind: 'caption', copy, language: line.language }] }],
    sender: undefined,
  };
  const checked = validateMerged(mergePackage(loadBasePackage(), overlay, 'line'));
  if (!checked.ok) throw new Error(`line does not validate: ${JSON.stringify(checked.violations[0])}`);
  return scorePackage(checked.pkg, checked.contract);
}

/** The families a problem line is flagged for. */
export function lineFamilies(line: Line): Set<EvalFamily> {
  return predictedFamilies(linePackage(line).findings);
}

/** What an ordinary line adds against the neutral line: warn/block findings and a changed decision. */
export function ordinaryProblems(line: Line): string[] {
  const key = (f: { ruleId: string; severity: string }) => `${f.ruleId} (${f.severity})`;
  const neutral = linePackage(line, NEUTRAL);
  const before = new Set(neutral.findings.map(key));
  const after = linePackage(line);
  const added = after.findings.filter((f) => f.severity !== 'info' && !before.has(key(f))).map(key);
  if (after.decision.outcome !== neutral.decision.outcome) added.push(`decision ${after.decision.outcome}`);
  return added;
}

const linesFiles = (prefix: string) =>
  readdirSync(LINES_DIR)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .sort()
    .map((f) => join(LINES_DIR, f));

export const problemFiles = (): string[] => linesFiles('problems-');
export const compliantFiles = (): string[] => linesFiles('compliant-');

const readLines = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Line[];

/** Compliant lines of one split that the engine flags, printed per family. */
function flaggedCompliant(split: 'dev' | 'test', misses: boolean): { lines: number; found: number } {
  const byFamily = new Map<string, { lines: number; found: number }>();
  for (const file of compliantFiles())
    for (const line of readLines(file).filter((l) => l.split === split)) {
      const g = byFamily.get(line.family ?? '-') ?? { lines: 0, found: 0 };
      byFamily.set(line.family ?? '-', g);
      g.lines++;
      const p = ordinaryProblems(line);
      if (p.length === 0) continue;
      g.found++;
      if (misses)
        console.log(`- flagged [${line.family}/${line.language}] ${line.copy}\n    ${p.join('; ')}`);
    }
  if (byFamily.size > 0) console.log(`\n=== compliant lines flagged, ${split} ===`);
  for (const [family, g] of byFamily) console.log(`${family.padEnd(20)} ${g.found}/${g.lines}`);
  return [...byFamily.values()].reduce((a, b) => ({ lines: a.lines + b.lines, found: a.found + b.found }), {
    lines: 0,
    found: 0,
  });
}

function main(argv: readonly string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const ordinary = arg('--ordinary');
  if (ordinary !== undefined) {
    const lines = readLines(ordinary);
    const flagged = lines.filter((l) => {
      const p = ordinaryProblems(l);
      if (p.length > 0 && argv.includes('--misses'))
        console.log(`- [${l.language}] ${l.copy}\n    ${p.join('; ')}`);
      return p.length > 0;
    });
    console.log(
      JSON.stringify({
        eval: 'ordinary-lines',
        file: ordinary,
        lines: lines.length,
        flagged: flagged.length,
      }),
    );
    return;
  }
  const splits = arg('--split') ? [arg('--split')] : ['dev', 'test'];
  for (const split of splits) {
    const byFile: Record<string, { lines: number; found: number }> = {};
    const byFamily = new Map<string, { lines: number; found: number }>();
    for (const file of problemFiles()) {
      const name = file.slice(LINES_DIR.length + 1, -'.json'.length);
      for (const line of readLines(file).filter((l) => l.split === split)) {
        const found = line.family !== undefined && lineFamilies(line).has(line.family);
        const f = byFile[name] ?? { lines: 0, found: 0 };
        byFile[name] = f;
        const g = byFamily.get(line.family ?? '-') ?? { lines: 0, found: 0 };
        f.lines++;
        g.lines++;
        if (found) {
          f.found++;
          g.found++;
        } else if (argv.includes('--misses')) console.log(`- [${line.family}/${line.language}] ${line.copy}`);
        byFamily.set(line.family ?? '-', g);
      }
    }
    console.log(`\n=== problem lines, ${split} ===`);
    for (const [family, g] of byFamily) console.log(`${family.padEnd(20)} ${g.found}/${g.lines}`);
    const total = Object.values(byFile).reduce(
      (a, b) => ({ lines: a.lines + b.lines, found: a.found + b.found }),
      {
        lines: 0,
        found: 0,
      },
    );
    const rate = (x: { lines: number; found: number }) =>
      x.lines ? Math.round((x.found / x.lines) * 1000) / 1000 : null;
    const compliant = flaggedCompliant(split as 'dev' | 'test', argv.includes('--misses'));
    console.log(
      JSON.stringify({
        eval: `lines-${split}`,
        lines: total.lines,
        recall: rate(total),
        byFile: Object.fromEntries(Object.entries(byFile).map(([k, v]) => [k, { ...v, recall: rate(v) }])),
        compliant: { lines: compliant.lines, flagged: compliant.found, flaggedRate: rate(compliant) },
      }),
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
