import type { Claim } from '#core/package-schema';
import { contradicts } from '#core/rules/contradiction';
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3, quotes } from './helpers/judgment-quotes.ts';

/**
 * Stop 25's review: what the new readings must still catch. Each case is one the review found the first
 * version of the change letting through (the false positives it found are lines of
 * ordinary-copy/round-25-review.json).
 */
describe('a paid host-read is no brand voice because it names the brand', () => {
  const undisclosed = (copy: string) => {
    const pkg = withCopy(copy, 'influencer', 'caption');
    pkg.brand.mandatories = ['Noom'];
    return findings(pkg, contract3()).filter((f) => f.ruleId === 'endorsement.undisclosed-connection');
  };
  it.each([
    'I started Noom in January and I’m down two sizes! Use my code PODCAST for 20% off.',
    'I’m a co-founder too, and Noom changed my week. Use code FOUNDERS.',
    'J’ai créé ma routine avec Noom : code PODCAST pour -15 %.',
  ])('still a connection to disclose: %s', (copy) => {
    expect(undisclosed(copy)).toHaveLength(1);
  });
  it('its founder saying so is the brand speaking', () => {
    expect(undisclosed('I founded Noom in 2008. Use code PODCAST for 20% off.')).toEqual([]);
  });
});

describe('evidence that no price rise is planned contradicts a claimed rise', () => {
  const claim = (text: string): Claim => ({
    id: 'rise',
    text,
    category: 'pricing',
    evidence: [{ ref: 'Pricing plan 2027', kind: 'internal-data', summary: '', verifiedOn: '2027-02-01' }],
  });
  it.each([
    ['Prices rise on 1 March.', 'No price increase is scheduled.'],
    ['Die Preise steigen am 1. März.', 'Keine Preiserhöhung geplant.'],
    ['Les prix augmentent le 1er mars.', 'Aucune hausse prévue.'],
  ])('%s / %s', (text, summary) => {
    expect(contradicts(claim(text), summary)).toBe(true);
  });
  it('but not a regular price', () => {
    expect(contradicts(claim('Single origins at the regular $17.50.'), 'No price increase is planned.')).toBe(
      false,
    );
  });
});

describe('a sale deadline is no delivery cut-off because delivery is mentioned', () => {
  it.each([
    ['en', 'Last day for our summer sale – delivered in 48 hours.', 'Last day'],
    ['en', 'Final hours for 30% off – delivery next day.', 'Final hours'],
    ['fr', 'Dernier jour pour profiter de -30 % : livraison offerte.', 'Dernier jour'],
  ])('%s: %s', (language, copy, quote) => {
    expect(quotes('urgency.deadline', copy, undefined, language)).toContain(quote);
  });
});

describe('comparisons the fixture and own-line readings must not hide', () => {
  it.each([
    ['fr', 'Moins cher que Decathlon, en direct de l’usine.'],
    ['en', 'Lighter than Nike Pegasus – perfect for match day.'],
    ['en', 'Sharper than the Pixel 8, lighter than the Pixel 9.'],
    ['en', '40% more battery than AirPods 3. Not compatible with AirPods 2 cases.'],
  ])('%s: %s', (language, copy) => {
    expect(quotes('claim.competitor-comparison', copy, undefined, language)).not.toEqual([]);
  });
  it('the brand’s own two-word line is its own', () => {
    const copy = 'The new Galaxy Buds 4: 40% more battery than Galaxy Buds 3.';
    expect(quotes('claim.competitor-comparison', copy)).toEqual([]);
  });
});
