import type { HandoffPackage } from '#core/package-schema';
import { addCopy } from '../support/package-fixtures.ts';
import { hits } from './helpers/engine-findings.ts';
import { cleanPackage } from './helpers/engine-fixtures.ts';
import { contract3, quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 26, pricing and urgency read by the kinds of wording the codes name: a countdown that holds a price
 * for minutes (FTC dark-patterns report, CMA), delay framed as a loss, a closing-down sale (UCPD Annex I
 * no. 15), a "from" price whose compulsory fees the copy itself adds on (CAP 3.18, DMCC drip pricing), a
 * "valued at" or "were" price (16 CFR 233.1), and the terms of a trial month (16 CFR 251.1(c)).
 */

describe('countdowns and holds read by what they do (urgency.deadline)', () => {
  it.each([
    ['en', 'Your £89 rate is held for 09:59, then it goes back.', '09:59'],
    [
      'en',
      'Seat saved at 20% off. When the countdown reaches zero it is released.',
      'When the countdown reaches',
    ],
    ['en', 'This fare only exists while you are on this page.', 'while you are on this page'],
    ['en', 'Ring within the next five minutes and the blender is £39.', 'within the next five minutes'],
    ['en', 'You only have 2 minutes to claim the bundle price.', 'You only have 2 minutes to claim'],
    ['es', 'Responde en los próximos 10 minutos y el precio es tuyo.', 'en los próximos 10 minutos'],
    ['fr', 'Validez dans les 5 prochaines minutes pour garder la remise.', 'dans les 5 prochaines minutes'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('urgency.deadline', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'Our kettle boils a litre in 90 seconds.'],
    ['en', 'We will call you back within the next 24 hours.'],
    ['es', 'La cafetera prepara un espresso en 25 segundos.'],
    ['en', 'The clock on the town hall was restored in 1998.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('urgency.deadline', copy, undefined, lang)).toEqual([]);
  });
});

describe('delay framed as a loss (urgency.deadline)', () => {
  it.each([
    ['en', 'Sign up tonight or lose your spot on the course.', 'or lose your spot'],
    ['en', 'Once the bundle is gone, it is gone for good.', 'gone for good'],
    ['en', "Don't hesitate, just order: two for £30.", "Don't hesitate, just order"],
    ['es', 'Si no compras hoy, pagarás más mañana.', 'Si no compras hoy'],
    ['de', 'Bestellen Sie gleich, sonst verlieren Sie Ihren Rabatt.', 'sonst verlieren Sie Ihren'],
    ['fr', 'Si vous ne réservez pas aujourd’hui, la chambre part.', 'Si vous ne réservez pas aujourd’hui'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('urgency.deadline', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', "Use it or lose it: that's our motto for the gym."],
    ['en', 'If you do not book today, you can book tomorrow, the price stays.'],
    ['de', 'Nicht vergessen: Mama hat am Sonntag Geburtstag.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('urgency.deadline', copy, undefined, lang)).toEqual([]);
  });
});

describe('closing-down sales, cart threats and price rises (urgency.deadline)', () => {
  it.each([
    ['en', 'Going out of business: 30% off every lamp.', 'Going out of business'],
    ['de', 'Räumungsverkauf! Alle Sofas 40 % günstiger.', 'Räumungsverkauf'],
    ['fr', 'Liquidation totale avant fermeture : -50 % sur tout.', 'Liquidation totale'],
    ['de', 'Ihr Warenkorb wird bald geleert – jetzt bezahlen.', 'Warenkorb wird bald geleert'],
    ['en', 'Prices for the Aria range go up on Friday.', 'Prices for the Aria range go up on Friday'],
    ['es', 'Descuento del 20 % válido hasta medianoche.', 'hasta medianoche'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('urgency.deadline', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', 'Our bakery is closing down for the August holidays.'],
    ['en', 'Kitchen open until midnight on Fridays.'],
    ['de', 'Die Preise im Hofladen stehen auf jeder Kiste.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('urgency.deadline', copy, undefined, lang)).toEqual([]);
  });
});

describe('stock tied to a price, given to someone else (urgency.scarcity)', () => {
  it.each([
    ['es', 'Quedan 4 bicicletas eléctricas a este precio.', 'Quedan 4 bicicletas eléctricas a este precio'],
    ['de', 'Nur noch 3 Matratzen zu diesem Preis.', 'Nur noch 3'],
    ['en', 'When they’re gone, they’re gone.', 'When they’re gone, they’re gone'],
    ['en', 'Trainers in every size are disappearing fast.', 'disappearing fast'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('urgency.scarcity', copy, undefined, lang)).toContain(quote);
  });

  it('does not read a count of days as stock', () => {
    expect(quotes('urgency.scarcity', 'Plus que 6 jours avant la rentrée.', undefined, 'fr')).toEqual([]);
  });
});

describe('declines that mock the reader (urgency.confirmshaming)', () => {
  it.each([
    ['en', '[No thanks, I prefer boring breakfasts]', 'No thanks, I prefer boring'],
    ['de', '[Nein danke, ich zahle gerne mehr]', 'Nein danke, ich zahle gerne mehr'],
    ['fr', '[Non merci, je préfère les chaussettes moches]', 'Non merci, je préfère les chaussettes moches'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('urgency.confirmshaming', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['en', '"Plastic bags? No thanks, I\'d rather bring my own," says Sam.'],
    ['de', 'Nein, danke, ich bleibe lieber zu Hause.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('urgency.confirmshaming', copy, undefined, lang)).toEqual([]);
  });
});

describe('a countdown against the offer record (urgency.offer-facts)', () => {
  const record = (p: HandoffPackage) => {
    p.offer = { ends: 'no-end-date', stock: 'not-limited', timer: 'restarts', repeats: false };
  };
  it.each([
    ['Your bonus workbook is held for 14:59.', 'held for 14:59'],
    ['Get the £4 price only until Sunday 30 May.', 'only until'],
    ['Lock in £4 a box: our prices go up on 1 June.', 'prices go up on'],
  ])('%j fires when the brief records no end and a restarting timer', (copy, quote) => {
    expect(quotes('urgency.offer-facts', copy, record)).toContain(quote);
  });
});

describe('a "from" price with compulsory fees added on (pricing.from-price-fees)', () => {
  it.each([
    ['en', 'Vans from £8,495 (plus delivery charge, VAT and registration).', 'from £8,495'],
    ['en', 'Lodges from $99 a night. A compulsory $30 cleaning fee is added.', 'from $99'],
    ['de', 'Bootsverleih ab 59 € pro Tag, zzgl. Kaution und Reinigung.', 'ab 59 €'],
    ['es', 'Cena a 25 € por persona; el cubierto se cobra aparte.', '25 €'],
    ['fr', 'Salle de bain rénovée dès 4 990 €, hors carrelage et pose.', 'dès 4 990 €'],
  ])('[%s] %j fires', (lang, copy, quote) => {
    expect(quotes('pricing.from-price-fees', copy, undefined, lang)).toContain(quote);
  });

  it.each([
    ['en', 'Lessons from £25, everything included.'],
    ['fr', 'Livraison offerte dès 60 € d’achat.'],
    ['de', 'Ab 18 Uhr geöffnet, Eintritt frei.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pricing.from-price-fees', copy, undefined, lang)).toEqual([]);
  });
});

describe('reference prices in "valued at" and "were" (pricing.reference-price)', () => {
  it.each([
    ['Ring valued at £900 by our jeweller, yours for £120.', 'valued at £900'],
    ['Jackets now £45 (were £90).', 'were £90'],
  ])('%j fires', (copy, quote) => {
    expect(quotes('pricing.reference-price', copy)).toEqual([quote]);
  });

  it('a prize "valued at" with no selling price beside it is no comparison', () => {
    expect(quotes('pricing.reference-price', 'Win an e-bike valued at $1,400.')).toEqual([]);
  });
});

describe('trial months and their terms (pricing.free-trial-terms)', () => {
  it.each([
    ['fr', 'Votre premier mois est offert sur Ciné+ !', 'premier mois est offert'],
    ['es', 'Te regalamos el primer mes de clases de yoga.', 'Te regalamos el primer mes'],
    ['de', 'Der erste Monat ist gratis – jetzt starten.', 'erste Monat ist gratis'],
  ])('[%s] %j fires without the price after it', (lang, copy, quote) => {
    expect(quotes('pricing.free-trial-terms', copy, undefined, lang)).toEqual([quote]);
  });

  it.each([
    ['de', '14 Tage gratis lesen, ohne Zahlungsdaten – danach endet es einfach.'],
    ['fr', 'Premier mois offert, puis 9,99 €/mois, sans engagement.'],
    ['en', 'Sign a 6-month lease and your first month is free.'],
  ])('[%s] %j does not', (lang, copy) => {
    expect(quotes('pricing.free-trial-terms', copy, undefined, lang)).toEqual([]);
  });
});

describe('a price per month is a charge of a "free" offer (pricing.free-charge)', () => {
  const fired = (pkg: HandoffPackage) => hits(pkg, 'pricing.free-charge', contract3()).map((f) => f.quote);
  const withTerms = (copy: string, terms: string) =>
    addCopy(
      addCopy(cleanPackage(), copy, 'social-paid', 'caption', { language: 'en' }),
      terms,
      'web-landing',
      'landing-copy',
      { language: 'en' },
    );
  const filler = 'Soft strap, bright screen and a week of battery. '.repeat(6);

  it('fires when the monthly price is stated only elsewhere', () => {
    expect(
      fired(withTerms('Get your FREE fitness band today.', `${filler}Membership $19.99/month.`)),
    ).toEqual(['FREE']);
  });

  it('is silent when the monthly price stands beside the offer', () => {
    expect(
      fired(withTerms('Try it free for 7 days, then $4.99 a month.', `${filler}Membership $4.99/month.`)),
    ).toEqual([]);
  });
});
