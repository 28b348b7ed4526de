import type { Finding, Outcome } from '../artifact-types.ts';
import type { HandoffContract, RiskLevel } from '../contract-schema.ts';
import { RISK_LEVELS } from '../contract-schema.ts';
import type { ClaimCategory, HandoffPackage } from '../package-schema.ts';
import type { RuleData } from '../rulebook.ts';
import type { Scored } from './scorecard.ts';

/** Claim categories that are regulated: a package asserting one is at least high risk. */
export const REGULATED_CATEGORIES: readonly ClaimCategory[] = ['health', 'finance', 'environmental'];

export const rank = (r: RiskLevel) => RISK_LEVELS.indexOf(r);
const maxRisk = (a: RiskLevel, b: RiskLevel): RiskLevel => (rank(a) >= rank(b) ? a : b);

/** The risk band of the total, raised by blocking findings, regulated claims and health/finance rules. */
export function assessRisk(
  total: number,
  blockCount: number,
  findings: readonly Finding[],
  pkg: HandoffPackage,
  bands: HandoffContract['scoring']['riskBands'],
  ruleOf: (id: string) => RuleData | undefined,
): { risk: RiskLevel; riskReasons: string[] } {
  let risk: RiskLevel =
    total < bands.criticalBelow
      ? 'critical'
      : total < bands.highBelow
        ? 'high'
        : total < bands.mediumBelow
          ? 'medium'
          : 'low';
  const riskReasons: string[] = [];
  if (blockCount > 0 && rank(risk) < rank('high')) {
    risk = 'high';
    riskReasons.push('risk raised to high: blocking findings');
  }
  const regulated = [...new Set(pkg.claims.map((c) => c.category))].filter((c) =>
    REGULATED_CATEGORIES.includes(c),
  );
  if (regulated.length > 0 && rank(risk) < rank('high')) {
    risk = 'high';
    riskReasons.push(`risk raised to high: regulated claim categories ${regulated.sort().join(', ')}`);
  }
  const criticalRules = new Set<string>();
  for (const f of findings) {
    if (f.severity === 'block' && (ruleOf(f.ruleId)?.riskDomains?.length ?? 0) > 0) {
      criticalRules.add(f.ruleId);
    }
  }
  if (criticalRules.size > 0 && risk !== 'critical') {
    risk = maxRisk(risk, 'critical');
    riskReasons.push(
      `risk raised to critical: blocking health/finance findings ${[...criticalRules].sort().join(', ')}`,
    );
  }
  return { risk, riskReasons };
}

function countByRule(findings: readonly Finding[]) {
  const m = new Map<string, { severity: Finding['severity']; count: number; first: string }>();
  for (const f of findings) {
    const c = m.get(f.ruleId);
    if (c === undefined) m.set(f.ruleId, { severity: f.severity, count: 1, first: f.pointer });
    else c.count++;
  }
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Blocked, passed without a human, or waiting for approval, with the reasons in the artifact. */
export function decideOutcome(
  findings: readonly Finding[],
  total: number,
  blockCount: number,
  risk: RiskLevel,
  contract: HandoffContract,
): { outcome: Outcome; reasons: string[] } {
  const th = contract.scoring.thresholds;
  const auto = contract.approvals.autoApprove;
  const reasons: string[] = [];
  let outcome: Outcome;
  const byRule = countByRule(findings);
  if (blockCount > 0 || total < th.blockBelow) {
    outcome = 'blocked';
    for (const [ruleId, c] of byRule) {
      if (c.severity === 'block') reasons.push(`block: ${ruleId} (${c.count}× first at ${c.first})`);
    }
    if (total < th.blockBelow) reasons.push(`score ${total} is below blockBelow ${th.blockBelow}`);
  } else if (
    auto.enabled &&
    total >= th.autoPassMin &&
    total >= auto.minScore &&
    rank(risk) <= rank(auto.maxRisk)
  ) {
    outcome = 'pass';
    reasons.push(`no blocking findings`);
    reasons.push(`score ${total} ≥ autoPassMin ${th.autoPassMin} and autoApprove.minScore ${auto.minScore}`);
    reasons.push(`risk ${risk} ≤ autoApprove.maxRisk ${auto.maxRisk}`);
  } else {
    outcome = 'needs-approval';
    if (!auto.enabled) reasons.push('auto-approval is disabled by the contract');
    if (total < th.autoPassMin) reasons.push(`score ${total} is below autoPassMin ${th.autoPassMin}`);
    if (total < auto.minScore) reasons.push(`score ${total} is below autoApprove.minScore ${auto.minScore}`);
    if (rank(risk) > rank(auto.maxRisk))
      reasons.push(`risk ${risk} exceeds autoApprove.maxRisk ${auto.maxRisk}`);
    for (const [ruleId, c] of byRule) {
      if (c.severity === 'warn') reasons.push(`warn: ${ruleId} (${c.count}× first at ${c.first})`);
    }
  }
  return { outcome, reasons };
}

/**
 * Confidence = round-half-up(0.6 × evidence + 0.4 × completeness), in integers: how much of what
 * the package asserts is backed, and how much of what the contract asks for is there.
 */
export function confidenceOf(s: Scored): { value: number; basis: string[] } {
  const completeness = s.scorecard.dimensions.completeness.score;
  const value = Math.floor((60 * s.evidenceScore + 40 * completeness + 50) / 100);
  return {
    value,
    basis: [
      `evidence ${s.evidenceScore}/100: ${s.claimsBacked} of ${s.claimsTotal} claims backed, ${s.uncoveredPhrases} uncovered claim phrases in copy`,
      `completeness ${completeness}/100`,
      'formula: round(0.6 × evidence + 0.4 × completeness)',
    ],
  };
}
