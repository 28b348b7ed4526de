/**
 * Bundle size and cold import time of every Lambda: `tsx bench/bundle.ts` prints one JSON line per function.
 * Each handler is bundled with the exact esbuild settings of the CDK construct (BUNDLE), then imported in a
 * fresh Node process five times; importMs is the median in-process `import()` wall time, importCpuMs the
 * median CPU time of that import (stable when the machine is busy). Bundles go under
 * node_modules/.cache so the externalised `@aws-sdk/*` resolves from the project, as it resolves from the
 * runtime's own SDK copy in Lambda. `sdkBundledKB` / `sdkBundledImportMs` measure the alternative (SDK
 * inside the bundle) that the README compares against.
 *
 * The adapters import the AWS SDK on first use (`lazyAsync` in functions/adapters/aws.ts), so importMs no
 * longer includes loading the SDK. `coldStartMs` is the honest total a first invocation waits for before its
 * first request: the same fresh-process `import()` plus creating every SDK client the function's adapters
 * use, through the adapters' own lazy getters (the SDK packages are imported and the clients constructed;
 * no request is sent, so credential resolution, signing and the TLS handshake are not in it). It is measured
 * on a probe bundle: the handler module plus a `coldStart()` export that awaits those getters, built with
 * the same settings. `importMsSourceMaps` is importMs with `--enable-source-maps`, which the deployed
 * functions set in NODE_OPTIONS: Node then reads and parses index.mjs.map while loading the bundle.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import {
  BUNDLE,
  FUNCTION_NAMES,
  type FunctionName,
  handlerEntry,
  PROJECT_ROOT,
} from '../infra/constructs/functions.ts';

export const BUNDLE_BUDGET_KB = 300;
export const IMPORT_BUDGET_MS = 100;
const RUNS = 5;

/** Placeholders so a module that reads configuration at import time still loads (ours read it lazily). */
const DUMMY_ENV: Record<string, string> = {
  AWS_REGION: 'us-east-1',
  ARTIFACTS_TABLE: 'artifacts',
  FLAGS_TABLE: 'flags',
  RUNS_TABLE: 'runs',
  BUCKET: 'bucket',
  EVENT_BUS_NAME: 'handoff-contracting',
  SENDER_EMAIL: 'handoffs@example.com',
  APPROVAL_BASE_URL: 'https://approvals.example.com',
  SIGNING_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:signing',
  APPROVER_GROUPS: '{}',
  STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:000000000000:stateMachine:handoff',
  POWERTOOLS_SERVICE_NAME: 'handoff-contracting',
  POWERTOOLS_METRICS_NAMESPACE: 'HandoffContracting',
};

/** The adapters' lazily created SDK clients: the module that holds each getter, and the getter's name. */
const SDK_CLIENTS: Record<string, { module: string; getter: string }> = {
  'functions/adapters/blobs.ts': { module: '#adapters/blobs', getter: 's3Client' },
  'functions/adapters/dynamo.ts': { module: '#adapters/dynamo', getter: 'documentClient' },
  'functions/adapters/events.ts': { module: '#adapters/events', getter: 'eventBridgeClient' },
  'functions/adapters/mailer.ts': { module: '#adapters/mailer', getter: 'sesClient' },
  'functions/adapters/signing-key.ts': { module: '#adapters/signing-key', getter: 'secretsClient' },
  'functions/adapters/workflow.ts': { module: '#adapters/workflow', getter: 'sfnClient' },
};

/**
 * Bundles one handler like the CDK construct does; returns the path of index.mjs and the SDK client getters
 * of the adapters that ended up in the bundle. With `probeClients`, the entry is the handler module plus a
 * `coldStart()` export that awaits those getters (for coldStartMs).
 */
export async function bundleHandler(
  name: FunctionName,
  outDir: string,
  bundleSdk = false,
  probeClients?: string[],
): Promise<{ file: string; clients: string[] }> {
  const outfile = path.join(outDir, name, 'index.mjs');
  const probe = probeClients?.flatMap((input) => (SDK_CLIENTS[input] ? [SDK_CLIENTS[input]] : []));
  const result = await build({
    ...(probe
      ? {
          stdin: {
            contents: [
              `export { handler } from './${name}.ts';`,
              ...probe.map((c, i) => `import { ${c.getter} as c${i} } from '${c.module}';`),
              `export const coldStart = () => Promise.all([${probe.map((_, i) => `c${i}.get()`).join(', ')}]);`,
            ].join('\n'),
            resolveDir: path.dirname(handlerEntry(name)),
            sourcefile: `${name}.cold-start.ts`,
            loader: 'ts' as const,
          },
        }
      : { entryPoints: [handlerEntry(name)] }),
    outfile,
    metafile: true,
    bundle: true,
    platform: 'node',
    format: BUNDLE.format,
    target: BUNDLE.target,
    minify: BUNDLE.minify,
    sourcemap: BUNDLE.sourcemap,
    sourcesContent: false,
    mainFields: [...BUNDLE.mainFields],
    external: bundleSdk ? [] : [...BUNDLE.external],
    banner: { js: BUNDLE.banner },
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  return { file: outfile, clients: inputs.filter((input) => input in SDK_CLIENTS).sort() };
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Median `import()` cost of a module, each sample in a fresh Node process: wall time (what a cold start
 * waits) and CPU time of the importing process (far less sensitive to other load on the machine).
 */
export function medianImport(
  file: string,
  runs = RUNS,
  nodeArgs: string[] = [],
): { wallMs: number; cpuMs: number } {
  const script = `const c=process.cpuUsage();const t=performance.now();const m=await import(${JSON.stringify(pathToFileURL(file).href)});const ms=performance.now()-t;const u=process.cpuUsage(c);if(typeof m.handler!=='function')throw new Error('no handler export');process.stdout.write(JSON.stringify([ms,(u.user+u.system)/1000]));`;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH ?? '', ...DUMMY_ENV },
      encoding: 'utf8',
    });
    if (r.status !== 0)
      throw new Error(`importing ${file} failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    const [w, c] = JSON.parse(r.stdout) as [number, number];
    wall.push(w);
    cpu.push(c);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

/**
 * Median cold start of a probe bundle (see bundleHandler), each sample in a fresh Node process: `import()`
 * plus `await coldStart()` (every SDK client of the function created), wall and CPU time.
 */
export function medianColdStart(file: string, runs = RUNS): { wallMs: number; cpuMs: number } {
  const script = `const c=process.cpuUsage();const t=performance.now();const m=await import(${JSON.stringify(pathToFileURL(file).href)});await m.coldStart();const ms=performance.now()-t;const u=process.cpuUsage(c);if(typeof m.handler!=='function')throw new Error('no handler export');process.stdout.write(JSON.stringify([ms,(u.user+u.system)/1000]));`;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH ?? '', ...DUMMY_ENV },
      encoding: 'utf8',
    });
    if (r.status !== 0)
      throw new Error(`cold start of ${file} failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    const [w, c] = JSON.parse(r.stdout) as [number, number];
    wall.push(w);
    cpu.push(c);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const kb = (file: string) => round1(statSync(file).size / 1024);

export async function benchBundle(): Promise<object[]> {
  const outDir = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'handoff-bench', String(process.pid));
  mkdirSync(outDir, { recursive: true });
  const results: object[] = [];
  try {
    for (const name of FUNCTION_NAMES) {
      const { file, clients } = await bundleHandler(name, path.join(outDir, 'sdk-external'));
      const withSdk = (await bundleHandler(name, path.join(outDir, 'sdk-bundled'), true)).file;
      const probe = (await bundleHandler(name, path.join(outDir, 'probe-sdk-external'), false, clients)).file;
      const probeWithSdk = (await bundleHandler(name, path.join(outDir, 'probe-sdk-bundled'), true, clients))
        .file;
      const minifiedKB = kb(file);
      const external = medianImport(file);
      const withMaps = medianImport(file, RUNS, ['--enable-source-maps']);
      const bundled = medianImport(withSdk);
      const cold = medianColdStart(probe);
      const coldBundled = medianColdStart(probeWithSdk);
      const importMs = round1(external.wallMs);
      const coldStartMs = round1(cold.wallMs);
      results.push({
        bench: 'bundle',
        function: name,
        minifiedKB,
        importMs,
        importCpuMs: round1(external.cpuMs),
        withinBudget: minifiedKB <= BUNDLE_BUDGET_KB && importMs <= IMPORT_BUDGET_MS,
        importMsSourceMaps: round1(withMaps.wallMs),
        importCpuMsSourceMaps: round1(withMaps.cpuMs),
        // import + creating the function's SDK clients (the first invocation's share before any request).
        coldStartMs,
        coldStartCpuMs: round1(cold.cpuMs),
        coldStartWithinBudget: minifiedKB <= BUNDLE_BUDGET_KB && coldStartMs <= IMPORT_BUDGET_MS,
        sdkClients: clients.map((c) => SDK_CLIENTS[c]?.getter),
        sdkBundledKB: kb(withSdk),
        sdkBundledImportMs: round1(bundled.wallMs),
        sdkBundledImportCpuMs: round1(bundled.cpuMs),
        sdkBundledColdStartMs: round1(coldBundled.wallMs),
        sdkBundledColdStartCpuMs: round1(coldBundled.cpuMs),
        runtime: BUNDLE.runtime.name,
        target: BUNDLE.target,
        node: process.version,
        // Import times scale with machine load: record it so a reader can tell a slow box from a slow bundle.
        loadAvg1m: round1(os.loadavg()[0] ?? 0),
        cpus: os.cpus().length,
      });
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await benchBundle()) console.log(JSON.stringify(r));
}
