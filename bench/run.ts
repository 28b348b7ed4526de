/**
 * `npm run bench`: runs every `bench/*.ts` module's benchmark (`bench<Module>`, e.g. benchScore in score.ts;
 * any `bench*` export if the module has none by that name) in sequence and prints each
 * result as one JSON line on stdout. Known benchmarks run in a fixed order; a known one that does not exist
 * yet is skipped with a note on stderr. Exits non-zero if any benchmark throws.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ORDER = ['score', 'hostile', 'validate', 'bundle', 'cost', 'e2e', 'cli'];

type BenchFn = () => unknown;

function modulesToRun(): string[] {
  const present = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'run.ts' && !f.startsWith('_'))
    .map((f) => f.slice(0, -3));
  const extra = present.filter((m) => !ORDER.includes(m)).sort();
  return [...ORDER, ...extra];
}

async function main(): Promise<number> {
  let failures = 0;
  for (const name of modulesToRun()) {
    const file = path.join(BENCH_DIR, `${name}.ts`);
    if (!existsSync(file)) {
      console.error(`bench: skipping ${name} (bench/${name}.ts does not exist yet)`);
      continue;
    }
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    } catch (error) {
      failures++;
      console.error(`bench: ${name} failed to load:`, error);
      continue;
    }
    const all = Object.entries(mod).filter(
      (e): e is [string, BenchFn] => /^bench[A-Z]/.test(e[0]) && typeof e[1] === 'function',
    );
    // bench/score.ts → benchScore. Other bench* exports (e.g. fixture builders such as benchContract) are
    // only run when the module has no function named after itself.
    const own = all.filter(
      ([fnName]) => fnName.toLowerCase() === `bench${name.replaceAll(/[-_]/g, '')}`.toLowerCase(),
    );
    const fns = own.length > 0 ? own : all;
    if (fns.length === 0) console.error(`bench: ${name} exports no bench* function`);
    for (const [fnName, fn] of fns) {
      const started = performance.now();
      try {
        const result = await fn();
        for (const line of Array.isArray(result) ? result : result === undefined ? [] : [result]) {
          console.log(JSON.stringify(line));
        }
        console.error(`bench: ${name}.${fnName} done in ${Math.round(performance.now() - started)} ms`);
      } catch (error) {
        failures++;
        console.error(`bench: ${name}.${fnName} threw:`, error);
      }
    }
  }
  return failures;
}

const failures = await main();
if (failures > 0) {
  console.error(`bench: ${failures} benchmark(s) failed`);
  process.exitCode = 1;
}
