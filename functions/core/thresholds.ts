import { type HandoffContract, RISK_LEVELS, type RiskLevel } from './contract-schema.ts';
import { compareSemver, listContracts, parseContract } from './contracts.ts';
import type { RunRecord } from './run.ts';
import { classifyRun } from './run-class.ts';
import { share } from './time-window.ts';

/**
 * `handoff thresholds suggest`: propose autoPassMin (with autoApprove.minScore) and blockBelow from what
 * humans actually decided. Deterministic: the same runs and contract give the same proposal.
 *
 * autoPassMin: the lowest score S observed on an approved-as-is run such that no run a human rejected
 * (among those the risk limit would let pass) scored S or more. Snapping S to an observed approval means
 * no extrapolation below the evidence. Every approved-as-is run at or above S (within the risk limit)
 * would have passed automatically, and zero past rejections would have slipped through: a candidate that
 * lets any rejection through is never proposed.
 *
 * blockBelow: the lowest score of any handed-off run (approved or passed). Raising blockBelow to it blocks
 * outright the rejected runs below it, and nothing that was ever handed off.
 */

export interface ThresholdSuggestion {
  contract: string;
  observed: {
    decided: number;
    passedAutomatically: number;
    approvedAsIs: number;
    rejectedByApprover: number;
    policyBlocked: number;
  };
  current: { autoPassMin: number; autoApproveMinScore: number; blockBelow: number };
  proposed: { autoPassMin: number; autoApproveMinScore: number; blockBelow: number } | null;
  effect: {
    /** Approved-as-is runs that would have passed without a human. */
    newlyAutomatic: number;
    /** Rejected runs that would have been blocked outright (no approver time). */
    newlyBlocked: number;
    /** Must be 0 for a proposal. */
    rejectionsSlippingThrough: number;
    /** Must be 0 for a proposal. */
    handedOffNowBlocked: number;
    automationBefore: number | null;
    automationAfter: number | null;
  };
  reasons: string[];
}

export const DEFAULT_MIN_DECISIONS = 5;

const rank = (r: RiskLevel | undefined) => (r === undefined ? RISK_LEVELS.length : RISK_LEVELS.indexOf(r));

/** The contract's scored runs by what was decided about them. */
function decisionsOf(runs: readonly RunRecord[], contract: HandoffContract) {
  const mine = runs
    .filter((r) => r.contract.id === contract.id && r.contract.version === contract.version)
    .filter((r) => typeof r.score === 'number');
  const cls = (c: ReturnType<typeof classifyRun>) => mine.filter((r) => classifyRun(r) === c);
  const handed = cls('handed-off');
  return {
    handed,
    auto: handed.filter((r) => r.decision !== 'approved'),
    approved: handed.filter((r) => r.decision === 'approved'),
    rejected: cls('approver-rejected'),
    blocked: cls('policy-blocked'),
  };
}

type Decisions = ReturnType<typeof decisionsOf>;
type Thresholds = ThresholdSuggestion['current'];

const scoreOf = (r: RunRecord) => r.score as number;

/** Within the contract's auto-approval risk limit. */
const withinRiskOf = (contract: HandoffContract) => (r: RunRecord) =>
  rank(r.risk) <= rank(contract.approvals.autoApprove.maxRisk);

/** The suggestion before any proposal: what was observed and what the contract says now. */
function baseSuggestion(contract: HandoffContract, d: Decisions, reasons: string[]): ThresholdSuggestion {
  const th = contract.scoring.thresholds;
  const decided = d.handed.length + d.rejected.length + d.blocked.length;
  return {
    contract: `${contract.id}@${contract.version}`,
    observed: {
      decided,
      passedAutomatically: d.auto.length,
      approvedAsIs: d.approved.length,
      rejectedByApprover: d.rejected.length,
      policyBlocked: d.blocked.length,
    },
    current: {
      autoPassMin: th.autoPassMin,
      autoApproveMinScore: contract.approvals.autoApprove.minScore,
      blockBelow: th.blockBelow,
    },
    proposed: null,
    effect: {
      newlyAutomatic: 0,
      newlyBlocked: 0,
      rejectionsSlippingThrough: 0,
      handedOffNowBlocked: 0,
      automationBefore: share(d.auto.length, decided),
      automationAfter: share(d.auto.length, decided),
    },
    reasons,
  };
}

/** autoPassMin (and autoApprove.minScore): the lowest approved score above every rejected one within risk. */
function proposeAutoPass(contract: HandoffContract, d: Decisions, current: Thresholds, reasons: string[]) {
  const aa = contract.approvals.autoApprove;
  const withinRisk = withinRiskOf(contract);
  const maxRejected = Math.max(-1, ...d.rejected.filter(withinRisk).map(scoreOf));
  const candidates = d.approved
    .filter(withinRisk)
    .map(scoreOf)
    .filter((s) => s > maxRejected && s >= contract.scoring.thresholds.blockBelow);
  if (!aa.enabled) {
    // leave autoPassMin alone
  } else if (candidates.length === 0) {
    reasons.push(
      'no approved-as-is run scored above every rejected one within the risk limit: autoPassMin kept',
    );
  } else {
    const s = Math.min(...candidates);
    reasons.push(
      `autoPassMin ${s}: the lowest approved-as-is score above the highest rejected score within risk ≤ ${aa.maxRisk} (${maxRejected < 0 ? 'none' : maxRejected})`,
    );
    return { autoPassMin: s, minScore: s };
  }
  return { autoPassMin: current.autoPassMin, minScore: current.autoApproveMinScore };
}

/** blockBelow: the lowest score ever handed off, when that would have blocked rejected runs outright. */
function proposeBlockBelow(
  d: Decisions,
  current: Thresholds,
  autoPassMin: number,
  reasons: string[],
): number {
  const lowestHanded = Math.min(101, ...d.handed.map(scoreOf));
  const wouldBlock = d.rejected.filter((r) => scoreOf(r) < lowestHanded && scoreOf(r) >= current.blockBelow);
  if (d.handed.length > 0 && lowestHanded > current.blockBelow && wouldBlock.length > 0) {
    const blockBelow = Math.min(lowestHanded, autoPassMin);
    reasons.push(
      `blockBelow ${blockBelow}: the lowest score ever handed off; ${wouldBlock.length} rejected run(s) below it would have been blocked outright`,
    );
    return blockBelow;
  }
  reasons.push(
    'blockBelow kept: raising it would not have blocked any rejected run or would block a handed-off one',
  );
  return current.blockBelow;
}

/** Effect on the observed runs under the proposal, same gates as the engine (risk, blocks unchanged). */
function effectOf(
  contract: HandoffContract,
  d: Decisions,
  current: Thresholds,
  next: { autoPassMin: number; minScore: number; blockBelow: number },
): ThresholdSuggestion['effect'] {
  const withinRisk = withinRiskOf(contract);
  const passesNew = (r: RunRecord) =>
    contract.approvals.autoApprove.enabled &&
    scoreOf(r) >= next.autoPassMin &&
    scoreOf(r) >= next.minScore &&
    withinRisk(r);
  const decided = d.handed.length + d.rejected.length + d.blocked.length;
  const newlyAutomatic = d.approved.filter(passesNew).length;
  return {
    newlyAutomatic,
    newlyBlocked: d.rejected.filter((r) => scoreOf(r) < next.blockBelow && scoreOf(r) >= current.blockBelow)
      .length,
    rejectionsSlippingThrough: d.rejected.filter(passesNew).length,
    handedOffNowBlocked: d.handed.filter((r) => scoreOf(r) < next.blockBelow).length,
    automationBefore: share(d.auto.length, decided),
    automationAfter: share(d.auto.length + newlyAutomatic, decided),
  };
}

export function suggestThresholds(
  runs: readonly RunRecord[],
  contract: HandoffContract,
  minDecisions = DEFAULT_MIN_DECISIONS,
): ThresholdSuggestion {
  const d = decisionsOf(runs, contract);
  const reasons: string[] = [];
  const base = baseSuggestion(contract, d, reasons);
  const { current } = base;
  if (!contract.approvals.autoApprove.enabled) {
    reasons.push('auto-approval is disabled by this contract: autoPassMin has no effect; enable it first');
  }
  const humanDecisions = d.approved.length + d.rejected.length;
  if (humanDecisions < minDecisions) {
    reasons.push(`only ${humanDecisions} human decision(s) observed (need ${minDecisions}): no proposal`);
    return base;
  }

  const { autoPassMin, minScore } = proposeAutoPass(contract, d, current, reasons);
  const blockBelow = proposeBlockBelow(d, current, autoPassMin, reasons);
  const effect = effectOf(contract, d, current, { autoPassMin, minScore, blockBelow });
  const { rejectionsSlippingThrough: slipping, handedOffNowBlocked: nowBlocked } = effect;
  if (slipping > 0 || nowBlocked > 0) {
    reasons.push(
      `refused: ${slipping} rejection(s) would slip through, ${nowBlocked} handoff(s) would be blocked`,
    );
    return { ...base, effect };
  }
  const changed =
    autoPassMin !== current.autoPassMin ||
    minScore !== current.autoApproveMinScore ||
    blockBelow !== current.blockBelow;
  if (!changed) {
    reasons.push('the current thresholds already fit the observed decisions: no change proposed');
    return { ...base, effect };
  }
  return { ...base, proposed: { autoPassMin, autoApproveMinScore: minScore, blockBelow }, effect };
}

/** The next free minor version of this contract id (1.0.0 → 1.1.0, skipping versions that exist). */
export function nextMinorVersion(
  contract: HandoffContract,
  known: readonly HandoffContract[] = listContracts(),
): string {
  const [major, minor] = contract.version.split('.').map(Number) as [number, number];
  const taken = new Set(known.filter((c) => c.id === contract.id).map((c) => c.version));
  let m = minor + 1;
  while (taken.has(`${major}.${m}.0`)) m++;
  return `${major}.${m}.0`;
}

/** The proposed contract version: a minor bump, status draft, only the thresholds changed. */
export function proposedContract(
  contract: HandoffContract,
  proposal: NonNullable<ThresholdSuggestion['proposed']>,
  known?: readonly HandoffContract[],
): HandoffContract {
  const next: HandoffContract = {
    ...contract,
    version: nextMinorVersion(contract, known),
    status: 'draft',
    scoring: {
      ...contract.scoring,
      thresholds: { autoPassMin: proposal.autoPassMin, blockBelow: proposal.blockBelow },
    },
    approvals: {
      ...contract.approvals,
      autoApprove: { ...contract.approvals.autoApprove, minScore: proposal.autoApproveMinScore },
    },
  };
  const checked = parseContract(next);
  if (!checked.ok) throw new Error(`the proposed contract is invalid: ${checked.error.join('; ')}`);
  return checked.value;
}

export function latestVersionOf(
  id: string,
  known: readonly HandoffContract[] = listContracts(),
): HandoffContract | undefined {
  return known.filter((c) => c.id === id).sort((a, b) => compareSemver(b.version, a.version))[0];
}

export function formatSuggestion(s: ThresholdSuggestion): string {
  const pct = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v * 1000) / 10}%`);
  const o = s.observed;
  const lines = [
    `${s.contract}: ${o.decided} decided runs (${o.passedAutomatically} passed automatically, ${o.approvedAsIs} approved as is, ${o.rejectedByApprover} rejected by approver, ${o.policyBlocked} policy-blocked)`,
    `current   autoPassMin ${s.current.autoPassMin}, autoApprove.minScore ${s.current.autoApproveMinScore}, blockBelow ${s.current.blockBelow}`,
    s.proposed
      ? `proposed  autoPassMin ${s.proposed.autoPassMin}, autoApprove.minScore ${s.proposed.autoApproveMinScore}, blockBelow ${s.proposed.blockBelow}`
      : 'proposed  no change',
    `effect    +${s.effect.newlyAutomatic} automatic, +${s.effect.newlyBlocked} blocked outright, ${s.effect.rejectionsSlippingThrough} rejections slipping through, ${s.effect.handedOffNowBlocked} handoffs blocked; automation ${pct(s.effect.automationBefore)} → ${pct(s.effect.automationAfter)}`,
    ...s.reasons.map((r) => `  - ${r}`),
  ];
  return `${lines.join('\n')}\n`;
}
