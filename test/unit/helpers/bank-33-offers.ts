import type { Kind, Line } from './judgment-bank.ts';

/**
 * Stop 33, offers (ADR 0028): what a compliant price or offer states that the pricing rules did not read,
 * written from the codes before the rules changed. The fixture package is submitted on 1 March 2026.
 *
 * - A reference price with the period it was charged (CAP 3.39-3.40; the CTSI pricing guidance: say when
 *   and where the higher price was charged; FTC 16 CFR 233.1: a former price offered for a reasonably
 *   substantial period in the recent course of business). A period that ended long before, or that dates the
 *   offer rather than the reference price, is no basis.
 * - The lowest price of the 30 days before a reduction, stated in the next sentence of the same copy
 *   (Directive 98/6/EC Art. 6a; PAngV § 11).
 * - The single price of each item beside a multi-buy: a price charged now, not a former price.
 * - A shipping fee after a free-delivery threshold ("sonst 4,95 €" after "Standardversand").
 * - A figure a copula gives a saving, a bill or a refund ("the average saving was £95"): no former price.
 * - A travel from-price whose exclusions are optional extras or a local tourist tax collected on site (CAP
 *   3.18-3.19: compulsory charges in the price; Directive (EU) 2015/2302 Art. 5(1)(c); 16 CFR 464 leaves
 *   government charges out of the total price). A trader's own fee left out still fires.
 * - A free trial lesson or class: one session, no plan that turns paid (16 CFR 251; CAP 3.23).
 */
export const OFFER_KINDS_33: Kind[] = [
  {
    title: 'a reference price with the period it was charged (CAP 3.39-3.40; 16 CFR 233.1)',
    rules: ['pricing.reference-price'],
    fire: [
      ['en', 'Was £60, now £45 from 1 to 28 February 2026.'],
      ['en', 'Now £45, was £60 from March to May 2023.'],
      ['en', 'Usually £60 from 1 September to 31 October 2019, now £45 on the Arlo throw.'],
      ['es', 'Ahora 45 €, antes 60 €. Oferta del 1 al 15 de marzo de 2026.'],
      ['de', 'Jetzt 45 € statt 60 € – gültig vom 1. bis 15. März 2026.'],
      ['fr', 'Lampe Orsay à 45 € au lieu de 60 € du 1er au 31 mars 2022.'],
      ['en', 'Was $199 — sale runs from 1 March to 31 March 2026, now $149.'],
      ['en', 'Now £40, was £60 from 1 September to 31 October 2026.'],
      ['en', 'Now £40, was £60 from 1 to 2 February 2026.'],
      ['fr', 'Maintenant 40 €, au lieu de 60 € du 1er au 2 février 2026.'],
      ['es', 'Ahora 40 €, antes 60 € del 1 al 2 de febrero de 2026.'],
      ['en', 'Now £40, was £60, our sale price from 1 March to 31 March 2026.'],
      ['en', 'Now £40, was £60, our sale price from 1 December 2025 to 31 January 2026.'],
    ],
    quiet: [
      ['en', 'Fenwick desk lamp: was £80 from 1 November 2025 to 31 January 2026, now £59.'],
      ['en', 'Oak side table now £120 (was £150 between 1 December 2025 and 15 February 2026).'],
      ['en', 'Save $30: now $89, down from $119, the price we charged from October 2025 to January 2026.'],
      ['en', 'Trail shoes $95, previously $130 from 1 Nov 2025 to 31 Jan 2026.'],
      ['en', 'Now £45 (was £60, 1 December 2025 – 31 January 2026) on the Brae wool scarf.'],
      ['fr', 'Lampe Orsay à 45 €, au lieu de 60 € du 1er décembre 2025 au 31 janvier 2026.'],
      ['es', 'Sofá Lena por 499 €, antes 649 € del 1 de noviembre de 2025 al 31 de enero de 2026.'],
      ['de', 'Wanderjacke jetzt 89 €, vorher 119 € vom 1. November 2025 bis 31. Januar 2026.'],
    ],
  },
  {
    title: 'the 30-day lowest price in the next sentence (Directive 98/6/EC Art. 6a; PAngV § 11)',
    rules: ['pricing.reference-price'],
    fire: [
      ['de', 'Jetzt 59,95 € statt 79,95 €. 30 Tage Rückgaberecht.'],
      ['fr', 'Théière à 35 € au lieu de 49 €. Le prix le plus bas du marché !'],
      ['es', 'Ahora 59 €, antes 79 €. Devoluciones gratis durante 30 días.'],
      ['en', 'Now €45, was €60. Lowest price guaranteed.'],
      ['en', 'Lowest price in 30 days! Was £60, now £40.'],
    ],
    quiet: [
      ['de', 'Wanderrucksack 59,95 € statt 79,95 €. Niedrigster Preis der letzten 30 Tage: 79,95 €.'],
      ['de', 'Nur diese Woche: Kaffeemühle für 39 € statt 49 €. 30-Tage-Tiefstpreis vor der Aktion: 49 €.'],
      ['fr', 'Théière en fonte à 35 € au lieu de 49 €. Prix le plus bas des 30 derniers jours : 49 €.'],
      ['fr', 'Veste Brume : 66 € au lieu de 88 €. Prix antérieur le plus bas (30 jours) : 88 €.'],
      ['es', 'Cafetera a 59 €, antes 79 €. Precio más bajo de los últimos 30 días: 79 €.'],
      ['en', 'Now €45, was €60. Lowest price in the 30 days before the reduction: €60.'],
    ],
  },
  {
    title: 'the single price of each item beside a multi-buy',
    rules: ['pricing.reference-price'],
    fire: [
      ['en', 'Any two bottles for £18, was £12.99 each.'],
      ['en', 'Now £8.99 each, usually £10.99 each.'],
      ['en', 'Usually £10.99 a bottle, today just £7.99!'],
      ['de', 'Jetzt 7,99 € pro Flasche, sonst 10,99 € pro Flasche.'],
      ['fr', 'Maintenant 3,90 €, habituellement 5,50 € l’unité.'],
    ],
    quiet: [
      ['en', 'Any three candles for £30 (usually £12.50 each).'],
      ['en', 'Mix and match: 2 sourdough loaves for £7, normally £4.20 each.'],
      ['en', 'Buy 2 tins of garden paint for £40, usually £24 per tin.'],
      ['en', 'Any 3 jars of our jam for £10 (regularly £3.99 each).'],
      ['de', '2 Flaschen Olivenöl für 18 €, sonst 10,99 € pro Flasche.'],
      ['fr', '2 pots de confiture pour 9 €, habituellement 5,50 € l’unité.'],
      ['es', '3 cuadernos por 10 €, normalmente 4,50 € cada uno.'],
    ],
  },
  {
    title: 'a shipping fee after a free-delivery threshold',
    rules: ['pricing.reference-price'],
    fire: [
      ['de', 'Jetzt 39 €, sonst 59 €. Kostenloser Versand ab 50 €.'],
      ['de', 'Winterjacke jetzt 89 €, sonst 129 €!'],
      ['de', 'Standardversand kostenlos. Diese Woche 19 €, sonst 29 €.'],
      ['de', 'Expresslieferung möglich. Toaster jetzt 29 € statt 49 €.'],
    ],
    quiet: [
      ['de', 'Gratisversand ab 40 € Einkaufswert, sonst 3,90 €.'],
      ['de', 'Kostenloser Expressversand ab 100 € Bestellwert in Österreich, sonst 9,90 €.'],
      ['de', 'Standardlieferung kostenlos ab 30 €, sonst 2,95 €.'],
      ['de', 'Versandkostenfrei ab 50 €, sonst 4,95 € Versand.'],
      ['fr', 'Livraison offerte dès 49 € d’achat, sinon 4,90 €.'],
      ['es', 'Envío estándar gratis a partir de 50 €; si no, 3,95 €.'],
    ],
  },
  {
    title: 'a figure a copula gives a saving, a bill or a refund',
    rules: ['pricing.reference-price'],
    fire: [
      ['en', 'The price was £60, now just £45!'],
      ['en', 'It was £60 — now £45.'],
      ['en', 'Our bestselling throw was £60, now £45.'],
      ['es', 'La lámpara era 60 €, ahora 45 €.'],
    ],
    quiet: [
      ['en', 'Our customers’ average saving last year was £95.'],
      ['en', 'The typical bill for a home like yours was £1,240 in 2025.'],
      ['en', 'The average refund in 2025 was £310, paid within 14 days.'],
      ['en', 'Last winter the median household spend on heating was £1,100.'],
      ['en', 'The total raised for the hospice at the fun run was £12,400. Thank you!'],
      ['es', 'El ahorro medio de nuestros clientes en 2025 era 95 € al año.'],
    ],
  },
  {
    title: 'a travel from-price that excludes optional extras or a local tourist tax (CAP 3.18-3.19)',
    rules: ['pricing.from-price-fees'],
    fire: [
      ['en', 'Hotel stays from £89 a night. Resort fee payable on arrival.'],
      ['en', 'Flights to Rome from £49. Taxes and fees not included.'],
      ['en', 'Cruises from £699pp. Port charges and insurance not included.'],
      ['fr', 'Séjours à Nice dès 299 €. Frais de ménage à régler sur place.'],
      ['es', 'Vuelos a Roma desde 39 €, tasas no incluidas.'],
      ['de', 'Ferienwohnungen ab 79 € pro Nacht, Endreinigung wird vor Ort berechnet.'],
    ],
    quiet: [
      [
        'en',
        'City breaks in Porto from £299 per person, including flights and 3 nights’ B&B. Travel insurance not included.',
      ],
      [
        'en',
        'Lake Garda from £549pp with flights, transfers and half board; excursions and drinks not included.',
      ],
      [
        'en',
        'Ski week in Morzine from £699 per person, flights and chalet included. Lift pass and equipment hire not included.',
      ],
      ['en', 'Tenerife from £479pp including flights and transfers. Local tourist tax payable at the hotel.'],
      [
        'fr',
        'Séjour à Biarritz à partir de 389 € par personne, vols et hôtel inclus. Taxe de séjour à régler sur place.',
      ],
      ['fr', 'Croisières en Méditerranée dès 899 €, pension complète incluse. Boissons en supplément.'],
      ['es', 'Escapada a Sevilla desde 249 € por persona con vuelo y hotel. Seguro de viaje no incluido.'],
      ['de', 'Mallorca-Reisen ab 499 € inkl. Flug und Hotel. Kurtaxe wird vor Ort berechnet.'],
    ],
  },
  {
    title: 'a free trial lesson or class: one session, no plan that turns paid (16 CFR 251; CAP 3.23)',
    rules: ['pricing.free-trial-terms'],
    fire: [
      ['en', 'Start your free trial today and stream every film.'],
      ['en', 'Free trial for new members: unlimited classes.'],
      ['en', 'Enjoy a free trial of our online lessons.'],
      ['es', 'Prueba gratis nuestra app de clases de yoga.'],
      ['fr', 'Essai gratuit de l’abonnement Premium.'],
      ['en', 'Start your free trial day of Premium today.'],
    ],
    quiet: [
      ['en', 'Book a free trial class at Northside Climbing: shoes and harness provided.'],
      ['en', 'New to Pilates? Your first visit is a free trial session with one of our instructors.'],
      ['en', 'Kids’ judo on Tuesdays at 5pm: come along for a free trial lesson.'],
      ['es', 'Reserva una clase de prueba gratis de yoga para principiantes.'],
      ['es', 'Sesión de prueba gratuita en nuestro club de pádel.'],
      ['fr', 'Réservez un cours d’essai gratuit de piano au conservatoire.'],
    ],
  },
];

/**
 * The blind lines of round 33 (offers) the stop fixed: a reviewer passes each, and no offer rule reads it now.
 * Those whose was-price period ends after the fixture's submission (2026-03-01) left this list: a period not
 * yet over is no basis (they are `known` in round-33-blind-offers.json).
 */
export const BLIND_33_OFFERS: Line[] = [
  [
    'en',
    'Any two bottles of our Spanish reds for £18 (usually £10.99 each). Over-18s only; ID may be checked on delivery. Please drink responsibly.',
  ],
  [
    'en',
    'Swimming lessons for 4 to 7 year olds, Saturdays at 9am at Riverside Leisure Centre. Parents can book a free trial lesson online.',
  ],
  [
    'en',
    'Wayfarer Holidays: 7 nights half board in Paphos, Cyprus, from £649 per person based on two adults sharing, departing Manchester on 6 March 2027. Includes return flights, 20 kg hold luggage and transfers; travel insurance not included. ATOL protected.',
  ],
  [
    'de',
    'Winterschlussverkauf bei Linden & Rowe: Wollmantel für 99,95 € statt 139,95 €. Niedrigster Preis der letzten 30 Tage vor der Ermäßigung: 139,95 €. Gültig vom 2. bis 31. Januar 2027.',
  ],
  [
    'de',
    'Kostenloser Standardversand ab 50 € Bestellwert innerhalb Deutschlands, sonst 4,95 €. Lieferzeit 2–4 Werktage.',
  ],
];
