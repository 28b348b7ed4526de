import type { Claim, HandoffPackage } from '#core/package-schema';
import { contradicts } from '#core/rules/contradiction';
import { statedEnd } from '#core/rules/dates';
import { quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 24, round 18 and the whole dev half: a private person's contact details beside a winner or customer
 * (pii.private-contact); English "-est" superlatives with a market scope; evidence that measured only the
 * brand's own range; job-ad ages; cited end dates (dates.ts) as the offer record.
 */
describe('pii.private-contact: a winner, buyer or customer published with a number, address or birth date', () => {
  it.each([
    [
      'en',
      'And the winner is Megan Castillo! We tried calling you at (916) 555-0187 this morning.',
      '(916) 555-0187',
    ],
    [
      'en',
      'Congratulations to Tom and Priya, who get the keys to 27 Cotham Vale, BS6 6HS on Friday.',
      '27 Cotham Vale',
    ],
    [
      'en',
      'Local baker Jenna switched to our flour. Reach Jenna at (503) 555-0147 for interviews.',
      '(503) 555-0147',
    ],
    ['de', 'Die Gewinnerin ist Sabine Krämer, Rosenheimer Str. 41, 81669 München.', 'Rosenheimer Str. 41'],
    [
      'fr',
      'Les gagnants : Claire Dubois (née le 12 mars 1986, Lyon 7e) et Karim Benali.',
      'née le 12 mars 1986',
    ],
    ['es', 'La ganadora es Lucía Gómez, Calle Mayor 12, Madrid. ¡Enhorabuena!', 'Calle Mayor 12'],
  ])('%s: %s', (language, copy, quote) => {
    expect(quotes('pii.private-contact', copy, undefined, language)).toEqual([quote]);
  });

  it.each([
    [
      'a business number with its cue',
      'The winner will be announced Friday! Questions? Call our store at (916) 555-0100.',
    ],
    ['a press contact', 'Winners of the bake-off are listed online. Media contact: (503) 555-0199.'],
    ['no private person', 'Visit the showroom at 27 Harbour Road, open daily. Call 0800 123 4567.'],
    ['a winner without details', 'Congratulations to Megan C. from Sacramento, our winner!'],
    [
      'a formal address to the reader',
      'Gewinner informieren wir per Post. Unsere Zentrale erreichen Sie unter 0800 765 4321.',
    ],
  ])('passes %s', (_, copy) => {
    expect(quotes('pii.private-contact', copy)).toEqual([]);
  });
});

describe('claim.superlative reads English "-est" superlatives with a market scope', () => {
  it.each([
    [
      'The Voltra C3 has the longest-lasting battery of any e-bike under $2k.',
      'the longest-lasting battery of any',
    ],
    ['Rated the comfiest sneaker on earth by 10,000+ runners.', 'Rated the comfiest'],
    ['the lightest tent in its class', 'the lightest tent in its class'],
  ])('%s', (copy, quote) => {
    expect(quotes('claim.superlative', copy)).toEqual([quote]);
  });

  it.each([
    'Read the latest news from anywhere in the world.',
    'The best interest of any customer comes first.',
    'Our freshest bake yet.',
    'The comfiest sofa on earth, or so our cat says.',
    'The longest night of any year deserves the coziest blanket.',
  ])('passes "%s"', (copy) => {
    expect(quotes('claim.superlative', copy)).toEqual([]);
  });
});

describe('evidence that measured only the brand\u2019s own range backs no claim to beat the market', () => {
  const copy = 'Zipnet: the fastest broadband in the UK.';
  const withClaim =
    (evidence: Partial<Claim['evidence'][number]>) =>
    (p: HandoffPackage): void => {
      p.claims.push({
        id: 'fastest',
        text: 'The fastest broadband in the UK.',
        category: 'performance',
        evidence: [
          {
            ref: 'Speed report Q4 2026',
            kind: 'internal-data',
            summary: 'Median download speed by provider.',
            verifiedOn: '2026-02-01',
            covers: 'all',
            ...evidence,
          },
        ],
      });
    };

  it('a claim whose evidence measured the market backs it', () => {
    expect(quotes('claim.superlative', copy, withClaim({ comparedWith: 'whole-market' }))).toEqual([]);
  });

  it.each([
    ['states it measured nothing else', { comparedWith: 'nothing' as const }],
    ['states it measured its own products', { comparedWith: 'own-products' as const }],
    [
      'says so in words',
      { summary: 'Median speed on our own network only; no other providers were measured.' },
    ],
    [
      'says so in Spanish',
      { summary: 'Velocidad media en 18.400 líneas. No incluye mediciones de otros operadores.' },
    ],
    ['says so in French', { summary: 'Débit moyen sur nos serveurs ; aucun autre VPN testé.' }],
  ])('evidence that %s does not', (_, evidence) => {
    expect(quotes('claim.superlative', copy, withClaim(evidence))).toEqual([
      'the fastest broadband in the UK',
    ]);
  });
});

describe('round 18: the rules its dev half showed wrong', () => {
  it('a job ad that asks for youth or an age limit is blocked; a masculine title alone stays a warning', () => {
    const young = 'Verkäufer gesucht! Du bist jung, belastbar und um 5:30 Uhr gut drauf?';
    expect(quotes('inclusive.job-ad-age', young, undefined, 'de')).toEqual(['gesucht']);
    expect(quotes('inclusive.job-ad-age', 'We’re hiring baristas: young and dynamic, under 30.')).toEqual([
      'We’re hiring',
    ]);
    expect(
      quotes('inclusive.job-ad-age', 'Wir suchen einen Lagerhelfer in Vollzeit.', undefined, 'de'),
    ).toEqual([]);
    expect(
      quotes('inclusive.job-ad-age', 'We’re hiring: 5 years of experience, under 30 minutes from home.'),
    ).toEqual([]);
  });

  it('alcohol.driving reads driving, not the verb that drives off or drives growth', () => {
    const beer = 'Our pale ale, 5% ABV.';
    expect(quotes('alcohol.driving', `${beer} Roasting drives off anything volatile.`)).toEqual([]);
    expect(quotes('alcohol.driving', `${beer} Grab one before you drive home.`)).toEqual(['drive']);
  });

  it('a French from-price in dollars is a from-price', () => {
    expect(quotes('pricing.from-price-fees', 'Billets dès 49 $ en prévente.', undefined, 'fr')).toEqual([
      'Billets dès 49 $',
    ]);
  });

  it('drink as the cure for shyness is a social-success claim', () => {
    expect(quotes('alcohol.success-words', 'Une bière, et les timides se lancent.', undefined, 'fr')).toEqual(
      ['les timides'],
    );
  });

  it('a guaranteed jackpot is a prize that will be paid, not an absolute promise', () => {
    expect(quotes('claim.absolute-guarantee', 'A £10,000 jackpot guaranteed on the night.')).toEqual([]);
    expect(quotes('claim.absolute-guarantee', 'Guaranteed jackpots every Friday.')).toEqual([]);
    expect(quotes('claim.absolute-guarantee', 'Guaranteed to double your money.')).toEqual(['Guaranteed']);
  });

  it('a comparison with the brand’s own earlier model is not a named competitor', () => {
    const own = (p: HandoffPackage) => {
      p.claims.push({
        id: 'battery',
        text: 'Up to 30% more battery than Pulse 1',
        category: 'performance',
        evidence: [
          {
            ref: 'QA-PUL2-BAT-04',
            kind: 'internal-data',
            summary: 'Pulse 2 9 h 06 min, Pulse 1 6 h 58 min, same conditions.',
            verifiedOn: '2026-02-01',
            comparedWith: 'own-products',
            covers: 'all',
            likeForLike: true,
          },
        ],
      });
      p.brand.competitors = ['Pulse'];
    };
    expect(quotes('claim.competitor-comparison', 'Pulse 2 vs. Pulse 1: 30% more battery.', own)).toEqual([]);
  });

  it('a package that declares it sells no alcohol is not read as an alcohol ad', () => {
    const copy = 'Beans rested in ex-whiskey casks, then roasted. No alcohol in the bag.';
    expect(quotes('alcohol.product', copy)).toEqual(['whiskey']);
    const coffee = (p: HandoffPackage) => {
      p.product = { categories: ['general'] };
    };
    expect(quotes('alcohol.product', copy, coffee)).toEqual([]);
  });
});

describe('evidence that denies a fake price or a fake deadline does not contradict its claim', () => {
  const claim = (text: string): Claim => ({ id: 'c', text, category: 'pricing', evidence: [] });
  it.each([
    [
      'Everyday price of $8.99; second bag free',
      'Sold at $8.99 since September, not raised before or for the BOGO.',
      false,
    ],
    ['Everyday price of $8.99; second bag free', 'Price raised just before the BOGO started.', true],
    [
      '£10,000 jackpot guaranteed on the night',
      'Fixed £10,000 prize paid regardless of ticket sales.',
      false,
    ],
    ['Only 3 left!', 'The badge is shown regardless of actual stock.', true],
  ])('%s / %s', (text, summary, expected) => {
    expect(contradicts(claim(text), summary)).toBe(expected);
  });
});

describe('the end day a claim states (dates.ts), read as data', () => {
  it.each([
    ['40 % auf alle sofas vom 1. bis 31. märz 2027', '2027-03-31'],
    ['20 % en toda la tienda hasta el 31 de marzo', '2027-03-31'],
    ['-30 % jusqu’au 5 avril', '2027-04-05'],
    ['sale runs until march 31, 2027', '2027-03-31'],
    ['half price through sunday, april 4', '2027-04-04'],
    ['gültig bis 14.03.2027', '2027-03-14'],
    ['until 2027-04-15', '2027-04-15'],
    ['offer ends 10 january', null],
    ['bis 31. februar', null],
    ['up to 40 % off', null],
  ])('%s → %s', (text, day) => {
    expect(statedEnd(text, '2027-03-01')).toBe(day);
  });

  it('a day without a year is the next such day', () => {
    expect(statedEnd('until 15 january', '2027-03-01')).toBe('2028-01-15');
  });
});

describe('without an offer record, a cited claim that states the end is the record of it', () => {
  const cite = (text: string) => (p: HandoffPackage) => {
    p.deadlines.launch = '2026-03-01';
    p.claims.push({
      id: 'sale',
      text,
      category: 'pricing',
      evidence: [
        { ref: 'Aktionsplan Q1', kind: 'internal-data', summary: 'Rabatt 40 %.', verifiedOn: '2026-02-01' },
      ],
    });
    const d = p.channels[1]?.deliverables[0];
    if (d !== undefined) d.claimRefs = ['sale'];
  };
  const copy = 'Nur heute: 40 % auf alle Sofas!';
  it('"today only" citing a month-long sale is blocked', () => {
    expect(
      quotes('urgency.offer-facts', copy, cite('40 % auf alle Sofas vom 1. bis 31. März 2026'), 'de'),
    ).toEqual(['Nur heute']);
  });
  it('"today only" citing a one-day sale, or a claim with no end, is not', () => {
    expect(quotes('urgency.offer-facts', copy, cite('40 % auf alle Sofas bis 1. März 2026'), 'de')).toEqual(
      [],
    );
    expect(quotes('urgency.offer-facts', copy, cite('40 % auf alle Sofas'), 'de')).toEqual([]);
  });
});
