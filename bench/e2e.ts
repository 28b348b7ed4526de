/**
 * End-to-end local throughput and latency: `npx tsx bench/e2e.ts` (or `npm run bench`) prints one JSON line
 * per path and concurrency. One ephemeral local runtime (DynamoDB Local, s3rver, local SES, the synthesized
 * state machine on aws-local-stepfunctions, the real handlers), warmed up, then `runs` runs per concurrency.
 *
 * A run is what a user does: put a package under incoming/ (the S3 trigger starts the execution) → Intake →
 * Score → policy gate → for the `approval` path (spring-launch sample) the router's mail → follow its link
 * and POST the page's approve form, as `npm start -- --auto-approve` does → Handoff; the `auto-pass` path
 * (newsletter sample) hands off without a human. Latency is submission (the PutObject call) → execution
 * SUCCEEDED; runsPerSecond is runs / wall time of the level; cpuMsPerRun is this process's CPU time (handlers,
 * SDK, s3rver, SES, state machine runner; DynamoDB Local's JVM not included) per run, steadier than wall time
 * on a shared machine. Every run gets its own stream and package id, so dedupe never short-circuits it; a run
 * that does not hand off (or, on the approval path, is not approved from its mail) makes the bench throw.
 *
 *   BENCH_E2E_RUNS=200 npx tsx bench/e2e.ts   # measured runs per level (default 100; 200 warm-up runs first)
 */
import { pathToFileURL } from 'node:url';
import { approvalLinks, decide } from '../local/approver.ts';
import type { SentMail } from '../local/emulators.ts';
import { httpRequest } from '../local/http-client.ts';
import { type LocalRuntime, startLocalRuntime } from '../local/runtime.ts';
import type { Execution, HistoryEvent } from '../local/workflow.ts';
import { packageOf } from '../test/support/packages.ts';

export type E2ePath = 'approval' | 'auto-pass';

export interface E2eLine {
  bench: 'e2e';
  path: E2ePath;
  concurrency: number;
  runsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  cpuMsPerRun: number;
  runs: number;
  /** Unmeasured runs of this path before its levels (see E2eOptions.warmup). */
  warmupRuns: number;
}

export interface E2eOptions {
  /** Measured runs per path and concurrency (default: BENCH_E2E_RUNS or 100). */
  runs?: number;
  /**
   * Unmeasured runs per path first, at concurrency 8 (default 200), so the figures are the running stack's
   * steady state once DynamoDB Local's JVM has compiled its hot paths (bench/README.md, e2e).
   */
  warmup?: number;
  concurrencies?: number[];
  paths?: E2ePath[];
}

/** The waitForTaskToken state whose Lambda mails the approvers: its success means the mail is in the store. */
const APPROVAL_STATE = 'RequestApproval';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;
const keyOf = (execution: Execution) =>
  (execution.input as { packageRef?: { key?: string } } | null)?.packageRef?.key ?? '';

interface Harness {
  runtime: LocalRuntime;
  /** One run end to end; resolves with its latency in ms, throws unless it handed off as its path should. */
  run(path: E2ePath, id: string): Promise<number>;
}

/**
 * The approvers' inbox as a mail client sees it: it asks the local SES store for what arrived since the
 * newest message it has seen (never the whole store again), and one request serves every run waiting at
 * that moment. Asking for everything since a run started instead returns every concurrent run's mail
 * each time: at concurrency 8 that is ~100 KB of JSON per run, serialized and parsed on the thread being
 * measured, a cost of the harness rather than of the stack.
 */
class Inbox {
  #sinceSeconds = 0;
  readonly #seen = new Set<string>();
  readonly #byStream = new Map<string, SentMail>();
  #poll: { startedAt: number; done: Promise<void> } | undefined;

  constructor(private readonly storeUrl: string) {}

  /** The mail for `stream`, which is known to be in the store since `storedBy` (performance.now()). */
  async mailFor(stream: string, storedBy: number): Promise<SentMail> {
    for (let round = 0; round < 20; round++) {
      const mail = this.#byStream.get(stream);
      if (mail) {
        this.#byStream.delete(stream);
        return mail;
      }
      // A request that started before the mail was stored may not include it: ask again.
      if (!this.#poll || this.#poll.startedAt < storedBy || round > 0) this.#poll = this.#fetch();
      await this.#poll.done;
    }
    throw new Error(`no approval mail for stream ${stream}`);
  }

  #fetch(): { startedAt: number; done: Promise<void> } {
    const startedAt = performance.now();
    const done = httpRequest(`${this.storeUrl}?since=${this.#sinceSeconds}`).then((res) => {
      for (const mail of (JSON.parse(res.body) as { emails: SentMail[] }).emails) {
        if (this.#seen.has(mail.messageId)) continue;
        this.#seen.add(mail.messageId);
        // The store stamps arrivals in whole seconds, in order: later mail is never older than this.
        this.#sinceSeconds = Math.max(this.#sinceSeconds, mail.at);
        const stream = /\(stream ([^)\s]+)\)/.exec(mail.body.text ?? '')?.[1];
        if (stream) this.#byStream.set(stream, mail);
      }
    });
    return { startedAt, done };
  }
}

async function harness(): Promise<Harness> {
  /** Object key → stream of the approval runs whose mail has not been acted on yet. */
  const awaitingMail = new Map<string, string>();
  /** Execution ARN → the approval in progress (or done) for it. */
  const approvals = new Map<string, Promise<void>>();
  let runtime: LocalRuntime | undefined;
  let inbox: Inbox | undefined;

  const approveFromMail = async (stream: string, storedBy: number): Promise<void> => {
    if (!runtime || !inbox) throw new Error('runtime not started');
    const message = await inbox.mailFor(stream, storedBy);
    const link = approvalLinks(message.body.text ?? '', runtime.approvalBaseUrl)[0];
    if (!link) throw new Error(`no approval link in the mail for stream ${stream}`);
    const outcome = await decide(link, 'approve');
    if (outcome.status !== 200) throw new Error(`approving ${stream} answered HTTP ${outcome.status}`);
  };

  // Act on the mail as soon as the router has sent it (an in-process hook, no polling).
  const onEvent = (execution: Execution, event: HistoryEvent) => {
    if (event.type !== 'LambdaSucceeded' || event.state !== APPROVAL_STATE) return;
    const key = keyOf(execution);
    const stream = awaitingMail.get(key);
    if (stream === undefined) return;
    awaitingMail.delete(key);
    const approval = approveFromMail(stream, performance.now());
    // A failed approval would leave the run waiting for its token: end it, the run reports why.
    approval.catch(() => execution.abort());
    approvals.set(execution.executionArn, approval);
  };

  runtime = await startLocalRuntime({ logLevel: 'SILENT', onEvent });
  inbox = new Inbox(runtime.emulators.mailStoreUrl);
  const started = runtime;
  try {
    await started.setFlag('on', 100);
  } catch (error) {
    await started.stop();
    throw error;
  }

  const run = async (path: E2ePath, id: string): Promise<number> => {
    const stream = `bench-${path}-${id}`;
    const key = `incoming/${stream}.json`;
    const body = JSON.stringify(packageOf(path === 'approval' ? 'approval' : 'auto', stream, 'r1'));
    if (path === 'approval') awaitingMail.set(key, stream);
    const t0 = performance.now();
    const execution = await started.submitPackage(body, key);
    const result = await execution.result;
    const ms = performance.now() - t0;

    awaitingMail.delete(key);
    const approval = approvals.get(execution.executionArn);
    approvals.delete(execution.executionArn);
    await approval; // rethrows why an approval failed
    const output = result.output as
      | { handoff?: { status?: string }; intake?: { status?: string } }
      | undefined;
    if (result.status !== 'SUCCEEDED' || output?.handoff?.status !== 'handed-off') {
      throw new Error(
        `run ${stream} did not hand off: ${result.status} ${result.error ?? ''} ${result.cause ?? ''} ` +
          `(intake ${output?.intake?.status}, handoff ${output?.handoff?.status})`,
      );
    }
    const approved = execution
      .events()
      .some((e) => e.type === 'TaskTokenSettled' && e.state === APPROVAL_STATE && e.outcome === 'success');
    if (path === 'approval' && !(approval && approved)) {
      throw new Error(`run ${stream} handed off without being approved from its mail`);
    }
    if (path === 'auto-pass' && execution.events().some((e) => e.type === 'TaskTokenIssued')) {
      throw new Error(`run ${stream} asked for an approval: not an auto-pass package`);
    }
    return ms;
  };

  return { runtime: started, run };
}

async function measure(
  h: Harness,
  path: E2ePath,
  concurrency: number,
  runs: number,
  tag: string,
): Promise<Omit<E2eLine, 'warmupRuns'>> {
  const latencies: number[] = [];
  let next = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < runs) {
        const i = next++;
        latencies.push(await h.run(path, `${tag}-c${concurrency}-${i}`));
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  return {
    bench: 'e2e',
    path,
    concurrency,
    runsPerSecond: round(runs / seconds),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    maxMs: round(latencies.at(-1) ?? 0),
    cpuMsPerRun: round((cpu.user + cpu.system) / 1000 / runs),
    runs,
  };
}

export async function benchE2e(opts: E2eOptions = {}): Promise<E2eLine[]> {
  const runs = opts.runs ?? Number(process.env.BENCH_E2E_RUNS ?? 100);
  const warmup = opts.warmup ?? 200;
  const concurrencies = opts.concurrencies ?? [1, 8];
  const paths = opts.paths ?? ['approval', 'auto-pass'];
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer, got ${runs}`);
  const tag = Date.now().toString(36);
  const h = await harness();
  try {
    const lines: E2eLine[] = [];
    for (const path of paths) {
      if (warmup > 0) await measure(h, path, 8, warmup, `${tag}-warm`);
      for (const c of concurrencies)
        lines.push({ ...(await measure(h, path, c, runs, tag)), warmupRuns: warmup });
    }
    return lines;
  } finally {
    await h.runtime.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchE2e()) console.log(JSON.stringify(line));
}
