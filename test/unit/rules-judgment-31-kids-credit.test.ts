import type { HandoffPackage } from '#core/package-schema';
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { bank, fired, kids, type Where } from './helpers/judgment-bank.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 31, children and consumer credit (ADR 0028: banks written from the codes before the dev misses).
 * - Credit advertised with a figure of its cost (a 0 % rate, a monthly instalment, instalments of an amount) and no
 *   effective annual rate or representative example: Consumer Credit Directive 2008/48/EC Art. 4 and (EU)
 *   2023/2225 Art. 8, PAngV § 17, CONC 3.5.5, TILA Regulation Z § 1026.24(d) trigger terms.
 * - A direct exhortation to children to take a deal ("Schnapp dir die günstige Gelegenheit", "grab the deal"):
 *   UCPD Annex I No. 28, BGH I ZR 34/12 "Runes of Magic", CAP 5.9, CARU.
 * - A children's ad whose package says what it shows is sold separately, with no such statement in the copy:
 *   CAP 5.2 and BCAP 5.8 (misleading children about what comes with the product), CARU product presentation.
 * - An audience of adults who have children ("subscribers, many with young children") is not a children's
 *   audience (CAP 5 definitions).
 */

const CREDIT = ['finance.credit-cost'];
bank(
  'finance: credit with a cost figure and no effective rate or representative example',
  CREDIT,
  { channel: 'email', kind: 'body' },
  [
    ['de', '0 % Finanzierung auf alle E-Bikes – 36 Monate, ohne Anzahlung.'],
    ['de', 'Jetzt finanzieren: schon ab 49 € im Monat!'],
    ['de', 'Deine neue Küche in 48 Monatsraten à 89 €.'],
    ['en', 'Spread the cost: 0% finance over 24 months.'],
    ['en', 'Own it for just £29 a month with our flexible finance.'],
    ['en', 'Low monthly payments of $49 for 36 months: finance it today.'],
    ['en', 'Interest-free credit for 12 months: just £35 a month.'],
    ['es', 'Financiación al 0 % en 24 meses, sin entrada.'],
    ['es', 'Llévatelo en 12 cuotas de 49 € sin intereses.'],
    ['fr', 'Votre canapé en 10 mensualités de 99 € sans frais.'],
    ['es', 'Financia tu moto desde 79 €/mes.'],
    ['fr', 'Financement à 0 % sur 20 mois.'],
    ['fr', 'Votre cuisine dès 59 €/mois grâce à notre financement.'],
  ],
  [
    [
      'de',
      '0 % Finanzierung über 36 Monate. Effektiver Jahreszins 0,00 %, Sollzins 0,00 % gebunden, Kreditgeber: Muster Bank AG.',
    ],
    [
      'en',
      'Representative example: £1,000 over 24 months, 0% APR representative, 24 monthly payments of £41.67.',
    ],
    [
      'fr',
      'Financement à 0 % sur 20 mois. TAEG fixe 0 %, exemple représentatif : 1 000 € en 20 mensualités.',
    ],
    ['es', 'Financiación al 0 % en 24 meses. TAE 0 %, TIN 0 %, ejemplo representativo disponible en tienda.'],
    ['es', '0 % de grasa, 100 % sabor.'],
    ['en', 'Stream for £9.99 a month, cancel any time.'],
    ['de', 'Unser Abo: 12,90 € im Monat, monatlich kündbar.'],
    ['fr', 'Abonnement à 19 €/mois, sans engagement.'],
    ['en', 'Our finance team is hiring in Leeds.'],
    ['es', 'Cuota de socio: 35 € al mes.'],
    ['es', 'Plan anual: 12 cuotas mensuales de 29 €.'],
    ['en', 'Annual membership: 12 monthly payments of £30.'],
    ['fr', 'Abonnement annuel payable en 12 mensualités de 25 €.'],
    ['en', '0% fat Greek yoghurt, 500 g.'],
    // No figure of the credit's cost (Art. 4 of 2008/48/EC: a rate or a figure), as the ordinary-copy corpus holds.
    ['es', 'Paga tu sofá en 12 cuotas sin intereses.'],
    ['en', 'Interest-free credit on all sofas.'],
    ['fr', 'Votre canapé en 10 fois sans frais.'],
    // Review of stop 31: store or phone credit, top-ups and savings are not lending.
    ['en', 'SIM only: 30GB data and £5 store credit, £12 a month, 24-month contract.'],
    ['en', 'Mobile credit top-up from £10 a month.'],
    ['en', 'Our credit union savings account: save from £10 a month.'],
    ['en', 'Tax-free savings: 0% interest penalties for early withdrawal.'],
  ],
);

describe('finance: lending with a cost figure still fires next to the review lines', () => {
  it.each([
    ['en', 'Own it for just £29 a month with our flexible credit.'],
    ['en', '0% interest for 12 months on all sofas.'],
  ])('[%s] %j', (lang, copy) => {
    expect(fired(CREDIT, copy, lang, { channel: 'email', kind: 'body' })).toEqual(CREDIT);
  });
});

const EXHORT = ['children.direct-exhortation'];
bank(
  'children: an exhortation to take a deal, in copy for children (UCPD Annex I No. 28, BGH Runes of Magic)',
  EXHORT,
  { channel: 'web-landing', kind: 'landing-copy', edit: kids },
  [
    ['de', 'Schnapp dir die günstige Gelegenheit und rüste deinen Helden auf!'],
    ['de', 'Sichere dir jetzt das Angebot im Item-Shop!'],
    ['de', 'Hol dir den Deal, bevor er weg ist!'],
    ['en', 'Grab the deal now and unlock the golden armour!'],
    ['en', 'Snap up this bargain in the game shop today!'],
    ['en', 'Grab this offer before Friday!'],
    ['es', '¡Aprovecha la oferta y mejora tu personaje!'],
    ['es', '¡Aprovecha esta ocasión en la tienda del juego!'],
    ['fr', "Profite de l'offre et équipe ton héros !"],
    ['fr', "Saute sur l'occasion : le pack dragon est en promo !"],
  ],
  [
    ['de', 'Schnapp dir einen Stift und mal mit!'],
    ['en', 'Grab a friend and build a fort together.'],
    ['es', 'Aprovecha el fin de semana para jugar al aire libre.'],
    ['fr', 'Profite des vacances pour lire une histoire.'],
    ['en', 'Grab your chance to meet the dinosaurs at the museum!'],
    ['de', 'Hol dir die Malvorlage zum Ausdrucken.'],
  ],
);

describe('children: the deal exhortation is read only for an audience of children', () => {
  it('stays quiet for adults', () => {
    const adults = (p: HandoffPackage) => {
      p.audience.primary = 'Adult gamers aged 25 to 40';
    };
    expect(fired(EXHORT, 'Grab the deal now!', 'en', { channel: 'web-landing', edit: adults })).toEqual([]);
  });
});

/** Rules among `rules` that report anywhere in the package (a rule read `once` reports on its first copy). */
function anywhere(rules: readonly string[], copy: string, lang: string, where: Where): string[] {
  const pkg = withCopy(copy, where.channel ?? 'social-organic', where.kind ?? 'caption', { language: lang });
  where.edit?.(pkg);
  const ids = new Set(rules);
  return [...new Set(findings(pkg, contract3()).map((f) => f.ruleId))].filter((id) => ids.has(id));
}

const SEPARATE = ['children.sold-separately'];
type Shown = [lang: string, copy: string, fact: string];
const withFact = (fact: string, edit: (p: HandoffPackage) => void = kids) => ({
  channel: 'video' as const,
  kind: 'script' as const,
  edit: (p: HandoffPackage) => {
    edit(p);
    p.story.proofPoints.push(fact);
    // The ad alone: every channel of a package is an ad that must say it.
    p.channels = p.channels.slice(1);
  },
});
const separately = (title: string, fire: Shown[], quiet: Shown[]): void => {
  describe(title, () => {
    it.each(fire)('[%s] %j (fact %j) fires', (lang, copy, fact) => {
      expect(anywhere(SEPARATE, copy, lang, withFact(fact))).toEqual(SEPARATE);
    });
    it.each(quiet)('[%s] %j (fact %j) does not', (lang, copy, fact) => {
      expect(anywhere(SEPARATE, copy, lang, withFact(fact))).toEqual([]);
    });
  });
};

separately(
  'children: the package says what the ad shows is sold separately, the copy does not (CAP 5.2, CARU)',
  [
    [
      'en',
      'SCENE: The racer jumps the ramp, loops the loop and parks in the garage. VO: Zoom it, loop it, park it!',
      'The box contains the car only; ramp, loop and garage are sold separately.',
    ],
    ['en', 'Brush her mane, ride to the stable, lock the gate!', 'Stable and carriage sold separately.'],
    [
      'de',
      'Die Feuerwache mit Drehleiter, Garage und Hubschrauber!',
      'Hubschrauber und Garage einzeln erhältlich.',
    ],
    [
      'de',
      'Baue deine Rennstrecke mit Looping und Tunnel!',
      'Looping und Tunnel nicht im Lieferumfang enthalten.',
    ],
    [
      'es',
      'La casa de muñecas con piscina, coche y caballo.',
      'El coche y el caballo se venden por separado.',
    ],
    ['fr', 'Le château des dragons avec catapulte et pont-levis !', 'Catapulte vendue séparément.'],
    ['fr', 'Le circuit avec looping et garage !', 'Looping et garage vendus séparément.'],
    ['es', 'Tu robot baila, canta y brilla.', 'Pilas no incluidas.'],
  ],
  [
    [
      'en',
      'Zoom it, loop it, park it! Ramp, loop and garage sold separately.',
      'Ramp, loop and garage are sold separately.',
    ],
    [
      'de',
      'Die Feuerwache mit Drehleiter! Hubschrauber einzeln erhältlich.',
      'Hubschrauber einzeln erhältlich.',
    ],
    ['es', 'Casa de muñecas con piscina. Coche y caballo se venden por separado.', 'Se venden por separado.'],
    ['fr', 'Le château des dragons ! Catapulte vendue séparément.', 'Catapulte vendue séparément.'],
    ['en', 'Robo Racer zooms, loops and parks!', 'The box contains one car and a launch ramp.'],
    // Review of stop 31: other ways an ad says it.
    [
      'en',
      'Kids 6-10 will love the Dino Den. Figures available separately.',
      'Extra figures sold separately.',
    ],
    [
      'en',
      'The dinosaur set for kids 6-10: 40 pieces, batteries required (not included).',
      'Batteries not included; extra figures sold separately.',
    ],
    [
      'en',
      'Kids 6-10: the Dino Den comes with 3 figures. Extra figures can be bought separately.',
      'Extra figures sold separately.',
    ],
    ['de', 'Die Dino-Höhle! Figuren gibt es auch einzeln zu kaufen.', 'Figuren separat erhältlich.'],
    ['fr', "La grotte des dinos ! Figurines vendues à l'unité.", 'Figurines vendues séparément.'],
    ['es', 'La cueva de los dinosaurios. Figuras se venden por separado.', 'Figuras se venden por separado.'],
  ],
);

describe('children: sold separately is read only for an audience of children', () => {
  it('stays quiet for an adult hobby set', () => {
    const adults = (p: HandoffPackage) => {
      p.audience.primary = 'Adult model railway collectors';
    };
    const place = withFact('Station sold separately.', adults);
    expect(anywhere(SEPARATE, 'The Flying Scotsman set, with station and signal box.', 'en', place)).toEqual(
      [],
    );
  });
});

const AUDIENCE = ['children.audience'];
const reaches = (primary: string) => (p: HandoffPackage) => {
  p.audience.primary = primary;
};
describe('children: adults who have children are not an audience of children (CAP 5)', () => {
  it.each([
    'UK newsletter subscribers, many with young children',
    'Newsletter-Abonnenten, viele mit kleinen Kindern',
    'Suscriptores del boletín, muchos con niños pequeños',
    'Abonnés à la newsletter, beaucoup avec enfants',
  ])('%j', (primary) => {
    expect(anywhere(AUDIENCE, 'Bedtime stays bedtime.', 'en', { edit: reaches(primary) })).toEqual([]);
  });
  it.each([
    'Children aged 6 to 11',
    'Kids who love dinosaurs',
    'Niños de 6 a 10 años',
    'Enfants de 8 à 12 ans',
  ])('%j is', (primary) => {
    expect(anywhere(AUDIENCE, 'Bedtime stays bedtime.', 'en', { edit: reaches(primary) })).toEqual(AUDIENCE);
  });
});

const players = (primary: string) => (p: HandoffPackage) => {
  p.audience.primary = primary;
};
describe('children: an audience that says many of it are children reads the exhortation rule (CAP 5, BGH I ZR 34/12)', () => {
  it.each([
    ['de', 'Spielerinnen und Spieler in Deutschland, darunter viele Kinder und Jugendliche'],
    ['en', 'Players of our online game, including many children'],
    ['es', 'Jugadores de nuestro juego, entre ellos muchos niños'],
    ['fr', "Joueurs de notre jeu en ligne, dont beaucoup d'enfants"],
    ['en', 'Mobile gamers, mostly kids'],
  ])('[%s] %j', (lang, primary) => {
    expect(
      fired(EXHORT, 'Grab the deal now!', lang, { channel: 'web-landing', edit: players(primary) }),
    ).toEqual(EXHORT);
  });
  it.each([
    ['en', 'Families, including children'],
    ['en', 'UK newsletter subscribers, many with young children'],
    ['de', 'Eltern, darunter viele Alleinerziehende'],
  ])('[%s] %j does not', (lang, primary) => {
    expect(
      fired(EXHORT, 'Grab the deal now!', lang, { channel: 'web-landing', edit: players(primary) }),
    ).toEqual([]);
  });
});
