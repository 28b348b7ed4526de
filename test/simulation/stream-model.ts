import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import fc from 'fast-check';
import { runs } from '#adapters/runs';
import { decide } from '../../local/approver.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import type { Execution } from '../../local/workflow.ts';
import type { FaultInjector, FaultTiming } from '../support/faults.ts';
import { type PackageKind, packageOf } from '../support/packages.ts';
import type { Gates, HoldTiming } from './stream-model-gates.ts';

/**
 * The model-based test's histories and how one is played on the local runtime: the real handlers and the
 * synthesized state machine, runs started by S3 puts, decisions taken through the mailed link, faults
 * injected around the handlers. The invariants are checked by `stream-model-checks.ts`.
 */

export type FaultFn = 'intake' | 'scoring' | 'approval-router' | 'handoff' | 'rollback';

export interface Fault {
  fn: FaultFn;
  /** Consecutive failures: 1–3 are retried away, 4 exhaust the retries (a technical end). */
  times: number;
  /** before: the dependency failed; after: the work was done and the response was lost. */
  timing: FaultTiming;
}

export type Decision = 'approve' | 'reject' | 'timeout' | 'abort';

export type Step =
  /** Drop the revision's file under incoming/ (again: the same bytes, a new S3 version), maybe with a fault. */
  | { do: 'put'; rev: number; fault: Fault | null }
  /** Decide the revision's waiting request: through the mailed link (twice: the page's response was lost
   * and the approver submits again), by a timeout, or by losing the execution (the reconciler closes it). */
  | { do: 'decide'; rev: number; decision: Decision; twice: boolean }
  /** EventBridge delivers the revision's last trigger event a second time (at least once). */
  | { do: 'redeliver'; rev: number }
  /** Hold the next call of `fn` for the revision's run (before it runs, or before its response) … */
  | { do: 'hold'; rev: number; fn: HeldFn; timing: HoldTiming }
  /** … until this step (or the end of the steps) lets it go on. */
  | { do: 'release'; rev: number };

export type HeldFn = 'scoring' | 'handoff' | 'rollback';

export interface History {
  kinds: PackageKind[];
  steps: Step[];
  /** How requests still waiting when the steps ran out are decided, so every submission ends. */
  closing: Exclude<Decision, 'abort'>;
}

const faultArb: fc.Arbitrary<Fault> = fc.record({
  fn: fc.constantFrom<FaultFn>('handoff', 'approval-router', 'intake', 'scoring', 'rollback'),
  times: fc.integer({ min: 1, max: 4 }),
  timing: fc.constantFrom<FaultTiming>('after', 'before'),
});

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      do: fc.constant('put' as const),
      rev: fc.nat(5),
      fault: fc.option(faultArb, { freq: 2 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      do: fc.constant('decide' as const),
      rev: fc.nat(5),
      decision: fc.constantFrom<Decision>('approve', 'reject', 'approve', 'timeout', 'abort'),
      twice: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('redeliver' as const), rev: fc.nat(5) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      do: fc.constant('hold' as const),
      rev: fc.nat(5),
      fn: fc.constantFrom<HeldFn>('handoff', 'rollback', 'scoring'),
      timing: fc.constantFrom<HoldTiming>('after', 'before'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('release' as const), rev: fc.nat(5) }) },
);

/** 2–6 revisions of one stream and up to 12 steps over them (every revision is put at least once). */
export const historyArb: fc.Arbitrary<History> = fc.record({
  kinds: fc.array(fc.constantFrom<PackageKind>('approval', 'auto', 'blocked'), {
    minLength: 2,
    maxLength: 6,
  }),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 12 }),
  closing: fc.constantFrom<History['closing']>('approve', 'reject', 'timeout'),
});

/** One put or delivery of a revision and what the model expected of its dedupe. */
export interface Submission {
  rev: number;
  execution: Execution;
  how: 'put' | 'redeliver';
  /** The run holding (or last holding) the package's claim when this submission started, and its status then. */
  holder?: { runId: string; status: string };
}

export interface Played {
  stream: string;
  kinds: PackageKind[];
  submissions: Submission[];
  /** Executions whose status change was delivered to the reconciler. */
  reconciled: Set<Execution>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waiting for its approver: the router's last attempt succeeded and its token has not settled. */
export function waitingForDecision(execution: Execution): boolean {
  if (execution.status() !== 'RUNNING') return false;
  const events = execution.events();
  const last = events.findLastIndex((e) => e.type === 'LambdaSucceeded' && e.state === 'RequestApproval');
  return last >= 0 && !events.slice(last).some((e) => e.type === 'TaskTokenSettled');
}

const settledTokens = (execution: Execution) =>
  execution.events().filter((e) => e.type === 'TaskTokenSettled').length;

const context = (fn: string): Context =>
  ({
    functionName: fn,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${fn}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${fn}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  }) satisfies Context;

/**
 * What the Step Functions "Execution Status Change" rule does in AWS (ABORTED, TIMED_OUT, FAILED): send
 * `{reconcile}` to the rollback function, with the rule's retries. The local runtime has no such rule.
 */
async function deliverStatusChange(runtime: LocalRuntime, execution: Execution): Promise<void> {
  const handler = runtime.handlers.rollback;
  if (!handler) throw new Error('no rollback handler');
  const event = {
    reconcile: {
      executionArn: execution.executionArn,
      status: execution.status(),
      input: JSON.stringify(execution.input),
    },
  };
  for (let attempt = 1; ; attempt++) {
    try {
      await handler(event, context('rollback'));
      return;
    } catch (error) {
      if (attempt >= 9) throw error;
    }
  }
}

export class Player {
  readonly played: Played;
  readonly #runtime: LocalRuntime;
  readonly #faults: FaultInjector;
  readonly #gates: Gates;
  readonly #inputs = new Map<number, unknown>();

  constructor(
    runtime: LocalRuntime,
    tools: { faults: FaultInjector; gates: Gates },
    stream: string,
    kinds: PackageKind[],
  ) {
    this.#runtime = runtime;
    this.#faults = tools.faults;
    this.#gates = tools.gates;
    this.played = { stream, kinds, submissions: [], reconciled: new Set() };
  }

  packageId = (rev: number) => `${this.played.stream}-r${rev + 1}`;

  executions(): Execution[] {
    return this.played.submissions.map((s) => s.execution);
  }

  /**
   * Until every run of the stream has ended, waits for its approver or is held at a gate; ended FAILED/ABORTED executions are
   * delivered to the reconciler as AWS does. The guard is generous: it only stops a hung history.
   */
  async settle(): Promise<void> {
    const started = Date.now();
    for (;;) {
      let busy = false;
      for (const execution of this.executions()) {
        const status = execution.status();
        if (status === 'RUNNING') {
          busy ||= !waitingForDecision(execution) && !this.#gates.holds(execution.name);
        } else if (status !== 'SUCCEEDED' && !this.played.reconciled.has(execution)) {
          this.played.reconciled.add(execution);
          await deliverStatusChange(this.#runtime, execution);
        }
      }
      if (!busy) return;
      if (Date.now() - started > 120_000) throw new Error(`stream ${this.played.stream} did not settle`);
      await sleep(5);
    }
  }

  async put(rev: number, fault: Fault | null): Promise<void> {
    const packageId = this.packageId(rev);
    if (fault) this.#faults.plan({ fn: fault.fn, packageId, times: fault.times, timing: fault.timing });
    const holder = await this.#holder(rev);
    const kind = this.played.kinds[rev] as PackageKind;
    // The same file each time (same key, same bytes): a new S3 version, as a user dropping it again.
    const execution = await this.#runtime.submitPackage(
      packageOf(kind, this.played.stream, `r${rev + 1}`),
      `incoming/${packageId}.json`,
    );
    if (!this.#inputs.has(rev)) this.#inputs.set(rev, execution.input);
    this.played.submissions.push({ rev, execution, how: 'put', ...(holder ? { holder } : {}) });
    await this.settle();
  }

  async redeliver(rev: number): Promise<void> {
    const input = this.#inputs.get(rev);
    if (input === undefined) return;
    const holder = await this.#holder(rev);
    const execution = this.#runtime.startExecution(structuredClone(input));
    this.played.submissions.push({ rev, execution, how: 'redeliver', ...(holder ? { holder } : {}) });
    await this.settle();
  }

  /** The latest earlier run of the revision that got past its dedupe check, with its status now. */
  async #holder(rev: number): Promise<{ runId: string; status: string } | undefined> {
    const own = this.played.submissions.filter((s) => s.rev === rev).reverse();
    for (const s of own) {
      const run = await runs.get().getRun(s.execution.name);
      if (run && run.status !== 'duplicate' && run.status !== 'flag-off') {
        return { runId: run.runId, status: run.status };
      }
    }
    return undefined;
  }

  async decide(rev: number, decision: Decision, twice: boolean): Promise<void> {
    const waiting = this.played.submissions.find((s) => s.rev === rev && waitingForDecision(s.execution));
    if (!waiting) return;
    const link = await this.#linkOf(rev);
    if (!link) throw new Error(`run of ${this.packageId(rev)} waits, but no mail was sent`);
    const settledBefore = settledTokens(waiting.execution);
    if (decision === 'abort') {
      // What a restart of `npm start` (or a StopExecution) does: the execution is gone.
      waiting.execution.abort();
      await waiting.execution.result;
    } else if (decision === 'timeout') {
      const token = this.#runtime.runtime.tokens
        .pending()
        .find((p) => p.executionArn === waiting.execution.executionArn)?.token;
      if (token) this.#runtime.runtime.tokens.fail(token, 'States.Timeout', 'no decision in time (model)');
    } else {
      await decide(link, decision, decision === 'reject' ? 'Not for this stream' : '');
      // The page's response was lost: the approver submits again (the page then has no form to submit).
      if (twice) await decide(link, decision, '').catch(() => undefined);
    }
    // The token settles asynchronously: until then the run would still look as if it waited.
    const started = Date.now();
    while (waiting.execution.status() === 'RUNNING' && settledTokens(waiting.execution) === settledBefore) {
      if (Date.now() - started > 60_000) throw new Error(`${this.packageId(rev)}: ${decision} had no effect`);
      await sleep(5);
    }
    await this.settle();
  }

  /** The link of the latest approval mail about the revision (its current request: earlier runs ended). */
  async #linkOf(rev: number): Promise<string | undefined> {
    const marker = `Package: ${this.packageId(rev)} (stream`;
    const mail = (await this.#runtime.emulators.sentMail()).filter((m) => m.body.text?.includes(marker));
    const text = mail.at(-1)?.body.text ?? '';
    const escaped = this.#runtime.approvalBaseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`${escaped}/approvals/\\S+`).exec(text)?.[0];
  }

  async release(packageId?: string): Promise<void> {
    this.#gates.release(packageId);
    await this.settle();
  }

  /** Play the steps, put any revision never put, then decide every request still waiting. */
  async play(history: History): Promise<void> {
    const n = history.kinds.length;
    for (const step of history.steps) {
      const rev = step.rev % n;
      if (step.do === 'put') await this.put(rev, step.fault);
      else if (step.do === 'redeliver') await this.redeliver(rev);
      else if (step.do === 'hold') this.#gates.arm(step.fn, this.packageId(rev), step.timing);
      else if (step.do === 'release') await this.release(this.packageId(rev));
      else await this.decide(rev, step.decision, step.twice);
    }
    for (let rev = 0; rev < n; rev++) if (!this.#inputs.has(rev)) await this.put(rev, null);
    for (let round = 0; round < 8; round++) {
      await this.release();
      const waiting = this.played.submissions.filter((s) => waitingForDecision(s.execution));
      if (waiting.length === 0) return;
      for (const s of waiting) await this.decide(s.rev, history.closing, false);
    }
    throw new Error(`stream ${this.played.stream}: requests still waiting after closing`);
  }
}
