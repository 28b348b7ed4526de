import type { HandoffPackage, Offer } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
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

/** A pricing claim stating `text`, with one price-history item saying `summary`, cited by the caption. */
const history =
  (text: string, summary: string) =>
  (p: HandoffPackage): void => {
    p.claims.push({
      id: 'price-28b',
      text,
      category: 'pricing',
      evidence: [{ ref: 'price-history-2026', kind: 'internal-data', summary, verifiedOn: '2026-02-20' }],
    });
    const d = p.channels[1]?.deliverables[0];
    if (d) d.claimRefs = ['price-28b'];
  };

/** The caption `copy` citing a pricing claim that states it, with `summary` as its price history. */
const cited = (copy: string, summary: string, language: string): HandoffPackage => {
  const p = withCopy(copy, 'social-organic', 'caption', { language });
  history(copy, summary)(p);
  return p;
};

/** Quotes of `rule` (or of any urgency rule, for `urgency.*`) on the caption `copy` when the brief records `offer`. */
const recorded = (rule: string, copy: string, offer: Offer, language: string) => {
  const p = withCopy(copy, 'social-organic', 'caption', { language });
  p.offer = offer;
  const rules = rule === 'urgency.*' ? ['urgency.offer-facts', 'urgency.scarcity'] : [rule];
  return rules.flatMap((r) => hits(p, r, contract3()).map((f) => f.quote));
};

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
  ])('[%s] %j with "%s" on file does not', (lang, copy, summary) => {
    expect(hits(cited(copy, summary, lang), 'evidence.contradicted', contract3())).toEqual([]);
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

describe('stock said to be running out (UCPD Annex I no. 7; CMA: "only 5 left" with no shortage)', () => {
  it.each([
    ['en', 'Stocks are running low – grab yours.', 'Stocks are running low'],
    ['en', 'Our stock is running out fast!', 'stock is running out'],
    ['en', 'Supplies dwindling 👀 order now', 'Supplies dwindling'],
    ['de', 'Der Vorrat geht zur Neige!', 'Vorrat geht zur Neige'],
    ['de', 'Unsere Bestände schrumpfen – jetzt zugreifen.', 'Bestände schrumpfen'],
    ['es', 'Las existencias se agotan.', 'existencias se agotan'],
    ['es', 'Nuestro stock se está agotando 😱', 'stock se está agotando'],
    ['fr', 'Les stocks s’épuisent vite !', 'stocks s’épuisent'],
    ['fr', 'Notre stock fond à vue d’œil.', 'stock fond'],
    ['en', 'INVENTORY RUNNING LOW on the Nova kettle', 'INVENTORY RUNNING LOW'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('urgency.scarcity', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Running low on coffee? Subscribe and never run out.'],
    ['en', 'Is your battery running low? Our charger fills it in 30 min.'],
    ['de', 'Geht Ihr Druckertoner zur Neige? Wir liefern nach.'],
    ['es', 'Si se agota tu paciencia, llámanos.'],
    ['fr', 'Votre stock de café s’épuise ? Abonnez-vous.'],
    ['en', 'Stock up on pantry staples this autumn.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('urgency.scarcity', copy, undefined, lang)).toEqual([]);
  });
});

describe('"few left" wording against a recorded stock far above it (offer record; UCPD Annex I no. 7)', () => {
  it.each([
    ['en', 'Only a few left in your size!', 4000],
    ['en', 'Last few units at this price.', 2500],
    ['en', 'Almost sold out — grab yours.', 12000],
    ['en', 'Nearly gone! The Vela lamp.', 9000],
    ['de', 'Nur noch wenige Exemplare verfügbar!', 3000],
    ['de', 'Fast ausverkauft: die Lampe Nora.', 8000],
    ['es', 'Quedan pocas unidades 😱', 5000],
    ['es', 'Casi agotado: la freidora Brisa.', 7000],
    ['fr', 'Derniers exemplaires disponibles !', 6000],
    ['fr', 'Presque épuisé : le casque Onde.', 10000],
  ])('[%s] %j against %i units fires', (lang, copy, stock) => {
    expect(recorded('urgency.*', copy, { stock }, lang)).not.toEqual([]);
  });

  it.each([
    ['en', 'Only a few left in your size!', 6],
    ['de', 'Fast ausverkauft: die Lampe Nora.', 40],
    ['es', 'Quedan pocas unidades 😱', 12],
    ['fr', 'Derniers exemplaires disponibles !', 8],
    ['en', 'A few of our favourite recipes, free to download.', 5000],
    ['en', 'Almost time for spring: new colours in store.', 5000],
  ])('[%s] %j against %i units does not', (lang, copy, stock) => {
    expect(recorded('urgency.*', copy, { stock }, lang)).toEqual([]);
  });
});

describe('a fee tacked on after a "from" price (CAP 3.18-3.19; DMCC Act drip pricing)', () => {
  it.each([
    ['en', 'Concert tickets from £35 + booking fee.'],
    ['en', 'Flights from €29, taxes and fees extra.'],
    ['en', 'Tickets from $45 plus a service charge per order.'],
    ['en', 'Rooms from £79 a night (cleaning fee extra).'],
    ['de', 'Tickets ab 29 € + Vorverkaufsgebühr.'],
    ['de', 'Zimmer ab 69 €, Reinigungsgebühr extra.'],
    ['es', 'Entradas desde 20 € + gastos de distribución.'],
    ['fr', 'Billets dès 25 € + frais de location.'],
    ['fr', 'Chambres dès 89 €, frais de ménage en sus.'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(quotes('pricing.from-price-fees', copy, undefined, lang)).not.toEqual([]);
  });

  it.each([
    ['en', 'Tickets from £35, booking fee included.'],
    ['en', 'Rooms from £79 a night, cleaning included; extra beds on request.'],
    ['de', 'Tickets ab 29 € inkl. Gebühren.'],
    ['fr', 'Billets dès 30 €, frais inclus.'],
    ['es', 'Entradas desde 25 €, sin gastos de gestión.'],
    ['en', 'Tickets from £35, all fees included. Extra time is played if needed.'],
    ['en', 'Rooms from £79 incl. all taxes, plus an optional breakfast fee extra.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pricing.from-price-fees', copy, undefined, lang)).toEqual([]);
  });
});

describe('"up to" a store-wide saving that only a handful of items reach (CAP 3.40 and its savings advice; CTSI pricing guidance)', () => {
  it.each([
    ['en', 'Up to 60% off everything at Larchwood! *60% applies to 4 garden chairs; 10% on the rest.'],
    ['en', 'UP TO 70% OFF SITEWIDE 🔥 (max. discount on a selection of 6 items)'],
    ['en', 'Save up to 50% across the whole store* *on a small selection of lamps'],
    ['es', 'Hasta un 70 % en toda la tienda Nube.* *Solo en 5 artículos de la colección anterior.'],
    ['es', '¡Hasta el 60 % de descuento en todo! (máximo aplicable a una selección de gorros)'],
    ['de', 'Bis zu 50 % auf alles im Shop!* *Höchstrabatt nur auf 3 Artikel.'],
    ['de', 'Bis zu -70 % auf das gesamte Sortiment – gilt für eine Auswahl von 8 Modellen.'],
    ['fr', 'Jusqu’à -60 % sur tout le site ! *Sur une sélection de 10 références.'],
    ['fr', 'Jusqu’à 50 % de remise dans tout le magasin (sur 2 modèles de chaises).'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(quotes('pricing.up-to-savings', copy, undefined, lang)).not.toEqual([]);
  });

  it.each([
    ['en', 'Up to 40% off selected sofas — see the sofas in store.'],
    ['en', 'Up to 30% off everything in the outlet, with the saving shown on every tag.'],
    ['es', 'Hasta un 30 % en una selección de abrigos.'],
    ['de', 'Bis zu 20 % Rabatt auf alles – der Rabatt steht am Preisschild.'],
    ['fr', 'Jusqu’à -40 % sur une sélection de canapés.'],
    ['en', 'Seats up to 6 people. Everything you need for a dinner party, from £299.'],
    ['en', 'Up to 30% off everything this weekend – on 2 floors of homeware.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pricing.up-to-savings', copy, undefined, lang)).toEqual([]);
  });
});

describe('a multi-buy restated as a larger percentage saving (CAP 3.40; CTSI pricing guidance: "buy one get one half price" saves 25 %)', () => {
  it.each([
    ['en', 'Buy one, get one half price = 50% off every candle!'],
    ['en', 'BOGO 50% off: that’s 50% off your whole basket 🛒'],
    ['en', '3 for 2 on all paperbacks — 50% off!'],
    ['es', 'Compra 3 y paga 2: ¡un 50 % de descuento!'],
    ['es', 'Segunda unidad al 50 %, es decir, un 50 % de ahorro en cremas.'],
    ['de', 'Kauf 3, zahl 2 – also 50 % Rabatt auf alle Socken!'],
    ['de', 'Der zweite Artikel zum halben Preis: 50 % gespart!'],
    ['fr', 'Le 2e à -60 %, soit 60 % d’économie sur vos shampoings !'],
    ['fr', '3 achetés = 2 payés : -50 % sur toute la gamme.'],
    ['en', 'Buy 2, get 1 free: that’s 50% off your lunch!'],
    ['es', 'Compra 2 y llévate 1 gratis = 50 % de ahorro.'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(quotes('pricing.multibuy-saving', copy, undefined, lang)).not.toEqual([]);
  });

  it.each([
    ['en', 'Buy one, get one half price on every candle.'],
    ['en', '3 for 2 on paperbacks: that’s 33% off when you buy three.'],
    ['es', '2x1 en cervezas: ahorra un 50 %.'],
    ['de', 'Der zweite Artikel zum halben Preis – 25 % Ersparnis auf beide.'],
    ['fr', 'Le 2e à -50 %, soit 25 % d’économie sur les deux.'],
    ['en', 'Buy one, get one free on socks. Elsewhere in store: up to 70% off coats.'],
    ['fr', '2 achetés, 1 offert : 33 % d’économie sur le lot.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pricing.multibuy-saving', copy, undefined, lang)).toEqual([]);
  });
});

describe('a reduction on the reference prices that runs all year (16 CFR 233.1(a); CAP savings advice: a genuine usual price)', () => {
  it.each([
    ['en', '40% off our reference prices, all year round!'],
    ['en', 'Permanent 50% off RRP on every mattress.'],
    ['en', 'Every day of the year: 30% below our was prices.'],
    ['es', '-50 % sobre nuestros precios de referencia todo el año.'],
    ['es', 'Descuento permanente del 40 % sobre el PVP.'],
    ['de', 'Das ganze Jahr 50 % unter unserem Streichpreis!'],
    ['de', 'Dauerhaft 30 % unter der UVP – immer.'],
    ['fr', '-60 % toute l’année sur nos prix de référence !'],
    ['fr', 'Remise permanente de 40 % sur le prix barré.'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(quotes('pricing.standing-reduction', copy, undefined, lang)).not.toEqual([]);
  });

  it.each([
    ['en', '10% student discount, all year round.'],
    ['en', 'Open all year round. Our reference price list is on the door.'],
    ['es', 'Precios bajos todo el año, sin letra pequeña.'],
    ['de', 'Das ganze Jahr geöffnet – UVP-Preise am Regal.'],
    ['fr', 'Toute l’année, -10 % pour les adhérents du club.'],
    ['en', 'Open all year: 10% off RRP for members.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pricing.standing-reduction', copy, undefined, lang)).toEqual([]);
  });
});

describe('an "up to" saving figured on one untypical customer (FTC "up to" claims; CAP savings advice)', () => {
  it.each([
    ['en', 'Switch and save up to £900 a year!* *Based on a single customer profile.'],
    ['en', 'Members save up to $1,200 a year (saving calculated for a family of nine).'],
    ['es', 'Ahorra hasta 800 € al año con Luz Clara.* *Ahorro calculado para un solo cliente.'],
    ['es', 'Con la tarjeta ahorras hasta 1.000 € al año (cálculo para una familia de siete).'],
    ['de', 'Sparen Sie bis zu 600 € im Jahr!* *Berechnet für einen einzigen Kunden.'],
    ['de', 'Bis zu 700 € Ersparnis pro Jahr – Beispielrechnung für eine Familie von acht Personen.'],
    ['fr', 'Économisez jusqu’à 1 200 € par an !* *Économie constatée sur un seul profil.'],
    ['fr', 'Jusqu’à 900 € d’économies par an (calcul pour une famille de huit).'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(quotes('pricing.up-to-savings', copy, undefined, lang)).not.toEqual([]);
  });

  it.each([
    ['en', 'Save up to £300 a year: the average saving of 12,000 switchers in 2026.'],
    ['es', 'Ahorra hasta 200 € al año; ahorro medio de nuestros clientes: 150 €.'],
    ['de', 'Bis zu 50 € sparen – für jeden Kunden gleich.'],
    ['fr', 'Jusqu’à 100 € offerts pour une famille de quatre personnes inscrite au club.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pricing.up-to-savings', copy, undefined, lang)).toEqual([]);
  });
});

describe('a reduction right after the prices were raised, said in the copy (Art. 6a(2); 16 CFR 233.1(a))', () => {
  it.each([
    ['en', '40% off all bikes! (We adjusted our prices last week 😉)'],
    ['en', 'Prices went up yesterday, so today’s 30% off is a real steal.'],
    ['es', '-30 % en toda la tienda. Los precios se subieron la semana pasada.'],
    ['es', '¡Rebajas del 50 %! Precios ajustados ayer.'],
    ['de', 'Jetzt -40 % auf alle Räder – Preise wurden letzte Woche angepasst.'],
    ['de', '30 % Rabatt auf alles! Die Preise haben wir gestern erhöht.'],
    ['fr', '-50 % sur tout ! Nos prix ont été relevés la semaine dernière.'],
    ['fr', 'Soldes à -40 % : prix augmentés hier, profitez-en.'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(quotes('pricing.raised-before-sale', copy, undefined, lang)).not.toEqual([]);
  });

  it.each([
    ['en', 'Our opening hours were adjusted last week. 20% off for students.'],
    ['en', 'Prices went down yesterday on all bikes.'],
    ['de', 'Preise wurden zuletzt 2024 angepasst. Jetzt 10 % Rabatt für Mitglieder.'],
    ['fr', 'Nos horaires ont été modifiés hier. -20 % pour les étudiants.'],
    ['es', 'Los precios no se subieron la semana pasada: -20 % de verdad.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pricing.raised-before-sale', copy, undefined, lang)).toEqual([]);
  });
});

describe('live activity claims in any word order (CMA urgency letter: "10 people are viewing this now"; FTC dark patterns)', () => {
  it.each([
    ['de', 'Gerade sehen sich 14 Personen diesen Artikel an.'],
    ['de', 'Im Moment schauen 9 Leute dieses Hotel an 👀'],
    ['de', 'Aktuell interessieren sich 23 Kunden für dieses Sofa.'],
    ['es', 'Ahora mismo lo están viendo 9 personas.'],
    ['es', 'En este momento están mirando esta oferta 12 usuarios.'],
    ['fr', 'Actuellement, 8 clients regardent ce canapé.'],
    ['fr', '5 visiteurs consultent cette chambre en ce moment.'],
    ['en', 'Right now 9 others are eyeing this jacket.'],
    ['en', '14 shoppers are checking this out right now'],
  ])('[%s] %j fires', (lang, copy) => {
    expect(quotes('urgency.scarcity', copy, undefined, lang)).not.toEqual([]);
  });

  it.each([
    ['de', 'Gerade sehen 2 Millionen Menschen das Finale.'],
    ['es', 'Ahora mismo 300 personas trabajan en nuestra fábrica.'],
    ['fr', 'Plus de 2 000 clients ont noté ce canapé 4,8/5.'],
    ['en', 'Over 3,000 customers are considered VIPs after a year with us.'],
    ['de', 'Seit 2010 sehen wir 500 Kunden pro Woche in der Filiale.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('urgency.scarcity', copy, undefined, lang)).toEqual([]);
  });
});
