import { RETRY_POLICY, retryDelayMs } from '#core/identity';
import { APPROVAL_REJECTED, NON_RETRYABLE_ERRORS, RETRYABLE_ERRORS } from '#shared/errors';
import { retryDelayCaps, stateRetryPolicy } from '../../infra/retry-policy.ts';

describe('stateRetryPolicy', () => {
  it('maps 4 attempts at 750 ms ×2 to IntervalSeconds 1, MaxAttempts 3, BackoffRate 2, full jitter, cap 3 s', () => {
    const r = stateRetryPolicy();
    expect(r).toEqual({
      errors: [...RETRYABLE_ERRORS],
      intervalSeconds: 1,
      maxAttempts: 3,
      backoffRate: 2,
      maxDelaySeconds: 3,
      jitterStrategy: 'FULL',
    });
  });

  it('caps each jittered delay at the exact 750 / 1500 / 3000 ms delay rounded up to a whole second', () => {
    const caps = retryDelayCaps(stateRetryPolicy());
    expect(caps).toEqual([1, 2, 3]);
    caps.forEach((s, i) => {
      expect(s * 1000).toBe(Math.ceil(retryDelayMs(i + 1) / 1000) * 1000);
    });
  });

  it('never retries validation errors, approval rejections or timeouts', () => {
    const errors = stateRetryPolicy().errors;
    for (const name of [...NON_RETRYABLE_ERRORS, APPROVAL_REJECTED, 'States.Timeout', 'States.ALL']) {
      expect(errors).not.toContain(name);
    }
  });

  it('follows a change of the policy: 2 s base and 6 attempts become IntervalSeconds 2, MaxAttempts 5, cap 32 s', () => {
    const r = stateRetryPolicy({
      ...RETRY_POLICY,
      baseDelayMs: 2000,
      maxAttempts: 6,
    } as unknown as typeof RETRY_POLICY);
    expect([r.intervalSeconds, r.maxAttempts, r.backoffRate, r.maxDelaySeconds]).toEqual([2, 5, 2, 32]);
  });

  it('never goes below the 1 s minimum Step Functions accepts', () => {
    const r = stateRetryPolicy({ ...RETRY_POLICY, baseDelayMs: 100 } as unknown as typeof RETRY_POLICY);
    expect(r.intervalSeconds).toBe(1);
  });
});
