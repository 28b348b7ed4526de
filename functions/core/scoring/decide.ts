import type { Finding, Outcome } from '../artifact-types.ts';
import type { HandoffContract, RiskLevel } from '../contract-schema.ts';
import { RISK_LEVELS } from '../contract-schema.ts';
import { productWords } from '../package-facts.ts';
import type { ClaimCategory, HandoffPackage } from '../package-schema.ts';
import type { RuleData } from '../rulebook.ts';
import { claimTopic, type Ranking } from '../rules/claim-topic.ts';
import { findWholeWords } from '../rules/text.ts';
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
    riskReasons.push('Risk is raised to high because something in the package must be fixed before it runs.');
  }
  const regulated = [...new Set(pkg.claims.map((c) => c.category))].filter((c) =>
    REGULATED_CATEGORIES.includes(c),
  );
  if (regulated.length > 0 && rank(risk) < rank('high')) {
    risk = 'high';
    riskReasons.push(
      `Risk is raised to high because the package makes ${regulated.sort().join(', ')} claims.`,
    );
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
      'Risk is raised to critical because a health or money claim would run without the evidence the law asks for.',
    );
  }
  return { risk, riskReasons };
}

/** The severity policy of the rulebooks a contract names, merged (union of topics). */
export interface DecisionPolicy {
  /** Topics that never auto-pass: unsubstantiated → block (findings.ts), substantiated → needs-approval. */
  regulated: ReadonlySet<string>;
  /** The topic each claim category stands for. */
  topicOfCategory: Readonly<Partial<Record<string, string>>>;
  /** The topic each declared product category stands for. */
  topicOfProduct: Readonly<Partial<Record<string, string>>>;
  /** Topics whose findings (any severity) need a person: a named comparison, a testimonial's typical results. */
  review: ReadonlySet<string>;
  /** Claims that rank in their market are superlatives, not named comparisons (rules/claim-topic.ts). */
  ranking?: Ranking | undefined;
}

/** Regulated or review topics present: of its findings (any severity), claims' categories and declared products. */
export function topicsOf(
  findings: readonly Finding[],
  pkg: HandoffPackage,
  policy: DecisionPolicy,
): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (f.topic !== undefined && (policy.regulated.has(f.topic) || policy.review.has(f.topic)))
      out.add(f.topic);
  }
  // A name of one or two characters ("LG", "O2") is a word or an abbreviation in too many claims to mean the
  // rival on its own; such a rival is left to evidence that says `comparedWith: named-competitors`.
  const rivals = (pkg.brand.competitors ?? []).map((n) => n.toLowerCase()).filter((n) => n.length > 2);
  for (const c of pkg.claims) {
    // A ranking ("Testsieger", "No. 1") measured among named products is a superlative, not a named comparison.
    const t = claimTopic(c, policy.topicOfCategory, policy.ranking);
    if (t === undefined) continue;
    if (policy.regulated.has(t)) out.add(t);
    // Evidence that measured named rivals, or a claim naming a rival of the brand kit, makes a named
    // comparison, which a person reviews (ADR 0022; CASE-FORMAT: a named comparison with evidence).
    else if (
      policy.review.has(t) &&
      (c.evidence.some((e) => e.comparedWith === 'named-competitors') || namesRival(c.text, rivals))
    )
      out.add(t);
  }
  for (const t of declaredTopics(pkg, policy).keys()) out.add(t);
  return out;
}

/** The regulated topics the package's declared product categories stand for, each with its categories. */
export function declaredTopics(pkg: HandoffPackage, policy: DecisionPolicy): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of pkg.product?.categories ?? []) {
    const t = policy.topicOfProduct[c];
    if (t === undefined || !policy.regulated.has(t)) continue;
    const known = out.get(t);
    if (known === undefined) out.set(t, [c]);
    else if (!known.includes(c)) known.push(c);
  }
  return out;
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Why regulated topics go to a person: the declared products first, in words a marketer reads. */
function topicReasons(regulatedHere: readonly string[], declared: ReadonlyMap<string, readonly string[]>) {
  const reasons: string[] = [];
  const sold = regulatedHere.filter((t) => declared.has(t));
  if (sold.length > 0) {
    // The page's words for what is sold ("a dietary supplement"), so the reason reads as the facts do.
    const products = sold.flatMap((t) => declared.get(t) ?? []).map(productWords);
    const verb = sold.length > 1 ? 'go' : 'goes';
    reasons.push(
      `The package declares that it sells ${listed(products)}; ${listed(sold)} always ${verb} to a person, even when the copy and the evidence are in order.`,
    );
  }
  const touched = regulatedHere.filter((t) => !declared.has(t));
  if (touched.length > 0) {
    reasons.push(
      `The package touches ${touched.join(', ')}; these topics always go to a person, even when the evidence is in order.`,
    );
  }
  return reasons;
}

function countByRule(findings: readonly Finding[]) {
  const m = new Map<string, { severity: Finding['severity']; count: number; first: Finding }>();
  for (const f of findings) {
    const c = m.get(f.ruleId);
    if (c === undefined) m.set(f.ruleId, { severity: f.severity, count: 1, first: f });
    else c.count++;
  }
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A decision reason as a sentence: the finding's message, where, and how often. */
function sentence(c: { count: number; first: Finding }): string {
  const more = c.count > 1 ? ` (and ${c.count - 1} more like it)` : '';
  const msg = c.first.message.replace(/[.!?]$/u, '');
  return `${msg}${more}.`;
}

/** Why a package without blocking findings still needs a human, in sentences. */
function approvalReasons(
  findings: readonly Finding[],
  total: number,
  risk: RiskLevel,
  contract: HandoffContract,
  regulatedHere: readonly string[],
  declared: ReadonlyMap<string, readonly string[]>,
): string[] {
  const th = contract.scoring.thresholds;
  const auto = contract.approvals.autoApprove;
  const reasons: string[] = [];
  if (!auto.enabled)
    reasons.push('The contract turns automatic approval off, so a person signs off every package.');
  reasons.push(...topicReasons(regulatedHere, declared));
  const minScore = Math.max(th.autoPassMin, auto.minScore);
  if (total < minScore) {
    reasons.push(`The quality score is ${total} out of 100; packages pass on their own from ${minScore}.`);
  }
  if (rank(risk) > rank(auto.maxRisk)) {
    reasons.push(`The risk is ${risk}; only packages at ${auto.maxRisk} risk pass on their own.`);
  }
  for (const [, c] of countByRule(findings)) if (c.severity === 'warn') reasons.push(sentence(c));
  return reasons;
}

/** Blocked, passed without a human, or waiting for approval, with the reasons (sentences) in the artifact. */
export function decideOutcome(
  findings: readonly Finding[],
  total: number,
  blockCount: number,
  risk: RiskLevel,
  contract: HandoffContract,
  /** Regulated or review topics present (topicsOf): never auto-pass. */
  topics: ReadonlySet<string> = new Set(),
  /** Of those, the ones a declared product category stands for (declaredTopics), for the reasons. */
  declared: ReadonlyMap<string, readonly string[]> = new Map(),
): { outcome: Outcome; reasons: string[] } {
  const th = contract.scoring.thresholds;
  const auto = contract.approvals.autoApprove;
  if (blockCount > 0 || total < th.blockBelow) {
    const reasons: string[] = [];
    for (const [, c] of countByRule(findings)) if (c.severity === 'block') reasons.push(sentence(c));
    if (total < th.blockBelow) {
      reasons.push(
        `The quality score is ${total} out of 100, below the ${th.blockBelow} the contract accepts.`,
      );
    }
    return { outcome: 'blocked', reasons };
  }
  const regulatedHere = [...topics].sort();
  // A warn finding of a topic (a regulatory concern, not a style note) always needs a person.
  const topicalWarn = findings.some((f) => f.severity === 'warn' && f.topic !== undefined);
  if (
    auto.enabled &&
    regulatedHere.length === 0 &&
    !topicalWarn &&
    total >= th.autoPassMin &&
    total >= auto.minScore &&
    rank(risk) <= rank(auto.maxRisk)
  ) {
    return {
      outcome: 'pass',
      reasons: [
        `Nothing blocks this package, its quality score is ${total} out of 100 and its risk is ${risk}, so it passes without a person.`,
      ],
    };
  }
  return {
    outcome: 'needs-approval',
    reasons: approvalReasons(findings, total, risk, contract, regulatedHere, declared),
  };
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

/** Does a claim's text name one of the brand kit's rivals (lowercased) as a whole word ("Ace" in "replace" does not)? */
function namesRival(text: string, rivals: readonly string[]): boolean {
  if (rivals.length === 0) return false;
  const lower = text.toLowerCase();
  return rivals.some((n) => findWholeWords(lower, n).length > 0);
}
