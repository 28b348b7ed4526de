import { mayMatch } from '../prefilter.ts';
import { eachMatch, paramRegex } from '../regex.ts';
import { applies, type PackageView } from '../view.ts';
import { copyPattern, reads, reportSpan } from './reading.ts';
import type { CheckFamily } from './types.ts';

/**
 * Pricing (FTC Guide Concerning Use of the Word "Free", 16 CFR 251.1(c); CAP 3.21-3.23): the conditions
 * of a "free" offer are stated clearly at the outset, next to the offer, not only in terms elsewhere.
 */
export const pricingChecks = {
  'free-conditions': {
    compile: (p, prefilter) => copyPattern(p.free, 'iu', p.requires, prefilter),
    run(cc, sev, { cr, view, out }) {
      let elsewhere: boolean | undefined;
      for (const s of view.copySites) {
        if (!reads(cc, cr, s)) continue;
        // Built once a text passes the prefilter (see CheckCompiled).
        const free = cc.re as RegExp;
        const condition = paramRegex(cc.params.condition, 'iu');
        const m = free.exec(s.text);
        if (m === null || condition.test(s.text)) continue;
        elsewhere ??= view.copySites.some((o) => condition.test(o.text));
        if (!elsewhere) return;
        reportSpan(out, cc, sev, s, [m.index, m.index + m[0].length]);
      }
    },
  },

  'free-charge': {
    compile: (p, prefilter) => copyPattern(p.free, 'giu', p.requires, prefilter),
    run(cc, sev, { cr, view, out }) {
      const p = cc.params;
      const sites = view.copySites.filter((s) => applies(cc.channels, s.channel));
      const open = sites.filter((s) => mayMatch(cr, s, cc.bit));
      if (open.length === 0) return;
      // A paid tier's price is set aside only for a package whose "free" is a tier ("free plan").
      const tiered = p.freeTier !== undefined && tierStated(view, paramRegex(p.freeTier, 'iu'));
      const charge = chargeIn(p.charge, tiered ? p.paidTier : undefined);
      const noCharge = paramRegex(p.noCharge, 'iu');
      // Plans whose copy states a charge with the offer: near a "free", or in a short text shown with it
      // (a search ad's description under its headline). The deliverables of one plan are one message.
      const carried = new Set<string | null>();
      const hits: { s: (typeof sites)[number]; m: RegExpExecArray; starred: boolean }[] = [];
      for (const s of open) {
        for (const m of eachMatch(cc.re as RegExp, s.text)) {
          const around = s.text.slice(Math.max(0, m.index - p.near), m.index + m[0].length + p.near);
          // "FREE*" sends the reader to a footnote: terms there are not stated at the outset (16 CFR 251.1(c)).
          const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 90);
          const starred = s.text[m.index - 1] !== '*' && FOOTNOTE_MARK.test(after);
          if (charge.test(around)) {
            if (starred) hits.push({ s, m, starred });
            else carried.add(plan(s.pointer));
          } else if (!noCharge.test(around)) hits.push({ s, m, starred: false });
        }
      }
      // Short texts are read for a charge only once an offer needs it: most packages have no bare "free".
      if (hits.length === 0 || !chargedAnywhere(view, charge)) return;
      for (const s of sites) if (s.text.length <= p.near && charge.test(s.text)) carried.add(plan(s.pointer));
      const seen = new Set<string>();
      for (const { s, m, starred } of hits) {
        if ((!starred && carried.has(plan(s.pointer))) || seen.has(s.pointer)) continue;
        seen.add(s.pointer);
        reportSpan(out, cc, sev, s, [m.index, m.index + m[0].length]);
      }
    },
  },
} satisfies CheckFamily;

/**
 * A footnote mark on the offer word or its sentence, attached to a word or its closing punctuation: "FREE*",
 * "offerte pendant 6 mois !*", "gratis (¹)", "€9.99*". Not German's gender star ("Kund*innen"), a rating
 * ("5* rated"), emphasis ("**FREE**"), a unit's superscript ("m²"), nor a star that opens a shipping word
 * ("Free* shipping": the shipping exclusions of the free reading hold).
 */
const FOOTNOTE_MARK =
  /^(?:[^.!?\n*†‡¹]|[.!?](?!\s|$)){0,80}?[.!?]?\(?(?:[†‡¹]|(?<![*\s])\*(?!\*|\s?(?:in(?:nen)?(?![\p{L}])|shipping|delivery|returns?|versand|lieferung|env[íi]os?|livraison|rated|stars?|reviews?|sterne|étoiles|estrellas)))/iu;

/** Tests a text for a charge. */
interface Charge {
  test(text: string): boolean;
}

/**
 * The charge reading, with a paid tier's own price set aside: "Free to start; Pro is £7.99/month" charges
 * nothing for what is free (16 CFR 251.1(b): "free" asks no purchase; a tier nobody must buy is none). Not
 * so for a free item tied to the plan ("FREE phone, £45/month for 24 months"): its price stays a charge.
 */
function chargeIn(source: string, paidTier: string | undefined): Charge {
  const charge = paramRegex(source, 'iu');
  if (paidTier === undefined) return charge;
  const tier = paramRegex(paidTier, 'giu');
  return { test: (text) => charge.test(text.replace(tier, ' ')) };
}

/** Does any copy or disclosure say that what is free is a tier ("free plan", "free to start", "plan gratuito")? */
function tierStated(view: PackageView, freeTier: RegExp): boolean {
  return view.sites.some((t) => freeTier.test(t.text));
}

/** Does the package state the charge anywhere: copy, disclosures, brief, claims or their evidence? */
function chargedAnywhere(view: PackageView, charge: Charge): boolean {
  if (view.sites.some((t) => charge.test(t.text))) return true;
  return view.pkg.claims.some((c) => c.evidence.some((e) => charge.test(e.summary ?? '')));
}

/** "/channels/2/deliverables/1/copy" → "/channels/2": the deliverables of one plan are one message. */
function plan(pointer: string): string | null {
  return /^\/channels\/\d+/.exec(pointer)?.[0] ?? null;
}
