import type { Claim, Offer } from '#core/package-schema';
import { priceHistoryAgainst } from '#core/rules/evidence-price';
import { hits } from './helpers/engine-findings.ts';
import { cited, history, recorded } from './helpers/judgment-28b.ts';
import { contract3, quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 28, pricing and urgency, a bank written from the codes before the dev misses were read. Kinds:
 * a reduction shown by its shape (a labelled earlier price, "reduced from X to Y", an arrow, a struck-out
 * price: Directive 98/6/EC Art. 6a, PAngV § 11, Code de la consommation L112-1-1, FTC 16 CFR 233.1); a
 * reference price above the lowest price of the 30 days before the reduction, as the price history on file
 * states it, and a percentage reduction larger than that low allows (Art. 6a(2); CJEU C-330/23 Aldi Süd);
 * a deadline counted in the last hours or days (UCPD Annex I no. 7, CMA urgency letter 2023); stock said to
 * be running out (CMA: "only 5 left" with no shortage); "few left" wording against a recorded stock far above
 * it (offer record, ADR 0023); a fee tacked on after a "from" price (CAP 3.18-3.19, DMCC Act drip pricing).
 * Each kind has near-misses a keyword rule would wrongly flag.
 */

describe('a reduction shown by its shape: labelled earlier price, from-to, arrow, struck out (Art. 6a; 16 CFR 233.1)', () => {
  it.each([
    ['en', 'Down from $129 — now just $79 for the weekend.', 'Down from $129'],
    ['en', 'Reduced from £80 to £50 while stocks last.', 'Reduced from £80'],
    ['en', 'Slashed from $249 to $149!!', 'Slashed from $249'],
    ['en', 'Was: $60. Now: $35. Go go go', 'Was: $60'],
    ['en', 'Price cut: $199 → $129 on the Aero stroller', '$199 → $129'],
    ['en', 'Linen shirts ~~$89~~ $59 today only', '~~$89~~'],
    ['de', 'Bisher 129 €, jetzt 79 € – die Lampe Nora.', 'Bisher 129 €'],
    ['de', 'Reduziert von 80 € auf 50 €: unser Klassiker.', 'Reduziert von 80 €'],
    ['de', 'Früher 59,99 €, heute nur 39,99 €!', 'Früher 59,99 €'],
    ['de', 'Jetzt 49 € (vorher: 89 €)', 'vorher: 89 €'],
    ['de', 'Von 80 € auf 50 € gesenkt – nur im Onlineshop.', 'Von 80 € auf 50 € gesenkt'],
    ['es', 'Rebajado de 80 € a 50 €. ¡Corre!', 'Rebajado de 80 €'],
    ['es', 'Antes: 59,99 € · Ahora: 39,99 €', 'Antes: 59,99 €'],
    ['es', 'Era 120 €, hoy 79 € 😍', 'Era 120 €'],
    ['fr', 'Avant 59 €, maintenant 39 € sur la veste Brume.', 'Avant 59 €'],
    ['fr', 'Précédemment 129 €, aujourd’hui 89 €.', 'Précédemment 129 €'],
    ['fr', 'Prix en baisse : de 80 € à 50 € sur le coffret.', 'baisse : de 80 €'],
    ['fr', 'Le robot 449 € ➜ 299 € ce week-end', '449 € ➜ 299 €'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('pricing.reference-price', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Was this helpful? Our jacket is $59.'],
    ['en', 'The drive down from Leeds took 2 hours; tickets £20.'],
    ['de', 'Bisher haben 2.000 Kunden bestellt. Preis 49 €.'],
    ['fr', 'Avant de partir, prenez un café à 2 €.'],
    ['es', 'Antes de pedir, revisa tu talla. Camiseta 25 €.'],
    ['fr', 'Le trajet passe de 2 h à 1 h 30 ; billet 25 €.'],
    ['de', 'Die Fahrzeit sinkt von 3 auf 2 Stunden, Ticket 29 €.'],
    ['en', 'Delivery cut from 5 days to 2. Sneakers $89.'],
    ['es', 'Era hora: la camiseta vuelve, 25 €.'],
    ['en', 'Route: Leeds → York, tickets £12.'],
    ['de', 'Früher war alles besser? Unser Brot: 4 €.'],
    ['en', 'Spend $50 → get a $10 voucher.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pricing.reference-price', copy, undefined, lang)).toEqual([]);
  });
});

describe('a reference price above the lowest price of the 30 days before the reduction (Art. 6a(2); PAngV § 11)', () => {
  it.each([
    ['de', 'Sofa Lisa statt 299 € jetzt 199 €', 'Niedrigster Preis der letzten 30 Tage: 229 €.'],
    [
      'de',
      'Sofa Lisa statt 299 € jetzt 199 €',
      'Niedrigster Preis der letzten 30 Tage vor der Aktion: 199 €.',
    ],
    ['en', 'Was $129, now $99: the Aero stroller', 'Lowest price in the 30 days before the sale: $89.'],
    ['en', 'Was $129, now $99: the Aero stroller', '30-day low before the promotion was $99 (shop data).'],
    [
      'en',
      'Was $129, now $99: the Aero stroller',
      'Sold at $129 in January; the lowest price in the past thirty days was $105.',
    ],
    ['es', 'Antes 89 €, ahora 59 €: freidora Brisa', 'Precio más bajo de los últimos 30 días: 69 €.'],
    [
      'es',
      'Antes 89 €, ahora 59 €: freidora Brisa',
      'El precio mínimo aplicado en los treinta días previos a la rebaja fue 64,90 €.',
    ],
    ['fr', 'Au lieu de 149 €, 99 € : le casque Onde', 'Prix le plus bas des 30 derniers jours : 119 €.'],
    [
      'fr',
      'Au lieu de 149 €, 99 € : le casque Onde',
      'Prix le plus bas pratiqué au cours des trente jours précédant la réduction : 99 €.',
    ],
    ['de', 'UVP 499 €, bei uns 349 €', '30-Tage-Tiefstpreis: 379 €.'],
  ])('[%s] %j with "%s" on file fires', (lang, copy, summary) => {
    expect(quotes('pricing.reference-price', copy, history(copy, summary), lang)).not.toEqual([]);
  });

  it.each([
    ['de', 'Sofa Lisa statt 299 € jetzt 199 €', 'Niedrigster Preis der letzten 30 Tage: 299 €.'],
    ['en', 'Was $129, now $99: the Aero stroller', 'Lowest price in the 30 days before the sale: $129.'],
    [
      'es',
      'Antes 89 €, ahora 59 €: freidora Brisa',
      'Precio más bajo de los últimos 30 días: 89 €; la competencia lo vende a 65 €.',
    ],
    [
      'fr',
      'Au lieu de 149 €, 99 € : le casque Onde',
      'Vendu 149 € du 1er au 31 janvier ; prix le plus bas sur 30 jours : 149 €.',
    ],
    [
      'en',
      'Was $129, now $99: the Aero stroller',
      'Sold at $129 for the 60 days before the sale; 30 days of returns at $15 each.',
    ],
    [
      'en',
      'Was $129, now $99: the Aero stroller',
      'Sold at $129 since October; lowest competitor price in the last 30 days: $95.',
    ],
  ])('[%s] %j with "%s" on file does not', (lang, copy, summary) => {
    expect(quotes('pricing.reference-price', copy, history(copy, summary), lang)).toEqual([]);
  });
});

describe('a price raised shortly before the reduction or the free offer (Art. 6a(2); 16 CFR 233.1(a), 251.1(b)(2))', () => {
  it.each([
    [
      'en',
      'Was $179, now $129: the Aero stroller',
      'Sold at $119 until 3 February 2027; raised to $179 on 4 February 2027; sale from 18 February 2027.',
    ],
    [
      'en',
      'Buy one, get one free on every medium pizza',
      'Medium pizza $11 until 2027-02-01, increased to $16 on 2027-02-02; BOGOF from 2027-02-10.',
    ],
    [
      'de',
      'Statt 89 € nur 69 €: Wasserkocher Kira',
      'Verkaufspreis 59 € bis 31.01.2027; am 01.02.2027 auf 89 € erhöht; Aktion ab 15.02.2027.',
    ],
    [
      'de',
      'Statt 89 € nur 69 €: Wasserkocher Kira',
      'Preis ab 03.02.2027 auf 89 € angehoben, vorher 59 €. Aktionsstart 20.02.2027.',
    ],
    [
      'es',
      '3x2 en todas las cremas',
      'Precio de la crema 12 € hasta el 02/02/2027; subida a 16 € el 03/02/2027; 3x2 desde el 14/02/2027.',
    ],
    [
      'es',
      'Antes 40 €, ahora 30 €: lámpara Sol',
      'Se subió el precio a 40 € el 5 de febrero de 2027 (antes 28 €); rebaja desde el 19 de febrero de 2027.',
    ],
    [
      'fr',
      'Au lieu de 60 €, 45 € : la théière Lune',
      'Prix augmenté à 60 € le 02/02/2027 (35 € auparavant) ; promotion à partir du 16/02/2027.',
    ],
    [
      'fr',
      '1 acheté = 1 offert sur les bougies',
      'Bougie à 14 € jusqu’au 31/01/2027, relevée à 22 € le 01/02/2027 ; offre à partir du 08/02/2027.',
    ],
    [
      'en',
      'Sale: now £12, was £15',
      'Price raised to £15 on 1 March 2026; sale runs from 10 March 2026 to 20 April 2026.',
    ],
    ['en', 'Was £15, now £12', 'Price raised to £15 on 2026-02-01; sale from 2026-02-15.'],
    ['de', 'Jetzt 69 € statt 89 €', 'Preis am 5. Februar 2026 auf 89 € erhöht; Aktion ab 10. Februar 2026.'],
    ['en', 'Now $12, was $15', 'Price raised to $15 on 02/01/2026; sale from 02/20/2026.'],
  ])('[%s] %j with "%s" on file fires', (lang, copy, summary) => {
    expect(hits(cited(copy, summary, lang), 'evidence.contradicted', contract3())).not.toEqual([]);
  });

  it.each([
    [
      'en',
      'Was $179, now $129: the Aero stroller',
      'Price went up to $179 on 1 March 2025 and stayed there until the sale on 18 February 2027.',
    ],
    [
      'de',
      'Statt 89 € nur 69 €: Wasserkocher Kira',
      'Preis am 01.06.2026 auf 89 € erhöht, seitdem unverändert; Aktion ab 15.02.2027.',
    ],
    [
      'es',
      '3x2 en todas las cremas',
      'Precio de la crema 16 € desde el 01/09/2026, sin subidas; 3x2 desde el 14/02/2027.',
    ],
    [
      'fr',
      'Au lieu de 60 €, 45 € : la théière Lune',
      'Vendue 60 € depuis le 01/10/2026 ; promotion à partir du 16/02/2027 ; hausse de stock le 02/02/2027.',
    ],
    ['en', 'Our plan is 15 € a month.', 'Price raised to 15 € on 2026-02-01; figures checked on 2026-02-15.'],
    [
      'en',
      'Now $159, was $179',
      'Rose gold edition listed at $179 from 2026-01-02; sale from 2026-01-20. Lowest price in the 30 days before: $179.',
    ],
    [
      'de',
      'Jetzt 999 € statt 1 299 €.',
      'Niedrigster Preis der letzten 30 Tage vor der Reduzierung: 1 299 €.',
    ],
    [
      'de',
      'Jetzt 999 € statt 1\u00a0299 €.',
      'Niedrigster Preis der letzten 30 Tage vor der Reduzierung: 1\u00a0299 €.',
    ],
    [
      'fr',
      'Maintenant 999 € au lieu de 1\u202f299 €.',
      'Prix le plus bas des 30 derniers jours : 1\u202f299 €.',
    ],
    [
      'fr',
      'Maintenant 999,00 € au lieu de 1 299,00 €.',
      'Prix le plus bas des 30 derniers jours : 1 299,00 €.',
    ],
    ['en', 'Now €199, was €229', "€229 was the lowest price in the last 30 days, against today's €199."],
  ])('[%s] %j with "%s" on file does not', (lang, copy, summary) => {
    expect(hits(cited(copy, summary, lang), 'evidence.contradicted', contract3())).toEqual([]);
  });
});

describe('the price history read on its own (review 28: sale end dates, "15 on 2026", "5. Februar", US dates)', () => {
  const against = (text: string, summary: string) =>
    priceHistoryAgainst({ category: 'pricing', text } as Claim, summary);

  it.each([
    [
      'Sale: now £12, was £15',
      'Price raised to £15 on 1 March 2026; sale runs from 10 March 2026 to 20 April 2026.',
    ],
    ['Was £15, now £12', 'Price raised to £15 on 2026-02-01; sale from 2026-02-15.'],
    ['Jetzt 69 € statt 89 €', 'Preis am 5. Februar 2026 auf 89 € erhöht; Aktion ab 10. Februar 2026.'],
    ['Now $12, was $15', 'Price raised to $15 on 02/01/2026; sale from 02/20/2026.'],
  ])('%j with "%s" on file is contradicted', (text, summary) => {
    expect(against(text, summary)).toBe(true);
  });
});

describe('a deadline on terms the brief records running again (UCPD Annex I no. 7; CMA: the same deal straight after)', () => {
  it.each([
    ['en', 'Half price on the Ashby. Ends Sunday.'],
    ['en', 'Our spring sale ends on 21 March — don’t miss it.'],
    ['en', 'Sale ends in 48 hours: 20% off.'],
    ['de', 'Die Aktion endet am Sonntag: 30 % auf alle Sofas.'],
    ['de', 'Nur bis 14. März: 20 % auf Gartenmöbel.'],
    ['es', 'La oferta termina el domingo: 2x1 en cremas.'],
    ['fr', 'L’offre prend fin le 21 mars : -30 % sur les canapés.'],
    ['fr', 'Compte à rebours lancé : -20 % jusqu’à dimanche seulement.'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(recorded('urgency.offer-facts', copy, { repeats: true }, lang)).not.toEqual([]);
  });

  it.each([
    ['en', 'Half price on the Ashby. Ends Sunday.', { repeats: false }],
    ['en', 'Our monthly members’ evening is back every first Friday.', { repeats: true }],
    ['de', 'Die Aktion endet am Sonntag: 30 % auf alle Sofas.', { repeats: false }],
    ['fr', 'Les inscriptions au club se terminent le 21 mars.', { repeats: true }],
    ['es', 'Nuestro horario termina a las 20 h.', { repeats: true }],
  ] as [string, string, Offer][])('[%s] %j against %j does not', (lang, copy, offer) => {
    expect(recorded('urgency.offer-facts', copy, offer, lang)).toEqual([]);
  });
});

describe('a percentage reduction counted from more than the 30-day low (CJEU C-330/23 Aldi Süd)', () => {
  it.each([
    ['de', 'Bananen -23 %: jetzt 1,29 €/kg', 'Niedrigster Preis der letzten 30 Tage: 1,29 €/kg.'],
    ['en', 'Save 40% — now $60', 'Lowest price in the last 30 days: $75.'],
    ['en', '50% OFF: the Vela lamp, now £45', 'Lowest 30-day price before the offer: £60.'],
    ['fr', '-30 % : la bouilloire à 35 €', 'Prix le plus bas des 30 derniers jours : 39 €.'],
    ['es', '-40 % en la silla Nube: ahora 90 €', 'Precio más bajo de los 30 días anteriores: 110 €.'],
    ['de', 'Jetzt 25 % günstiger: 75 €', 'Tiefstpreis der letzten 30 Tage: 85 €.'],
    [
      'fr',
      'Remise de 20 % : 80 € le grille-pain',
      'Prix le plus bas pratiqué sur les trente derniers jours : 90 €.',
    ],
    ['es', 'Ahorra un 30 %: 70 € la cafetera', 'Precio mínimo en los últimos 30 días: 80 €.'],
  ])('[%s] %j with "%s" on file fires', (lang, copy, summary) => {
    expect(hits(cited(copy, summary, lang), 'evidence.contradicted', contract3())).not.toEqual([]);
  });

  it.each([
    ['en', 'Save 40% — now $60', 'Lowest price in the last 30 days: $100.'],
    ['fr', '-30 % : la bouilloire à 35 €', 'Prix le plus bas des 30 derniers jours : 50 €.'],
    ['de', 'Jetzt 25 % günstiger: 75 €', 'Tiefstpreis der letzten 30 Tage: 100 €; Versand 4,95 €.'],
    ['es', '-40 % en la silla Nube: ahora 90 €', 'Precio más bajo de los últimos 30 días: 150 €.'],
  ])('[%s] %j with "%s" on file does not', (lang, copy, summary) => {
    expect(hits(cited(copy, summary, lang), 'evidence.contradicted', contract3())).toEqual([]);
  });
});

describe('a deadline counted in its last hours or days (UCPD Annex I no. 7; CMA urgency letter)', () => {
  it.each([
    ['en', 'Last 24h for 20% off!!', 'Last 24h'],
    ['en', 'ending in 3 days: 2-for-1 on all candles', 'ending in 3 days'],
    ['en', 'Final 48 hours to grab 30% off the winter range.', 'Final 48 hours'],
    ['de', 'Letzte 24 Stunden – 20 % Rabatt!', 'Letzte 24 Stunden'],
    ['de', 'Nur noch 48 Std.: 30 % auf alle Jacken', 'Nur noch 48 Std'],
    ['es', '¡Últimas 24 horas con un 20 % de descuento!', 'Últimas 24 horas'],
    ['es', 'Solo 48 horas más: 2x1 en cremas', 'Solo 48 horas más'],
    ['fr', 'Plus que 48 h pour profiter de -30 % !', 'Plus que 48 h'],
    ['fr', 'Dernières 24 heures : -20 % sur tout.', 'Dernières 24 heures'],
    ['fr', 'Encore 3 jours seulement pour en profiter : -25 %.', 'Encore 3 jours seulement'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('urgency.deadline', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Delivery in 2 days on all orders.'],
    ['en', 'Our workshop lasts 48 hours.'],
    ['de', 'Lieferung in 2 Tagen.'],
    ['fr', 'Livraison en 48 h offerte.'],
    ['es', 'Entrega en 24 horas en toda España.'],
    ['en', 'In the last 24 hours we planted 300 trees.'],
    ['de', 'In den letzten 24 Stunden hat es geschneit.'],
    ['fr', 'Les dernières 24 heures de la course en direct.'],
    ['es', 'Las últimas 48 horas del festival, en nuestro blog.'],
    ['fr', 'Encore 2 jours de soleil prévus : glaces à 3 €.'],
    ['en', 'Final 3 days of the exhibition, entry £12.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('urgency.deadline', copy, undefined, lang)).toEqual([]);
  });
});
