import type { HandoffPackage } from '#core/package-schema';
import {
  FEES_FIRE,
  FEES_QUIET,
  LAST_CHANCE_FIRE,
  LAST_CHANCE_QUIET,
  NAMED_REFERENCE_FIRE,
  NAMED_REFERENCE_QUIET,
  NO_END_QUIET,
  OFFER_19_APRIL,
  type PriceRow,
  REFERENCE_FIRE,
  REFERENCE_QUIET,
  TERM_FIRE,
  TERM_QUIET,
  withSibling,
} from './helpers/bank-37-pricing-urgency.ts';
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { bank, fired } from './helpers/judgment-bank.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

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

const OFFER = ['urgency.offer-facts'];

/** The headline on channel 1 with the caption beside it (or on channel 0), against the record `ends`. */
function lastChance(
  lang: string,
  headline: string,
  caption: string,
  ends = '2026-04-19',
  own = true,
): string[] {
  return fired(OFFER, headline, lang, {
    kind: 'headline',
    edit: (p) => {
      p.offer = { ...OFFER_19_APRIL, ends };
      if (own) withSibling(caption, lang)(p);
      else
        p.channels[0]?.deliverables.push({
          id: 'other',
          kind: 'body',
          copy: caption,
          language: lang,
        } as never);
    },
  });
}

describe('urgency.offer-facts: "last chance" in a message that writes the recorded end', () => {
  it.each(LAST_CHANCE_QUIET)('[%s] %j beside %j does not', (lang, headline, caption) => {
    expect(lastChance(lang, headline, caption)).toEqual([]);
  });
  it.each(LAST_CHANCE_QUIET)(
    '[%s] %j beside %j fires against a record of 12 April',
    (lang, headline, caption) => {
      expect(lastChance(lang, headline, caption, '2026-04-12')).not.toEqual([]);
    },
  );
  it.each(LAST_CHANCE_FIRE)('[%s] %j beside %j fires', (lang, headline, caption) => {
    expect(lastChance(lang, headline, caption)).not.toEqual([]);
  });
  it('the end written in another channel does not date this message', () => {
    const caption = 'The print sale runs until 19 April 2026.';
    expect(lastChance('en', 'Last chance: 20% off every print', caption, '2026-04-19', false)).not.toEqual(
      [],
    );
  });
  it('a recorded end months away is no "last chance", written or not', () => {
    const caption = 'Glass Houses closes on 30 September. Members go free.';
    expect(lastChance('en', 'Last chance to see Glass Houses', caption, '2026-09-30')).not.toEqual([]);
  });
});

bank(
  'urgency.deadline: the reader\'s own trial or plan "ends in 7 days" is a term, a discount hung on it is not',
  ['urgency.deadline'],
  {},
  TERM_FIRE,
  TERM_QUIET,
);

const PRICE_RULES = new Set(['pricing.reference-price', 'evidence.contradicted']);

/** The rules of PRICE_RULES that fire on the copy citing a pricing claim with its price history on file. */
function priced([lang, copy, claim, summary]: PriceRow): string[] {
  const pkg = withCopy(copy, 'social-organic', 'caption', { language: lang, claimRefs: ['price'] });
  pkg.claims.push({
    id: 'price',
    text: claim,
    category: 'pricing',
    evidence: [{ ref: 'PIM price history', kind: 'internal-data', summary, verifiedOn: '2026-02-20' }],
  });
  return [...new Set(findings(pkg, contract3()).map((f) => f.ruleId))].filter((r) => PRICE_RULES.has(r));
}

describe('pricing.reference-price and evidence.contradicted: the reference is the figure its word names', () => {
  it.each(NAMED_REFERENCE_QUIET)('[%s] %j does not', (...row) => {
    expect(priced(row)).toEqual([]);
  });
  it.each(NAMED_REFERENCE_FIRE)('[%s] %j fires', (...row) => {
    expect(priced(row)).not.toEqual([]);
  });
});

describe('pricing.reference-price and evidence.contradicted: "au lieu de" a current price, successive markdowns', () => {
  it.each(REFERENCE_QUIET)('[%s] %j does not', (...row) => {
    expect(priced(row)).toEqual([]);
  });
  it.each(REFERENCE_FIRE)('[%s] %j fires', (...row) => {
    expect(priced(row)).not.toEqual([]);
  });
});

describe('evidence that the offer has no end', () => {
  it.each(NO_END_QUIET)('[%s] %j, a standing price, does not', (...row) => {
    expect(priced(row)).toEqual([]);
  });
  const noEnd = 'SPRING20 applies 20% to all sofas with no end date.';
  it('backs a standing price, not a countdown the copy sets on it', () => {
    const pkg = withCopy('20% off every sofa: your offer ends in 30 minutes', 'social-organic', 'caption', {
      claimRefs: ['spring'],
    });
    pkg.claims.push({
      id: 'spring',
      text: '20% off every sofa with code SPRING20',
      category: 'pricing',
      evidence: [{ ref: 'promo calendar', kind: 'internal-data', summary: noEnd, verifiedOn: '2026-02-20' }],
    });
    const ids = findings(pkg, contract3()).map((f) => f.ruleId);
    expect(ids).toContain('urgency.deadline');
    expect(ids).not.toContain('evidence.contradicted');
  });
  it('contradicts a claim that states an end', () => {
    const pkg = withCopy('20% off every sofa until 31 March', 'social-organic', 'caption', {
      claimRefs: ['spring'],
    });
    pkg.claims.push({
      id: 'spring',
      text: '20% off every sofa until 31 March',
      category: 'pricing',
      evidence: [{ ref: 'promo calendar', kind: 'internal-data', summary: noEnd, verifiedOn: '2026-02-20' }],
    });
    expect(findings(pkg, contract3()).map((f) => f.ruleId)).toContain('evidence.contradicted');
  });
});
