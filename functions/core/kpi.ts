import type { HandoffContract } from './contract-schema.ts';
import { getContract } from './contracts.ts';
import { type RunRecord, stepAttempts } from './run.ts';
import { classifyRun, DECIDED, FINISHED_LIVE, humanTouch, type RunClass } from './run-class.ts';
import {
  inWindow,
  percentile,
  round,
  share,
  spanMs,
  type TimeWindow,
  utcDays,
  windowDays,
} from './time-window.ts';

/**
 * The operating figures of handoff-contracting over a time window, computed from run records (and the
 * blocking findings of their stored artifacts). Pure: the window is data, nothing reads a clock.
 *
 * Definitions (also in RUNBOOK.md):
 * - a run belongs to the window when its `intakeAt` is inside [since, until);
 * - live runs exclude shadow, duplicate and flag-off runs; rates divide by finished live runs;
 * - cycle time is submission (the package's submittedAt) → handoff; a run submitted "after" its own
 *   handoff (a future submittedAt) is skipped and counted in `skippedFutureSubmissions`;
 * - no human change: handed off, either passed automatically or approved as is; divided by decided runs
 *   (handed off + policy-blocked + rejected), so technical rollbacks do not count against automation.
 */

/**
 * Human minutes one automatically passed handoff saves: the manual review it replaces (reading the
 * package, checking each claim against its evidence, chasing missing fields, replying). An estimate from
 * the pilot teams, not a measurement: change it here and the report says which value it used.
 */
export const MANUAL_REVIEW_MINUTES = 30;

/** Upper bounds (hours) of the cycle-time histogram buckets; the last bucket is open-ended. */
export const CYCLE_BUCKETS_HOURS = [1, 4, 8, 24, 48, 72, 120, 168] as const;

export const STEPS = ['scoring', 'approval-router', 'handoff', 'rollback'] as const;

export interface KpiInput {
  runs: readonly RunRecord[];
  window: TimeWindow;
  /** Blocking rule ids per artifact digest, from the stored artifacts (`findings[severity=block]`). */
  blockingRules?: ReadonlyMap<string, readonly string[]>;
  /** Contract lookup (default: the bundled registry). */
  contractOf?: (id: string, version: string) => HandoffContract | undefined;
}

export interface Distribution {
  count: number;
  p50: number | null;
  p90: number | null;
}

export interface ContractCycle extends Distribution {
  contract: string;
  slaBaselineHours: number | null;
  slaTargetHours: number | null;
  /** Share of this contract's handoffs within the SLA target. */
  withinTarget: number | null;
  /** p50 vs target: 'meets' (≤ target), 'better-than-baseline' (≤ baseline), 'worse-than-baseline'. */
  verdict: 'meets-target' | 'better-than-baseline' | 'worse-than-baseline' | 'no-data';
}

export interface DailyPoint {
  day: string;
  runs: number;
  handedOff: number;
  rejected: number;
  rolledBack: number;
  /** rolled back / finished live runs of the day. */
  failureRate: number | null;
}

export interface KpiReport {
  window: TimeWindow & { days: number };
  runs: {
    total: number;
    live: number;
    finished: number;
    inFlight: number;
    handedOff: number;
    policyBlocked: number;
    approverRejected: number;
    rejectedOther: number;
    rolledBack: number;
    superseded: number;
    shadow: number;
    shadowFailed: number;
    duplicate: number;
    flagOff: number;
  };
  /** Submission → handoff, in hours. */
  cycleTimeHours: Distribution & { skippedFutureSubmissions: number; byContract: ContractCycle[] };
  /** Intake → handoff (what the system itself takes, approval wait included), in minutes. */
  processingMinutes: Distribution;
  throughput: { handoffs: number; perDay: number };
  automation: {
    decided: number;
    noHumanChange: number;
    noHumanChangeShare: number | null;
    passedAutomatically: number;
    approvedAsIs: number;
    rejectedByHuman: number;
    /** Decided runs whose contract allows auto-approval, and the share of them that passed on their own. */
    autoEligible: number;
    autoApprovedShare: number | null;
    minutesPerAutomaticRun: number;
    estimatedHumanMinutesSaved: number;
  };
  /** Approval requested → decided, in minutes. */
  approvalLatencyMinutes: Distribution & { pending: number };
  retries: {
    total: number;
    byStep: { step: string; attempts: number; retries: number; runsWithRetries: number }[];
  };
  /** Rolled back / finished live runs; rejections are verdicts and are not in it. */
  rollbackRate: number | null;
  /** Every run that went through rollback (rejections included) / finished live: what the alarm watches. */
  rollbackPathRate: number | null;
  daily: DailyPoint[];
  cycleTimeHistogram: { label: string; fromHours: number; toHours: number | null; count: number }[];
  topBlockingRules: { ruleId: string; findings: number; runs: number }[];
}

const dist = (values: number[], digits = 2): Distribution => {
  const p50 = percentile(values, 50);
  const p90 = percentile(values, 90);
  return {
    count: values.length,
    p50: p50 === undefined ? null : round(p50, digits),
    p90: p90 === undefined ? null : round(p90, digits),
  };
};

const HOUR = 3_600_000;

type Classified = readonly (readonly [RunRecord, RunClass])[];
type ContractLookup = NonNullable<KpiInput['contractOf']>;
type Cycle = { run: RunRecord; hours: number };

const contractKey = (run: RunRecord) => `${run.contract.id}@${run.contract.version}`;

/** Submission → handoff per handed-off run; a future submission is skipped and counted. */
function cycleTimes(handed: readonly RunRecord[]): { cycles: Cycle[]; skipped: number } {
  const cycles: Cycle[] = [];
  let skipped = 0;
  for (const run of handed) {
    const ms = spanMs(run.submittedAt, run.handedOffAt);
    if (ms === undefined) continue;
    if (ms < 0) skipped++;
    else cycles.push({ run, hours: ms / HOUR });
  }
  return { cycles, skipped };
}

/** Cycle time per contract, against the contract's SLA. */
function cyclesByContract(cycles: readonly Cycle[], contractOf: ContractLookup): ContractCycle[] {
  const keys = [...new Set(cycles.map((c) => contractKey(c.run)))].sort();
  return keys.map((key) => {
    const hours = cycles.filter((c) => contractKey(c.run) === key);
    const first = hours[0]?.run.contract;
    const sla = first ? contractOf(first.id, first.version)?.sla.cycleTimeHours : undefined;
    const d = dist(hours.map((h) => h.hours));
    const verdict: ContractCycle['verdict'] =
      !sla || d.p50 === null
        ? 'no-data'
        : d.p50 <= sla.target
          ? 'meets-target'
          : d.p50 <= sla.baseline
            ? 'better-than-baseline'
            : 'worse-than-baseline';
    return {
      contract: key,
      ...d,
      slaBaselineHours: sla?.baseline ?? null,
      slaTargetHours: sla?.target ?? null,
      withinTarget: sla ? share(hours.filter((h) => h.hours <= sla.target).length, hours.length) : null,
      verdict,
    };
  });
}

/** Minutes between two instants of each run, where both are there and in order. */
function minutesBetween(runs: readonly RunRecord[], span: (r: RunRecord) => number | undefined): number[] {
  return runs
    .map(span)
    .filter((ms): ms is number => ms !== undefined && ms >= 0)
    .map((ms) => ms / 60_000);
}

/** Automation leverage: decided runs that needed no human change, and the human time that saved. */
function automation(classes: Classified, contractOf: ContractLookup): KpiReport['automation'] {
  const decidedRuns = classes.filter(([, c]) => DECIDED.includes(c)).map(([r]) => r);
  const touches = decidedRuns.map(humanTouch);
  const passedAutomatically = touches.filter((t) => t === 'none').length;
  const approvedAsIs = touches.filter((t) => t === 'approved-as-is').length;
  const eligible = decidedRuns.filter(
    (r) => contractOf(r.contract.id, r.contract.version)?.approvals.autoApprove.enabled === true,
  );
  const eligibleAuto = eligible.filter((r) => humanTouch(r) === 'none').length;
  return {
    decided: decidedRuns.length,
    noHumanChange: passedAutomatically + approvedAsIs,
    noHumanChangeShare: share(passedAutomatically + approvedAsIs, decidedRuns.length),
    passedAutomatically,
    approvedAsIs,
    rejectedByHuman: touches.filter((t) => t === 'rejected').length,
    autoEligible: eligible.length,
    autoApprovedShare: share(eligibleAuto, eligible.length),
    minutesPerAutomaticRun: MANUAL_REVIEW_MINUTES,
    estimatedHumanMinutesSaved: passedAutomatically * MANUAL_REVIEW_MINUTES,
  };
}

/** Retries per step: every attempt after the first (of each stage, for the approval router). */
function retriesByStep(runs: readonly RunRecord[]): KpiReport['retries']['byStep'] {
  return STEPS.map((step) => {
    let attempts = 0;
    let retries = 0;
    let runsWithRetries = 0;
    for (const r of runs) {
      // Per stage for the approval router: a later stage of the wait is its first attempt, not a retry.
      const counts = stepAttempts(r.attempts, step);
      const extra = counts.reduce((sum, n) => sum + Math.max(n - 1, 0), 0);
      attempts += counts.reduce((sum, n) => sum + n, 0);
      retries += extra;
      if (extra > 0) runsWithRetries++;
    }
    return { step, attempts, retries, runsWithRetries };
  });
}

/** The daily trend (UTC days by intake). */
function dailyTrend(classes: Classified, window: TimeWindow): DailyPoint[] {
  return utcDays(window).map((day) => {
    const of = classes.filter(([r]) => r.intakeAt.slice(0, 10) === day);
    const n = (...cls: RunClass[]) => of.filter(([, c]) => cls.includes(c)).length;
    const fin = n(...FINISHED_LIVE);
    return {
      day,
      runs: of.length,
      handedOff: n('handed-off'),
      rejected: n('policy-blocked', 'approver-rejected', 'rejected-other'),
      rolledBack: n('rolled-back'),
      failureRate: share(n('rolled-back'), fin),
    };
  });
}

function cycleHistogram(cycles: readonly Cycle[]): KpiReport['cycleTimeHistogram'] {
  return [0, ...CYCLE_BUCKETS_HOURS].map((from, i) => {
    const to = CYCLE_BUCKETS_HOURS[i] ?? null;
    return {
      label: to === null ? `≥ ${from} h` : `${from}–${to} h`,
      fromHours: from,
      toHours: to,
      count: cycles.filter((c) => c.hours >= from && (to === null || c.hours < to)).length,
    };
  });
}

/** The top blocking rules, from the artifacts of this window's runs. */
function topBlockingRules(runs: readonly RunRecord[], blockingRules: KpiInput['blockingRules']) {
  const rules = new Map<string, { findings: number; runs: Set<string> }>();
  for (const r of runs) {
    const ids = r.artifactDigest ? blockingRules?.get(r.artifactDigest) : undefined;
    for (const id of ids ?? []) {
      const entry = rules.get(id) ?? { findings: 0, runs: new Set<string>() };
      entry.findings++;
      entry.runs.add(r.runId);
      rules.set(id, entry);
    }
  }
  return [...rules]
    .map(([ruleId, e]) => ({ ruleId, findings: e.findings, runs: e.runs.size }))
    .sort((a, b) => b.runs - a.runs || b.findings - a.findings || (a.ruleId < b.ruleId ? -1 : 1))
    .slice(0, 10);
}

/** How many of the window's runs ended in each class. */
function runCounts(classes: Classified): KpiReport['runs'] {
  const count = (...cls: RunClass[]) => classes.filter(([, c]) => cls.includes(c)).length;
  return {
    total: classes.length,
    live: classes.filter(([, c]) => !['shadow', 'shadow-failed', 'duplicate', 'flag-off'].includes(c)).length,
    finished: count(...FINISHED_LIVE),
    inFlight: count('in-flight'),
    handedOff: count('handed-off'),
    policyBlocked: count('policy-blocked'),
    approverRejected: count('approver-rejected'),
    rejectedOther: count('rejected-other'),
    rolledBack: count('rolled-back'),
    superseded: count('superseded'),
    shadow: count('shadow'),
    shadowFailed: count('shadow-failed'),
    duplicate: count('duplicate'),
    flagOff: count('flag-off'),
  };
}

export function computeKpis(input: KpiInput): KpiReport {
  const contractOf = input.contractOf ?? getContract;
  const runs = input.runs
    .filter((r) => inWindow(r.intakeAt, input.window))
    .sort((a, b) =>
      a.intakeAt < b.intakeAt ? -1 : a.intakeAt > b.intakeAt ? 1 : a.runId < b.runId ? -1 : 1,
    );
  const classes = runs.map((r) => [r, classifyRun(r)] as const);
  const counts = runCounts(classes);
  const handed = classes.filter(([, c]) => c === 'handed-off').map(([r]) => r);
  const { cycles, skipped } = cycleTimes(handed);
  const byStep = retriesByStep(runs);
  const days = windowDays(input.window);
  const rejections = counts.policyBlocked + counts.approverRejected + counts.rejectedOther;
  return {
    window: { ...input.window, days: round(days, 3) },
    runs: counts,
    cycleTimeHours: {
      ...dist(cycles.map((c) => c.hours)),
      skippedFutureSubmissions: skipped,
      byContract: cyclesByContract(cycles, contractOf),
    },
    processingMinutes: dist(minutesBetween(handed, (r) => spanMs(r.intakeAt, r.handedOffAt))),
    throughput: { handoffs: handed.length, perDay: round(handed.length / days, 2) },
    automation: automation(classes, contractOf),
    approvalLatencyMinutes: {
      ...dist(minutesBetween(runs, (r) => spanMs(r.approvalRequestedAt, r.decidedAt))),
      pending: runs.filter((r) => r.status === 'awaiting-approval').length,
    },
    retries: { total: byStep.reduce((a, s) => a + s.retries, 0), byStep },
    rollbackRate: share(counts.rolledBack, counts.finished),
    rollbackPathRate: share(counts.rolledBack + rejections, counts.finished),
    daily: dailyTrend(classes, input.window),
    cycleTimeHistogram: cycleHistogram(cycles),
    topBlockingRules: topBlockingRules(runs, input.blockingRules),
  };
}

/** The readable summary `handoff kpi` prints. */
export function formatKpis(k: KpiReport): string {
  const pct = (v: number | null) => (v === null ? 'n/a' : `${round(v * 100, 1)}%`);
  const d = (x: Distribution, unit: string) =>
    x.count === 0 ? `n/a (no data)` : `p50 ${x.p50} ${unit} · p90 ${x.p90} ${unit} (n=${x.count})`;
  const r = k.runs;
  const lines = [
    `KPIs ${k.window.since} → ${k.window.until} (${k.window.days} days)`,
    `runs            ${r.total} total: ${r.handedOff} handed off, ${r.policyBlocked} policy-blocked, ${r.approverRejected} rejected by approver, ${r.rolledBack} rolled back, ${r.superseded} superseded, ${r.inFlight} in flight` +
      ` (${r.shadow + r.shadowFailed} shadow, ${r.duplicate} duplicate, ${r.flagOff} flag-off)`,
    `cycle time      ${d(k.cycleTimeHours, 'h')}${k.cycleTimeHours.skippedFutureSubmissions ? `; ${k.cycleTimeHours.skippedFutureSubmissions} skipped (submittedAt after handoff)` : ''}`,
    ...k.cycleTimeHours.byContract.map(
      (c) =>
        `  ${c.contract.padEnd(40)} p50 ${c.p50} h, p90 ${c.p90} h vs SLA target ${c.slaTargetHours} h / baseline ${c.slaBaselineHours} h → ${c.verdict}, ${pct(c.withinTarget)} within target`,
    ),
    `processing      ${d(k.processingMinutes, 'min')} (intake → handoff)`,
    `throughput      ${k.throughput.handoffs} handoffs, ${k.throughput.perDay}/day`,
    `automation      ${pct(k.automation.noHumanChangeShare)} of ${k.automation.decided} decided runs needed no human change ` +
      `(${k.automation.passedAutomatically} passed automatically, ${k.automation.approvedAsIs} approved as is, ${k.automation.rejectedByHuman} rejected)`,
    `                ${pct(k.automation.autoApprovedShare)} auto-approved where the contract allows (${k.automation.autoEligible} runs); ` +
      `~${k.automation.estimatedHumanMinutesSaved} human minutes saved (${k.automation.minutesPerAutomaticRun} min per automatic run, an estimate)`,
    `approvals       ${d(k.approvalLatencyMinutes, 'min')}; ${k.approvalLatencyMinutes.pending} pending`,
    `retries         ${k.retries.total}: ${k.retries.byStep.map((s) => `${s.step} ${s.retries}`).join(', ')}`,
    `rollback rate   ${pct(k.rollbackRate)} (technical); ${pct(k.rollbackPathRate)} through rollback incl. rejections`,
    `top blocking    ${k.topBlockingRules.length === 0 ? 'none' : k.topBlockingRules.map((b) => `${b.ruleId} (${b.runs})`).join(', ')}`,
    'daily           day         runs handed rejected rolled-back failure',
    ...k.daily
      .filter((p) => p.runs > 0)
      .map(
        (p) =>
          `                ${p.day}  ${String(p.runs).padStart(4)} ${String(p.handedOff).padStart(6)} ${String(p.rejected).padStart(8)} ${String(p.rolledBack).padStart(11)} ${pct(p.failureRate).padStart(7)}`,
      ),
  ];
  return `${lines.join('\n')}\n`;
}
