import type { LambdaHandler } from '../../local/workflow.ts';
import { packageIdOfEvent } from '../support/faults.ts';

/**
 * Holds a Lambda invocation of one package's run until the history releases it, so other steps happen
 * while it is in the middle of a step: `before` the handler runs (a slow start) or `after` it did its work
 * and before its response (a slow response, retried or not). That is how a history interleaves two runs
 * inside their steps, deterministically. The reconciler's deliveries are never held.
 */

export type HoldTiming = 'before' | 'after';

interface Armed {
  fn: string;
  packageId: string;
  timing: HoldTiming;
}

interface Held {
  packageId: string;
  runId: string | undefined;
  release(): void;
}

const runIdOf = (event: unknown): string | undefined => {
  const e = event as { state?: { intake?: { runId?: string } }; intake?: { runId?: string } } | null;
  return e?.state?.intake?.runId ?? e?.intake?.runId;
};

export class Gates {
  readonly #armed: Armed[] = [];
  readonly #held = new Set<Held>();
  /** Invocations held so far. */
  heldTotal = 0;

  /** Hold the next invocation of `fn` for the package. */
  arm(fn: string, packageId: string, timing: HoldTiming): void {
    this.#armed.push({ fn, packageId, timing });
  }

  /** Whether an invocation of the run (its id is its execution's name) is held now. */
  holds(runId: string): boolean {
    return [...this.#held].some((h) => h.runId === runId);
  }

  /** Let every held invocation of the package go on (all packages when none is given); disarm them. */
  release(packageId?: string): void {
    for (const h of [...this.#held]) {
      if (packageId !== undefined && h.packageId !== packageId) continue;
      this.#held.delete(h);
      h.release();
    }
    for (let i = this.#armed.length - 1; i >= 0; i--) {
      if (packageId === undefined || this.#armed[i]?.packageId === packageId) this.#armed.splice(i, 1);
    }
  }

  clear(): void {
    this.release();
  }

  #take(fn: string, event: unknown): Armed | undefined {
    if (event && typeof event === 'object' && 'reconcile' in event) return undefined;
    const packageId = packageIdOfEvent(event);
    const i = this.#armed.findIndex((a) => a.fn === fn && a.packageId === packageId);
    return i < 0 ? undefined : this.#armed.splice(i, 1)[0];
  }

  #hold(armed: Armed, event: unknown): Promise<void> {
    this.heldTotal += 1;
    return new Promise<void>((release) => {
      this.#held.add({ packageId: armed.packageId, runId: runIdOf(event), release });
    });
  }

  readonly wrap = (fn: string, handler: LambdaHandler): LambdaHandler => {
    return async (event, context) => {
      const armed = this.#take(fn, event);
      if (armed?.timing === 'before') await this.#hold(armed, event);
      if (armed?.timing !== 'after') return handler(event, context);
      try {
        return await handler(event, context);
      } finally {
        await this.#hold(armed, event);
      }
    };
  };
}
