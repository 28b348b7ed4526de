import type { HandoffPackage } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/** Judgment round 7, topics: alcohol and gambling words in their product senses only (marketing-topics@1.1.0). */
const contract = () => publishingContract('1.1.0');

type Lang = 'en' | 'es' | 'de' | 'fr';
const on = (copy: string, language: Lang, region?: string, disclosures?: string[]): HandoffPackage => {
  const pkg = withCopy(copy, 'social-paid', 'caption', { language });
  if (region !== undefined) pkg.audience.regions = [region];
  if (disclosures !== undefined) (pkg.channels[1] as { disclosures?: string[] }).disclosures = disclosures;
  return pkg;
};
const fired = (ruleId: string, pkg: HandoffPackage) =>
  hits(pkg, ruleId, contract()).filter((f) => f.pointer.startsWith('/channels/1'));

describe('alcohol.product: the drink is still routed', () => {
  it.each([
    ['en', 'Our new hazy IPA is on tap this Friday.'],
    ['en', 'Kentucky bourbon, aged eight years, 45% vol.'],
    ['en', 'A glass of wine with every main course.'],
    ['es', 'Vino tinto de Rioja, crianza 2021.'],
    ['de', 'Unser Bier aus Franken, frisch gezapft.'],
    ['fr', 'Un verre de vin offert avec chaque plat.'],
  ] as [Lang, string][])('still routes %s “%s”', (language, copy) => {
    expect(fired('alcohol.product', on(copy, language))).toHaveLength(1);
  });
});

const ALCOHOL_RULES = [
  'alcohol.product',
  'alcohol.excessive',
  'alcohol.success-claims',
  'alcohol.youth-appeal',
];
const alcoholFired = (pkg: HandoffPackage) => ALCOHOL_RULES.filter((id) => fired(id, pkg).length > 0);

describe('alcohol block rules: drink copy fires as on main (review of r7topics #9)', () => {
  it.each([
    [
      'en',
      'Raise your champagne glasses: bottomless brunch, £30.',
      ['alcohol.product', 'alcohol.excessive', 'alcohol.success-claims'],
    ],
    [
      'en',
      'Champagne glasses filled all night: drink all night at Club 9.',
      ['alcohol.product', 'alcohol.excessive', 'alcohol.success-claims'],
    ],
    ['en', 'Beer glasses up! Drinking games every Friday.', ['alcohol.product', 'alcohol.excessive']],
    [
      'en',
      'Wine glass raised: drink all night at our bar.',
      ['alcohol.product', 'alcohol.excessive', 'alcohol.success-claims'],
    ],
    [
      'fr',
      'Verres à vin offerts : avec notre rosé, vous serez plus séduisant.',
      ['alcohol.product', 'alcohol.success-claims'],
    ],
    ['es', 'Pollo con cerveza: te hará más atractivo.', ['alcohol.product', 'alcohol.success-claims']],
    ['en', 'Risotto with wine: the secret to a great night.', ['alcohol.product', 'alcohol.success-claims']],
    ['en', 'Ease the pain with whisky: our 12-year-old single malt.', ['alcohol.product']],
    [
      'en',
      'Cake soaked in rum: make new friends at every party.',
      ['alcohol.product', 'alcohol.success-claims'],
    ],
  ] as [Lang, string, string[]][])('%s “%s” fires as main did', (language, copy, rules) => {
    expect(alcoholFired(on(copy, language))).toEqual(rules);
  });
});

describe('gambling.product: a bet with a stake, an event or odds; the idiom is not gambling', () => {
  it.each([
    ['en', 'Place your bets: which new flavour wins our summer vote?'],
    ['en', 'We bet on comfort: deeper seats, washable covers.'],
    ['en', 'Poker night in a box: chips, cards and snacks, £18.'],
    ['en', 'Choose one of our delivery slots at checkout.'],
    ['es', 'Apuesta por la calidad: roble macizo con 10 años de garantía.'],
    ['es', 'Nuestra apuesta para este verano: lino y algodón.'],
    ['es', 'Cuota mensual de 29 € en el gimnasio.'],
    ['de', 'Wetten, dass Sie diesen Kaffee lieben werden?'],
    ['de', 'Wir wetten, Ihnen gefällt die neue Jacke.'],
    ['fr', 'Vos courses chez Casino : livraison offerte dès 60 €.'],
    ['fr', 'Pariez sur le confort : matelas testés 100 nuits.'],
    ['fr', 'Les cotes de bœuf à -20 % ce week-end.'],
  ] as [Lang, string][])('leaves %s “%s” alone', (language, copy) => {
    expect(fired('gambling.product', on(copy, language))).toEqual([]);
    expect(fired('gambling.product-word', on(copy, language))).toEqual([]);
  });

  it.each([
    ['en', 'Bet now and win big on the Super Bowl.'],
    ['en', 'Bet $20 on the NBA and get $20 back.'],
    ['en', 'Place a £5 bet on the Grand National.'],
    ['en', 'Back me to score first this Saturday.'],
    ['en', 'Stake £10, get £30 to play with.'],
    ['en', 'Best odds on every race at Ascot.'],
    ['es', 'Apuesta ya en LaLiga con las mejores cuotas.'],
    ['es', 'Cuotas mejoradas para el partido del domingo.'],
    ['de', 'Wetten auf die Bundesliga: jeden Spieltag neu.'],
    ['de', 'Erhöhte Quoten für das Derby am Samstag.'],
    ['fr', 'Pariez sur la Ligue 1 tout le week-end.'],
    ['fr', 'Cotes boostées sur le match de dimanche.'],
  ] as [Lang, string][])('routes %s “%s”', (language, copy) => {
    expect(fired('gambling.product', on(copy, language))).toHaveLength(1);
  });
});

describe('gambling.product-word: a bare betting word is gambling when the package shows it', () => {
  it.each([
    ['en', 'Your bet, your way at Fairway.', '18+. BeGambleAware.org'],
    ['es', 'Tu apuesta, a tu manera.', '+18. Juega con responsabilidad. jugarbien.es'],
    ['de', 'Deine Wette, dein Spiel.', '18+. Glücksspiel kann süchtig machen.'],
    ['fr', 'Ton pari, ton match.', 'Jouer comporte des risques : endettement, dépendance.'],
  ] as [Lang, string, string][])('routes %s “%s” beside “%s”', (language, copy, line) => {
    expect(fired('gambling.product-word', on(copy, language, undefined, [line]))).toHaveLength(1);
    expect(fired('gambling.product-word', on(copy, language))).toEqual([]);
  });
});

describe('gambling block rules: the package context is a gambling sense, not a bare word', () => {
  it.each([
    ['en', 'Place your bets: which payday treat wins our vote?'],
    ['en', 'Slots fill fast: book your side hustle masterclass today.'],
    ['fr', 'Fin de mois serrée ? Vos courses chez Casino, -20 % sur les fruits.'],
    ['es', 'Apuesta por tu libertad financiera: curso de ahorro gratis.'],
    ['de', 'Wetten, dass du deine Schulden mit unserem Haushaltsbuch los wirst?'],
  ] as [Lang, string][])('leaves %s “%s” alone', (language, copy) => {
    expect(fired('gambling.money-problems', on(copy, language))).toEqual([]);
  });

  it.each([
    ['en', 'Stake £10 tonight and clear your overdraft by Monday.'],
    ['en', 'Best odds on the derby: your ticket out of debt.'],
    ['es', 'Apuesta ya 10 € y paga tus deudas este mes.'],
    ['de', 'Wetten auf die Bundesliga statt Nebenjob.'],
    ['fr', 'Pariez sur la Ligue 1 : fini les dettes.'],
  ] as [Lang, string][])('blocks %s “%s”', (language, copy) => {
    expect(fired('gambling.money-problems', on(copy, language))).toHaveLength(1);
  });
});

describe('gambling rules: what main caught still counts (review of r7topics #1-#3)', () => {
  it.each([
    ['en', 'Debts? Our slots could pay them off.', 'gambling.money-problems'],
    ['en', 'Pay off your debts with a win on our slots.', 'gambling.money-problems'],
    ['en', 'Win your money back: spin again on our slots.', 'gambling.money-problems'],
    ['en', 'Betting is easy money. Sign up at Fairway Bets.', 'gambling.money-problems'],
    ['en', 'Easy money: bet a tenner on Arsenal.', 'gambling.money-problems'],
    ['de', 'Wetten auf Bayern – schnelles Geld.', 'gambling.money-problems'],
    ['de', 'Jetzt tippen auf die Bundesliga: schnelles Geld!', 'gambling.money-problems'],
    ['en', 'Down on your luck? Your luck is about to turn at Spin City.', 'gambling.money-problems'],
    ['en', 'Teens love our slots: win cartoon prizes.', 'gambling.youth-appeal'],
  ] as [Lang, string, string][])('%s “%s” blocks under %s', (language, copy, rule) => {
    expect(fired(rule, on(copy, language)).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'Betting is easy money. Sign up at Fairway Bets.'],
    ['en', 'Easy money: bet a tenner on Arsenal.'],
    ['de', 'Wetten auf Bayern – schnelles Geld.'],
    ['fr', 'Pariez sur le PSG ce soir avec ParisProno.'],
    ['es', 'Apuesta al Madrid y llévate 50 €.'],
    ['de', 'Wette auf das Topspiel am Samstag.'],
    ['de', 'Wetten auf Bayern gegen Dortmund – Quoten bis 3,5.'],
    ['fr', "Jouez chez Casino Barrière : 50 € offerts à l'inscription."],
    ['fr', 'Tentez votre chance au Petit Casino de Deauville ce soir.'],
    ['en', 'Poker night online: join a table for £5 and win the pot.'],
  ] as [Lang, string][])('routes %s “%s” to a person', (language, copy) => {
    expect(fired('gambling.product', on(copy, language))).toHaveLength(1);
  });
});

const GAMBLING_RULES = [
  'gambling.product',
  'gambling.product-word',
  'gambling.money-problems',
  'gambling.minor-audience',
  'gambling.youth-appeal',
  'gambling.social-status',
  'gambling.bonus-terms',
  'gambling.young-person',
];

describe('gambling rules: everyday senses of acca, lottery, slots, spins and odds (review of r7topics #6-#8)', () => {
  it.each([
    ['en', 'Struggling with debts? Our ACCA-qualified advisers can help.'],
    ['es', 'Cuotas de 30 € al mes: paga tus deudas con nuestro préstamo.'],
    ['de', 'Lotto-Annahmestelle: Miete und Nebenkosten sparen mit unserem Ratgeber.'],
    ['en', 'Each-way: clear your debts or build savings with our app.'],
    ['en', "Debt advice: odds of 3 to 1 you're paying too much interest."],
    ['en', 'Acca Academy: accountancy courses for school leavers.'],
    ['en', 'Heritage Lottery funded: free after school clubs at the museum.'],
    ['en', 'Lottery-funded homework club every Tuesday after school.'],
    ['en', 'School lottery: tickets £1, prizes for every class, draw after school Friday.'],
    ['en', 'In-play stats for your homework project on the World Cup.'],
    ['en', 'Bingo online for care homes: cartoon cards and big print.'],
    ['de', 'Top-Quoten: 95 % unserer Azubis bleiben nach der Schule bei uns.'],
    ['es', 'Cuota de 5 € para la excursión del colegio.'],
    ['en', 'ACCA-qualified accountants to file your tax return.'],
    ['en', 'Each-way traffic on the A1 is slow; take the train.'],
    ['en', 'In-play analytics for football coaches: track every pass.'],
    ['en', 'Card slots and a coin pocket: our new leather wallet.'],
    ['en', 'Two PCIe slots and four RAM slots.'],
    ['en', 'Super spins on our new washing machine: 1600 rpm.'],
    ['en', 'Lucky spin: 10% off with our wheel of fortune.'],
    ['en', 'Best odds of finding a parking space: arrive before 9.'],
    ['en', 'Odds of 3 to 1 are on the weather: pack a raincoat.'],
    ['en', "Craps! We missed the sale: here's another 10% off."],
    ['en', 'Keno-style: pick six toppings for your pizza.'],
    ['en', "Texas Hold'em night with friends? Our snack box serves eight."],
    ['es', 'Juego seguro para niños: columpios con certificado.'],
  ] as [Lang, string][])('neither blocks nor routes %s “%s”', (language, copy) => {
    const pkg = on(copy, language);
    expect(GAMBLING_RULES.filter((id) => fired(id, pkg).length > 0)).toEqual([]);
  });
});
