import type { Claim, HandoffPackage } from '#core/package-schema';
import { sentenceOf } from '#core/rules/checks/sentences';
import { contradicts, figureNotStated } from '#core/rules/contradiction';
import { statedEnd } from '#core/rules/dates';
import { hits } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3 as contract, quotes } from './helpers/judgment-quotes.ts';

/** Stop 24, round 20's dev misses and the stop's review: what the new rules read, and what they must not. */
describe('round 20: the rules its dev half showed wrong', () => {
  it('a testimonial result beside its typical-results statement goes to a person (info, endorsements)', () => {
    const copy = '“I lost 20 lb in 8 weeks!” Results vary: most members lose 4 to 6 lb in 8 weeks.';
    const pkg = withCopy(copy, 'social-organic', 'caption', { language: 'en' });
    const found = hits(pkg, 'endorsement.typical-result', contract());
    expect(found.map((f) => [f.severity, f.topic])).toEqual([['info', 'endorsements']]);
    expect(hits(pkg, 'endorsement.atypical-result', contract())).toEqual([]);
  });

  it('a figure still to be filled in: "dès XX €", "XX de marzo", "XX neuen Filialen"', () => {
    expect(quotes('placeholder.marker', 'Livraison offerte dès XX €.', undefined, 'fr')).toEqual(['XX €']);
    expect(quotes('placeholder.marker', 'Ciudad de México, XX de marzo de 2027.', undefined, 'es')).toEqual([
      'XX de marzo',
    ]);
    expect(quotes('placeholder.marker', 'Wir eröffnen XX neuen Filialen.', undefined, 'de')).toEqual([
      'XX neuen',
    ]);
    expect(quotes('placeholder.marker', 'Die XXL-Familienpizza für 4. Love you xx')).toEqual([]);
  });

  it('a weekday followed by its date is that date ("bis Sonntag, 14.3.")', () => {
    const record = (p: HandoffPackage) => {
      p.deadlines.launch = '2026-03-02';
      p.offer = { ends: '2026-03-15', timer: 'fixed-end' };
    };
    const copy = 'Nur noch bis Sonntag, 15.3.: 20 % auf alles!';
    expect(quotes('urgency.offer-facts', copy, record, 'de')).toEqual([]);
    expect(quotes('urgency.offer-facts', 'Nur noch bis Sonntag: 20 % auf alles!', record, 'de')).toEqual([
      'Nur noch bis Sonntag',
    ]);
  });

  it('a relative rise the evidence measures backs the claim ("71 % vs 63.4 %" is 12 % more)', () => {
    const claim: Claim = {
      id: 'c',
      text: 'New HaloCell foam returns 12% more energy than the Strider 3 foam',
      category: 'performance',
      evidence: [],
    };
    expect(
      figureNotStated({
        ...claim,
        evidence: [{ ref: 'r', kind: 'study', summary: 'Energy return 71% vs 63.4%.' }],
      }),
    ).toBe(false);
    expect(
      figureNotStated({
        ...claim,
        evidence: [{ ref: 'r', kind: 'study', summary: 'Energy return 71% vs 68%.' }],
      }),
    ).toBe(true);
  });

  it('an audience the brief calls adults is not a children audience; households with children neither', () => {
    const flagged = (primary: string) => {
      const pkg = withCopy('Kinderleicht eingerichtet.', 'social-organic', 'caption', { language: 'de' });
      pkg.audience.primary = primary;
      return hits(pkg, 'children.audience', contract()).length > 0;
    };
    expect(flagged('Kinder von 6 bis 10 Jahren')).toBe(true);
    expect(flagged('UK families with children aged 6+')).toBe(true);
    expect(flagged('Erwachsene in Österreich, Haushalte mit Kindern')).toBe(false);
    expect(flagged('Haushalte mit Kindern oder Haustieren')).toBe(false);
    expect(flagged('Erwachsene in Deutschland, Eltern kleiner Kinder')).toBe(false);
  });

  it('a package that declares it sells no financial product is not read as a finance ad', () => {
    const copy = 'Invierte una vez y olvídate de cambiar de sartén.';
    const pan = (p: HandoffPackage) => {
      p.product = { categories: ['general'] };
    };
    expect(quotes('finance.product', copy, undefined, 'es')).not.toEqual([]);
    expect(quotes('finance.product', copy, pan, 'es')).toEqual([]);
  });
});

describe('hostile copy with no sentence end is read a bounded stretch at a time', () => {
  it('a sentence reaches at most 400 characters either side of its match', () => {
    const text = 'ends tonight '.repeat(1500);
    const at = 9_750;
    expect(sentenceOf(text, at, at + 12).length).toBeLessThanOrEqual(812);
    expect(sentenceOf('Sale ends tonight. Shop now.', 5, 17)).toBe('Sale ends tonight');
  });
});

describe('the review of stop 24: what the new rules must not read', () => {
  it.each([
    ['Call today on 0161 496 0000 to book.'],
    ['Contact sales at 0161 496 0000 for a quote.'],
    ['Winner gets a 10 minute drive to the coast.'],
    ['Die Gewinner werden am 31.03.2026 ausgelost.'],
    ['Winners will be notified by 2026-04-15.'],
    ['Join 10 000 buyers. Sale 25 50 75 percent off.'],
    ['Winner of Best Pizza in Leeds 2025! Order on 0113 496 0000'],
    ['Gewinner des Deutschen Designpreises. Besuchen Sie uns in der Hauptstraße 5.'],
  ])('pii.private-contact passes "%s"', (copy) => {
    expect(quotes('pii.private-contact', copy)).toEqual([]);
  });

  it('a business address read first does not hide the private one after it', () => {
    const copy =
      'Visit our store at 12 High Street. Congratulations to the winner, who gets the keys to 27 Cotham Vale on Friday.';
    expect(quotes('pii.private-contact', copy)).toEqual(['27 Cotham Vale']);
  });

  it('a winner\u2019s date of birth, labelled; not an eligibility date', () => {
    expect(
      quotes('pii.private-contact', 'Our winner Jo Smith, DOB 03/04/1990, takes home the bike.'),
    ).toEqual(['DOB 03/04/1990']);
    expect(quotes('pii.private-contact', 'Winners must be born on or after 1 January 2009.')).toEqual([]);
  });

  it('pii.private-contact quotes a whole French mobile number', () => {
    const copy = 'Bravo à la gagnante ! Nous avons essayé de te joindre au 06 12 34 56 78.';
    expect(quotes('pii.private-contact', copy, undefined, 'fr')).toEqual(['06 12 34 56 78']);
  });

  it.each([
    ['Wir suchen Lieblingsrezepte! Einsenden bis 30. April.', []],
    ['Wir suchen die besten Ideen! Teilnahme bis 18 Jahre kostenlos.', []],
    ['Join our team for the charity run! Kids under 12 run free.', []],
    ['Wir suchen Mitarbeiter (m/w/d) mit bis 20 Urlaubstage.', []],
    ["We're hiring! Looking for young, energetic baristas.", ["We're hiring"]],
    ["We're hiring: applicants aged 18-30.", ["We're hiring"]],
    ['Verkäufer gesucht, zwischen 18 und 25 Jahren.', ['gesucht']],
  ])('inclusive.job-ad-age on "%s"', (copy, expected) => {
    expect(quotes('inclusive.job-ad-age', copy)).toEqual(expected);
  });

  it('drinking and then driving off is driving; a roast driving off volatiles is not', () => {
    const lager = 'Our lager, 4.5% ABV.';
    expect(quotes('alcohol.driving', `${lager} Crack one open and drive off into the sunset.`)).toEqual([
      'drive',
    ]);
    expect(quotes('alcohol.driving', `${lager} Roasting drives off anything volatile.`)).toEqual([]);
  });

  it.each([
    'The warmest welcome in the world.',
    'The quietest dishwasher we have ever made.',
    'The deepest discounts of any sale this year.',
    'Named the interest rate.',
  ])('claim.superlative passes "%s"', (copy) => {
    expect(quotes('claim.superlative', copy)).toEqual([]);
  });

  it('a prize guaranteed to do something is an absolute promise', () => {
    expect(quotes('claim.absolute-guarantee', 'Prize guaranteed to double your money.')).toEqual([
      'guaranteed',
    ]);
  });

  it('XX beside a unit, a count word or a month; not a Roman numeral', () => {
    expect(
      quotes('placeholder.marker', 'Only XX left, ends in XX days. Launching March XX. Rated XX/5.'),
    ).toEqual(['XX left', 'XX days', 'March XX', 'XX/5']);
    expect(quotes('placeholder.marker', 'Super Bowl XX more fun. Pope Pius XX new exhibition.')).toEqual([]);
  });

  it('shyness cured by drink, not a shy taste', () => {
    const bock = 'Unser Doppelbock, 7 % vol: nicht schüchtern im Geschmack.';
    expect(quotes('alcohol.success-words', bock, undefined, 'de')).toEqual([]);
    expect(quotes('alcohol.success-words', 'Our pale ale. Too shy to talk to her? Have a pint.')).toEqual([
      'Too shy',
    ]);
  });

  it('Spanish free spins are a gambling bonus', () => {
    const copy = 'Casino online: regístrate y llévate 50 giros gratis.';
    expect(quotes('gambling.bonus-terms', copy, undefined, 'es')).toEqual(['giros gratis']);
  });

  it('"results may vary" is no statement of typical results (FTC 255.2(b))', () => {
    const copy = '“I lost 20 lb in 8 weeks!” Results may vary.';
    expect(quotes('endorsement.atypical-result', copy).length).toBe(1);
    expect(quotes('endorsement.typical-result', copy)).toEqual([]);
  });

  it('a month is a month word, not the first letters of "sets" or "energy"', () => {
    expect(statedEnd('save up to 30% on 2 to 4 sets of bedding', '2026-03-01')).toBeNull();
    expect(statedEnd('up to 5 energy bars', '2026-03-01')).toBeNull();
    expect(statedEnd('savings of 10 to 15 may vary', '2026-03-01')).toBeNull();
  });

  it('evidence describing a fake countdown or badge still contradicts its claim', () => {
    const claim: Claim = { id: 'c', text: 'Only 3 left!', category: 'general', evidence: [] };
    expect(contradicts(claim, 'Badge shows the same text regardless of how many units are in stock.')).toBe(
      true,
    );
    expect(contradicts(claim, 'The countdown runs regardless of when the visitor arrives.')).toBe(true);
  });

  it('a rise counts only for a comparison whose evidence sets two results side by side', () => {
    const claim: Claim = {
      id: 'c',
      text: 'Cuts your energy bill by 50%',
      category: 'performance',
      evidence: [{ ref: 'r', kind: 'study', summary: 'Average bill cut 20%; 30% of households surveyed.' }],
    };
    expect(figureNotStated(claim)).toBe(true);
  });

  it('a stale market study beside a current own-range test backs no superlative', () => {
    const both = (p: HandoffPackage) => {
      p.claims.push({
        id: 'fastest',
        text: 'The fastest broadband in the UK.',
        category: 'performance',
        evidence: [
          {
            ref: 'Market study 2019',
            kind: 'third-party-report',
            summary: 'All providers measured.',
            verifiedOn: '2019-01-01',
            comparedWith: 'whole-market',
            covers: 'all',
          },
          {
            ref: 'Own test 2026',
            kind: 'internal-data',
            summary: 'Our network.',
            verifiedOn: '2026-02-01',
            comparedWith: 'own-products',
            covers: 'all',
          },
        ],
      });
    };
    const copy = 'Zipnet: the fastest broadband in the UK.';
    expect(quotes('claim.superlative', copy, both)).toEqual(['the fastest broadband in the UK']);
  });

  it('a competitor the own-range claim merely mentions is still a competitor', () => {
    const setup = (p: HandoffPackage) => {
      p.brand.competitors = ['Jabra'];
      p.claims.push({
        id: 'q',
        text: 'Pulse 2: quieter than Pulse 1, the model that beat Jabra',
        category: 'performance',
        evidence: [
          {
            ref: 'QA',
            kind: 'internal-data',
            summary: 'Pulse 2 vs Pulse 1.',
            verifiedOn: '2026-02-01',
            comparedWith: 'own-products',
            covers: 'all',
            likeForLike: true,
          },
        ],
      });
    };
    const copy = 'Pulse 2: 30% more battery than Jabra Elite.';
    expect(quotes('claim.competitor-comparison', copy, setup)).not.toEqual([]);
  });

  it('a package that declares no supplement is not read as a supplement ad', () => {
    const copy = 'Our magnesium-rich mineral water, bottled at the source.';
    const water = (p: HandoffPackage) => {
      p.product = { categories: ['general'] };
    };
    expect(quotes('health.product', copy)).not.toEqual([]);
    expect(quotes('health.product', copy, water)).toEqual([]);
  });

  it('adults and children together are a children audience', () => {
    const pkg = withCopy('Game night!', 'social-organic', 'caption', { language: 'en' });
    pkg.audience.primary = 'Adults and children aged 6-10';
    expect(hits(pkg, 'children.audience', contract()).length).toBe(1);
  });
});
