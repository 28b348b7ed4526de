import { excerpt, findWholeWords } from '../text.ts';
import { applies, lowerOf } from '../view.ts';
import type { CheckFamily } from './types.ts';

/** Brand: forbidden terms in copy, mandatory lines missing from copy and disclosures. */
export const brandChecks = {
  'forbidden-terms': {
    run(cc, sev, { view, out }) {
      if (view.forbiddenLower.length === 0) return;
      for (const s of view.copySites) {
        if (!applies(cc.channels, s.channel)) continue;
        const lower = lowerOf(s);
        for (const term of view.forbiddenLower) {
          for (const at of findWholeWords(lower, term)) {
            const matched = s.text.slice(at, at + term.length);
            out.add(cc.rule, sev, s.pointer, [at, at + term.length], { match: matched }, matched);
          }
        }
      }
    },
  },

  mandatories: {
    run(cc, sev, { view, out }) {
      const mands = view.pkg.brand.mandatories;
      if (mands.length === 0) return;
      const disclosures = view.pkg.channels.flatMap((c) => c.disclosures ?? []).map((d) => d.toLowerCase());
      for (let i = 0; i < mands.length; i++) {
        const m = (mands[i] as string).trim().toLowerCase();
        const present =
          view.copySites.some((s) => lowerOf(s).includes(m)) || disclosures.some((d) => d.includes(m));
        if (!present) {
          out.add(
            cc.rule,
            sev,
            `/brand/mandatories/${i}`,
            null,
            { value: excerpt(mands[i] as string, 80) },
            mands[i],
          );
        }
      }
    },
  },
} satisfies CheckFamily;
