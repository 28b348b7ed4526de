import { paramRegex } from '../regex.ts';
import { applies } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Marketing SMS (TCPA/CTIA Messaging Principles, CNIL "STOP", Spain's LSSI "BAJA", Germany's UWG §7):
 * every marketing message names its sender and carries an opt-out keyword; copy in any channel that invites people
 * to text a short code states the terms (STOP) too.
 */
/**
 * A service message about a transaction the reader started: an order ready or on its way, a booked
 * appointment, a one-time code. CTIA's Messaging Principles and the TCPA set such transactional texts apart
 * from marketing, Spain's LSSI art. 21 and the ePrivacy Directive art. 13 govern only commercial
 * communications; a keyword opt-out is the marketing text's duty.
 */
const SERVICE =
  /(?<![\p{L}\p{N}_])(?:(?:your|tu|su|ihre?|deine?|votre|ta)\s+(?:order|parcel|package|delivery|pedido|paquete|env[ií]o|bestellung|sendung|lieferung|paket|commande|colis|livraison)\s*(?:#|no\.?|n\.?º|nr\.?|n°)?\s*\d{3,}|(?:order|pedido|bestellung|commande)\s*(?:#|no\.?|n\.?º|nr\.?|n°|number|número|numéro|nummer)\s*\d{3,}|ready (?:for|to) (?:pick-?up|collect(?:ion)?)|listo para (?:recoger|retirar)|lista para (?:recoger|retirar)|abholbereit|zur abholung bereit|prête? (?:à être )?(?:retirée?|récupérée?)|disponible en (?:magasin|point relais)|has (?:shipped|been (?:shipped|dispatched|delivered))|out for delivery|en reparto|ist unterwegs|wurde versandt|a été expédiée?|en cours de livraison|(?:your|tu|ihr|votre) (?:appointment|cita|termin|rendez-vous) (?:is|on|at|es|el|ist|am|um|est|le)|(?:verification|security|one-time) code|código de verificación|bestätigungscode|code de (?:vérification|confirmation))(?![\p{L}\p{N}_])/iu;

/** Words that make a text promote something: a reduction, an offer, a sale, a code to use, something new. */
const PROMO =
  /\d\s?%|(?<![\p{L}\p{N}_])(?:sale|sales|discount|off|deal|deals|offer|offers|promo|coupon|save|free|new arrivals?|shop now|use code|rebajas|descuento|oferta|ofertas|promoción|cupón|ahorra|gratis|novedades|compra ya|usa el código|código promocional|rabatt|angebot|angebote|aktion|gutschein|spare|sparen|kostenlos|neuheiten|jetzt shoppen|mit dem code|soldes|réduction|remise|offre|offres|bon plan|économisez|gratuit|gratuite|nouveautés|avec le code|code promo)(?![\p{L}\p{N}_])/iu;

/** A text about the reader's own transaction that promotes nothing: not marketing. */
const serviceOnly = (copy: string) => SERVICE.test(copy) && !PROMO.test(copy);

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
          if (isSms && !callToText.test(d.copy) && serviceOnly(d.copy)) return;
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
