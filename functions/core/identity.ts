/**
 * The skill's fixed identity, from the source card. Everything that names the product, its artifact,
 * its routing tag or its feature flag reads it from here, so infra, runtime and tests cannot drift.
 */
export const SKILL = {
  id: 1874,
  name: 'u01874-handoff-contracting-for-marketing-and-storytelling',
  domain: 'marketing-and-storytelling',
  archetype: 'generalist-engine',
  coreMethod: 'handoff contracting',
  artifactName: 'handoff-contracting-artifact-marketing-and-storytelling',
  artifactVersion: '1',
  routingTag: 'marketing-and-storytelling:generalist-engine',
  featureFlag: 'skill_01874_handoff-contracting',
  gates: ['policy-constraint-check', 'human-approval-router'],
  rollbackStrategy: 'rollback-to-last-stable-baseline',
} as const;

/** Version of the scoring engine; recorded in every trace. Bump on any change that alters artifacts. */
export const ENGINE_VERSION = '1.2.0';

/**
 * Retry policy of the card: 4 attempts in total, 750 ms base delay, exponential backoff. It is applied once,
 * at the state level (infra/retry-policy.ts); the SDK inside a Lambda only gets a small budget of its own
 * (SDK_BUDGET), so the two never multiply into 16 attempts.
 */
export const RETRY_POLICY = {
  maxAttempts: 4,
  baseDelayMs: 750,
  backoff: 'exponential',
  backoffRate: 2,
} as const;

/** Delay before retry number `retry` (1-based) under the exact policy: 750, 1500, 3000 ms. */
export function retryDelayMs(retry: number): number {
  return RETRY_POLICY.baseDelayMs * RETRY_POLICY.backoffRate ** (retry - 1);
}

/**
 * The SDK's own budget inside a Lambda: standard (full-jitter) retry mode, 2 attempts, and timeouts so a
 * stalled call ends well inside the 20 s function timeout: 2 × (1 s connect + 3 s request) + ≤ 1 s backoff
 * = 9 s at worst. Anything longer is the state machine's business (one retry budget, not two).
 */
export const SDK_BUDGET = {
  maxAttempts: 2,
  connectionTimeoutMs: 1000,
  requestTimeoutMs: 3000,
  /** Largest backoff the standard strategy draws before its one retry (throttling base, full jitter). */
  maxBackoffMs: 1000,
} as const;

/**
 * Full-jitter pause before the next round of an optimistic write that lost a race: up to 10 ms × 2^round
 * (capped at 320 ms), so the writers that lost spread out instead of colliding again.
 */
export const jitterPause = (round: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 10 * 2 ** Math.min(round, 5))));
