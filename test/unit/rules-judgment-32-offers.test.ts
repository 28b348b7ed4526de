import { OFFER_PROBLEMS, OFFER_RULES } from './helpers/bank-32-offers.ts';
import { OFFER_NEAR_MISSES } from './helpers/bank-32-offers-clean.ts';
import { fired } from './helpers/judgment-bank.ts';

/**
 * Stop 32, offers (ADR 0028): the banks of `helpers/bank-32-offers*.ts`, written from 16 CFR 233 and 251,
 * Directive 98/6/EC Art. 6a, CAP 3.17-3.32, the CMA's urgency and price guidance and UCPD Annex I no. 7
 * before the dev misses were read. A problem line raises one of its kind's rules; a compliant offer, with the
 * facts its brief records, raises no pricing or urgency rule at all.
 */
describe.each(OFFER_PROBLEMS)('offers: $title', ({ rules, where, fire }) => {
  it.each(fire)('[%s] %j fires', (lang, copy) => {
    expect(fired(rules, copy, lang, where)).not.toEqual([]);
  });
});

describe.each(OFFER_NEAR_MISSES)('offers, compliant: $title', ({ where, quiet }) => {
  it.each(quiet)('[%s] %j does not', (lang, copy) => {
    expect(fired(OFFER_RULES, copy, lang, where)).toEqual([]);
  });
});
