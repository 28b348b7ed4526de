import { readFileSync } from 'node:fs';
import { RULE_FAMILIES } from '#core/artifact-types';
import { canonicalJson } from '#core/canonical';
import { listContracts } from '#core/contracts';
import {
  corpusNames,
  describeDrift,
  expectedNames,
  expectedUrl,
  readExpected,
  renderExpected,
  scoreCorpus,
} from './drift.ts';

/**
 * Regression baseline: every golden package scores to its committed artifact byte for byte (RFC 8785
 * canonical JSON). A deliberate engine, rulebook or contract change is recorded with `npm run rebaseline`,
 * which prints what moved; an unintended one fails here with the same summary.
 */

const names = corpusNames();
const artifacts = new Map(names.map((n) => [n, scoreCorpus(n)]));
const get = (n: string) => {
  const a = artifacts.get(n);
  if (!a) throw new Error(`not scored: ${n}`);
  return a;
};

describe('golden corpus', () => {
  it.each(names)('%s scores to its committed artifact, byte for byte', (name) => {
    const expected = readExpected(name);
    const actual = get(name);
    if (!expected || canonicalJson(expected) !== canonicalJson(actual)) {
      const summary = describeDrift(expected, actual).join('\n  ');
      throw new Error(
        `${name} drifted from test/regression/expected/${name}.artifact.json:\n  ${summary}\n` +
          'If the change is intended, run `npm run rebaseline` and commit the expected files.',
      );
    }
    // The file is exactly what rebaseline writes, so reviews see canonical, sorted, stable text.
    expect(readFileSync(expectedUrl(name), 'utf8')).toBe(renderExpected(actual));
  });

  it('has an expected artifact for every package and no stale expected file', () => {
    expect(expectedNames()).toEqual(names);
  });

  it('scoring is deterministic: the corpus scores identically a second time', () => {
    for (const name of names) expect(canonicalJson(scoreCorpus(name))).toBe(canonicalJson(get(name)));
  });
});

describe('golden corpus coverage', () => {
  const all = [...artifacts.values()];

  it('holds at least 30 packages', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it('raises at least one finding of every rule family of the rulebook', () => {
    const seen = new Set(all.flatMap((a) => a.findings.map((f) => f.family)));
    expect([...RULE_FAMILIES].filter((f) => !seen.has(f))).toEqual([]);
  });

  it('uses every bundled contract, the deprecated pilot included', () => {
    const used = new Set(all.map((a) => `${a.contract.id}@${a.contract.version}`));
    expect(
      listContracts()
        .map((c) => `${c.id}@${c.version}`)
        .filter((c) => !used.has(c)),
    ).toEqual([]);
  });

  it('reaches every outcome, each more than once', () => {
    const count = (o: string) => all.filter((a) => a.decision.outcome === o).length;
    expect(count('pass')).toBeGreaterThanOrEqual(2);
    expect(count('needs-approval')).toBeGreaterThanOrEqual(2);
    expect(count('blocked')).toBeGreaterThanOrEqual(2);
  });

  it('routes human approval to legal, the brand director and the default group', () => {
    const groups = new Set(all.filter((a) => a.approval.required).map((a) => a.approval.group));
    for (const g of ['legal', 'brand-director', 'marketing-lead']) expect(groups).toContain(g);
    expect(all.some((a) => a.approval.routeId === 'partner-channels')).toBe(true);
  });

  it('covers every risk level from low to critical', () => {
    expect(new Set(all.map((a) => a.risk))).toEqual(new Set(['low', 'medium', 'high', 'critical']));
  });
});
