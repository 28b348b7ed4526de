import type { EvalFamily } from './load.ts';

/**
 * Which eval family an engine finding counts for, by its rule id (contracts/rulebooks/
 * marketing-default-1.0.0.json; inclusive rules are imported with the `inclusive.` prefix).
 *
 * This table is a stop-gap: rules will carry their eval family as data in the rulebook later, and this
 * file will then read it from there. Until then, keep it in step with the rulebook by hand.
 *
 * Rules that belong to no eval family (readability, channel limits, dates, consistency, completeness,
 * brand, insecure links) are deliberately absent: their findings count for no family. An exact id wins
 * over a prefix; among prefixes the longest wins.
 */
export const FAMILY_BY_RULE: Readonly<Record<string, EvalFamily>> = {
  // Objective claims without a basis; "clinically proven" is an establishment claim ("tests show").
  'claim.clinically-proven': 'substantiation',
  'evidence.missing': 'substantiation',
  'evidence.missing-regulated': 'substantiation',
  // Competitor comparisons.
  'claim.competitor-comparison': 'comparative',
  // "best", "#1", "guaranteed".
  'claim.superlative': 'superlatives',
  'claim.absolute-guarantee': 'superlatives',
  // Regulated categories.
  'regulated.health-disease': 'health',
  'regulated.finance-returns': 'finance',
  'regulated.environmental': 'environmental',
  // Disclosures.
  'disclosure.ad-marker': 'endorsements',
  'disclosure.email-unsubscribe': 'email',
  'disclosure.email-postal-address': 'email',
  // Personal data in copy.
  'pii.email-address': 'personal-data',
  'pii.phone-number': 'personal-data',
  // A placeholder URL is a placeholder, whatever the rule's engine family.
  'link.placeholder': 'placeholders',
};

export const FAMILY_BY_PREFIX: Readonly<Record<string, EvalFamily>> = {
  'placeholder.': 'placeholders',
  'inclusive.': 'inclusive-language',
};

const PREFIXES = Object.keys(FAMILY_BY_PREFIX).sort((a, b) => b.length - a.length);

/** The eval family a rule id counts for, or null when it counts for none. */
export function evalFamilyOf(ruleId: string): EvalFamily | null {
  const exact = FAMILY_BY_RULE[ruleId];
  if (exact) return exact;
  const prefix = PREFIXES.find((p) => ruleId.startsWith(p));
  return prefix ? (FAMILY_BY_PREFIX[prefix] ?? null) : null;
}

/** Severities that count as "raised as a problem". */
export function isProblem(severity: string): boolean {
  return severity === 'warn' || severity === 'block';
}

/** The families predicted for one artifact's findings: warn or block findings mapped to a family. */
export function predictedFamilies(
  findings: readonly { ruleId: string; severity: string }[],
): Set<EvalFamily> {
  const out = new Set<EvalFamily>();
  for (const f of findings) {
    if (!isProblem(f.severity)) continue;
    const fam = evalFamilyOf(f.ruleId);
    if (fam) out.add(fam);
  }
  return out;
}
