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
