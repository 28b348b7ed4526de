import { AUTO_FALLBACK_ACTOR, DEFAULT_FALLBACK_POLICY, evaluateFallback } from '#core/fallback';
import { FlagChangeError, formatAudit, planFlagChange } from '#core/flag-change';
import type { FlagRecord } from '#core/flags';
import { at, run } from './helpers/ops-runs.ts';

const FLAG = 'skill_01874_handoff-contracting';
const on: FlagRecord = {
  flag: FLAG,
  state: 'on',
  percentage: 100,
  allowlist: [],
  updatedAt: at(0),
  updatedBy: 'ops',
};
const meta = { by: 'maria', why: 'pilot with two streams', at: at(1) };

describe('flag changes', () => {
  it('records who, when, from and to with every change', () => {
    const { record, audit } = planFlagChange(FLAG, on, { kind: 'set', state: 'shadow' }, meta);
    expect(record).toEqual({ ...on, state: 'shadow', updatedAt: at(1), updatedBy: 'maria' });
    expect(audit).toEqual({
      flag: FLAG,
      at: at(1),
      by: 'maria',
      why: 'pilot with two streams',
      from: { state: 'on', percentage: 100, allowlist: [] },
      to: { state: 'shadow', percentage: 100, allowlist: [] },
    });
  });

  it('refuses a change without --by or --why', () => {
    expect(() => planFlagChange(FLAG, on, { kind: 'set', state: 'off' }, { ...meta, why: '  ' })).toThrow(
      FlagChangeError,
    );
    expect(() => planFlagChange(FLAG, on, { kind: 'set', state: 'off' }, { ...meta, by: '' })).toThrow(
      /--by/,
    );
  });

  it('rolls out a percentage, replacing the allowlist only when streams are given', () => {
    const withAllow = planFlagChange(
      FLAG,
      on,
      { kind: 'rollout', percentage: 25, allow: ['b', 'a', 'a'] },
      meta,
    );
    expect(withAllow.record).toMatchObject({ state: 'on', percentage: 25, allowlist: ['a', 'b'] });
    const keep = planFlagChange(FLAG, withAllow.record, { kind: 'rollout', percentage: 50 }, meta);
    expect(keep.record.allowlist).toEqual(['a', 'b']);
    expect(() => planFlagChange(FLAG, on, { kind: 'rollout', percentage: 101 }, meta)).toThrow(/0\.\.100/);
    expect(() =>
      planFlagChange(FLAG, on, { kind: 'rollout', percentage: 10, allow: ['bad id'] }, meta),
    ).toThrow(/not a stream id/);
  });

  it('starts a missing flag safely: rollout begins in shadow, set begins at 100%', () => {
    expect(planFlagChange(FLAG, undefined, { kind: 'rollout', percentage: 10 }, meta).record.state).toBe(
      'shadow',
    );
    const set = planFlagChange(FLAG, undefined, { kind: 'set', state: 'on' }, meta);
    expect(set.record.percentage).toBe(100);
    expect(set.audit.from).toBeNull();
    expect(formatAudit([set.audit])).toContain('(none) → on 100%');
  });
});

describe('automatic fallback', () => {
  const now = new Date(at(30));
  const healthy = () => Array.from({ length: 8 }, (_, i) => run('auto', 20 + i));

  it('moves the flag to shadow when the failure rate of recent runs is above the threshold', () => {
    const runs = [...healthy(), run('rolled-back', 28), run('rolled-back', 28.5), run('rolled-back', 29)];
    const v = evaluateFallback(runs, on, FLAG, now);
    expect(v.trigger).toBe(true);
    expect(v.figures).toMatchObject({ runs: 11, failed: 3, failureRate: 0.2727, maxFailureRate: 0.2 });
    expect(v.change?.record).toMatchObject({ state: 'shadow', updatedBy: AUTO_FALLBACK_ACTOR });
    expect(v.change?.audit).toMatchObject({
      by: AUTO_FALLBACK_ACTOR,
      from: { state: 'on' },
      to: { state: 'shadow' },
      figures: { failed: 3, runs: 11 },
    });
    expect(v.change?.audit.why).toMatch(/failure rate 27\.3% > 20%/);
  });

  it('also falls back when most runs go through rollback, rejections included', () => {
    const runs = [
      run('auto', 20),
      run('auto', 21),
      ...[22, 23, 24].map((h) => run('rejected', h)),
      run('blocked', 25),
    ];
    const v = evaluateFallback(runs, on, FLAG, now);
    expect(v.figures.rollbackRate).toBe(0.6667);
    expect(v.trigger).toBe(true);
  });

  it('stays put when rates are within limits, when too few runs back them, or when the flag is not on', () => {
    const ok = [...healthy(), run('rolled-back', 29)];
    expect(evaluateFallback(ok, on, FLAG, now)).toMatchObject({ trigger: false, reason: /within limits/ });
    const few = [run('rolled-back', 28), run('rolled-back', 29)];
    expect(evaluateFallback(few, on, FLAG, now)).toMatchObject({ trigger: false, reason: /only 2 finished/ });
    const bad = [...healthy(), ...[26, 27, 28, 29].map((h) => run('rolled-back', h))];
    expect(evaluateFallback(bad, { ...on, state: 'shadow' }, FLAG, now).trigger).toBe(false);
  });

  it('only looks at the newest runs inside the window', () => {
    const old = [1, 2, 3, 4, 5].map((h) => run('rolled-back', h)); // ended more than 24 h before now
    const v = evaluateFallback([...old, ...healthy()], on, FLAG, now, DEFAULT_FALLBACK_POLICY);
    expect(v.figures.failed).toBe(0);
    expect(v.trigger).toBe(false);
    const last5 = evaluateFallback(
      [...healthy(), ...[29, 29.1].map((h) => run('rolled-back', h))],
      on,
      FLAG,
      now,
      {
        ...DEFAULT_FALLBACK_POLICY,
        lastRuns: 5,
      },
    );
    expect(last5.figures).toMatchObject({ runs: 5, failed: 2 });
  });
});
