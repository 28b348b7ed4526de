import { RETRY_POLICY } from '#core/identity';
import { APPROVAL_REJECTED, NON_RETRYABLE_ERRORS, RETRYABLE_ERRORS } from '#shared/errors';

/** A state-level Retry as Step Functions expresses it. */
export interface StateRetry {
  errors: string[];
  intervalSeconds: number;
  /** Retries after the first attempt (Step Functions counts retries, not attempts). */
  maxAttempts: number;
  backoffRate: number;
  /** Cap on any one delay, in whole seconds. */
  maxDelaySeconds: number;
  jitterStrategy: 'FULL';
}

/**
 * Maps the card's retry policy (RETRY_POLICY: 4 attempts, 750 ms base, ×2) onto a Step Functions Retry.
 * IntervalSeconds must be a whole number ≥ 1, so the exact delays 750, 1500, 3000 ms become the caps 1, 2, 3 s
 * (each rounded up to a whole second; MaxDelaySeconds 3 keeps the third at 3 s instead of 4 s), and FULL
 * jitter draws each delay uniformly below its cap so failed executions do not retry in step.
 * MaxAttempts counts retries: 4 attempts = 3 retries. Only transient errors are retried.
 */
export function stateRetryPolicy(policy: typeof RETRY_POLICY = RETRY_POLICY): StateRetry {
  const retryable: readonly string[] = RETRYABLE_ERRORS;
  const forbidden: readonly string[] = [
    ...NON_RETRYABLE_ERRORS,
    APPROVAL_REJECTED,
    'States.Timeout',
    'States.ALL',
  ];
  const clash = retryable.filter((e) => forbidden.includes(e));
  if (clash.length > 0) throw new Error(`errors must never be retried: ${clash.join(', ')}`);
  const retries = Math.max(0, policy.maxAttempts - 1);
  const longestMs = policy.baseDelayMs * policy.backoffRate ** Math.max(0, retries - 1);
  return {
    errors: [...RETRYABLE_ERRORS],
    intervalSeconds: Math.max(1, Math.ceil(policy.baseDelayMs / 1000)),
    maxAttempts: retries,
    backoffRate: policy.backoffRate,
    maxDelaySeconds: Math.max(1, Math.ceil(longestMs / 1000)),
    jitterStrategy: 'FULL',
  };
}

/** Upper bound of each retry's delay in seconds: min(IntervalSeconds × BackoffRate^n, MaxDelaySeconds). */
export function retryDelayCaps(r: StateRetry): number[] {
  return Array.from({ length: r.maxAttempts }, (_, i) =>
    Math.min(r.intervalSeconds * r.backoffRate ** i, r.maxDelaySeconds),
  );
}
