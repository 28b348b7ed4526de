import type { Channel } from '../package-schema.ts';
import type { CheckName, CheckParams, Policy, Rulebook, RuleData, Scope } from '../rulebook.ts';
import { CHECKS } from './checks/registry.ts';
import type { CheckDef, CompiledCheck } from './checks/types.ts';
import { type CompiledPattern, compilePattern } from './patterns.ts';
import { compilePhrases, type PhraseMatcher } from './phrases.ts';
import { type Prefilter, PrefilterBuilder } from './prefilter.ts';
import { primed, type TrieSources } from './regex.ts';
import { channelSet } from './view.ts';

/**
 * A rulebook is compiled once (all regexes built at load), then run over the text sites of a package.
 * Each copy string is scanned once per pattern rule; the hundreds of inclusive-language phrases share
 * one combined regex; a literal prefilter (a trie walk, no regex) skips the rules a text cannot match.
 */
export interface CompiledRulebook {
  id: string;
  version: string;
  rules: readonly RuleData[];
  patterns: readonly CompiledPattern[];
  /** Pattern rules by the scope of the texts they read. */
  patternsByScope: Readonly<Record<Scope, readonly CompiledPattern[]>>;
  checks: readonly CompiledCheck[];
  phrases: PhraseMatcher;
  /** One prefilter per scope, holding only the literals of rules that read texts of that scope. */
  prefilter: Readonly<Record<Scope, Prefilter>>;
  /** Topics the rulebook's severity policy regulates (findings never pass). */
  regulated: ReadonlySet<string>;
  policy: Policy | undefined;
}

type CheckMatch = Extract<RuleData['match'], { kind: 'check' }>;

/** A check rule with its implementation from the registry and its parameters compiled (one shape for all). */
class Check<C extends CheckName> implements CompiledCheck<C> {
  private built: RegExp | null | undefined;
  readonly channels: ReadonlySet<Channel> | null;
  readonly terms: readonly string[];
  readonly bit: number;
  readonly run: CheckDef<C>['run'];
  private readonly make: (() => RegExp) | undefined;

  constructor(
    readonly rule: RuleData,
    readonly check: C,
    readonly params: CheckParams<C>,
    prefilter: PrefilterBuilder,
  ) {
    const def = CHECKS[check] as CheckDef<C>;
    const compiled = def.compile?.(params, prefilter) ?? {};
    this.built = undefined;
    this.make = compiled.re;
    this.channels = channelSet(rule.channels);
    this.terms = compiled.terms ?? [];
    this.bit = compiled.bit ?? -1;
    this.run = def.run;
  }

  get re(): RegExp | null {
    if (this.built === undefined) this.built = this.make === undefined ? null : primed(this.make());
    return this.built;
  }
}

function compileCheck<C extends CheckName>(
  rule: RuleData,
  m: CheckMatch & { check: C },
  prefilter: PrefilterBuilder,
): CompiledCheck {
  return new Check(rule, m.check, m.params as CheckParams<C>, prefilter) as unknown as CompiledCheck;
}

/** `tries`: trie sources to reuse, and to fill with those built (see TrieSources). */
export function compileRulebook(rb: Rulebook, tries?: TrieSources): CompiledRulebook {
  const patterns: CompiledPattern[] = [];
  const checks: CompiledCheck[] = [];
  // Bits are handed out in rulebook order, to pattern rules and checks alike.
  const prefilter = new PrefilterBuilder();
  for (const rule of rb.rules) {
    const m = rule.match;
    if (m.kind === 'pattern') patterns.push(compilePattern(rule, m, prefilter));
    else if (m.kind === 'check') checks.push(compileCheck(rule, m, prefilter));
  }
  const byScope = (scope: Scope) => patterns.filter((p) => p.scopes.has(scope));
  return {
    id: rb.id,
    version: rb.version,
    rules: rb.rules,
    patterns,
    patternsByScope: { copy: byScope('copy'), text: byScope('text'), 'cta-url': byScope('cta-url') },
    checks,
    phrases: compilePhrases(rb.rules, tries),
    prefilter: prefilter.build(),
    regulated: new Set(rb.policy?.regulatedTopics ?? []),
    policy: rb.policy,
  };
}
