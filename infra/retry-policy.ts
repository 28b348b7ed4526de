import { RETRY_POLICY } from '#core/identity';
import { APPROVAL_REJECTED, NON_RETRYABLE_ERRORS, RETRYABLE_ERRORS } from '#shared/errors';

/** A state-level Retry as Step Functions expresses it. */
export interface StateRetry {
  errors: string[];
  intervalSeconds: number;
  /** Retries after the first attempt (Step Functions counts retries, not attempts). */
  maxAttempts: number;
  backoffRate: number;
}

/**
 * Maps the card's retry policy (RETRY_POLICY: 4 attempts, 750 ms base, ×2) onto a Step Functions Retry.
 * IntervalSeconds must be a whole number ≥ 1, so 750 ms rounds to 1 s: the schedule becomes 1 s, 2 s, 4 s
 * (nearest whole-second schedule to 750 ms, 1.5 s, 3 s). MaxAttempts counts retries: 4 attempts = 3 retries.
 * Only transient errors are retried; validation errors and approval rejections never are.
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
  return {
    errors: [...RETRYABLE_ERRORS],
    intervalSeconds: Math.max(1, Math.round(policy.baseDelayMs / 1000)),
    maxAttempts: Math.max(0, policy.maxAttempts - 1),
    backoffRate: policy.backoffRate,
  };
}
