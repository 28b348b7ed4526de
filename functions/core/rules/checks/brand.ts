import { excerpt, findWholeWords } from '../text.ts';
import { lowerOf } from '../view.ts';
import { reads, reportSpan } from './reading.ts';
import type { CheckFamily } from './types.ts';

/** Brand: forbidden terms in copy, mandatory lines missing from copy and disclosures. */
export const brandChecks = {
  'forbidden-terms': {
    run(cc, sev, { cr, view, out }) {
      if (view.forbiddenLower.length === 0) return;
      for (const s of view.copySites) {
        if (!reads(cc, cr, s)) continue;
        const lower = lowerOf(s);
        for (const term of view.forbiddenLower) {
          for (const at of findWholeWords(lower, term)) reportSpan(out, cc, sev, s, [at, at + term.length]);
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
