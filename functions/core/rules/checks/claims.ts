import { mayMatch } from '../prefilter.ts';
import { WORD_AFTER, WORD_BEFORE } from '../regex.ts';
import { excerpt, findWholeWords } from '../text.ts';
import { applies, lowerOf, substantiated } from '../view.ts';
import type { CheckFamily } from './types.ts';

/** Unsubstantiated claims: comparisons with competitors, claims without evidence. */
export const claimChecks = {
  'competitor-comparison': {
    compile: (p, prefilter) => ({
      re: new RegExp(`${WORD_BEFORE}(?:${p.comparators})${WORD_AFTER}`, 'giu'),
      terms: p.competitors.map((t) => t.toLowerCase()),
      bit: prefilter.bitFor(p.requires, ['copy'], true),
    }),
    run(cc, sev, { cr, view, out }) {
      const p = cc.params;
      const names = view.forbiddenLower.length > 0 ? [...cc.terms, ...view.forbiddenLower] : cc.terms;
      if (names.length === 0 || cc.re === null) return;
      const re = cc.re;
      for (const s of view.copySites) {
        if (!applies(cc.channels, s.channel) || !mayMatch(cr, s, cc.bit)) continue;
        re.lastIndex = 0;
        let m = re.exec(s.text);
        while (m !== null) {
          const compEnd = m.index + m[0].length;
          const lower = lowerOf(s);
          const window = lower.slice(compEnd, compEnd + p.windowChars);
          let best: { at: number; len: number } | null = null;
          for (const name of names) {
            const hit = findWholeWords(window, name)[0];
            if (hit !== undefined && (best === null || hit < best.at)) best = { at: hit, len: name.length };
          }
          if (best !== null) {
            const start = m.index;
            const end = compEnd + best.at + best.len;
            const phrase = lower.slice(start, end);
            if (!substantiated(view, s, phrase, ['comparative', 'performance'])) {
              const matched = s.text.slice(start, end);
              out.add(cc.rule, sev, s.pointer, [start, end], { match: matched }, matched);
            }
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
          out.add(
            cc.rule,
            sev,
            `/claims/${i}/evidence`,
            null,
            { value: excerpt(c.text, 80), category: c.category },
            c.text,
          );
        }
      }
    },
  },
} satisfies CheckFamily;
