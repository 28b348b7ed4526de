import { paramRegex } from '../regex.ts';
import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Marketing SMS (TCPA/CTIA Messaging Principles, CNIL "STOP", Spain's LSSI "BAJA", Germany's UWG §7):
 * every marketing message names its sender and carries an opt-out keyword; copy in any channel that invites people
 * to text a short code states the terms (STOP) too.
 */
export const smsChecks = {
  'sms-opt-out': {
    compile: (p) => ({ re: () => new RegExp(p.keyword, 'u') }),
    run(cc, sev, { view, out }) {
      const keyword = cc.re as RegExp;
      const callToText = paramRegex(cc.params.callToText, 'iu');
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        if ((plan.disclosures ?? []).some((d) => keyword.test(d))) continue;
        plan.deliverables.forEach((d, j) => {
          if (keyword.test(d.copy)) return;
          const isSms = plan.channel === 'sms' && applies(cc.channels, plan.channel);
          if (!isSms && !callToText.test(d.copy)) return;
          out.addDeliverable(cc.rule, sev, { plan: i, deliverable: j, channel: plan.channel }, d.copy);
        });
      }
    },
  },

  'sms-sender': {
    compile: (p) => ({ re: () => new RegExp(p.sender, 'u') }),
    run(cc, sev, { view, out }) {
      const opening = cc.re as RegExp;
      const names = view.pkg.brand.mandatories.map((m) => m.toLowerCase()).filter((m) => m.length > 1);
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        if (plan.channel !== 'sms' || !applies(cc.channels, plan.channel)) continue;
        plan.deliverables.forEach((d, j) => {
          const lower = d.copy.toLowerCase();
          if (opening.test(d.copy) || names.some((n) => lower.includes(n))) return;
          out.addDeliverable(cc.rule, sev, { plan: i, deliverable: j, channel: plan.channel }, d.copy);
        });
      }
    },
  },
} satisfies CheckFamily;
