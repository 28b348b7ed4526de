import { basename } from 'node:path';
import { caseFiles, EVAL_FAMILIES, type EvalCase, loadCases, validateMerged } from '../eval/load.ts';

/**
 * Structure of the labelled evaluation set (test/eval, format in test/eval/CASE-FORMAT.md). It checks
 * the shape and the bookkeeping rules only; it never scores a case or looks at what the engine decides.
 */

const MIN_PER_FILE = 20;
const MIN_TOTAL = 240;
const MIN_CLEAN_SHARE = 0.3;

const { cases, problems } = loadCases();
const byFile = new Map<string, EvalCase[]>();
for (const c of cases) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
const files = caseFiles().map((p) => basename(p));

const cleanShare = (list: readonly EvalCase[]) =>
  list.length === 0 ? 0 : list.filter((c) => c.clean).length / list.length;

describe('evaluation set', () => {
  it('has case files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('every case has the shape of CASE-FORMAT.md', () => {
    expect(problems.map((p) => `${p.file}${p.index === null ? '' : ` #${p.index}`}: ${p.message}`)).toEqual(
      [],
    );
  });

  it('case ids are unique', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const c of cases) {
      const other = seen.get(c.id);
      if (other) dupes.push(`${c.id} in ${other} and ${c.file}`);
      seen.set(c.id, c.file);
    }
    expect(dupes).toEqual([]);
  });

  it('each case sits in its family file and is numbered for it', () => {
    const wrong = cases
      .filter((c) => c.file !== `${c.family}.json` || !c.id.startsWith(`${c.family}-`))
      .map((c) => `${c.file}: ${c.id} (family ${c.family})`);
    expect(wrong).toEqual([]);
  });

  it('every merged package passes schema v1 and its contract (as `handoff validate` checks)', () => {
    const invalid = cases.flatMap((c) => {
      const r = validateMerged(c.merged);
      return r.ok
        ? []
        : [`${c.id}: ${r.violations.map((v) => `${v.pointer || '/'} ${v.rule}: ${v.message}`).join('; ')}`];
    });
    expect(invalid).toEqual([]);
  });

  it('every case rests on at least one non-empty basis', () => {
    const bare = cases
      .filter((c) => c.basis.length === 0 || c.basis.some((b) => !b.source.trim() || !b.says.trim()))
      .map((c) => c.id);
    expect(bare).toEqual([]);
  });

  it('every flag is a known family', () => {
    const known = new Set<string>(EVAL_FAMILIES);
    const unknown = cases.flatMap((c) =>
      c.expect.flags.filter((f) => !known.has(f)).map((f) => `${c.id}: ${f}`),
    );
    expect(unknown).toEqual([]);
  });

  it('splits alternate within each file: dev, test, dev, ...', () => {
    const wrong = [...byFile].flatMap(([file, list]) =>
      list
        .filter((c) => c.split !== (c.index % 2 === 0 ? 'dev' : 'test'))
        .map((c) => `${file} #${c.index} ${c.id}: ${c.split}`),
    );
    expect(wrong).toEqual([]);
  });

  it.each(files)('%s has at least 20 cases and at least 30 percent clean', (file) => {
    const list = byFile.get(file) ?? [];
    expect(list.length).toBeGreaterThanOrEqual(MIN_PER_FILE);
    expect(cleanShare(list)).toBeGreaterThanOrEqual(MIN_CLEAN_SHARE);
  });

  it('the whole set has at least 240 cases and at least 30 % clean', () => {
    expect(cases.length).toBeGreaterThanOrEqual(MIN_TOTAL);
    expect(cleanShare(cases)).toBeGreaterThanOrEqual(MIN_CLEAN_SHARE);
  });
});
