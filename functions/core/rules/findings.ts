import type { Finding, RuleFamily, Severity } from '../artifact-types.ts';
import type { HandoffContract } from '../contract-schema.ts';
import type { RuleData } from '../rulebook.ts';
import type { Ranking } from './claim-topic.ts';
import { excerpt } from './text.ts';

type Overrides = HandoffContract['ruleOverrides'];

/** The rule's severity under the contract's overrides, or null when the contract turns it off. */
export function effectiveSeverity(rule: RuleData, overrides: Overrides): Severity | null {
  if (overrides !== undefined && Object.hasOwn(overrides, rule.id)) {
    const sev = (overrides[rule.id] as { severity: Severity | 'off' }).severity;
    return sev === 'off' ? null : sev;
  }
  return rule.severity;
}

const TEMPLATE = /\{(\w+)\}/g;
function fill(template: string, vars: Record<string, string | number>): string {
  if (template.indexOf('{') < 0) return template;
  return template.replace(TEMPLATE, (whole, key: string) => {
    const v = vars[key];
    return v === undefined ? whole : String(v);
  });
}

/**
 * Gathers the findings of one rulebook run, with messages filled in, excerpts capped and the words for a
 * marketer (quote, why, fix) attached. The severity policy applies here: a warn finding of a regulated
 * topic is raised to block (unsubstantiated regulated content must not run), unless the contract
 * overrides the rule's severity explicitly or the rule keeps it (`keepSeverity`).
 */
export class Collector {
  readonly findings: Finding[] = [];
  constructor(
    private readonly overrides: Overrides,
    private readonly regulated: ReadonlySet<string> = new Set(),
    /** The topic a claim category stands for (rulebook policy), for findings about claims. */
    readonly policyTopics: Readonly<Partial<Record<string, string>>> = {},
    /** Comparative claims that only rank are superlatives (rulebook policy, rules/claim-topic.ts). */
    readonly ranking?: Ranking,
  ) {}

  severity(rule: RuleData): Severity | null {
    return effectiveSeverity(rule, this.overrides);
  }

  /** A finding on a whole deliverable's copy (something missing from it), named by its channel. */
  addDeliverable(
    rule: RuleData,
    severity: Severity,
    at: { plan: number; deliverable: number; channel: string },
    copy: string,
  ): void {
    const pointer = `/channels/${at.plan}/deliverables/${at.deliverable}/copy`;
    this.add(rule, severity, pointer, null, { channel: at.channel }, copy);
  }

  add(
    rule: RuleData,
    severity: Severity,
    pointer: string,
    span: [number, number] | null,
    vars: Record<string, string | number>,
    text: string | undefined,
  ): void {
    const topic = typeof vars.topic === 'string' ? vars.topic : rule.topic;
    // A contract's explicit override, or a rule that keeps its severity (a person decides), is not raised.
    const kept =
      rule.keepSeverity === true || (this.overrides !== undefined && Object.hasOwn(this.overrides, rule.id));
    const sev = severity === 'warn' && !kept && topic && this.regulated.has(topic) ? 'block' : severity;
    const f: Finding = {
      ruleId: rule.id,
      family: rule.family as RuleFamily,
      severity: sev,
      pointer,
      span,
      message: fill(rule.message, vars),
    };
    if (text !== undefined) {
      f.excerpt = excerpt(text);
      f.quote = f.excerpt;
    }
    if (topic !== undefined) f.topic = topic;
    if (rule.why !== undefined) f.why = fill(rule.why, vars);
    if (rule.fix !== undefined) f.fix = fill(rule.fix, vars);
    this.findings.push(f);
  }
}

/** Deterministic order: pointer, span start (structural first), rule id; exact duplicates dropped. */
export function sortFindings(findings: Finding[]): Finding[] {
  const sorted = findings.sort(compareFindings);
  const out: Finding[] = [];
  let prev: Finding | undefined;
  for (const f of sorted) {
    if (
      prev !== undefined &&
      prev.ruleId === f.ruleId &&
      prev.pointer === f.pointer &&
      (prev.span?.[0] ?? -1) === (f.span?.[0] ?? -1) &&
      (prev.span?.[1] ?? -1) === (f.span?.[1] ?? -1)
    ) {
      continue;
    }
    out.push(f);
    prev = f;
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.pointer, b.pointer) ||
    (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1) ||
    cmp(a.ruleId, b.ruleId) ||
    (a.span?.[1] ?? -1) - (b.span?.[1] ?? -1) ||
    cmp(a.message, b.message)
  );
}
