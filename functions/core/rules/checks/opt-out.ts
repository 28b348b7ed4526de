import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Opt-out conditions (CAN-SPAM 15 U.S.C. 7704(a)(3)-(4) and 16 CFR 316.5; ePrivacy Directive Art. 13(2);
 * UWG § 7(3) Nr. 4; LSSI art. 22): the way out of commercial e-mail is free and takes no more than a
 * reply or one web page. An e-mail whose every opt-out asks for a login, a call, a letter or a fee has none.
 */

/** Sentence ends: . ! ? before a space, and line breaks ("$1.99" and URLs stay whole). */
const SENTENCE_END = /(?<=[.!?])\s+|\n+/u;

interface Sentence {
  text: string;
  pointer: string;
  at: number;
}

/** The sentences of a channel's disclosures and copy that name an opt-out, with where they sit. */
function optOutSentences(
  plan: { disclosures?: string[] | undefined; deliverables: { copy: string }[] },
  i: number,
  optOut: RegExp,
): Sentence[] {
  const texts = [
    ...(plan.disclosures ?? []).map((t, k) => ({ t, pointer: `/channels/${i}/disclosures/${k}` })),
    ...plan.deliverables.map((d, j) => ({ t: d.copy, pointer: `/channels/${i}/deliverables/${j}/copy` })),
  ];
  const out: Sentence[] = [];
  for (const { t, pointer } of texts) {
    if (!optOut.test(t)) continue;
    let from = 0;
    for (const text of t.split(SENTENCE_END)) {
      const at = t.indexOf(text, from);
      from = at + text.length;
      if (optOut.test(text)) out.push({ text, pointer, at });
    }
  }
  return out;
}

export const optOutChecks = {
  'opt-out-burden': {
    compile: (p) => ({ re: () => new RegExp(p.optOut, 'iu') }),
    run(cc, sev, { view, out }) {
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        if (cc.channels !== null && !applies(cc.channels, plan.channel)) continue;
        const sentences = optOutSentences(plan, i, cc.re as RegExp);
        if (sentences.length === 0) continue;
        // One free, simple way out (a link, a reply) is enough; a call or letter offered beside it is
        // lawful. The burden regex is built only when no sentence offers one (see CheckCompiled).
        const easy = new RegExp(cc.params.easy, 'iu');
        if (sentences.some((s) => easy.test(s.text))) continue;
        const burden = new RegExp(cc.params.burden, 'iu');
        const hard = sentences.filter((s) => burden.test(s.text));
        if (hard.length < sentences.length) continue;
        const first = hard[0] as Sentence;
        const m = burden.exec(first.text) as RegExpExecArray;
        const span: [number, number] = [first.at + m.index, first.at + m.index + m[0].length];
        out.add(cc.rule, sev, first.pointer, span, { match: m[0] }, first.text);
      }
    },
  },
} satisfies CheckFamily;
