import { RETRY_POLICY, retryDelayMs } from '#core/identity';
import { APPROVAL_REJECTED, NON_RETRYABLE_ERRORS, RETRYABLE_ERRORS } from '#shared/errors';
import { stateRetryPolicy } from '../../infra/retry-policy.ts';

describe('stateRetryPolicy', () => {
  it('maps 4 attempts at 750 ms ×2 to Step Functions IntervalSeconds 1, MaxAttempts 3, BackoffRate 2', () => {
    const r = stateRetryPolicy();
    expect(r).toEqual({ errors: [...RETRYABLE_ERRORS], intervalSeconds: 1, maxAttempts: 3, backoffRate: 2 });
  });

  it('gives a whole-second schedule within 1 s of the exact 750 / 1500 / 3000 ms delays', () => {
    const r = stateRetryPolicy();
    const schedule = Array.from(
      { length: r.maxAttempts },
      (_, i) => r.intervalSeconds * r.backoffRate ** i * 1000,
    );
    expect(schedule).toEqual([1000, 2000, 4000]);
    schedule.forEach((ms, i) => {
      expect(Math.abs(ms - retryDelayMs(i + 1))).toBeLessThanOrEqual(1000);
    });
  });

  it('never retries validation errors, approval rejections or timeouts', () => {
    const errors = stateRetryPolicy().errors;
    for (const name of [...NON_RETRYABLE_ERRORS, APPROVAL_REJECTED, 'States.Timeout', 'States.ALL']) {
      expect(errors).not.toContain(name);
    }
  });

  it('follows a change of the policy: 2 s base and 6 attempts become IntervalSeconds 2, MaxAttempts 5', () => {
    const r = stateRetryPolicy({
      ...RETRY_POLICY,
      baseDelayMs: 2000,
      maxAttempts: 6,
    } as unknown as typeof RETRY_POLICY);
    expect([r.intervalSeconds, r.maxAttempts, r.backoffRate]).toEqual([2, 5, 2]);
  });

  it('never goes below the 1 s minimum Step Functions accepts', () => {
    const r = stateRetryPolicy({ ...RETRY_POLICY, baseDelayMs: 100 } as unknown as typeof RETRY_POLICY);
    expect(r.intervalSeconds).toBe(1);
  });
});
