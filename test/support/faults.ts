import { createHash } from 'node:crypto';
import { TransientDependencyError } from '#shared/errors';
import type { LambdaHandler } from '../../local/workflow.ts';

/**
 * Fault injection around the real handlers: a planned or random `TransientDependencyError` thrown
 * before the handler runs (the dependency failed before any side effect) or after it (the work was done,
 * the response was lost), keyed by function and stream so parallel runs are targeted independently.
 */

export type FaultTiming = 'before' | 'after';

export interface PlannedFault {
  fn: string;
  /** Target by stream id … */
  stream?: string;
  /** … or by package id (intake sees the object key's base name: name the key after the package id). */
  packageId?: string;
  /** How many consecutive invocations fail. */
  times: number;
  timing?: FaultTiming;
}

export interface RandomFaults {
  /** Probability that one invocation fails. */
  probability: number;
  /** Never more than this many consecutive failures of one function in one run (the retry budget is 3). */
  maxPerRun: number;
  fns: string[];
  seed: number;
  timing?: FaultTiming;
}

/** The workflow state of an event: rollback gets it as `{state, executionId}`, the others as it is. */
const stateOf = (event: unknown): unknown =>
  event && typeof event === 'object' && 'state' in event ? (event as { state: unknown }).state : event;

/** The stream a handler's event belongs to: intake sees the object key's base name, the others the intake result. */
export function streamOfEvent(event: unknown): string | undefined {
  const e = stateOf(event) as { intake?: { streamId?: string }; packageRef?: { key?: string } } | null;
  if (e?.intake?.streamId) return e.intake.streamId;
  const key = e?.packageRef?.key;
  return key ? (key.split('/').pop() ?? key).replace(/\.(json|ya?ml)$/, '') : undefined;
}

/** The package id of a handler's event: intake sees the object key's base name, the others the intake result. */
export function packageIdOfEvent(event: unknown): string | undefined {
  const e = stateOf(event) as { intake?: { packageId?: string }; packageRef?: { key?: string } } | null;
  if (e?.intake?.packageId) return e.intake.packageId;
  const key = e?.packageRef?.key;
  return key ? (key.split('/').pop() ?? key).replace(/\.(json|ya?ml)$/, '') : undefined;
}

/** The run an event belongs to (object key at intake, run id after), for per-run fault budgets. */
function runOfEvent(event: unknown): string {
  const e = stateOf(event) as {
    intake?: { runId?: string; packageRef?: { key?: string } };
    packageRef?: { key?: string };
  };
  return e?.packageRef?.key ?? e?.intake?.packageRef?.key ?? e?.intake?.runId ?? 'unknown';
}

export class FaultInjector {
  readonly #planned: (PlannedFault & { left: number })[] = [];
  #random: RandomFaults | undefined;
  readonly #perRun = new Map<string, number>();
  readonly #draws = new Map<string, number>();
  /** Faults thrown so far, per function. */
  readonly injected: Record<string, number> = {};

  plan(fault: PlannedFault): void {
    this.#planned.push({ ...fault, left: fault.times });
  }

  random(config: RandomFaults | undefined): void {
    this.#random = config;
  }

  clear(): void {
    this.#planned.length = 0;
    this.#random = undefined;
  }

  /** Deterministic per (seed, run, function, draw number): independent of how executions interleave. */
  #draw(run: string, fn: string): number {
    const key = `${run}|${fn}`;
    const n = (this.#draws.get(key) ?? 0) + 1;
    this.#draws.set(key, n);
    const digest = createHash('sha256').update(`${this.#random?.seed}|${key}|${n}`).digest();
    return digest.readUInt32BE(0) / 0x1_0000_0000;
  }

  #decide(fn: string, event: unknown): FaultTiming | undefined {
    const stream = streamOfEvent(event);
    const packageId = packageIdOfEvent(event);
    const planned = this.#planned.find(
      (p) =>
        p.fn === fn &&
        p.left > 0 &&
        (p.stream === undefined || p.stream === stream) &&
        (p.packageId === undefined || p.packageId === packageId),
    );
    if (planned) {
      planned.left -= 1;
      return planned.timing ?? 'before';
    }
    const r = this.#random;
    if (!r?.fns.includes(fn)) return undefined;
    const run = runOfEvent(event);
    const key = `${run}|${fn}`;
    const used = this.#perRun.get(key) ?? 0;
    if (used >= r.maxPerRun) return undefined;
    if (this.#draw(run, fn) >= r.probability) {
      // A success resets the budget: only consecutive failures count against the retries.
      this.#perRun.set(key, 0);
      return undefined;
    }
    this.#perRun.set(key, used + 1);
    return r.timing ?? 'before';
  }

  readonly wrap = (fn: string, handler: LambdaHandler): LambdaHandler => {
    return async (event, context) => {
      const timing = this.#decide(fn, event);
      const fail = () => {
        this.injected[fn] = (this.injected[fn] ?? 0) + 1;
        return new TransientDependencyError(`injected ${timing} ${fn}`);
      };
      if (timing === 'before') throw fail();
      const result = await handler(event, context);
      if (timing === 'after') throw fail();
      return result;
    };
  };
}
