import { listRules } from '#core/rulebook';
import { EVAL_FAMILIES, type EvalFamily } from './load.ts';

/**
 * Which eval family an engine finding counts for. A finding carries its regulatory `topic` (the rule's
 * `topic` in the rulebook data, or, for evidence rules, the topic of the claim's category), and the
 * topics are the eval families. Rules without a topic fall back to the rule's own `topic` in any bundled
 * rulebook, then to the table below, kept only for rules generated from lists that carry no topic.
 *
 * Rules that belong to no eval family (readability, channel limits, dates, consistency, completeness,
 * brand, insecure links) have no topic: their findings count for no family.
 */
export const FAMILY_BY_PREFIX: Readonly<Record<string, EvalFamily>> = {
  // Imported from retext-equality's list (rulebook `imports`), which has no topic field.
  'inclusive.': 'inclusive-language',
};

const PREFIXES = Object.keys(FAMILY_BY_PREFIX).sort((a, b) => b.length - a.length);
const isFamily = (t: string | undefined): t is EvalFamily =>
  t !== undefined && (EVAL_FAMILIES as readonly string[]).includes(t);

const TOPIC_OF_RULE: ReadonlyMap<string, EvalFamily> = (() => {
  const m = new Map<string, EvalFamily>();
  // listRules is sorted by id, older rulebooks first: the newest rulebook's topic wins.
  for (const r of listRules()) if (isFamily(r.topic)) m.set(r.id, r.topic);
  return m;
})();

/** The eval family a finding counts for, or null when it counts for none. */
export function evalFamilyOf(ruleId: string, topic?: string): EvalFamily | null {
  if (isFamily(topic)) return topic;
  const own = TOPIC_OF_RULE.get(ruleId);
  if (own) return own;
  const prefix = PREFIXES.find((p) => ruleId.startsWith(p));
  return prefix ? (FAMILY_BY_PREFIX[prefix] ?? null) : null;
}

/** Severities that count as "raised as a problem". */
export function isProblem(severity: string): boolean {
  return severity === 'warn' || severity === 'block';
}

/** The families predicted for one artifact's findings: warn or block findings mapped to a family. */
export function predictedFamilies(
  findings: readonly { ruleId: string; severity: string; topic?: string }[],
): Set<EvalFamily> {
  const out = new Set<EvalFamily>();
  for (const f of findings) {
    if (!isProblem(f.severity)) continue;
    const fam = evalFamilyOf(f.ruleId, f.topic);
    if (fam) out.add(fam);
  }
  return out;
}
