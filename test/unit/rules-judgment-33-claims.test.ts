import { CLAIMS_KINDS, NOT_SPECIFIC_GREEN, SPECIFIC_GREEN } from './helpers/bank-33-claims.ts';
import { fired } from './helpers/judgment-bank.ts';

/**
 * Stop 33, claims (ADR 0028): the bank of `helpers/bank-33-claims.ts`. A problem line raises one of its kind's
 * rules; a near-miss raises none of them. A specific green claim does not block, but still goes to a person.
 */
// The first score compiles the rulebooks; a loaded machine must not fail the first line on time.
beforeAll(() => {
  fired([], '', 'en');
}, 60_000);

describe.each(CLAIMS_KINDS)('claims: $title', ({ rules, where, fire, quiet }) => {
  it.each(fire)('[%s] %j fires', (lang, copy) => {
    expect(fired(rules, copy, lang, where)).not.toEqual([]);
  });
  it.each(quiet)('[%s] %j does not', (lang, copy) => {
    expect(fired(rules, copy, lang, where)).toEqual([]);
  });
});

describe('claims: a specific green claim goes to a person', () => {
  it.each(SPECIFIC_GREEN)('[%s] %j raises environmental.specific-claim', (lang, copy) => {
    expect(fired(['environmental.specific-claim'], copy, lang)).toEqual(['environmental.specific-claim']);
  });
  it.each(NOT_SPECIFIC_GREEN)('[%s] %j does not', (lang, copy) => {
    expect(fired(['environmental.specific-claim'], copy, lang)).toEqual([]);
  });
});

// Found in review of the precision change: a time is an outcome, not a measure of the product; a figure after
// "results vary" is typical only as a group's; "von 2024" and "alte" mark only the brand's own version nouns.
describe('claims: readings that stay narrow', () => {
  const lines: [string, string, string][] = [
    ['claim.quantified-outcome', 'en', 'Patients recover 40% faster: 3 days instead of 5.'],
    ['claim.quantified-outcome', 'en', 'Sleep 50% longer, 9 hours instead of 6.'],
    [
      'endorsement.atypical-result',
      'en',
      '“I made $12,000 in my first month!” – Jake. Results may vary: Jake made $12,000.',
    ],
    ['claim.competitor-comparison', 'de', 'Günstiger als Vorwerk von 2024.'],
    ['claim.competitor-comparison', 'de', 'Doppelt so leise wie der alte Dyson.'],
  ];
  it.each(lines)('%s: [%s] %j fires', (rule, lang, copy) => {
    expect(fired([rule], copy, lang)).toEqual([rule]);
  });
});
