/**
 * Validation throughput: `tsx bench/validate.ts` prints one JSON line per benchmark.
 * Measures `parsePackage` (size check, UTF-8 decode, JSON scan and parse, structural walk, schema) on the
 * committed spring-launch sample as raw bytes, single thread, after a warm-up, for at least 2 s.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parsePackage } from '#core/validate';

const SAMPLE = new URL('../events/packages/sample-spring-launch.json', import.meta.url);

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

const round = (n: number, digits = 4) => Number(n.toFixed(digits));

export async function benchValidate(): Promise<object[]> {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const once = parsePackage(bytes);
  if (!once.ok) throw new Error('the benchmark sample must be valid');
  for (let i = 0; i < 500; i++) parsePackage(bytes);

  const samples: number[] = [];
  const started = performance.now();
  while (performance.now() - started < 2_000 || samples.length < 2_000) {
    const t = performance.now();
    const r = parsePackage(bytes);
    samples.push(performance.now() - t);
    if (!r.ok) throw new Error('sample became invalid');
  }
  const elapsedMs = performance.now() - started;
  samples.sort((a, b) => a - b);
  return [
    {
      bench: 'validate',
      packagesPerSecond: Math.round((samples.length * 1000) / elapsedMs),
      p50Ms: round(percentile(samples, 50)),
      p99Ms: round(percentile(samples, 99)),
      packageBytes: bytes.byteLength,
    },
  ];
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  for (const line of await benchValidate()) process.stdout.write(`${JSON.stringify(line)}\n`);
}
