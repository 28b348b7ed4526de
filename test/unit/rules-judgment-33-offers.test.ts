import { OFFER_RULES } from './helpers/bank-32-offers.ts';
import { BLIND_33_OFFERS, OFFER_KINDS_33 } from './helpers/bank-33-offers.ts';
import { fired, kindBank } from './helpers/judgment-bank.ts';

/**
 * Stop 33, offers (ADR 0028): the bank of `helpers/bank-33-offers.ts`, written from CAP 3.18-3.19 and
 * 3.39-3.42, the CTSI pricing guidance, 16 CFR 233 and 251, Directive 98/6/EC Art. 6a and PAngV § 11 before
 * the rules changed. A problem line raises its kind's rule; a compliant line raises no pricing or urgency rule.
 */
kindBank('offers 33', OFFER_KINDS_33, { where: () => ({}), quietRules: OFFER_RULES });

describe('offers 33: the blind lines fixed', () => {
  it.each(BLIND_33_OFFERS)('[%s] %j raises no offer rule', (lang, copy) => {
    expect(fired(OFFER_RULES, copy, lang)).toEqual([]);
  });
});
