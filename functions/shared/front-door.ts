/**
 * The approval callback's front door throttle, one number for AWS and the local stack: the API Gateway
 * stage (infra/constructs/front-door.ts) and the local front door (local/approval-server.ts) both read it.
 * A token bucket: `burst` requests at once, refilled at `ratePerSecond`.
 *
 * Below what the callback's reserved concurrency (10) sustains: in-flight requests never exceed
 * burst + ratePerSecond × duration = 5 + 5 × 1 s = 10 while a request takes at most 1 s (a cold start
 * included; warm ones take ~0.1 s), so the stage answers its own 429 page before Lambda throttles.
 */
export interface ThrottleLimits {
  ratePerSecond: number;
  burst: number;
}

export const FRONT_DOOR_THROTTLE: Readonly<ThrottleLimits> = { ratePerSecond: 5, burst: 5 };

/** The duration the arithmetic above assumes for one callback request, cold start included. */
export const CALLBACK_BUDGETED_SECONDS = 1;
