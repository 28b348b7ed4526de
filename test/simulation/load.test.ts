import { createHash } from 'node:crypto';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { approvalLinks, decide } from '../../local/approver.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import type { Execution } from '../../local/workflow.ts';
import { FaultInjector } from '../support/faults.ts';
import { packageOf } from '../support/packages.ts';
import { useLocalRuntime } from '../support/stack.ts';
import { artifactOf, artifactsOf, entered, pointerOf, scoredDigest } from './support.ts';

// A load run on the synthesized workflow with the real handlers: 520 submissions over 8 streams, up to
// 24 in flight, random transient faults in every Lambda step (recoverable: at most 3 in a row), a few runs
// planned to exhaust their retries, approvals and rejections through the emailed links, blocked packages
// and duplicate triggers. Invariants: every submission ends exactly as planned (nothing lost, nothing run
// twice), one artifact per scored package, and every stream's stable baseline is, at every moment
// observed, a handed-off artifact that passed or was approved.

const SEED = 1874;
const SUBMISSIONS = 520;
const STREAMS = 8;
const IN_FLIGHT = 24;
const FAULT_PROBABILITY = 0.2;

type Expected = 'handed-off' | 'rejected' | 'blocked' | 'fault-closed' | 'duplicate';

interface Planned {
  i: number;
  stream: string;
  packageId: string;
  kind: 'auto' | 'approval' | 'blocked';
  decision?: 'approve' | 'reject';
  /** The package this one resubmits (same bytes), for duplicates. */
  duplicateOf?: string;
  hardFault?: 'intake' | 'scoring' | 'handoff';
  expected: Expected;
}

/** Deterministic uniform [0, 1) per (seed, label). */
const rand = (label: string) =>
  createHash('sha256').update(`${SEED}|${label}`).digest().readUInt32BE(0) / 0x1_0000_0000;

function plan(): Planned[] {
  const out: Planned[] = [];
  const autoByStream = new Map<string, string[]>();
  for (let i = 0; i < SUBMISSIONS; i++) {
    const stream = `load-s${i % STREAMS}`;
    const r = rand(`kind|${i}`);
    const earlier = autoByStream.get(stream) ?? [];
    if (r < 0.15 && earlier.length > 0) {
      const of = earlier[Math.floor(rand(`dup|${i}`) * earlier.length)] as string;
      out.push({ i, stream, packageId: of, kind: 'auto', duplicateOf: of, expected: 'duplicate' });
      continue;
    }
    const packageId = `${stream}-p${i}`;
    if (r < 0.55) {
      const hard = rand(`hard|${i}`) < 0.05;
      const hardFault = hard ? (['intake', 'scoring', 'handoff'] as const)[i % 3] : undefined;
      out.push({
        i,
        stream,
        packageId,
        kind: 'auto',
        ...(hardFault ? { hardFault } : {}),
        expected: hardFault ? 'fault-closed' : 'handed-off',
      });
      if (!hardFault) autoByStream.set(stream, [...earlier, packageId]);
    } else if (r < 0.88) {
      const decision = rand(`decision|${i}`) < 0.7 ? 'approve' : 'reject';
      out.push({
        i,
        stream,
        packageId,
        kind: 'approval',
        decision,
        expected: decision === 'approve' ? 'handed-off' : 'rejected',
      });
    } else {
      out.push({ i, stream, packageId, kind: 'blocked', expected: 'blocked' });
    }
  }
  return out;
}

function outcomeOf(execution: Execution, result: Awaited<Execution['result']>): Expected | string {
  const states = entered(execution);
  if (states.includes('DuplicateIgnored')) return 'duplicate';
  if (result.status === 'SUCCEEDED' && states.includes('HandedOff')) {
    // A later revision of the stream was handed off first: the order, not the plan, decides this.
    const handoff = (result.output as { handoff?: { status?: string } } | undefined)?.handoff;
    return handoff?.status === 'superseded' ? 'superseded' : 'handed-off';
  }
  // Verdicts end successfully in ClosedOnVerdict; their error is the failure the run carries.
  const verdict = (result.output as { failure?: { Error?: string } } | undefined)?.failure?.Error;
  const error = states.includes('ClosedOnVerdict') ? verdict : result.error;
  if (error === 'ApprovalRejectedError') return 'rejected';
  if (error === 'PolicyBlocked') return 'blocked';
  if (error === 'TransientDependencyError') return 'fault-closed';
  return `${result.status}:${result.error ?? ''}`;
}

/** The approver: reads new approval mail and decides per the plan, through the emailed link. */
function startApprover(runtime: LocalRuntime, decisions: Map<string, 'approve' | 'reject'>) {
  const decided = new Set<string>();
  let stopped = false;
  let decisionsMade = 0;
  const loop = (async () => {
    while (!stopped) {
      const mail = await runtime.emulators.sentMail();
      const work: Promise<unknown>[] = [];
      for (const message of mail) {
        const packageId = /Package: (\S+) \(stream/.exec(message.body.text ?? '')?.[1];
        if (!packageId || decided.has(packageId)) continue;
        const link = approvalLinks(message.body.text ?? '', runtime.approvalBaseUrl)[0];
        const decision = decisions.get(packageId);
        if (!link || !decision) continue;
        decided.add(packageId);
        decisionsMade += 1;
        work.push(decide(link, decision, decision === 'reject' ? 'Not on brand for this stream' : ''));
      }
      await Promise.all(work);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return decisionsMade;
    },
  };
}

const faults = new FaultInjector();
// The scripted approvers decide at machine speed; the front door's throttle is not what this load measures.
const runtime = useLocalRuntime({
  retryIntervalMs: 0,
  wrapHandler: faults.wrap,
  logLevel: 'SILENT',
  frontDoorThrottle: 'off',
});

describe('load with random faults', () => {
  it('ends 520 submissions as planned, loses and duplicates nothing, and keeps every stable baseline good', async () => {
    await runtime().setFlag('on', 100);
    const planned = plan();
    const streams = [...new Set(planned.map((p) => p.stream))];
    for (const p of planned) {
      if (p.hardFault) faults.plan({ fn: p.hardFault, packageId: p.packageId, times: 4 });
    }
    faults.random({
      probability: FAULT_PROBABILITY,
      maxPerRun: 3,
      fns: ['intake', 'scoring', 'approval-router', 'handoff', 'rollback'],
      seed: SEED,
    });
    const decisions = new Map(
      planned.filter((p) => p.decision).map((p) => [p.packageId, p.decision as 'approve' | 'reject']),
    );
    const approver = startApprover(runtime(), decisions);

    // The invariant, sampled while the load runs: a stable baseline is a good, handed-off artifact.
    let checks = 0;
    const violations: string[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        for (const stream of streams) {
          const pointer = await pointerOf(runtime(), stream);
          if (!pointer?.stable) continue;
          const artifact = await artifactOf(runtime(), stream, pointer.stable);
          checks += 1;
          if (artifact?.status !== 'handed-off' || artifact.outcome === 'blocked') {
            violations.push(
              `${stream}: stable ${pointer.stable} is ${artifact?.status}/${artifact?.outcome}`,
            );
          }
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    })();

    const started = Date.now();
    const runs: { p: Planned; execution: Execution; result: Awaited<Execution['result']>; ms: number }[] = [];
    const inFlight = new Set<Promise<void>>();
    for (const p of planned) {
      while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      const t0 = Date.now();
      const execution = await runtime().submitPackage(
        packageOf(p.kind, p.stream, p.packageId.slice(p.stream.length + 1)),
        // Intake sees the key's base name: originals are named after their package id (planned faults).
        p.duplicateOf ? `incoming/${p.packageId}--again-${p.i}.json` : `incoming/${p.packageId}.json`,
      );
      const done = execution.result.then((result) => {
        runs.push({ p, execution, result, ms: Date.now() - t0 });
        inFlight.delete(done);
      });
      inFlight.add(done);
    }
    await Promise.all(inFlight);
    const durationMs = Date.now() - started;
    watching = false;
    await watcher;
    const decisionsMade = await approver.stop();

    // Every submission started exactly one execution, and every execution ended.
    expect(runtime().runtime.executions().length).toBe(SUBMISSIONS);
    expect(runs.length).toBe(SUBMISSIONS);
    expect(
      runtime()
        .runtime.executions()
        .filter((e) => e.status() === 'RUNNING'),
    ).toEqual([]);

    // Each package ran once (its duplicates were ignored) and ended as planned.
    const mismatches: string[] = [];
    const byPackage = new Map<string, typeof runs>();
    for (const run of runs) byPackage.set(run.p.packageId, [...(byPackage.get(run.p.packageId) ?? []), run]);
    for (const [packageId, group] of byPackage) {
      const real = group.filter((r) => outcomeOf(r.execution, r.result) !== 'duplicate');
      const original = group.find((r) => r.p.duplicateOf === undefined);
      const only = real[0];
      if (real.length !== 1 || !only || !original) {
        mismatches.push(`${packageId}: ${real.length} runs that were not duplicates`);
      } else if (
        outcomeOf(only.execution, only.result) !== original.p.expected &&
        !(original.p.expected === 'handed-off' && outcomeOf(only.execution, only.result) === 'superseded')
      ) {
        mismatches.push(
          `${packageId}: ${outcomeOf(only.execution, only.result)}, planned ${original.p.expected}` +
            ` (${only.result.error ?? ''}: ${String(only.result.cause ?? '').slice(0, 300)})`,
        );
      }
    }
    expect(mismatches).toEqual([]);

    // One artifact item and one S3 object per scored package: none lost, none extra.
    let lost = 0;
    let duplicated = 0;
    const s3 = new S3Client({ forcePathStyle: true });
    for (const stream of streams) {
      const scored = new Set(
        runs
          .filter((r) => r.p.stream === stream)
          .map((r) => scoredDigest(r.execution))
          .filter(Boolean),
      );
      const items = await artifactsOf(runtime(), stream);
      const stored = new Set(items.map((i) => i.sk.replace('ARTIFACT#', '')));
      lost += [...scored].filter((d) => !stored.has(d as string)).length;
      duplicated += items.length - scored.size;
      const listed = await s3.send(
        new ListObjectsV2Command({
          Bucket: runtime().env.BUCKET,
          Prefix: `artifacts/${stream}/`,
          MaxKeys: 1000,
        }),
      );
      duplicated += (listed.KeyCount ?? 0) - scored.size;
    }

    const latencies = runs.map((r) => r.ms).sort((a, b) => a - b);
    const pct = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    const count = (e: Expected | 'superseded') =>
      runs.filter((r) => outcomeOf(r.execution, r.result) === e).length;
    const retried = runs.reduce(
      (n, r) => n + r.execution.events().filter((e) => e.type === 'StateRetried').length,
      0,
    );
    console.log(
      JSON.stringify({
        suite: 'simulation-load',
        seed: SEED,
        submissions: SUBMISSIONS,
        streams: STREAMS,
        inFlight: IN_FLIGHT,
        faultProbability: FAULT_PROBABILITY,
        durationMs,
        executionsPerSecond: Number((SUBMISSIONS / (durationMs / 1000)).toFixed(1)),
        latencyMs: { p50: pct(0.5), p95: pct(0.95), max: latencies[latencies.length - 1] },
        faultsInjected: faults.injected,
        stateRetries: retried,
        outcomes: {
          handedOff: count('handed-off'),
          superseded: count('superseded'),
          rejected: count('rejected'),
          blocked: count('blocked'),
          faultClosed: count('fault-closed'),
          duplicate: count('duplicate'),
        },
        approvalsDecided: decisionsMade,
        baselineChecks: checks,
        baselineViolations: violations.length,
        lost,
        duplicated,
      }),
    );
    expect(violations).toEqual([]);
    expect(checks).toBeGreaterThan(0);
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    expect(Object.values(faults.injected).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    // Every stream ends on a good stable baseline.
    for (const stream of streams) {
      const pointer = await pointerOf(runtime(), stream);
      expect(pointer?.stable).toBeTruthy();
      expect((await artifactOf(runtime(), stream, pointer?.stable as string))?.status).toBe('handed-off');
    }
  }, 900_000);
});
