import type { HandoffPackage } from '../../package-schema.ts';
import { claimTopic } from '../claim-topic.ts';
import { paramRegex } from '../regex.ts';
import { excerpt, findWholeWords } from '../text.ts';
import { applies, type PackageView } from '../view.ts';
import { copyPattern, reads, reportSpan } from './reading.ts';
import type { CheckFamily } from './types.ts';

/**
 * Comparisons with an identified rival, read from what the package states of them: a comparison readers
 * cannot check (CAP 3.35, Directive 2006/114/EC art. 4(c)) and one that borrows the rival's own slogan or
 * jingle (art. 4(f), Code de la consommation L122-2).
 */

type Claim = HandoffPackage['claims'][number];

/** A claim its owner says was measured against named competitors: the copy that cites it names a rival. */
const againstNamed = (c: Claim) => c.evidence.some((e) => e.comparedWith === 'named-competitors');

export const comparisonChecks = {
  'comparison-verifiable': {
    run(cc, sev, { view, out }) {
      const { pkg } = view;
      // A ranking measured against rivals ("Testsieger", "#1 rated") names none in the copy: a superlative.
      const compares = (c: Claim) => claimTopic(c, out.policyTopics, out.ranking) === cc.rule.topic;
      const named = new Set(pkg.claims.filter((c) => againstNamed(c) && compares(c)).map((c) => c.id));
      if (named.size === 0) return;
      const checkable = paramRegex(cc.params.verifiable, 'iu');
      for (let i = 0; i < pkg.channels.length; i++) {
        const plan = pkg.channels[i] as HandoffPackage['channels'][number];
        if (!applies(cc.channels, plan.channel)) continue;
        const at = plan.deliverables.findIndex((d) => (d.claimRefs ?? []).some((r) => named.has(r)));
        if (at < 0) continue;
        // One message: its deliverables and notes together say when the rival was checked or where to look.
        const message = [...plan.deliverables.map((d) => d.copy), ...(plan.disclosures ?? [])].join('\n');
        if (checkable.test(message)) continue;
        const d = plan.deliverables[at] as (typeof plan.deliverables)[number];
        const claim = pkg.claims.find((c) => named.has(c.id) && (d.claimRefs ?? []).includes(c.id));
        const vars = { channel: plan.channel, claim: excerpt(claim?.text ?? '', 80) };
        out.add(cc.rule, sev, `/channels/${i}/deliverables/${at}/copy`, null, vars, d.copy);
      }
    },
  },

  'rival-sign': {
    compile: (p, prefilter) => copyPattern(p.sign, 'gu', p.requires, prefilter),
    run(cc, sev, { cr, view, out, contract }) {
      const rivals = rivalNames(view, contract.competitors);
      if (rivals === null) return;
      for (const s of view.copySites) {
        if (!reads(cc, cr, s)) continue;
        const re = cc.re as RegExp;
        re.lastIndex = 0;
        const m = re.exec(s.text);
        if (m === null) continue;
        // "Their slogan" needs no name; "X's slogan", "the slogan of X" (a named group) must name a known rival.
        const of = Object.values(m.groups ?? {})
          .find((g) => g !== undefined)
          ?.toLowerCase();
        if (of !== undefined && !rivals.some((n) => findWholeWords(of, n).length > 0 || n.includes(of)))
          continue;
        reportSpan(out, cc, sev, s, [m.index, m.index + m[0].length]);
      }
    },
  },
} satisfies CheckFamily;

/**
 * The rivals a package names, lowercased: its brand kit's and contract's competitors and the texts of claims
 * measured against named competitors; null when there are none: a slogan with no rival in sight is the brand's.
 */
function rivalNames(view: PackageView, fromContract: readonly string[] | undefined): string[] | null {
  const names = [
    ...view.competitorsLower,
    ...(fromContract ?? []).map((n) => n.toLowerCase()),
    ...view.pkg.claims.filter(againstNamed).map((c) => c.text.toLowerCase()),
  ];
  return names.length > 0 ? names : null;
}
