/**
 * Hostile copy: `tsx bench/hostile.ts` prints one JSON line. Scores the typical package with one deliverable
 * replaced by long runs built to make a regex with an unbounded start backtrack (letters, digits, spaces
 * after a quote, dotted and hyphenated labels, hyphen runs), each led by literals that open the prefilter for the
 * rules most exposed, through the real engine and rulebooks. A run that grows with the square of its
 * length shows here as hundreds of milliseconds; a linear engine stays in the tens.
 */
import { pathToFileURL } from 'node:url';
import { scorePackage } from '#core/score';
import { benchContract, typicalPackage } from './score.ts';

/** Just under the schema's copy limit, so every package is one a submitter could send. */
const LENGTH = 19_000;
const LEAD = 'Wir suchen example http 1 % lost clinically said style call street the best ';
const PUMPS: Record<string, string> = {
  letters: 'a'.repeat(LENGTH),
  capitalised: 'Aa'.repeat(LENGTH / 2),
  digits: '1'.repeat(LENGTH),
  quoteSpaces: `"${' '.repeat(LENGTH)}`,
  dottedLabels: 'a.'.repeat(LENGTH / 2),
  hyphenated: 'a-'.repeat(LENGTH / 2),
  percent: '1%'.repeat(LENGTH / 2),
  // A superlative's filler words once took hyphens on both sides of a separator: exponential on a run.
  hyphens: '-'.repeat(LENGTH),
  // Copy repeating a deadline or a time with no sentence end: each match once re-read the whole message.
  deadlines: 'ends tonight '.repeat(LENGTH / 13),
  times: '12:34:56 '.repeat(LENGTH / 9),
};

export function benchHostile(): object[] {
  const contract = benchContract();
  scorePackage(typicalPackage(), contract); // rulebooks and their regexes built before timing
  const ms: Record<string, number> = {};
  for (const [name, pump] of Object.entries(PUMPS)) {
    const pkg = typicalPackage();
    const deliverable = pkg.channels[0]?.deliverables[0];
    if (!deliverable) throw new Error('the typical package has no deliverable');
    deliverable.copy = `${LEAD}${pump}`;
    const started = performance.now();
    scorePackage(pkg, contract);
    ms[name] = Math.round(performance.now() - started);
  }
  return [
    { bench: 'hostile', copyChars: LEAD.length + LENGTH, slowestMs: Math.max(...Object.values(ms)), ms },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of benchHostile()) console.log(JSON.stringify(r));
}
