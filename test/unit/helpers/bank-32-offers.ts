import type { HandoffPackage, Offer } from '#core/package-schema';
import type { Kind, Where } from './judgment-bank.ts';

/**
 * Stop 32, offers (ADR 0028): pricing and urgency read on offers, written from the codes before the dev
 * misses were read. Problems the codes name: a countdown that restarts and "today only" for a sale that runs
 * on (UCPD Annex I no. 7, CAP 3.31, the CMA's urgency letter), "was" prices with no basis (FTC 16 CFR 233.1,
 * Directive 98/6/EC Art. 6a, CAP 3.17-3.22), "free" whose purchase or charge is stated only elsewhere (16 CFR
 * 251.1(c), CAP 3.23-3.26), scarcity the offer record does not support (UCPD Annex I no. 7). Near-misses: the
 * compliant offers the same codes allow, each with the facts a brief would truthfully record. The package
 * launches on Wednesday 1 April 2026.
 */
/** Every pricing and urgency rule, and the evidence check that reads offers: a near-miss raises none. */
export const OFFER_RULES = [
  'urgency.deadline',
  'urgency.scarcity',
  'urgency.confirmshaming',
  'urgency.offer-facts',
  'pricing.reference-price',
  'pricing.wholesale-claim',
  'pricing.up-to-savings',
  'pricing.standing-reduction',
  'pricing.multibuy-saving',
  'pricing.raised-before-sale',
  'pricing.free-conditions',
  'pricing.free-charge',
  'pricing.from-price-fees',
  'pricing.free-trial-terms',
  'evidence.contradicted',
] as const;

/** A package whose brief records `offer` (ADR 0023). */
export const recorded =
  (offer: Offer): Where['edit'] =>
  (p: HandoffPackage) => {
    p.offer = offer;
  };

/** A package whose landing page states `terms` (the small print a caption leaves out). */
export const termsElsewhere =
  (terms: string): Where['edit'] =>
  (p: HandoffPackage) => {
    p.channels.push({
      channel: 'web-landing',
      deliverables: [{ id: 'terms', kind: 'landing-copy', copy: terms }],
    });
  };

/** Problem kinds: each line must raise one of `rules`; its near-misses raise no offer rule at all. */
export const OFFER_PROBLEMS: Kind[] = [
  {
    title: 'a countdown the brief records restarting per visitor (CMA urgency letter; CAP 3.31)',
    rules: ['urgency.offer-facts', 'urgency.deadline'],
    where: { edit: recorded({ ends: '2026-04-30', timer: 'restarts' }) },
    fire: [
      ['en', '⏳ Deal ends in 00:14:59 — 30% off all mattresses'],
      ['en', 'Hurry! Your 20% discount expires in 15 minutes.'],
      ['en', "Countdown's on: 40% off ends in 2 hours."],
      ['es', 'La oferta termina en 02:59:59. ¡30 % de descuento!'],
      ['es', 'Tu descuento del 15 % caduca en 10 minutos.'],
      ['de', 'Countdown läuft: 25 % Rabatt endet in 3 Stunden.'],
      ['de', 'Angebot endet in 00:59:59 – jetzt 30 % sparen!'],
      ['fr', 'Compte à rebours : -30 % se termine dans 2 heures.'],
      ['fr', 'Votre remise de 20 % expire dans 15 minutes.'],
    ],
    quiet: [],
  },
  {
    title: '"today only" for a sale the brief records running on (UCPD Annex I no. 7)',
    rules: ['urgency.offer-facts'],
    where: { edit: recorded({ ends: '2026-04-30' }) },
    fire: [
      ['en', 'Today only: 25% off every hoodie.'],
      ['en', 'Final hours! 40% off ends tonight.'],
      ['en', 'Last day to save 30% on all bedding.'],
      ['en', '48 hours only — 15% off sitewide'],
      ['es', 'Solo hoy: 20 % en toda la tienda.'],
      ['es', 'Últimas horas para el 30 % de descuento.'],
      ['de', 'Nur heute: 20 % auf alle Jacken.'],
      ['de', 'Letzter Tag: 30 % Rabatt auf alles!'],
      ['fr', "Aujourd'hui seulement : -20 % sur tout le site."],
      ['fr', 'Dernier jour pour profiter de -30 % !'],
      ['en', 'Today only: 20% off. The sale runs until 30 April.'],
      ['en', 'Last day! 20% off ends Sunday 12 April.'],
      ['es', 'Último día: la oferta del 20 % termina el domingo 5 de abril.'],
    ],
    quiet: [],
  },
  {
    title: 'an end in hours for an offer the brief records with no end (UCPD Annex I no. 7)',
    rules: ['urgency.offer-facts', 'urgency.deadline'],
    where: { edit: recorded({ ends: 'no-end-date' }) },
    fire: [
      ['en', 'Offer gone in 3 hours: 20% off everything.'],
      ['en', 'This deal disappears in 2 hours!'],
      ['es', 'La oferta termina en 24 horas: 20 % en todo.'],
      ['es', 'En 24 horas se acaba el 20 % de descuento.'],
      ['de', 'Das Angebot endet in 24 Stunden: 20 % auf alles.'],
      ['de', 'In 12 Stunden ist alles vorbei – jetzt 20 % sparen.'],
      ['fr', 'L’offre se termine dans 24 heures : -20 %.'],
      ['fr', 'Encore 12 heures pour profiter de -20 %.'],
    ],
    quiet: [],
  },
  {
    title: 'a "Last day" text in an SMS flow whose first text names an end the record does not',
    rules: ['urgency.offer-facts'],
    where: {
      channel: 'sms',
      kind: 'message',
      edit: (p: HandoffPackage) => {
        p.offer = { ends: '2026-04-30', timer: 'none' };
        p.channels[1]?.deliverables.unshift({
          id: 'first',
          kind: 'message',
          copy: 'Pawcrate: 20% off salmon chews thru 4/12. Reply STOP to opt out.',
        });
      },
    },
    fire: [
      ['en', 'Pawcrate: Last day for 20% off salmon chews! Reply STOP to opt out.'],
      ['en', 'Pawcrate: 20% off ends at midnight. Reply STOP to opt out.'],
    ],
    quiet: [],
  },
  {
    title: 'a "was" price with no basis and no price history on file (16 CFR 233.1; Art. 6a)',
    rules: ['pricing.reference-price'],
    where: {},
    fire: [
      ['en', 'Was £120, now £59. Grab yours.'],
      ['en', '~~$89~~ $49 this weekend'],
      ['en', 'Originally $200 — today $99!'],
      ['es', 'Antes 89 €, ahora 49 €.'],
      ['es', 'Precio anterior 120 €, hoy 69 €.'],
      ['de', 'Statt 99 € nur 49 €!'],
      ['de', 'Bisher 150 €, jetzt 89 €.'],
      ['fr', 'Avant 80 €, maintenant 45 €.'],
      ['fr', 'Au lieu de 59 €, seulement 35 €.'],
    ],
    quiet: [],
  },
  {
    title: '"free" whose charge is stated only in the small print (16 CFR 251.1(c); CAP 3.23)',
    rules: ['pricing.free-charge', 'pricing.free-conditions'],
    where: { edit: termsElsewhere('Activation fee £29.99. 24-month contract at £45 per month.') },
    fire: [
      ['en', 'FREE Wi-Fi router when you switch!'],
      ['en', 'Get the new phone for free 📱'],
      ['en', 'Your smart speaker, on us.'],
      ['es', 'Router gratis al cambiarte.'],
      ['es', 'El móvil nuevo te sale gratis.'],
      ['de', 'Router gratis beim Wechsel!'],
      ['de', 'Das neue Handy kostenlos für dich.'],
      ['fr', 'Box offerte pour tout changement !'],
      ['fr', 'Le nouveau smartphone gratuit.'],
    ],
    quiet: [],
  },
  {
    title: 'scarcity the offer record does not support (UCPD Annex I no. 7)',
    rules: ['urgency.offer-facts', 'urgency.scarcity'],
    where: { edit: recorded({ stock: 'not-limited' }) },
    fire: [
      ['en', 'Only 3 left in stock!'],
      ['en', 'Almost sold out — grab yours.'],
      ['en', 'Selling fast: last few pairs in your size.'],
      ['es', '¡Solo quedan 2 unidades!'],
      ['es', 'Casi agotado: date prisa.'],
      ['de', 'Nur noch 3 Stück verfügbar!'],
      ['de', 'Fast ausverkauft!'],
      ['fr', 'Plus que 2 exemplaires en stock !'],
      ['fr', 'Presque épuisé, foncez !'],
    ],
    quiet: [],
  },
];
