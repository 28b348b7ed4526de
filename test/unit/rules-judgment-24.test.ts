import type { Claim, HandoffPackage } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/**
 * Stop 24: a private person's contact details beside a winner, buyer or customer (pii.private-contact);
 * English superlatives built on "-est" with a market scope; and evidence that measured only the brand's
 * own range, which cannot back a claim to beat the market.
 */
const contract = () => publishingContract('3.0.0');
const quotes = (ruleId: string, copy: string, edit?: (p: HandoffPackage) => void, language = 'en') => {
  const pkg = withCopy(copy, 'social-organic', 'caption', { language });
  edit?.(pkg);
  return hits(pkg, ruleId, contract())
    .filter((f) => f.pointer.startsWith('/channels/1/'))
    .map((f) => f.quote);
};

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
    expect(quotes('claim.superlative', copy, withClaim(evidence))).toEqual(['fastest broadband in the UK']);
  });
});
