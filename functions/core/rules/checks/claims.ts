import { claimTopic } from '../claim-topic.ts';
import { ownProductNamed } from '../evidence.ts';
import { mayMatch } from '../prefilter.ts';
import { paramRegex, WORD_AFTER, WORD_BEFORE } from '../regex.ts';
import { excerpt, findWholeWords } from '../text.ts';
import { applies, lowerOf, substantiated } from '../view.ts';
import { packageLower } from './audience.ts';
import type { CheckFamily } from './types.ts';

/** Unsubstantiated claims: comparisons with competitors, claims without evidence. */
export const claimChecks = {
  'competitor-comparison': {
    compile: (p, prefilter) => ({
      re: () => new RegExp(`${WORD_BEFORE}(?:${p.comparators})${WORD_AFTER}`, 'giu'),
      terms: p.competitors.map((t) => t.toLowerCase()),
      bit: prefilter.bitFor(p.requires, ['copy'], true),
    }),
    run(cc, sev, { cr, view, out, contract }) {
      const names = [
        ...cc.terms,
        ...view.forbiddenLower,
        ...view.competitorsLower,
        ...(contract.competitors ?? []).map((t) => t.toLowerCase()),
      ];
      const named = cc.params.namedCompetitor ? paramRegex(cc.params.namedCompetitor) : null;
      // Matched at the name's start, case-insensitively: "Monday", "MONDAY" and "Black Friday" alike.
      const notNamed = cc.params.notNamed
        ? paramRegex(`(?:${cc.params.notNamed})(?![\\p{L}\\p{N}])`, 'iuy')
        : null;
      // A fixture ("Lyon contre Saint-Étienne", a "Lakers vs. Celtics" watch party) sets teams side by side.
      const fixture = cc.params.notComparison ? paramRegex(cc.params.notComparison, 'iu') : null;
      // The brand's names, and every text of the package (read only for a model number after a name).
      const own = { lower: view.ownLower, all: () => packageLower(view) };
      for (const s of view.copySites) {
        if (!applies(cc.channels, s.channel) || !mayMatch(cr, s, cc.bit)) continue;
        const re = cc.re as RegExp;
        re.lastIndex = 0;
        let m = re.exec(s.text);
        while (m !== null) {
          const around = s.text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80);
          const hit = fixture?.test(around)
            ? null
            : competitorAfter(
                s.text,
                lowerOf(s),
                m.index + m[0].length,
                cc.params.windowChars,
                names,
                named,
                notNamed,
                own,
              );
          const name =
            hit === null
              ? ''
              : lowerOf(s)
                  .slice(m.index + m[0].length, hit)
                  .trim();
          if (hit !== null && !ownProductNamed(view.pkg.claims, name)) {
            const [start, end] = [m.index, hit];
            const phrase = lowerOf(s).slice(start, end);
            const matched = s.text.slice(start, end);
            // Substantiated: still a comparison a human signs off (info, topic comparative).
            const backed = substantiated(view, s, phrase, ['comparative', 'performance', 'pricing']);
            out.add(cc.rule, backed ? 'info' : sev, s.pointer, [start, end], { match: matched }, matched);
          }
          m = re.exec(s.text);
        }
      }
    },
  },

  'claim-evidence': {
    run(cc, sev, { view, out }) {
      const cats = cc.params.categories;
      const claims = view.pkg.claims;
      for (let i = 0; i < claims.length; i++) {
        const c = claims[i] as (typeof claims)[number];
        if (c.evidence.length === 0 && cats.includes(c.category)) {
          const topic = claimTopic(c, out.policyTopics, out.ranking);
          out.add(
            cc.rule,
            sev,
            `/claims/${i}/evidence`,
            null,
            { value: excerpt(c.text, 80), category: c.category, ...(topic !== undefined && { topic }) },
            c.text,
          );
        }
      }
    },
  },
} satisfies CheckFamily;

/** End of the first competitor named within `windowChars` after a comparator (same sentence), or null. */
function competitorAfter(
  text: string,
  lower: string,
  from: number,
  windowChars: number,
  names: readonly string[],
  named: RegExp | null,
  notNamed: RegExp | null,
  own: { lower: string; all: () => string },
): number | null {
  let window = lower.slice(from, from + windowChars);
  const stop = window.search(/[.!?;:](?:\s|$)/u);
  if (stop >= 0) window = window.slice(0, stop);
  let best: number | null = null;
  for (const name of names) {
    const at = findWholeWords(window, name)[0];
    if (at !== undefined && (best === null || at + name.length < best)) best = at + name.length;
  }
  if (best === null && named !== null) {
    const slice = text.slice(from, from + window.length);
    const m = named.exec(slice);
    if (
      m !== null &&
      !own.lower.includes(m[0].toLowerCase()) &&
      !calendar(slice, m, notNamed) &&
      !ownLine(own.all, slice, m)
    ) {
      best = m.index + m[0].length;
    }
  }
  return best === null ? null : from + best;
}

/** Does the capitalised word a named-competitor match ends with start a weekday, month or holiday? */
function calendar(slice: string, m: RegExpExecArray, notNamed: RegExp | null): boolean {
  if (notNamed === null) return false;
  const name = /\p{Lu}[\p{L}\p{N}&'\u2019-]*$/u.exec(m[0]);
  if (name === null) return false;
  notNamed.lastIndex = m.index + name.index;
  return notNamed.test(slice);
}

/**
 * "200 g lighter than the Kestrel 13" beside "the new Kestrel 14", "40 % more than Buds 3" with "Shop Buds 4",
 * "quieter than the DW5" selling the DW7: a name the package also uses with another model number is its own line.
 */
function ownLine(all: () => string, slice: string, m: RegExpExecArray): boolean {
  const name = /\p{Lu}[\p{L}\p{N}&'\u2019-]*$/u.exec(m[0])?.[0];
  if (name === undefined) return false;
  const model = /^(\p{Lu}[\p{L}&'\u2019-]*?)\s?(\d+)/u.exec(name + slice.slice(m.index + m[0].length));
  if (model === null) return false;
  const [, base, num] = model as unknown as [string, string, string];
  const escaped = base.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const other of all().matchAll(new RegExp(`(?<![\\p{L}])${escaped}\\s?(\\d+)`, 'gu'))) {
    if (other[1] !== num) return true;
  }
  return false;
}
