import { computeKpis, formatKpis, MANUAL_REVIEW_MINUTES } from '#core/kpi';
import { parseWindow, percentile } from '#core/time-window';
import { renderKpiHtml } from '#views/kpi-report';
import { at, run, T0 } from './helpers/ops-runs.ts';

const week = { since: at(0), until: at(7 * 24) };

function scenario() {
  const blocked = run('blocked', 51);
  return {
    blocked,
    runs: [
      run('auto', 1), // cycle 2.01 h
      run('approved', 25, { approvalHours: 3 }), // cycle 5.02 h, approval 180 min
      run('approved', 49, { approvalHours: 1 }), // cycle 3.02 h, approval 60 min
      run('rejected', 50, { approvalHours: 1 }), // approval 60 min
      blocked,
      run('rolled-back', 73),
      run('shadow', 74),
      run('duplicate', 75),
      run('waiting', 76),
      run('auto', -5), // before the window
    ],
  };
}

describe('handoff kpi figures', () => {
  it('counts each run once by how it ended, only inside the window', () => {
    const k = computeKpis({ runs: scenario().runs, window: week });
    expect(k.runs).toEqual({
      total: 9,
      live: 7,
      finished: 6,
      inFlight: 1,
      handedOff: 3,
      policyBlocked: 1,
      approverRejected: 1,
      rejectedOther: 0,
      rolledBack: 1,
      superseded: 0,
      shadow: 1,
      shadowFailed: 0,
      duplicate: 1,
      flagOff: 0,
    });
  });

  it('counts a superseded run in its own bucket: finished, neither handed off nor a failure', () => {
    const superseded = run('auto', 2, { status: 'superseded', handedOffAt: undefined });
    const k = computeKpis({ runs: [run('auto', 1), superseded], window: week });
    expect(k.runs).toMatchObject({ handedOff: 1, superseded: 1, finished: 2, rolledBack: 0 });
    expect(k.rollbackRate).toBe(0);
    expect(formatKpis(k)).toMatch(/1 superseded/);
    expect(renderKpiHtml(k)).toMatch(/1 superseded/);
  });

  it('reports cycle time p50/p90 from submission to handoff against the contract SLA', () => {
    const k = computeKpis({ runs: scenario().runs, window: week });
    expect(k.cycleTimeHours).toMatchObject({ count: 3, p50: 3.02, p90: 5.02, skippedFutureSubmissions: 0 });
    expect(k.cycleTimeHours.byContract).toEqual([
      {
        contract: 'creative-brief-to-production@1.0.0',
        count: 3,
        p50: 3.02,
        p90: 5.02,
        slaBaselineHours: 72,
        slaTargetHours: 24,
        withinTarget: 1,
        verdict: 'meets-target',
      },
    ]);
    expect(k.cycleTimeHistogram.filter((b) => b.count > 0)).toEqual([
      { label: '1–4 h', fromHours: 1, toHours: 4, count: 2 },
      { label: '4–8 h', fromHours: 4, toHours: 8, count: 1 },
    ]);
  });

  it('skips a handoff whose package claims to be submitted after it was handed off', () => {
    const k = computeKpis({ runs: [run('auto', 1, { submittedBefore: -48 })], window: week });
    expect(k.cycleTimeHours).toMatchObject({ count: 0, p50: null, skippedFutureSubmissions: 1 });
    expect(k.processingMinutes.count).toBe(1);
  });

  it('measures automation leverage: no human change, auto-approval share and minutes saved', () => {
    const k = computeKpis({ runs: scenario().runs, window: week });
    expect(k.automation).toEqual({
      decided: 5,
      noHumanChange: 3,
      noHumanChangeShare: 0.6,
      passedAutomatically: 1,
      approvedAsIs: 2,
      rejectedByHuman: 1,
      autoEligible: 5,
      autoApprovedShare: 0.2,
      minutesPerAutomaticRun: MANUAL_REVIEW_MINUTES,
      estimatedHumanMinutesSaved: MANUAL_REVIEW_MINUTES,
    });
  });

  it('reports approval latency, retries per step, rollback rates and throughput', () => {
    const k = computeKpis({ runs: scenario().runs, window: week });
    // requested 0.12 min after intake, decided 1 h or 3 h after intake
    expect(k.approvalLatencyMinutes).toEqual({ count: 3, p50: 59.88, p90: 179.88, pending: 1 });
    expect(k.retries.total).toBe(3);
    expect(k.retries.byStep.find((s) => s.step === 'handoff')).toEqual({
      step: 'handoff',
      attempts: 7, // 1 + 1 + 1 handoffs, 4 attempts on the rolled-back run
      retries: 3,
      runsWithRetries: 1,
    });
    expect(k.rollbackRate).toBe(0.1667);
    expect(k.rollbackPathRate).toBe(0.5);
    expect(k.throughput).toEqual({ handoffs: 3, perDay: 0.43 });
  });

  it('draws a zero-filled daily trend with the failure rate of each day', () => {
    const k = computeKpis({ runs: scenario().runs, window: week });
    expect(k.daily.map((d) => d.day)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
    ]);
    expect(k.daily[3]).toEqual({
      day: '2026-11-05',
      runs: 4,
      handedOff: 0,
      rejected: 0,
      rolledBack: 1,
      failureRate: 1,
    });
    expect(k.daily[6]).toMatchObject({ runs: 0, failureRate: null });
  });

  it('ranks blocking rules by the runs they blocked, from the stored artifacts', () => {
    const { runs, blocked } = scenario();
    const other = run('blocked', 52);
    const blockingRules = new Map([
      [
        blocked.artifactDigest as string,
        ['claims.unsubstantiated', 'claims.unsubstantiated', 'placeholder.todo'],
      ],
      [other.artifactDigest as string, ['placeholder.todo']],
    ]);
    const k = computeKpis({ runs: [...runs, other], window: week, blockingRules });
    expect(k.topBlockingRules).toEqual([
      { ruleId: 'placeholder.todo', findings: 2, runs: 2 },
      { ruleId: 'claims.unsubstantiated', findings: 2, runs: 1 },
    ]);
  });

  it('gives the same report whatever order the records come in', () => {
    const runs = scenario().runs;
    const a = computeKpis({ runs, window: week });
    const b = computeKpis({ runs: [...runs].reverse(), window: week });
    expect(formatKpis(b)).toBe(formatKpis(a));
    expect(b).toEqual(a);
  });

  it('renders a self-contained HTML report: three inline SVG charts, no external reference', () => {
    const html = renderKpiHtml(computeKpis({ runs: scenario().runs, window: week }));
    for (const id of ['chart-trend', 'chart-cycle', 'chart-blocking'])
      expect(html).toContain(`<svg id="${id}"`);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes rule ids and contract names in the HTML report', () => {
    const bad = run('blocked', 3);
    const html = renderKpiHtml(
      computeKpis({
        runs: [bad],
        window: week,
        blockingRules: new Map([[bad.artifactDigest as string, ['<img src=x onerror=alert(1)>']]]),
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x');
  });
});

describe('time windows', () => {
  it('reads 7d, 36h and ISO dates relative to the given now', () => {
    const now = new Date(T0);
    expect(parseWindow('7d', undefined, now)).toEqual({ since: '2026-10-26T00:00:00.000Z', until: at(0) });
    expect(parseWindow('36h', '2026-11-02', now).since).toBe('2026-10-31T12:00:00.000Z');
    expect(() => parseWindow('yesterday', undefined, now)).toThrow(/neither a duration/);
    expect(() => parseWindow('2026-11-03', undefined, now)).toThrow(/empty/);
  });

  it('uses nearest-rank percentiles, always an observed value', () => {
    expect(percentile([5, 1, 3], 50)).toBe(3);
    expect(percentile([5, 1, 3], 90)).toBe(5);
    expect(percentile([], 50)).toBeUndefined();
  });
});
