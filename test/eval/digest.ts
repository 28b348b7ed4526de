/**
 * One digest of everything the engine decides on the evaluation material: every case's decision, families
 * and findings (rule, severity, pointer, span, quote) and every problem and ordinary line's findings. Two
 * commits with the same digest decide and report alike on all of it, so a change meant to be
 * behaviour-neutral (a faster regex, ADR 0027) is proved so by running this before and after it.
 * Prints no copy: test cases stay unread. Usage: npm run eval:digest
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scorePackage } from '#core/score';
import { predictedFamilies } from './families.ts';
import { LINES_DIR, type Line, linePackage } from './lines.ts';
import { EVAL_DIR, loadCases, validateMerged } from './load.ts';

const ORDINARY_DIR = join(EVAL_DIR, '..', 'unit', 'ordinary-copy');

interface Reported {
  ruleId: string;
  severity: string;
  pointer: string;
  span: readonly [number, number] | null;
  quote?: string | undefined;
}

const findingKey = (f: Reported) =>
  `${f.ruleId}|${f.severity}|${f.pointer}|${JSON.stringify(f.span)}|${f.quote ?? ''}`;

export function evalDigest(): { items: number; sha256: string } {
  const h = createHash('sha256');
  let items = 0;
  for (const c of loadCases().cases) {
    const v = validateMerged(c.merged);
    if (!v.ok) continue;
    const r = scorePackage(v.pkg, v.contract);
    const families = [...predictedFamilies(r.findings)].sort().join(',');
    h.update(`${c.id}|${r.decision.outcome}|${families}|${r.findings.map(findingKey).sort().join(';')}\n`);
    items++;
  }
  for (const dir of [LINES_DIR, ORDINARY_DIR])
    for (const file of readdirSync(dir).sort()) {
      const lines = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Line[];
      lines.forEach((line, i) => {
        const r = linePackage(line);
        h.update(`${file}#${i}|${r.decision.outcome}|${r.findings.map(findingKey).sort().join(';')}\n`);
        items++;
      });
    }
  return { items, sha256: h.digest('hex') };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  console.log(JSON.stringify({ eval: 'digest', ...evalDigest() }));
