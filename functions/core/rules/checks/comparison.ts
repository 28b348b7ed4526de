import type { HandoffPackage } from '../../package-schema.ts';
import { claimTopic } from '../claim-topic.ts';
import { paramRegex } from '../regex.ts';
import { excerpt } from '../text.ts';
import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Comparisons with an identified rival, read from what the package states of them: a comparison readers
 * cannot check (CAP 3.35, Directive 2006/114/EC art. 4(c)).
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
} satisfies CheckFamily;
