import { disclosedInOwnWords, readable } from '../language.ts';
import { paramRegex } from '../regex.ts';
import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/** How far into a block a disclosure still opens it: about two sentences. */
const OPENING_CHARS = 200;

/** Disclosures: ad markers on partner content, unsubscribe markers, the sender's postal address. */
export const disclosureChecks = {
  'ad-disclosure': {
    compile: (p) => ({ re: () => new RegExp(p.marker, 'iu') }),
    run(cc, sev, { view, out }) {
      const p = cc.params;
      const re = cc.re as RegExp;
      const foreign = p.foreignMarker === undefined ? null : paramRegex(p.foreignMarker, 'iu');
      const buriedAt = p.buriedAt === undefined ? null : paramRegex(p.buriedAt, 'iu');
      const notEarner = p.notEarner === undefined ? null : paramRegex(p.notEarner, 'iu');
      // A note naming its place before the marker ("In the footer: we may earn …"), not after it ("…; policy in
      // the footer"), and with the publisher as the one who earns.
      const covers = (d: string): boolean => {
        const m = re.exec(d);
        return m !== null && buriedAt?.test(d.slice(0, m.index)) !== true && notEarner?.test(d) !== true;
      };
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        if (!applies(cc.channels, plan.channel)) continue;
        if ((plan.disclosures ?? []).some(covers)) continue;
        // An affiliate page is read top down, its blocks in the order the plan lists them: a disclosure that
        // opens a text block above the links covers those below it (FTC "Disclosures 101": before the link).
        // A mark in an image's alt text or a button, or at the end of a long block, covers nothing else.
        // Posts, stories and videos are each seen alone.
        let above = false;
        for (let j = 0; j < plan.deliverables.length; j++) {
          const d = plan.deliverables[j] as (typeof plan.deliverables)[number];
          const m = re.exec(d.copy);
          if (m !== null) {
            above ||= plan.channel === 'affiliate' && p.kinds.includes(d.kind) && m.index < OPENING_CHARS;
            continue;
          }
          if (!p.kinds.includes(d.kind) || above || disclosedInOwnWords(d, foreign)) continue;
          out.addDeliverable(cc.rule, sev, { plan: i, deliverable: j, channel: plan.channel }, d.copy);
        }
      }
    },
  },

  'channel-marker': {
    compile: (p) => ({ re: () => new RegExp(p.marker, 'iu') }),
    run(cc, sev, { view, out }) {
      const re = cc.re as RegExp;
      const unless = cc.params.unless === undefined ? null : paramRegex(cc.params.unless, 'iu');
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        if (cc.channels !== null && !cc.channels.has(plan.channel)) continue;
        if (unless !== null && plan.deliverables.some((d) => unless.test(d.copy))) continue;
        // Copy in a language without a rulebook is routed by language.unsupported, not judged here.
        if (plan.deliverables.every((d) => !readable(d))) continue;
        const ok =
          (plan.disclosures ?? []).some((d) => re.test(d)) || plan.deliverables.some((d) => re.test(d.copy));
        if (!ok) out.add(cc.rule, sev, `/channels/${i}`, null, { channel: plan.channel }, undefined);
      }
    },
  },

  'postal-address': {
    compile: (p) => ({ re: () => new RegExp(p.address, 'iu') }),
    run(cc, sev, { view, out }) {
      const re = cc.re as RegExp;
      const given = view.pkg.sender?.postalAddress;
      // CAN-SPAM asks for the address in each message (15 U.S.C. 7704(a)(5)(A)(iii)): with `inMessage` the
      // stated sender address counts only where a disclosure or the copy prints it.
      if (given !== undefined && cc.params.inMessage !== true && re.test(given)) return;
      // An address the regex does not know ("Ruta 89 km 12, Tupungato") still counts where a mail prints the
      // sender's own postal address, as the package states it, word for word.
      const own = given !== undefined && /\d/u.test(given) ? flat(given) : null;
      const printsOwn = (t: string) => own !== null && own.length >= 12 && flat(t).includes(own);
      const plans = view.pkg.channels;
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i] as (typeof plans)[number];
        if (cc.channels !== null && !cc.channels.has(plan.channel)) continue;
        if ((plan.disclosures ?? []).some((d) => re.test(d) || printsOwn(d))) continue;
        if (plan.deliverables.some((d) => printsOwn(d.copy))) continue;
        out.add(cc.rule, sev, `/channels/${i}`, null, { channel: plan.channel }, undefined);
      }
    },
  },
} satisfies CheckFamily;

/** Lowercase, whitespace runs as one space, no final full stop: how an address is compared. */
function flat(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim().replace(/\.$/u, '');
}
