/**
 * `npm run rebaseline`: re-scores every corpus package, rewrites `expected/<name>.artifact.json`, removes
 * expected files whose package is gone, and prints what changed per package. Review the summary (and the
 * git diff) before committing: every line is a behaviour change users will see.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import {
  corpusNames,
  describeDrift,
  EXPECTED_DIR,
  expectedNames,
  expectedUrl,
  readExpected,
  renderExpected,
  scoreCorpus,
} from './drift.ts';

mkdirSync(EXPECTED_DIR, { recursive: true });
const names = corpusNames();
let changed = 0;
let added = 0;
const out: string[] = [];
for (const name of names) {
  const before = readExpected(name);
  const after = scoreCorpus(name);
  const lines = describeDrift(before, after);
  if (lines.length > 0) {
    if (before) changed++;
    else added++;
    out.push(`${name}`, ...lines.map((l) => `  ${l}`));
  }
  writeFileSync(expectedUrl(name), renderExpected(after));
}
const stale = expectedNames().filter((n) => !names.includes(n));
for (const name of stale) {
  rmSync(expectedUrl(name));
  out.push(`${name}`, '  removed: no corpus package any more');
}
out.push(
  `${names.length} package(s): ${names.length - changed - added} unchanged, ${changed} changed, ${added} new, ${stale.length} removed`,
);
process.stdout.write(`${out.join('\n')}\n`);
