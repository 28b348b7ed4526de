import type { HandoffPackage } from '#core/package-schema';
import { FEES_FIRE, FEES_QUIET, withSibling } from './helpers/bank-37-pricing-urgency.ts';
import { fired } from './helpers/judgment-bank.ts';

/**
 * Stop 37, pricing and urgency (ADR 0028): the bank of `helpers/bank-37-pricing-urgency.ts`. Each kind's
 * lawful near-misses stay quiet and the real problems beside them still fire.
 */

const FEES = ['pricing.from-price-fees'];

describe('pricing.from-price-fees reads a fee-inclusive note anywhere in the ad (its channel)', () => {
  it.each(FEES_QUIET)('[%s] %j with %j beside it does not', (lang, copy, sibling) => {
    expect(fired(FEES, copy, lang, { edit: withSibling(sibling, lang) })).toEqual([]);
  });
  it.each(FEES_QUIET)('[%s] %j fires without its note', (lang, copy) => {
    expect(fired(FEES, copy, lang)).not.toEqual([]);
  });
  it.each(FEES_FIRE)('[%s] %j with %j beside it fires', (lang, copy, sibling) => {
    expect(fired(FEES, copy, lang, { edit: withSibling(sibling, lang) })).not.toEqual([]);
  });
  it('a fee note in another ad of the package does not excuse this one', () => {
    const edit = (p: HandoffPackage) => {
      p.channels[0]?.deliverables.push({
        id: 'fees',
        kind: 'body',
        copy: 'Every price includes the booking fee.',
      });
    };
    expect(fired(FEES, 'The Salt Road opens 1 April: tickets from £9', 'en', { edit })).not.toEqual([]);
  });
});
