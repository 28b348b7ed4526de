import type { CheckParams } from '../../rulebook.ts';
import { paramRegex } from '../regex.ts';
import { applies } from '../view.ts';
import { sentenceSpans } from './sentences.ts';
import type { CheckFamily } from './types.ts';

/**
 * Marketing SMS (TCPA/CTIA Messaging Principles, CNIL "STOP", Spain's LSSI "BAJA", Germany's UWG §7):
 * every marketing message names its sender and carries an opt-out keyword; copy in any channel that invites people
 * to text a short code states the terms (STOP) too.
 */
/**
 * A service message about a transaction the reader started (an order ready or on its way, a booked
 * appointment, a one-time code) is no marketing: CTIA's Messaging Principles and the TCPA set such texts
 * apart, and LSSI art. 21 and ePrivacy art. 13 govern only commercial communications. It holds nothing
 * but that: every sentence is the `service` part or its `logistics` (a tracking link, a time, a reply to
 * confirm), and no word `promotes`. Any other sentence ("Discover our new collection") makes it marketing.
 */
function serviceOnly(copy: string, p: CheckParams<'sms-opt-out'>): boolean {
  if (p.service === undefined || p.logistics === undefined) return false;
  if (p.promotes !== undefined && paramRegex(p.promotes, 'iu').test(copy)) return false;
  const service = Array.from(copy.matchAll(paramRegex(p.service, 'giu')), (m): [number, number] => [
    m.index,
    m.index + m[0].length,
  ]);
  if (service.length === 0) return false;
  const logistics = paramRegex(p.logistics, 'iu');
  return sentenceSpans(copy).every(([from, to]) => {
    const sentence = copy.slice(from, to);
    return !LETTER.test(sentence) || service.some(([a, b]) => a < to && b > from) || logistics.test(sentence);
  });
}
const LETTER = /\p{L}/u;

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
          if (isSms && !callToText.test(d.copy) && serviceOnly(d.copy, cc.params)) return;
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
