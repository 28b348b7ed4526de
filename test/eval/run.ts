import { parseArgs } from 'node:util';
import type { HandoffArtifact } from '#core/artifact-types';
import { scorePackage } from '#core/score';
import { evalFamilyOf, isProblem, predictedFamilies } from './families.ts';
import {
  DECISIONS,
  type Decision,
  EVAL_FAMILIES,
  type EvalCase,
  type EvalFamily,
  loadCases,
  SPLITS,
  type Split,
  validateMerged,
} from './load.ts';

/**
 * Scores the evaluation set with the real engine, the way `handoff score` does (validate, resolve the
 * contract, scorePackage), and prints per split: a per-family table, the decision confusion matrix, the
 * clean false-positive rate and one JSON summary line. Metric definitions: test/eval/README.md.
 *
 *   npx tsx test/eval/run.ts [--split dev|test] [--family NAME] [--misses] [--cases DIR]
 */

const USAGE = 'usage: npx tsx test/eval/run.ts [--split dev|test] [--family NAME] [--misses] [--cases DIR]';

interface Scored {
  c: EvalCase;
  artifact: HandoffArtifact;
  decision: Decision;
  predicted: Set<EvalFamily>;
}

interface FamilyCount {
  cases: number;
  tp: number;
  fp: number;
  fn: number;
}

const RANK: Readonly<Record<Decision, number>> = { pass: 0, 'needs-approval': 1, blocked: 2 };

function parseCli(): {
  splits: Split[];
  family: EvalFamily | null;
  misses: boolean;
  cases: string | undefined;
} {
  let values: { split?: string; family?: string; misses?: boolean; cases?: string };
  try {
    values = parseArgs({
      options: {
        split: { type: 'string' },
        family: { type: 'string' },
        misses: { type: 'boolean' },
        // Another folder of case files, e.g. a subset of the set (same format).
        cases: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    process.exit(2);
  }
  const split = values.split;
  if (split !== undefined && !(SPLITS as readonly string[]).includes(split)) {
    console.error(`--split must be dev or test\n${USAGE}`);
    process.exit(2);
  }
  const family = values.family;
  if (family !== undefined && !(EVAL_FAMILIES as readonly string[]).includes(family)) {
    console.error(`unknown family '${family}'; known: ${EVAL_FAMILIES.join(', ')}`);
    process.exit(2);
  }
  return {
    splits: split ? [split as Split] : [...SPLITS],
    family: (family as EvalFamily | undefined) ?? null,
    misses: values.misses === true,
    cases: values.cases,
  };
}

function ratio(num: number, den: number): number | null {
  return den === 0 ? null : Math.round((num / den) * 1000) / 1000;
}

function fmt(x: number | null): string {
  return x === null ? '-' : x.toFixed(3);
}

function scoreAll(cases: EvalCase[]): { scored: Scored[]; invalid: number } {
  const scored: Scored[] = [];
  let invalid = 0;
  for (const c of cases) {
    const checked = validateMerged(c.merged);
    if (!checked.ok) {
      invalid++;
      const first = checked.violations
        .slice(0, 3)
        .map((v) => `${v.pointer || '/'} ${v.message}`)
        .join('; ');
      console.error(`skipped ${c.id} (${c.file}): invalid package: ${first}`);
      continue;
    }
    const artifact = scorePackage(checked.pkg, checked.contract);
    scored.push({
      c,
      artifact,
      decision: artifact.decision.outcome as Decision,
      predicted: predictedFamilies(artifact.findings),
    });
  }
  return { scored, invalid };
}

function familyCounts(rows: Scored[]): Map<EvalFamily, FamilyCount> {
  const counts = new Map<EvalFamily, FamilyCount>();
  const get = (f: EvalFamily): FamilyCount => {
    let v = counts.get(f);
    if (!v) {
      v = { cases: 0, tp: 0, fp: 0, fn: 0 };
      counts.set(f, v);
    }
    return v;
  };
  for (const r of rows) {
    get(r.c.family).cases++;
    const expected = new Set<EvalFamily>(r.c.expect.flags);
    for (const f of expected) {
      if (r.predicted.has(f)) get(f).tp++;
      else get(f).fn++;
    }
    for (const f of r.predicted) if (!expected.has(f)) get(f).fp++;
  }
  // Stable order: the vocabulary order of CASE-FORMAT.md.
  return new Map(EVAL_FAMILIES.filter((f) => counts.has(f)).map((f) => [f, counts.get(f) as FamilyCount]));
}

function isCleanFalsePositive(r: Scored): boolean {
  return r.c.clean && (RANK[r.decision] > RANK[r.c.expect.decision] || r.predicted.size > 0);
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function isMiss(r: Scored): boolean {
  const expected = [...r.c.expect.flags].sort().join(',');
  const got = [...r.predicted].sort().join(',');
  return r.decision !== r.c.expect.decision || expected !== got;
}

function printMisses(rows: Scored[]): void {
  const misses = rows.filter(isMiss);
  console.log(`\nmisses: ${misses.length} of ${rows.length}`);
  for (const r of misses) {
    const flags = `expected [${r.c.expect.flags.join(', ')}] got [${[...r.predicted].join(', ')}]`;
    console.log(
      `\n- ${r.c.id} (${r.c.language}) ${r.c.title}\n  decision: expected ${r.c.expect.decision}, engine ${r.decision}; flags: ${flags}`,
    );
    const infos = r.artifact.findings.filter((f) => !isProblem(f.severity)).length;
    for (const f of r.artifact.findings.filter((x) => isProblem(x.severity))) {
      const fam = evalFamilyOf(f.ruleId, f.topic) ?? 'no family';
      const excerpt = f.excerpt ? ` "${f.excerpt}"` : '';
      console.log(`    ${f.severity.padEnd(5)} ${f.ruleId} [${fam}]${excerpt}`);
    }
    if (infos > 0) console.log(`    (+${infos} info finding(s))`);
  }
}

function report(split: Split, rows: Scored[], misses: boolean): void {
  console.log(`\n=== ${split}: ${rows.length} case(s) ===\n`);
  const counts = familyCounts(rows);
  const body = [...counts].map(([f, n]) => [
    f,
    String(n.cases),
    String(n.tp),
    String(n.fp),
    String(n.fn),
    fmt(ratio(n.tp, n.tp + n.fp)),
    fmt(ratio(n.tp, n.tp + n.fn)),
  ]);
  console.log(table(['family', 'cases', 'TP', 'FP', 'FN', 'precision', 'recall'], body));

  console.log('\ndecision confusion (rows: expected, columns: engine)\n');
  const matrix = DECISIONS.map((exp) => [
    exp,
    ...DECISIONS.map((got) =>
      String(rows.filter((r) => r.c.expect.decision === exp && r.decision === got).length),
    ),
  ]);
  console.log(table(['expected \\ engine', ...DECISIONS], matrix));

  const clean = rows.filter((r) => r.c.clean);
  const cleanFp = clean.filter(isCleanFalsePositive).length;
  const expectBlocked = rows.filter((r) => r.c.expect.decision === 'blocked');
  const summary = {
    eval: split,
    cases: rows.length,
    decisionAccuracy: ratio(rows.filter((r) => r.decision === r.c.expect.decision).length, rows.length),
    blockingRecall: ratio(expectBlocked.filter((r) => r.decision === 'blocked').length, expectBlocked.length),
    cleanFalsePositiveRate: ratio(cleanFp, clean.length),
    familyCounts: Object.fromEntries(
      [...counts].map(([f, n]) => [f, { cases: n.cases, tp: n.tp, fp: n.fp, fn: n.fn }]),
    ),
  };
  console.log(
    `\nclean cases: ${clean.length}, false positives: ${cleanFp} (${fmt(ratio(cleanFp, clean.length))})`,
  );
  if (misses) printMisses(rows);
  console.log(`\n${JSON.stringify(summary)}`);
}

function main(): void {
  const { splits, family, misses, cases: dir } = parseCli();
  const { cases, problems } = loadCases(dir);
  for (const p of problems) {
    console.error(`case problem: ${p.file}${p.index === null ? '' : ` #${p.index}`}: ${p.message}`);
  }
  const selected = family ? cases.filter((c) => c.family === family) : cases;
  const { scored, invalid } = scoreAll(selected.filter((c) => splits.includes(c.split)));
  if (invalid > 0 || problems.length > 0) {
    console.error(`warning: ${problems.length} case problem(s), ${invalid} invalid package(s) left out`);
  }
  for (const split of splits) {
    report(
      split,
      scored.filter((r) => r.c.split === split),
      misses,
    );
  }
}

main();
