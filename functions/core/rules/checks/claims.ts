import { claimTopic } from '../claim-topic.ts';
import { ownProductNamed } from '../evidence.ts';
import { eachMatch, escapeRe, paramRegex, WORD_AFTER, WORD_BEFORE } from '../regex.ts';
import { excerpt, findWholeWords } from '../text.ts';
import { lowerOf, type PackageView, substantiated } from '../view.ts';
import { packageLower } from './audience.ts';
import { copyPattern, reads, reportSpan } from './reading.ts';
import type { CheckFamily } from './types.ts';

/** Unsubstantiated claims: comparisons with competitors, claims without evidence. */
export const claimChecks = {
  'competitor-comparison': {
    compile: (p, prefilter) => ({
      ...copyPattern(`${WORD_BEFORE}(?:${p.comparators})${WORD_AFTER}`, 'giu', p.requires, prefilter, true),
      terms: p.competitors.map((t) => t.toLowerCase()),
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
      // A package that announces a match (a derby's tickets) sets the teams of any "Leeds vs Rovers" side by side.
      const fixturePackage = cc.params.fixturePackage;
      let matchPackage: boolean | undefined;
      const announced = () =>
        (matchPackage ??=
          fixturePackage !== undefined && paramRegex(fixturePackage, 'iu').test(packageLower(view)));
      // The brand's names, and every text of the package (read only for a model number after a name).
      const own = { lower: view.ownLower, all: () => packageLower(view) };
      let range: boolean | undefined;
      const ownRange = () => (range ??= sellsOwnRange(view, cc.params.ownRange));
      for (const s of view.copySites) {
        if (!reads(cc, cr, s)) continue;
        const re = cc.re as RegExp;
        re.lastIndex = 0;
        let m = re.exec(s.text);
        while (m !== null) {
          // Between teams only the contract's and brand kit's rivals still count: "Leeds vs Rivalco" compares.
          const teams =
            betweenNames(s.text, m) &&
            ((fixture !== null && isFixture(fixture, lowerOf(s), m)) || announced());
          const hit = competitorAfter(
            s.text,
            lowerOf(s),
            m.index + m[0].length,
            cc.params.windowChars,
            names,
            teams ? null : named,
            notNamed,
            own,
          );
          const versus = VERSUS.test(m[0].trim());
          const name =
            hit === null
              ? ''
              : lowerOf(s)
                  .slice(m.index + m[0].length, hit)
                  .trim();
          if (
            hit !== null &&
            !ownProductNamed(view.pkg.claims, name) &&
            !ownOffer(view, name, names, versus ? ownRange : () => false)
          ) {
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

  'competitor-putdown': {
    compile: (p, prefilter) => copyPattern(p.putdown, 'giu', p.requires, prefilter),
    run(cc, sev, { cr, view, out, contract }) {
      const names = [...view.competitorsLower, ...(contract.competitors ?? []).map((t) => t.toLowerCase())];
      let rivals: RegExp | undefined;
      let negation: RegExp | null | undefined;
      let notOf: RegExp | null | undefined;
      for (const s of view.copySites) {
        if (!reads(cc, cr, s)) continue;
        const lower = lowerOf(s);
        for (const m of eachMatch(cc.re as RegExp, s.text)) {
          negation ??= cc.params.negation ? paramRegex(`(?:${cc.params.negation})$`, 'iu') : null;
          if (negation?.test(lower.slice(Math.max(0, m.index - 24), m.index))) continue;
          // Not said of a rival's goods: the reader's ("votre vieille pacotille"), or thrown "in the rubbish".
          notOf ??= cc.params.notOfRival ? paramRegex(`(?:${cc.params.notOfRival})$`, 'iu') : null;
          if (notOf?.test(lower.slice(Math.max(0, m.index - 24), m.index))) continue;
          // The put-down's sentence and the one either side: "… veg that looks like compost? The other guys do that."
          const window = lower.slice(
            sentenceStart(lower, sentenceStart(lower, m.index) - 1),
            sentenceEnd(lower, sentenceEnd(lower, m.index + m[0].length) + 1),
          );
          rivals ??= paramRegex(cc.params.rivals, 'iu');
          if (!names.some((n) => findWholeWords(window, n).length > 0) && !rivals.test(window)) continue;
          reportSpan(out, cc, sev, s, [m.index, m.index + m[0].length]);
          break;
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
      !own.lower.includes((/\p{Lu}[\p{L}\p{N}&'\u2019-]*$/u.exec(m[0])?.[0] ?? m[0]).toLowerCase()) &&
      !calendar(slice, m, notNamed) &&
      !ownLine(own.all, own.lower, slice, m)
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

/** A match that is only a word setting two sides against each other: `vs`, `versus`, `contre`, `gegen`, `frente a`. */
const VERSUS = /^(?:vs\.?|versus|contre|gegen|frente\s+a)$/iu;

/** "Lakers vs. Celtics" at a watch party: `vs`, `contre`, `gegen`, `frente a` between teams, in a fixture's sentence. */
function isFixture(fixture: RegExp, lower: string, m: RegExpExecArray): boolean {
  if (!VERSUS.test(m[0].trim())) return false;
  const from = Math.max(lower.lastIndexOf('.', m.index), lower.lastIndexOf('\n', m.index), m.index - 120, 0);
  const end = m.index + m[0].length;
  const stop = lower.slice(end).search(/[.!?\n]/u);
  return fixture.test(lower.slice(from, stop < 0 ? end + 120 : end + Math.min(stop, 120)));
}

/** "Weserau vs. Lindenhorst": a capitalised name right before `vs`, `versus`, `contre`, `gegen` or `frente a`. */
function betweenNames(text: string, m: RegExpExecArray): boolean {
  if (!VERSUS.test(m[0].trim())) return false;
  return /\p{Lu}[\p{L}\p{N}&'\u2019.-]*\s*$/u.test(text.slice(Math.max(0, m.index - 40), m.index));
}

/**
 * "Basic vs Plus vs Family": a name the package gives as its own plan or product, in a claim whose evidence
 * measured only the brand's own products, or right after "our" or the brand's name ("Stowbox Plus").
 */
function ownOffer(
  view: PackageView,
  nameLower: string,
  rivals: readonly string[],
  ownRange: () => boolean,
): boolean {
  const name = nameLower.replace(/^(?:the|der|die|das|le|la|les|el|los|las)\s+/u, '');
  if (name === '' || rivals.some((r) => r === name)) return false;
  if (ownRange()) return true;
  const word = `${escapeRe(name)}(?![\\p{L}\\p{N}])`;
  // Built per name, not cached: the names come from each package.
  const inClaim = new RegExp(`(?<![\\p{L}\\p{N}])${word}`, 'u');
  const measuredOwn = view.pkg.claims.some(
    (c) =>
      c.evidence.length > 0 &&
      c.evidence.every((e) => e.comparedWith === 'own-products') &&
      inClaim.test(c.text.toLowerCase()),
  );
  if (measuredOwn) return true;
  const brands = view.ownLower
    .split('\n')
    .map((b) => b.trim())
    .filter((b) => b.length > 2)
    .map(escapeRe);
  const owner = ['our', 'unser\\p{L}{0,2}', 'notre', 'nos', 'nuestr[oa]s?', ...brands].join('|');
  return new RegExp(`(?<![\\p{L}])(?:${owner})\\s+${word}`, 'u').test(packageLower(view));
}

/**
 * "Classic vs Deluxe" in a mail about "our two boxes": a package that sets its own range side by side (the
 * rulebook's `ownRange`) and files no claim measured against a rival or the market compares no competitor.
 * Read for `vs` only, the plain layout of a range; "cheaper than X" still names X whatever else it sells.
 */
function sellsOwnRange(view: PackageView, ownRange: string | undefined): boolean {
  if (ownRange === undefined) return false;
  const rival = view.pkg.claims.some(
    (c) =>
      c.category === 'comparative' ||
      c.evidence.some((e) => e.comparedWith === 'named-competitors' || e.comparedWith === 'whole-market'),
  );
  return !rival && paramRegex(ownRange, 'iu').test(packageLower(view));
}

/**
 * "200 g lighter than the Kestrel 13" beside "the new Kestrel 14", "40 % more than Buds 3" with "Shop Buds 4",
 * "quieter than the DW5" selling the DW7: a name the package also gives another model number, where the
 * package marks that model as its own ("new", "our", "shop", "meet", a brand mandatory), is its own line.
 */
function ownLine(all: () => string, ownLower: string, slice: string, m: RegExpExecArray): boolean {
  const name = /\p{Lu}[\p{L}\p{N}&'\u2019-]*$/u.exec(m[0])?.[0];
  if (name === undefined) return false;
  const model = /^(\p{Lu}[\p{L}&'\u2019-]*?(?:\s\p{Lu}[\p{L}&'\u2019-]*){0,2}?)\s?(\d+)/u.exec(
    name + slice.slice(m.index + m[0].length),
  );
  if (model === null) return false;
  const [, base, num] = model as unknown as [string, string, string];
  const lowerBase = base.toLowerCase();
  const mine = ownLower.includes(lowerBase);
  const re = paramRegex(`(${OWN_CUE})?(?<![\\p{L}])${escapeRe(lowerBase)}\\s?(\\d+)`, 'gu');
  const text = all();
  for (const other of text.matchAll(re)) {
    if (other[2] === num) continue;
    // "Sharper than the Pixel 8, lighter than the Pixel 9": models named in comparisons are a rival's line.
    const pre = text.slice(Math.max(0, (other.index ?? 0) - 30), other.index);
    if (
      /(?:than|als|que|qu['’]|vs\.?|versus|contre|gegen|frente a|compared (?:to|with)|like|wie|como|comme)\s(?:\p{L}+\s)?$/u.test(
        pre,
      )
    )
      continue;
    // "Limpio R7": the brand's own name right before the model marks it too.
    const before = /(\p{L}{3,})\s$/u.exec(text.slice(Math.max(0, (other.index ?? 0) - 30), other.index))?.[1];
    if (mine || other[1] !== undefined || (before !== undefined && ownLower.includes(before))) return true;
  }
  return false;
}

/** Words that mark a model as the package's own: "the new Kestrel 14", "our Buds 4", "shop the DW7". */
const OWN_CUE =
  '(?<![\\p{L}])(?:(?:new|our|shop|meet|buy|order|get|introducing|neue[nrs]?|unser\\p{L}*|nouve(?:au|lle)|notre|nuev[oa]|nuestr[oa])\\s(?:the\\s|die\\s|der\\s|das\\s|le\\s|la\\s|el\\s)?|(?:the|der|die|das|le|la|el)\\s)(?:\\p{L}{3,20}\\s)?';

const SENTENCE_END = /[.!?\n]/u;
/** Index just after the sentence end before `at` (0 at the text's start). */
function sentenceStart(text: string, at: number): number {
  for (let i = Math.min(at, text.length) - 1; i >= 0; i--)
    if (SENTENCE_END.test(text[i] as string)) return i + 1;
  return 0;
}
/** Index of the sentence end at or after `at` (the text's length at its end). */
function sentenceEnd(text: string, at: number): number {
  for (let i = Math.max(0, at); i < text.length; i++) if (SENTENCE_END.test(text[i] as string)) return i;
  return text.length;
}
