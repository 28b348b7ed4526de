import { bucketOf, evaluateFlag, type FlagRecord } from '#core/flags';
import { SKILL } from '#core/identity';

const FLAG = SKILL.featureFlag;
const record = (over: Partial<FlagRecord> = {}): FlagRecord => ({
  flag: FLAG,
  state: 'on',
  percentage: 100,
  allowlist: [],
  ...over,
});

describe('feature flag evaluation', () => {
  it('fails closed to off when the flag record is missing', () => {
    expect(evaluateFlag(undefined, 'spring-launch', FLAG)).toEqual({
      flag: FLAG,
      state: 'off',
      reason: 'flag-missing',
    });
  });

  it('is off for every stream, allowlisted or not, when the state is off', () => {
    const r = record({ state: 'off', allowlist: ['vip'] });
    expect(evaluateFlag(r, 'vip').state).toBe('off');
    expect(evaluateFlag(r, 'anyone').reason).toBe('flag-off');
  });

  it('treats a malformed record (percentage out of range, unknown state) as off', () => {
    expect(evaluateFlag(record({ percentage: 150 }), 's').reason).toBe('flag-invalid');
    expect(evaluateFlag(record({ percentage: Number.NaN }), 's').state).toBe('off');
    expect(evaluateFlag(record({ state: 'maybe' as never }), 's').state).toBe('off');
  });

  it('buckets with the first 4 bytes of sha256(flag:streamId) as uint32 mod 100', async () => {
    const { createHash } = await import('node:crypto');
    const expected = createHash('sha256').update(`${FLAG}:spring-launch`).digest().readUInt32BE(0) % 100;
    expect(bucketOf(FLAG, 'spring-launch')).toBe(expected);
  });

  it('gives the same stream the same answer on every evaluation', () => {
    const r = record({ percentage: 37 });
    const first = Array.from({ length: 200 }, (_, i) => evaluateFlag(r, `stream-${i}`));
    const again = Array.from({ length: 200 }, (_, i) => evaluateFlag(r, `stream-${i}`));
    expect(again).toEqual(first);
  });

  it('puts a stream in the rollout exactly when its bucket is below the percentage', () => {
    for (let i = 0; i < 500; i++) {
      const id = `stream-${i}`;
      const bucket = bucketOf(FLAG, id);
      const result = evaluateFlag(record({ percentage: 25 }), id);
      expect(result.state).toBe(bucket < 25 ? 'on' : 'off');
      expect(result.reason).toBe(bucket < 25 ? `bucket ${bucket} < 25%` : `bucket ${bucket} >= 25%`);
    }
  });

  it('rolls out to nobody at 0% and to everybody at 100%', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `s-${i}`);
    expect(ids.every((id) => evaluateFlag(record({ percentage: 0 }), id).state === 'off')).toBe(true);
    expect(ids.every((id) => evaluateFlag(record({ percentage: 100 }), id).state === 'on')).toBe(true);
  });

  it('spreads 10,000 stream ids roughly uniformly over the 100 buckets', () => {
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const b = bucketOf(FLAG, `campaign-${i}`);
      counts[b] = (counts[b] ?? 0) + 1;
    }
    // 100 per bucket expected; chi-square with 99 degrees of freedom stays below 150 (p ≈ 0.0006).
    const chi2 = counts.reduce((sum, c) => sum + (c - 100) ** 2 / 100, 0);
    expect(chi2).toBeLessThan(150);
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(Math.max(...counts)).toBeLessThan(140);
    // A 30% rollout reaches close to 30% of streams.
    const inRollout = Array.from({ length: 10_000 }, (_, i) =>
      evaluateFlag(record({ percentage: 30 }), `campaign-${i}`),
    ).filter((f) => f.state === 'on').length;
    expect(inRollout).toBeGreaterThan(2_850);
    expect(inRollout).toBeLessThan(3_150);
  });

  it('always lets allowlisted streams in, with the record state (shadow stays shadow)', () => {
    const outside = Array.from({ length: 100 }, (_, i) => `s-${i}`).find((id) => bucketOf(FLAG, id) >= 10);
    expect(outside).toBeDefined();
    const r = record({ state: 'shadow', percentage: 10, allowlist: [outside as string] });
    expect(evaluateFlag(r, outside as string)).toEqual({ flag: FLAG, state: 'shadow', reason: 'allowlist' });
    expect(evaluateFlag(record({ percentage: 10 }), outside as string).state).toBe('off');
  });
});
