import { recorded } from './helpers/judgment-28b.ts';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 28, pricing and urgency bank, second half: stock, fees, "up to", multi-buys, standing reductions, live activity (the first half, with the codes
 * it rests on, is rules-judgment-28-b.test.ts; package builders in helpers/judgment-28b.ts).
 */

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
    ['en', 'Buy one get one free on 100% cotton tees.'],
    ['en', '3 for 2 on all 100% cotton tees.'],
    ['en', 'Second pair free with every 100% merino jumper.'],
    ['es', '3x2 en camisetas de algodón 100 %.'],
    ['fr', 'Le 2e offert sur les pulls 100 % laine.'],
    ['en', 'Buy one get one free on our 1 x 2 m rug; 60% wool.'],
    ['en', 'Cabin sleeps 4 for 3 nights minimum, 100% refundable.'],
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
