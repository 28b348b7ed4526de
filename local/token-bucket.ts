import type { ThrottleLimits } from '#shared/front-door';

export interface TokenBucket {
  /** Takes a token if one is left (true) or refuses the request (false). */
  take(): boolean;
}

/**
 * API Gateway's stage throttle, locally: a bucket of `burst` tokens, refilled continuously at
 * `ratePerSecond`, one token per request. The clock is injected (milliseconds) so tests never sleep.
 */
export function tokenBucket(limits: ThrottleLimits, now: () => number = Date.now): TokenBucket {
  let tokens = limits.burst;
  let last = now();
  return {
    take() {
      const at = now();
      tokens = Math.min(limits.burst, tokens + (Math.max(0, at - last) / 1000) * limits.ratePerSecond);
      last = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
