import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Line } from '../eval/lines.ts';
import { compliantFiles, problemFiles } from '../eval/lines.ts';
import { EVAL_FAMILIES } from '../eval/load.ts';

/** Structure of the blind problem and compliant lines (test/eval/lines, ADR 0025); it never scores a line. */
describe('blind lines', () => {
  const files = [...problemFiles(), ...compliantFiles()];
  it('has files of both kinds', () => {
    expect(problemFiles().length).toBeGreaterThan(0);
    expect(compliantFiles().length).toBeGreaterThan(0);
  });
  it.each(files.map((f) => [basename(f), f]))('%s: every line is labelled and split', (_, file) => {
    const lines = JSON.parse(readFileSync(file, 'utf8')) as Line[];
    expect(lines.length).toBeGreaterThanOrEqual(basename(file).startsWith('problems-') ? 120 : 40);
    for (const [i, l] of lines.entries()) {
      expect(l.copy.length, `line ${i}`).toBeGreaterThan(0);
      expect(['en', 'es', 'de', 'fr'], `line ${i}`).toContain(l.language);
      expect(EVAL_FAMILIES, `line ${i}`).toContain(l.family);
      expect(l.split, `line ${i}`).toBe(i % 2 === 0 ? 'dev' : 'test');
      expect(l.why.length, `line ${i}`).toBeGreaterThan(0);
    }
  });
});
