import type { Channel } from '../package-schema.ts';
import type { PatternMatch, RuleData, Scope } from '../rulebook.ts';
import type { Collector } from './findings.ts';
import type { PrefilterBuilder, Prefiltered } from './prefilter.ts';
import { mayMatch } from './prefilter.ts';
import { WORD_AFTER, WORD_BEFORE } from './regex.ts';
import {
  applies,
  channelSet,
  contradicted,
  lowerOf,
  type PackageView,
  speaks,
  substantiated,
} from './view.ts';

/**
 * Pattern rules: one regex each, run over the texts of the scopes the rule reads. The regex is built on
 * first use: the prefilter skips most rules on most texts, and a Unicode regex costs more to build than
 * to run once.
 */
export interface CompiledPattern {
  rule: RuleData;
  readonly re: RegExp;
  scopes: ReadonlySet<Scope>;
  channels: ReadonlySet<Channel> | null;
  substantiation: PatternMatch['substantiation'];
  digits: PatternMatch['digits'];
  /** Bit of this rule in the literal prefilter, or -1 when the rule is always run. */
  bit: number;
}

export function compilePattern(
  rule: RuleData,
  m: PatternMatch,
  prefilter: PrefilterBuilder,
): CompiledPattern {
  const flags = [...new Set(`${m.flags}gu`)].sort().join('');
  const source = m.words ? `${WORD_BEFORE}(?:${m.source})${WORD_AFTER}` : m.source;
  let re: RegExp | undefined;
  return {
    rule,
    get re() {
      re ??= new RegExp(source, flags);
      return re;
    },
    scopes: new Set(m.scopes),
    channels: channelSet(rule.channels),
    substantiation: m.substantiation,
    digits: m.digits,
    bit: prefilter.bitFor(m.requires, m.scopes, m.words),
  };
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function runPatterns(
  cr: Prefiltered & { patternsByScope: Readonly<Record<Scope, readonly CompiledPattern[]>> },
  view: PackageView,
  out: Collector,
): void {
  for (const s of view.sites) {
    for (const cp of cr.patternsByScope[s.scope]) {
      if (!applies(cp.channels, s.channel) || !speaks(cp.rule, s) || !mayMatch(cr, s, cp.bit)) continue;
      const severity = out.severity(cp.rule);
      if (severity === null) continue;
      const re = cp.re;
      re.lastIndex = 0;
      let m = re.exec(s.text);
      while (m !== null) {
        const matched = m[0];
        const start = m.index;
        const end = start + matched.length;
        if (matched.length === 0) re.lastIndex++;
        let keep = matched.length > 0;
        if (keep && cp.digits) {
          const d = countDigits(matched);
          keep = d >= cp.digits.min && d <= cp.digits.max;
        }
        let sev = severity;
        if (keep && cp.substantiation) {
          const phrase = lowerOf(s).slice(start, end);
          keep = !substantiated(view, s, phrase, cp.substantiation.categories);
          // The claim stating it is on file, and its own evidence says it is false: stop it.
          if (keep && contradicted(view, phrase)) sev = 'block';
        }
        if (keep) out.add(cp.rule, sev, s.pointer, [start, end], { match: matched }, matched);
        m = re.exec(s.text);
      }
    }
  }
}
