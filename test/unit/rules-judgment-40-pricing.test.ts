import type { HandoffPackage } from '#core/package-schema';
import {
  FEE_LINES,
  FEE_OPTIONAL,
  FREE_TIER_QUIET,
  offerRuns,
  PRICING_40,
  PRO_PRICE,
  PRO_PRICE_AND_SETUP,
  RETAIL_FIRE,
  RETAIL_QUIET,
  SOLDES_LINES,
  TRIAL_LINES,
  TRIAL_STOPS,
  withPricingClaim,
} from './helpers/bank-40-pricing.ts';
import { bank, fired, kindBank } from './helpers/judgment-bank.ts';

/**
 * Round 40, pricing (ADR 0028): the bank of `helpers/bank-40-pricing.ts`. Each reading fires on its lines,
 * stays quiet on its near-misses, and reads the facts on file rather than the words alone.
 */

kindBank('round 40 pricing', PRICING_40);

describe('the pricing readings of round 40 read the facts on file', () => {
  it.each(TRIAL_LINES)('[%s] %j is quiet when the trial stops by itself', (lang, copy) => {
    expect(fired(['pricing.free-trial-converts'], copy, lang, { edit: TRIAL_STOPS })).toEqual([]);
  });
  it.each(FEE_LINES)('[%s] %j is quiet when the only extra is optional', (lang, copy) => {
    expect(fired(['pricing.mandatory-fee-omitted'], copy, lang, { edit: FEE_OPTIONAL })).toEqual([]);
  });
  it.each(SOLDES_LINES)(
    '[%s] %j is quiet in the winter sales (6 January to 2 February 2027)',
    (lang, copy) => {
      expect(
        fired(['pricing.sales-period'], copy, lang, { edit: offerRuns('2027-01-06', '2027-02-02') }),
      ).toEqual([]);
    },
  );
  it.each(SOLDES_LINES)('[%s] %j is quiet in the summer sales (24 June to 21 July 2026)', (lang, copy) => {
    expect(
      fired(['pricing.sales-period'], copy, lang, { edit: offerRuns('2026-06-24', '2026-07-21') }),
    ).toEqual([]);
  });
  it.each(SOLDES_LINES)('[%s] %j is quiet aimed at Belgium, whose law sets no such reserve', (lang, copy) => {
    expect(
      fired(['pricing.sales-period'], copy, lang, { edit: offerRuns('2026-03-11', '2026-03-25', 'BE') }),
    ).toEqual([]);
  });
  it('"soldes" with no offer record says nothing of when the offer runs', () => {
    const edit = (p: HandoffPackage) => {
      p.audience.regions = ['FR'];
    };
    expect(fired(['pricing.sales-period'], 'Soldes de printemps : -50 %', 'fr', { edit })).toEqual([]);
  });
});

bank(
  'pricing.reference-price: a retail price with no second price is the price itself',
  ['pricing.reference-price'],
  {},
  RETAIL_FIRE,
  RETAIL_QUIET,
);

describe('pricing.free-charge: a paid tier\'s "Pro price $4/month" on file charges nothing for the free plan', () => {
  it.each(FREE_TIER_QUIET)('[%s] %j does not', (lang, copy) => {
    const edit = withPricingClaim('Pro is $4 a month.', PRO_PRICE);
    expect(fired(['pricing.free-charge'], copy, lang, { edit })).toEqual([]);
  });
  it.each(FREE_TIER_QUIET.slice(0, 1))('[%s] %j fires when every plan pays a setup fee', (lang, copy) => {
    const edit = withPricingClaim('Pro is $4 a month.', PRO_PRICE_AND_SETUP);
    expect(fired(['pricing.free-charge'], copy, lang, { edit })).not.toEqual([]);
  });
});
