import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3, quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 25, round 21's dev half and 240 lines of ordinary copy written blind: what a comparison, an
 * endorsement, a gambling bonus and Spanish, German and French disability wording are, and what they are not.
 */
describe('claim.competitor-comparison: a fixture, the speaker and the brand’s own model are no competitor', () => {
  it.each([
    ['fr', 'Derby samedi : Lyon contre Saint-Étienne, en direct dès 21 h sur Sport Ouest TV.'],
    ['en', 'Lakers vs. Celtics on the big screen, $5 slices all night.'],
    ['en', 'It’s smoother than I expected, and I’ve stopped queuing at the café.'],
    ['en', 'The new Kestrel 14 weighs 1.2 kg, 200 g lighter than the Kestrel 13 it replaces.'],
    ['de', 'Der neue Falke 14 ist 200 g leichter als sein Vorgänger Falke 13.'],
  ])('%s passes: %s', (language, copy) => {
    expect(quotes('claim.competitor-comparison', copy, undefined, language)).toEqual([]);
  });

  it.each([
    ['en', 'Our Kestrel 14 is 200 g lighter than the Falcon 9 from Skyward.', 'lighter than the Falcon'],
    ['fr', 'Notre box fibre est plus rapide que Lumeo, le soir aussi.', 'plus rapide que Lumeo'],
  ])('%s still compares: %s', (language, copy, quote) => {
    expect(quotes('claim.competitor-comparison', copy, undefined, language)).toEqual([quote]);
  });
});

describe('endorsement.undisclosed-connection: the brand’s own voice has no connection to disclose', () => {
  const own = (copy: string) => {
    const pkg = withCopy(copy, 'influencer', 'caption');
    pkg.brand.mandatories = ['Woolly & Co.'];
    return findings(pkg, contract3()).filter((f) => f.ruleId === 'endorsement.undisclosed-connection');
  };
  it.each([
    'Hi, I’m Maren, and I started Woolly & Co. at my kitchen table. Use the code FELL10 for ten percent off.',
    'I founded Woolly & Co. because my feet were always cold. Use code FELL10 at checkout.',
    'Kurz in eigener Sache: unsere Blindverkostung im Februar. Mit dem Code ELBEFUNK gibt’s eine Probiertüte.',
  ])('passes: %s', (copy) => {
    expect(own(copy)).toEqual([]);
  });
  it('an influencer who started using the product still discloses', () => {
    expect(own('I started using these socks in January and love them. Use my code FELL10!')).toHaveLength(1);
  });
});

describe('gambling.bonus-terms: significant terms anywhere in the same ad', () => {
  const bonus = (terms: string | null) =>
    quotes(
      'gambling.bonus-terms',
      'Bet £10, Get £30 in Free Bets on the sportsbook this Cheltenham. 18+',
      (p) => {
        const plan = p.channels[1];
        if (plan && terms !== null)
          plan.deliverables.push({ id: 'terms', kind: 'caption', copy: terms, language: 'en' });
      },
    );
  it('passes with the terms in another line of the ad', () => {
    expect(bonus('New customers. Min odds 1/2. Free Bets expire in 7 days. Full terms apply.')).toEqual([]);
  });
  it('blocks without them', () => {
    expect(bonus(null)).toEqual(['Free Bets']);
  });
});

describe('inclusive.disability-wording: Spanish, German and French terms disabled people reject', () => {
  const warn = (copy: string, language: string) =>
    findings(withCopy(copy, 'social-organic', 'caption', { language }), contract3())
      .filter((f) => f.ruleId === 'inclusive.disability-wording')
      .map((f) => `${f.severity} ${f.quote}`);
  it.each([
    ['es', 'Plazas para minusválidos junto a la entrada.', 'warn minusválidos'],
    [
      'es',
      'Para clientes que sufren movilidad reducida, sillas en cada planta.',
      'warn sufren movilidad reducida',
    ],
    ['de', 'Für Kundinnen, die an den Rollstuhl gefesselt sind.', 'warn an den Rollstuhl gefesselt'],
    ['de', 'Umbauten für alle, die an Querschnittslähmung leiden.', 'warn an Querschnittslähmung leiden'],
    [
      'fr',
      'Pour les clients cloués dans un fauteuil roulant, une rampe à l’entrée.',
      'warn cloués dans un fauteuil roulant',
    ],
  ])('%s: %s', (language, copy, expected) => {
    expect(warn(copy, language).some((w) => w.startsWith(expected))).toBe(true);
  });
  it.each([
    [
      'es',
      'Plazas para personas con movilidad reducida junto a la entrada; el código inválido se corrige solo.',
    ],
    [
      'de',
      'Rollstuhlgerechte Zimmer für Menschen, die einen Rollstuhl nutzen. Wir leiden mit jedem Regentag.',
    ],
    ['fr', 'Une infirmière sur place, des personnes en fauteuil roulant bienvenues.'],
  ])('%s passes: %s', (language, copy) => {
    expect(warn(copy, language)).toEqual([]);
  });
});

describe('ordinary business facts are no personal data, no investment, no alcohol', () => {
  it.each([
    ['pii.email-address', 'es', 'Para pedidos de empresa, escribe a empresas@papeleriaalba.es.'],
    ['pii.email-address', 'de', 'Für Großhandelsanfragen schreiben Sie an handel@papierhaus-nord.de.'],
    ['pii.private-address', 'de', 'Impressum: Papierhaus Nord GmbH, Hafenstraße 8, 24103 Kiel.'],
    ['finance.product', 'es', 'Invierte una tarde en aprender a hacer pan: taller de tres horas, 40 €.'],
    ['finance.product', 'fr', 'Investissez un après-midi dans notre atelier de poterie, 45 €.'],
    ['alcohol.product', 'es', 'Cerveza sin alcohol 0,0 % de Monteverde. Sírvela bien fría.'],
    ['alcohol.product', 'de', 'Allergene: enthält Milch, Ei und Weizen.'],
    ['urgency.deadline', 'fr', 'Dernier jour de commande pour une livraison avant Noël : 17 décembre.'],
  ])('%s passes (%s): %s', (ruleId, language, copy) => {
    expect(quotes(ruleId, copy, undefined, language)).toEqual([]);
  });
  it.each([
    ['pii.email-address', 'en', 'Questions? Write to jane.doe1987@gmail.com.'],
    ['finance.product', 'es', 'Invierte en fondos indexados desde 10 €.'],
    ['alcohol.product', 'de', 'Unser Hefeweizen, frisch gezapft.'],
  ])('%s still fires (%s): %s', (ruleId, language, copy) => {
    expect(quotes(ruleId, copy, undefined, language)).not.toEqual([]);
  });
});

describe('the whole dev half, stop 25: the brand’s own line, template fields, an opt-out’s delay', () => {
  it.each([
    ['en', 'Up to 11 hrs of battery, 40% More Battery Than Buds 3. Shop Buds 4 today.'],
    ['en', 'Quieter Than Our Last Model: 42 dB.'],
    ['en', 'Our new midsole foam is 30% lighter vs EVA.'],
  ])('%s: no competitor in “%s”', (language, copy) => {
    expect(quotes('claim.competitor-comparison', copy, undefined, language)).toEqual([]);
  });
  it('a rival’s model named twice with the same number is still a rival', () => {
    const copy = '30 % mehr Saugkraft als der Dyson V11. Gemessen gegen den Dyson V11 nach IEC 62885-4.';
    expect(quotes('claim.competitor-comparison', copy, undefined, 'de')).toHaveLength(1);
  });

  it.each([
    ['20% off gels thru Sunday - use code [CODE] at checkout.', '[CODE]'],
    ['Hola [NOMBRE], tu cupón es [CÓDIGO].', '[NOMBRE]'],
  ])('a template field left in brackets: %s', (copy, quote) => {
    expect(quotes('placeholder.insert-bracket', copy)).toContain(quote);
  });
  it('a subject-line tag in brackets is no placeholder', () => {
    expect(
      quotes('placeholder.insert-bracket', '[NEW] The spring range is here · [SALE] ends Sunday'),
    ).toEqual([]);
  });

  it('a product promise “within six months” is no opt-out delay', () => {
    const pkg = withCopy(
      'If the toes wear through within six months, we’ll replace the pair.',
      'email',
      'body',
    );
    expect(findings(pkg, contract3()).filter((f) => f.ruleId === 'email.slow-opt-out')).toEqual([]);
    const slow = withCopy('Unsubscribe requests may take up to eight weeks to process.', 'email', 'body');
    expect(findings(slow, contract3()).filter((f) => f.ruleId === 'email.slow-opt-out')).toHaveLength(1);
  });

  it.each([
    [
      'pricing.reference-price',
      'de',
      'Gratis-Probe zu jeder Bestellung ab 30 €. Sonst 4,90 € Versand innerhalb DE.',
    ],
    ['pii.private-address', 'en', 'Visit our Queen West store, 712 Queen St. W, open daily.'],
  ])('%s passes (%s): %s', (ruleId, language, copy) => {
    expect(quotes(ruleId, copy, undefined, language)).toEqual([]);
  });
  it('“sonst 349 €” before the sale price is still a reference price', () => {
    expect(quotes('pricing.reference-price', 'Jetzt 229 €, sonst 349 €.', undefined, 'de')).not.toEqual([]);
  });
});

describe('round 23’s dev half: cut-offs, returns, press contacts, a feast’s colour, scarcity in words', () => {
  it.each([
    ['urgency.deadline', 'fr', 'Plus que quelques jours pour une livraison samedi : commandez avant jeudi.'],
    ['pricing.free-trial-terms', 'de', 'Kein Mindestbestellwert, Rücksendung 100 Tage gratis.'],
    ['regulated.environmental', 'en', 'Go green this St Patrick’s: pistachio croissants in all six shops.'],
    [
      'pii.phone-number',
      'en',
      'Media contact: Hannah Okoro, Press Officer · press@example-books.co.uk · 0113 496 0731',
    ],
  ])('%s passes (%s): %s', (ruleId, language, copy) => {
    expect(quotes(ruleId, copy, undefined, language)).toEqual([]);
  });
  it.each([
    [
      'urgency.deadline',
      'fr',
      'Plus que quelques jours pour profiter de -30 % sur les bouquets.',
      'Plus que quelques jours',
    ],
    ['pricing.free-trial-terms', 'es', 'Tu primer mes, GRATIS. Ven a entrenar.', 'Tu primer mes, GRATIS'],
    ['regulated.environmental', 'en', 'Go green with our refill pouches.', 'Go green'],
    ['urgency.scarcity', 'en', 'The Volt runners are nearly gone, grab yours.', 'nearly gone'],
    ['pii.phone-number', 'en', 'Questions? Text Jess on 07700 900123.', '07700 900123'],
  ])('%s (%s): %s', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, undefined, language)).toContain(quote);
  });
  it.each([
    ['inclusive.job-ad-sex', 'de', 'Lagerist gesucht! Wir suchen echte Kerle fürs Team.', 'gesucht'],
    [
      'inclusive.disability-wording',
      'fr',
      'Cloué dans un fauteuil depuis son accident, Marc skie à nouveau.',
      'Cloué dans un fauteuil',
    ],
    [
      'gambling.money-problems',
      'fr',
      'Un combiné gagnant, et il a pu acheter un appartement à sa mère. Paris sportifs.',
      'acheter un appartement',
    ],
  ])('%s (%s): %s', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, undefined, language)).toContain(quote);
  });
  it('a press release quotes its managing director without naming a private person', () => {
    const pkg = withCopy(
      '“We love Leeds,” said Daniel Reyes, Managing Director of Marlowe & Finch.',
      'press-release',
      'body',
    );
    expect(findings(pkg, contract3()).filter((f) => f.ruleId === 'pii.named-person')).toEqual([]);
  });
});

describe('round 24’s dev half', () => {
  it.each([
    [
      'gambling.money-problems',
      'en',
      'Gambling should be entertainment, never a way to cover bills or chase losses. Sportsbook 21+.',
    ],
    ['inclusive.invalid', 'en', 'Step-free access for disabled people and wheelchair users at every show.'],
    [
      'pricing.free-charge',
      'en',
      'Try it free for 14 days. After the trial it’s £7.99 a month until you cancel.',
    ],
  ])('%s stays quiet or a note (%s): %s', (ruleId, language, copy) => {
    const pkg = withCopy(copy, 'social-organic', 'caption', { language });
    pkg.product = { categories: ruleId.startsWith('gambling') ? ['gambling'] : ['general'] };
    if (ruleId.startsWith('gambling')) pkg.audience.minAge = 21;
    expect(findings(pkg, contract3()).filter((f) => f.ruleId === ruleId && f.severity !== 'info')).toEqual(
      [],
    );
  });
  it.each([
    ['gambling.money-problems', 'en', 'Chase losses with one more acca! Sportsbook 21+.', 'Chase losses'],
    ['urgency.scarcity', 'es', 'Se están agotando en tu talla, quedan las últimas.', 'Se están agotando'],
    ['pricing.free-trial-terms', 'fr', '1er mois offert sur l’appli Lecto !', '1er mois offert'],
    [
      'finance.credit-for-all',
      'en',
      'Bad credit welcome — everyone who applies gets a yes!',
      'Bad credit welcome',
    ],
    ['finance.credit-for-all', 'de', 'Kredit ohne Schufa, Zusage garantiert.', 'Kredit ohne Schufa'],
  ])('%s (%s): %s', (ruleId, language, copy, quote) => {
    expect(quotes(ruleId, copy, undefined, language)).toContain(quote);
  });
  it('a paid collaboration named only at the foot of a video description is buried', () => {
    const foot = `${'00:00 Intro\n01:12 Meine Routine\n'.repeat(6)}Musik: Epidemic Sound\n*Dieses Video ist in bezahlter Zusammenarbeit mit Lingora entstanden.`;
    const pkg = withCopy(foot, 'influencer', 'caption', { language: 'de' });
    expect(
      findings(pkg, contract3()).filter((f) => f.ruleId === 'endorsement.undisclosed-connection'),
    ).toHaveLength(1);
  });
});
