import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Endorsements (FTC 16 CFR 255 and "Disclosures 101", CAP 2.1, UCPD Annex I 11, Germany's §5a UWG):
 * a material connection is disclosed clearly and up front, not after a wall of hashtags or behind
 * "more"; a testimonial's result is not presented as typical without saying what is typical.
 */

const HASHTAG = /(?<![\p{L}\p{N}_])#[\p{L}\p{N}_]+/gu;
const MORE = /(?:\.\.\.|…)\s*(?:more|mehr|plus|más)\b|\bsee more\b/iu;

/** Is the first marker in `copy` buried: after `n` hashtags, after "… more", or after `chars` characters? */
function buried(copy: string, at: number, n: number, chars: number): boolean {
  const before = copy.slice(0, at);
  return (before.match(HASHTAG)?.length ?? 0) >= n || MORE.test(before) || at > chars;
}

export const endorsementChecks = {
  'endorsement-disclosure': {
    compile: (p) => ({ re: new RegExp(p.marker, 'iu') }),
    run(cc, sev, { view, out }) {
      const p = cc.params;
      const marker = cc.re as RegExp;
      const signals = new RegExp(p.signals, 'iu');
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        if (!applies(cc.channels, plan.channel)) continue;
        if ((plan.disclosures ?? []).some((d) => marker.test(d))) continue;
        plan.deliverables.forEach((d, j) => {
          const m = marker.exec(d.copy);
          const pointer = `/channels/${i}/deliverables/${j}/copy`;
          if (m === null) {
            if (signals.test(d.copy)) out.add(cc.rule, sev, pointer, null, { match: '' }, d.copy);
          } else if (buried(d.copy, m.index, p.buriedAfterHashtags, p.buriedAfterChars)) {
            const span: [number, number] = [m.index, m.index + m[0].length];
            out.add(cc.rule, sev, pointer, span, { match: m[0] }, m[0]);
          }
        });
      }
    },
  },

  'testimonial-typicality': {
    compile: (p) => ({ re: new RegExp(p.result, 'iu') }),
    run(cc, sev, { view, out }) {
      const result = cc.re as RegExp;
      const typical = new RegExp(cc.params.typical, 'iu');
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        if (!applies(cc.channels, plan.channel)) continue;
        if ((plan.disclosures ?? []).some((d) => typical.test(d))) continue;
        plan.deliverables.forEach((d, j) => {
          const m = result.exec(d.copy);
          if (m === null || typical.test(d.copy)) return;
          const span: [number, number] = [m.index, m.index + m[0].length];
          out.add(cc.rule, sev, `/channels/${i}/deliverables/${j}/copy`, span, { match: m[0] }, m[0]);
        });
      }
    },
  },
} satisfies CheckFamily;
