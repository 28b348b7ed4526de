import type { HandoffPackage } from '../../package-schema.ts';
import type { CheckParams } from '../../rulebook.ts';
import { innerMap } from '../memo.ts';
import { eachMatch, paramRegex } from '../regex.ts';
import { lowerOf, type PackageView, type TextSite } from '../view.ts';
import { copyPattern, inRegions, reads, reportSpan } from './reading.ts';
import type { CheckFamily } from './types.ts';

/**
 * Children, alcohol and gambling: copy that is fine for adults is prohibited when it reaches minors or
 * appeals to them (COPPA/CARU, CAP 5, 18 and 16, TTB/DISCUS, UKGC). Audience facts are text in
 * `audience.primary` and `audience.segments` ("children aged 6-11", "45% aged 13-20"); the product is
 * known from the package text (an alcohol or gambling context), not from the one sentence at hand.
 * `pattern` and `context` are lowercase regexes run on lowercased text (a unit test holds them to it).
 */

/** The audience description, one string. */
export function audienceText(pkg: HandoffPackage): string {
  return [pkg.audience.primary, ...(pkg.audience.segments ?? [])].join(' \n ');
}

/** Every human-readable string of the package, lowercased, to tell what the product is (once per view). */
const PACKAGE_LOWER = new WeakMap<PackageView, string>();
export function packageLower(view: PackageView): string {
  let text = PACKAGE_LOWER.get(view);
  if (text === undefined) {
    text = view.sites.map((s) => lowerOf(s)).join(' \n ');
    PACKAGE_LOWER.set(view, text);
  }
  return text;
}

/** Whether the package text matches a context, computed once per package and context. */
const CONTEXTS = new WeakMap<PackageView, Map<string, boolean>>();
function inContext(view: PackageView, source: string): boolean {
  const known = innerMap(CONTEXTS, view);
  let hit = known.get(source);
  if (hit === undefined) {
    hit = paramRegex(source, 'u').test(packageLower(view));
    known.set(source, hit);
  }
  return hit;
}

/** How many audience rules of one rulebook read each context, by the rulebook's compile (its prefilter builder). */
const CONTEXT_READERS = new WeakMap<object, Map<string, number>>();
/** The counts of the rulebook a rule's params were compiled in, by the params. */
const READERS_OF = new WeakMap<object, ReadonlyMap<string, number>>();

/** Every text of the channel a copy site belongs to (its deliverables and disclosures: one ad), once per view. */
const CHANNELS = new WeakMap<PackageView, Map<string, string>>();
function channelText(view: PackageView, site: TextSite): string {
  const prefix = /^\/channels\/\d+\//.exec(site.pointer)?.[0];
  if (prefix === undefined) return site.text;
  const known = innerMap(CHANNELS, view);
  let text = known.get(prefix);
  if (text === undefined) {
    text = view.sites
      .filter((t) => t.pointer.startsWith(prefix))
      .map((t) => t.text)
      .join(' \n ');
    known.set(prefix, text);
  }
  return text;
}

function unlessHolds(p: CheckParams<'audience-copy'>, view: PackageView, s: TextSite): boolean {
  if (
    p.unless !== undefined &&
    paramRegex(p.unless, 'iu').test(p.unlessIn === 'channel' ? channelText(view, s) : s.text)
  )
    return true;
  return p.unlessChannel !== undefined && paramRegex(p.unlessChannel, 'iu').test(channelText(view, s));
}

export const audienceChecks = {
  'audience-copy': {
    compile: (p, prefilter) => {
      if (p.context !== undefined) {
        const readers = innerMap(CONTEXT_READERS, prefilter);
        readers.set(p.context, (readers.get(p.context) ?? 0) + 1);
        READERS_OF.set(p, readers);
      }
      return copyPattern(p.pattern, 'gu', p.requires, prefilter);
    },
    run(cc, sev, { cr, view, out }) {
      const p = cc.params;
      if (!inRegions(view, p.regions)) return;
      if (p.audience !== undefined && !paramRegex(p.audience, 'iu').test(audienceText(view.pkg))) return;
      const sold = view.pkg.product?.categories;
      if (p.sells !== undefined && sold !== undefined && !sold.some((c) => p.sells?.includes(c))) return;
      // The context (a whole-package regex, large for gambling) is read first when another rule has read it
      // (free) or three or more rules read it (one read of a package for a product it does not sell answers
      // them all, for less than their patterns on every copy text); else once the pattern has matched. Two
      // readers whose patterns seldom match (alcohol's success claims and words) cost less read lazily.
      let context: boolean | undefined =
        p.context === undefined || sold?.some((c) => p.declares?.includes(c)) === true
          ? true
          : (CONTEXTS.get(view)?.get(p.context) ??
            ((READERS_OF.get(p)?.get(p.context) ?? 0) > 2 ? inContext(view, p.context) : undefined));
      if (context === false) return;
      for (const s of view.copySites) {
        if (!reads(cc, cr, s, true)) continue;
        const lower = lowerOf(s);
        // `unless` excuses the whole text: read only once the pattern has matched in it (most texts never do).
        let excused: boolean | undefined;
        for (const m of eachMatch(cc.re as RegExp, lower)) {
          excused ??= unlessHolds(p, view, s);
          if (excused) break;
          context ??= inContext(view, p.context as string);
          if (!context) return;
          reportSpan(out, cc, sev, s, [m.index, m.index + m[0].length]);
          if (p.once === true) return;
        }
      }
    },
  },
} satisfies CheckFamily;
