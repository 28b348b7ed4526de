import { CLAIMS_KINDS, NOT_SPECIFIC_GREEN, SPECIFIC_GREEN } from './helpers/bank-33-claims.ts';
import { bank, fired } from './helpers/judgment-bank.ts';

/**
 * Stop 33, claims (ADR 0028): the bank of `helpers/bank-33-claims.ts`. A problem line raises one of its kind's
 * rules; a near-miss raises none of them. A specific green claim does not block, but still goes to a person.
 */
// The first score compiles the rulebooks; a loaded machine must not fail the first line on time.
beforeAll(() => {
  fired([], '', 'en');
}, 60_000);

for (const { title, rules, where = {}, fire, quiet } of CLAIMS_KINDS) {
  bank(`claims: ${title}`, rules, where, fire, quiet);
}

bank(
  'claims: a specific green claim goes to a person',
  ['environmental.specific-claim'],
  {},
  SPECIFIC_GREEN,
  NOT_SPECIFIC_GREEN,
);

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
