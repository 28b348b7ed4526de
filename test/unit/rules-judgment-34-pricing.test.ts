import { PRICING_KINDS, PRICING_RULES } from './helpers/bank-34-pricing.ts';
import { fired, type Line } from './helpers/judgment-bank.ts';

/**
 * Stop 34, pricing (ADR 0028): the banks of `helpers/bank-34-pricing.ts`, written from CAP 3.10, 3.17-3.26 and
 * 3.39-3.44, the CMA's price transparency guidance and DMCC Act 2024 (s. 230, Schedule 20), Directive 98/6/EC
 * Art. 6a, PAngV, the Code de la consommation, the LOCM and 16 CFR 233 and 251 before the dev misses were read.
 * A problem line raises one pricing rule; a near-miss raises none.
 */
describe.each(PRICING_KINDS)('pricing: $title', ({ where, fire, quiet }) => {
  it.each(fire)('[%s] %j fires', (lang, copy) => {
    expect(fired(PRICING_RULES, copy, lang, where)).not.toEqual([]);
  });
  it.each(quiet)('[%s] %j does not', (lang, copy) => {
    expect(fired(PRICING_RULES, copy, lang, where)).toEqual([]);
  });
});

/** Blind dev lines of stop 34 (scored on 15 February 2027) that the widened readings now read right. */
const feb2027 = {
  edit: (p: { submittedAt: string }) => {
    p.submittedAt = '2027-02-15T09:00:00Z';
  },
};
const BLIND_PROBLEMS: Line[] = [
  ['en', 'Cabins by the loch, £89 a night + £45 cleaning per stay 🌲'],
  [
    'en',
    'Return flights to Rome, £39! Seats, cabin bags and the payment handling fee are added at checkout.',
  ],
  ['en', 'Bedside tables £59 each 🛏️ Delivery to mainland UK costs extra.'],
  ['en', 'The Vento X laptop for £349 (with your trade-in) 💻'],
  ['en', 'Grab your FREE Harvest trial box 🥕 Subscription terms apply, see link in bio.'],
  ['en', "New Spice Club boxes at our introductory price of £12, the same price they'll always be 🌶️"],
  ['en', 'Exclusive Brindle perk, free of charge: 14 days to cancel your online order for a full refund 🙌'],
  ['en', 'Everything reduced at Oakmere Home 🏷️ Selected lines only.'],
  [
    'en',
    'Prices go up soon, so stock up on Heyday kibble at £8.99 while you can 🐾 (no increase confirmed yet)',
  ],
  ['en', '3 for £10 on Pure Bloom hand wash, stock up and SAVE! (Singles £3.20)'],
  ['es', '¡TODO REBAJADO en Casa Alba! 🏷️ (solo algunas referencias de menaje)'],
  ['es', 'LIQUIDACIÓN TOTAL POR CIERRE 😱 Como cada febrero desde 2023, ¡no te la pierdas!'],
  ['es', 'Pack de cosmética valorado en 150 €, hoy tuyo por 29 € 💄'],
  ['es', 'Hotel + spa en Toledo por 59 € la noche* 🧖 *Precio con tarjeta Club.'],
  ['es', 'Bicicletas eléctricas Rayo desde 1.290 € + IVA ⚡'],
  [
    'de',
    "Räumungsverkauf wegen Geschäftsaufgabe, alles muss raus! Ab April geht's dann ganz normal weiter 😉",
  ],
  ['de', 'Teste MealMate 2 Wochen kostenlos 🥗 Einfach Zahlungsdaten hinterlegen, fertig!'],
  ['de', 'Nur bei uns: 2 Jahre Gewährleistung obendrauf, komplett kostenlos! 🎁'],
  ['de', "Bis zu 50 % Rabatt aufs ganze Sortiment 🛍️ Die 50 % gibt's auf ein einziges Auslaufmodell."],
  ['fr', 'Concert de Lysa au Zénith, places à 35 € (+ frais de service obligatoires à la commande) 🎤'],
  [
    'fr',
    'Liquidation totale avant fermeture définitive ! 🚨 Réouverture le 1er mars avec la nouvelle collection.',
  ],
  ['fr', 'Prix de lancement : 24,90 € ! Et bonne nouvelle, il ne bougera jamais 😉'],
  ['fr', '−50 % sur les jeans Azur ! 👖 (sur le 2e jean acheté)'],
];
const BLIND_COMPLIANT: Line[] = [
  [
    'en',
    'Winter throws now £30, down from £45. They were £45 from 1 September 2026 until this sale began on 9 February 2027. Offer ends Sunday 28 February 2027 at midnight.',
  ],
  [
    'en',
    'Half price on the Arlo desk lamp: £35, down from £70, its price since October 2026. Until Sunday 21 February 2027.',
  ],
  ['en', 'Car hire in Mallorca from £21 a day, with compulsory damage cover and all taxes included.'],
];

describe('pricing: blind dev lines of stop 34', () => {
  it.each(BLIND_PROBLEMS)('[%s] %j fires', (lang, copy) => {
    expect(fired(PRICING_RULES, copy, lang, feb2027)).not.toEqual([]);
  });
  it.each(BLIND_COMPLIANT)('[%s] %j does not', (lang, copy) => {
    expect(fired(PRICING_RULES, copy, lang, feb2027)).toEqual([]);
  });
});
