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
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { bank, fired, kindBank } from './helpers/judgment-bank.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

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

/** Whether evidence.contradicted stops a pricing claim whose evidence says it has no end date. */
function contradicted(lang: string, claim: string, summary: string): boolean {
  const pkg = withCopy(claim, 'social-organic', 'caption', { language: lang, claimRefs: ['plans'] });
  pkg.claims.push({
    id: 'plans',
    text: claim,
    category: 'pricing',
    evidence: [{ ref: 'Price list 2026', kind: 'internal-data', summary, verifiedOn: '2026-02-20' }],
  });
  return findings(pkg, contract3()).some((f) => f.ruleId === 'evidence.contradicted');
}

/** A standing price, then the same figures hung on an end, against a price list that runs with no end date. */
const NO_END: [lang: string, standing: string, ending: string, summary: string][] = [
  [
    'en',
    'Basic $2.99/month, Plus $9.99/month.',
    'Basic $2.99/month, Plus $9.99/month: offer ends 31 March.',
    'Standing list prices with no end date.',
  ],
  [
    'es',
    'Plan anual 120 € frente a 144 € pagando cada mes.',
    'Plan anual 120 € frente a 144 €: solo hasta el domingo.',
    'Precios vigentes sin fecha de fin.',
  ],
  [
    'de',
    'Jahreskarte 120 €, Monatskarte 12 €.',
    'Jahreskarte 120 € statt 144 €, nur noch bis Sonntag.',
    'Listenpreise ohne Enddatum.',
  ],
  [
    'fr',
    'Carte 10 séances : 8,20 € la place contre 11,50 € au tarif plein.',
    'Carte 10 séances : 8,20 € la place, offre valable jusqu’au 31 mars.',
    'Tarifs en vigueur sans date de fin.',
  ],
];

describe('evidence.contradicted: "no end date" contradicts an end or a one-off, not a standing price', () => {
  it.each(NO_END)('[%s] %j is not contradicted', (lang, standing, _ending, summary) => {
    expect(contradicted(lang, standing, summary)).toBe(false);
  });
  it.each(NO_END)('[%s] %j (with an end) is', (lang, _standing, ending, summary) => {
    expect(contradicted(lang, ending, summary)).toBe(true);
  });
});
