import type { Channel, Claim } from '../package-schema.ts';
import type { PatternMatch, RuleData, Scope } from '../rulebook.ts';
import { measuredOnlyOwn } from './evidence.ts';
import type { Collector } from './findings.ts';
import { recordBacks } from './offer-record.ts';
import { advertisersOwn } from './own-address.ts';
import type { PrefilterBuilder, Prefiltered } from './prefilter.ts';
import { mayMatch } from './prefilter.ts';
import { primed, WORD_AFTER, WORD_BEFORE } from './regex.ts';
import { statedFiguresGive } from './stated-figures.ts';
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
  /** Whether a backed claim's evidence can back this phrase (`substantiation.beyondOwn`), at `submittedAt`. */
  counts: (c: Claim, submittedAt: string) => boolean;
  digits: PatternMatch['digits'];
  once: boolean;
  /** Deliverable kinds the rule does not read (`skipKinds`). */
  skipKinds: ReadonlySet<string>;
  /** Of the `text` scope, only channel disclosures (`textSites`). */
  disclosuresOnly: boolean;
  /** Two figures in the sentence that give the matched percentage make it checkable on the copy. */
  statedFigures: PatternMatch['statedFigures'];
  /** The advertiser's own address is not a person's (own-address.ts). */
  ownAddress: PatternMatch['ownAddress'];
  /** Bit of this rule in the literal prefilter, or -1 when the rule is always run. */
  bit: number;
}

// A class, not an object literal with a getter: every pattern then shares one shape and the engine's loop
// over them stays monomorphic.
class Pattern implements CompiledPattern {
  private built: RegExp | undefined;
  private readonly source: string;
  private readonly flags: string;
  readonly scopes: ReadonlySet<Scope>;
  readonly channels: ReadonlySet<Channel> | null;
  readonly substantiation: PatternMatch['substantiation'];
  readonly counts: (c: Claim, submittedAt: string) => boolean;
  readonly digits: PatternMatch['digits'];
  readonly once: boolean;
  readonly skipKinds: ReadonlySet<string>;
  readonly disclosuresOnly: boolean;
  readonly statedFigures: PatternMatch['statedFigures'];
  readonly ownAddress: PatternMatch['ownAddress'];
  readonly bit: number;

  constructor(
    readonly rule: RuleData,
    m: PatternMatch,
    prefilter: PrefilterBuilder,
  ) {
    this.built = undefined;
    this.source = m.words ? `${WORD_BEFORE}(?:${m.source})${WORD_AFTER}` : m.source;
    this.flags = [...new Set(`${m.flags}gu`)].sort().join('');
    this.scopes = new Set(m.scopes);
    this.channels = channelSet(rule.channels);
    this.substantiation = m.substantiation;
    const own = m.substantiation?.beyondOwn;
    let ownRe: RegExp | undefined;
    this.counts =
      own === undefined
        ? () => true
        : (c, at) => {
            ownRe ??= new RegExp(own, 'iu');
            return !measuredOnlyOwn(c, ownRe, at);
          };
    this.digits = m.digits;
    this.once = m.once === true;
    this.skipKinds = new Set(m.skipKinds ?? []);
    this.disclosuresOnly = m.textSites === 'disclosures';
    this.statedFigures = m.statedFigures;
    this.ownAddress = m.ownAddress;
    this.bit = prefilter.bitFor(m.requires, m.scopes, m.words);
  }

  get re(): RegExp {
    this.built ??= primed(new RegExp(this.source, this.flags));
    return this.built;
  }
}

export function compilePattern(
  rule: RuleData,
  m: PatternMatch,
  prefilter: PrefilterBuilder,
): CompiledPattern {
  return new Pattern(rule, m, prefilter);
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
      if (s.kind !== null && cp.skipKinds.has(s.kind)) continue;
      // A text of the brief is bound to a channel only when it is one of the channel's disclosures.
      if (cp.disclosuresOnly && s.scope === 'text' && s.channel === null) continue;
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
        if (keep && cp.statedFigures !== undefined)
          keep = !statedFiguresGive(s.text, start, end, cp.statedFigures);
        let sev = severity;
        if (keep && cp.substantiation) {
          const phrase = lowerOf(s).slice(start, end);
          const { categories, recorded } = cp.substantiation;
          keep = !substantiated(view, s, phrase, categories, (c) => cp.counts(c, view.pkg.submittedAt));
          // The claim stating it is on file, and its own evidence says it is false: stop it.
          if (keep && contradicted(view, phrase)) sev = 'block';
          else if (keep && recorded !== undefined)
            keep = !recordBacks(view.pkg, recorded, phrase, lowerOf(s).slice(Math.max(0, start - 12), start));
        }
        if (keep && cp.ownAddress !== undefined)
          keep = !advertisersOwn(view, s.text, start, end, cp.ownAddress);
        if (keep) out.add(cp.rule, sev, s.pointer, [start, end], { match: matched }, matched);
        m = keep && cp.once ? null : re.exec(s.text);
      }
    }
  }
}
