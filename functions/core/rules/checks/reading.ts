import type { Severity } from '../../artifact-types.ts';
import type { Collector } from '../findings.ts';
import { mayMatch, type PrefilterBuilder, type Prefiltered } from '../prefilter.ts';
import { applies, type PackageView, speaks, type TextSite } from '../view.ts';
import type { CheckCompiled, CompiledCheck } from './types.ts';

/** What these helpers read of a compiled check. */
type Reader = Pick<CompiledCheck, 'rule' | 'channels' | 'bit'>;

/** One way for the checks that read copy to say which pattern they look for and which texts they read. */

/**
 * A check's pattern on copy: its regex (built on first use) and its bit in the copy prefilter. `words`: the
 * rulebook promises its literals sit at a word's start; without it they may sit anywhere in a match.
 */
export function copyPattern(
  source: string,
  flags: string,
  requires: readonly string[] | undefined,
  prefilter: PrefilterBuilder,
  words = false,
): CheckCompiled {
  return { re: () => new RegExp(source, flags), bit: prefilter.bitFor(requires, ['copy'], words) };
}

/**
 * Does the check read this copy text: a channel it applies to, the prefilter letting the text through
 * and, with `language`, a text in its rulebook's language.
 */
export function reads(cc: Reader, cr: Prefiltered, s: TextSite, language = false): boolean {
  return applies(cc.channels, s.channel) && (!language || speaks(cc.rule, s)) && mayMatch(cr, s, cc.bit);
}

/** Is the package's audience in one of `regions` (none given: anywhere)? */
export function inRegions(view: PackageView, regions: readonly string[] | undefined): boolean {
  return regions === undefined || (view.pkg.audience.regions ?? []).some((r) => regions.includes(r));
}

/** Reports a span of a copy text, quoting the copy there as the finding's `match`. */
export function reportSpan(
  out: Collector,
  cc: Reader,
  sev: Severity,
  s: TextSite,
  span: [number, number],
  vars: Record<string, string | number> = {},
): void {
  const quoted = s.text.slice(span[0], span[1]);
  out.add(cc.rule, sev, s.pointer, span, { match: quoted, ...vars }, quoted);
}
