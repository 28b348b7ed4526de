/**
 * The local stack's clock: real time plus an offset that tests move forward (`advance`), so an approval
 * that waits a day reaches its checkpoints in a test without sleeping. The Lambdas read it as their `clock`
 * port and the local waitForTaskToken states time out by it; `npm start` never advances it (real time).
 */
export interface LocalClock {
  now(): Date;
  /** Moves the clock forward by `ms`; timers whose deadline is passed fire at once. */
  advance(ms: number): void;
  /** Settles once the clock reaches `epochMs` (by real time passing or by `advance`); `cancel` drops it. */
  at(epochMs: number): { reached: Promise<void>; cancel(): void };
}

export function createLocalClock(): LocalClock {
  let offsetMs = 0;
  const waiters = new Set<() => void>();
  const nowMs = () => Date.now() + offsetMs;
  return {
    now: () => new Date(nowMs()),
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError('the local clock only moves forward');
      offsetMs += ms;
      for (const check of [...waiters]) check();
    },
    at(epochMs) {
      let timer: NodeJS.Timeout | undefined;
      let check: () => void = () => undefined;
      const reached = new Promise<void>((resolve) => {
        check = () => {
          clearTimeout(timer);
          const left = epochMs - nowMs();
          if (left <= 0) {
            waiters.delete(check);
            resolve();
            return;
          }
          // Node timers hold at most 2^31 - 1 ms; a later deadline is checked again then.
          timer = setTimeout(check, Math.min(left, 2_147_483_647));
        };
        waiters.add(check);
        check();
      });
      return {
        reached,
        cancel: () => {
          clearTimeout(timer);
          waiters.delete(check);
        },
      };
    },
  };
}
