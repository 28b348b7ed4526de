import { mayMatch } from '../prefilter.ts';
import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Pricing (FTC Guide Concerning Use of the Word "Free", 16 CFR 251.1(c); CAP 3.21-3.23): the conditions
 * of a "free" offer are stated clearly at the outset, next to the offer, not only in terms elsewhere.
 */
export const pricingChecks = {
  'free-conditions': {
    compile: (p, prefilter) => ({
      re: () => new RegExp(p.free, 'iu'),
      bit: prefilter.bitFor(p.requires, ['copy'], false),
    }),
    run(cc, sev, { cr, view, out }) {
      let elsewhere: boolean | undefined;
      for (const s of view.copySites) {
        if (!applies(cc.channels, s.channel) || !mayMatch(cr, s, cc.bit)) continue;
        // Built once a text passes the prefilter (see CheckCompiled).
        const free = cc.re as RegExp;
        const condition = new RegExp(cc.params.condition, 'iu');
        const m = free.exec(s.text);
        if (m === null || condition.test(s.text)) continue;
        elsewhere ??= view.copySites.some((o) => condition.test(o.text));
        if (!elsewhere) return;
        const span: [number, number] = [m.index, m.index + m[0].length];
        out.add(cc.rule, sev, s.pointer, span, { match: m[0] }, m[0]);
      }
    },
  },
} satisfies CheckFamily;
