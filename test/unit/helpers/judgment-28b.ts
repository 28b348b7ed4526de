import type { HandoffPackage, Offer } from '#core/package-schema';
import { hits } from './engine-findings.ts';
import { withCopy } from './engine-fixtures.ts';
import { contract3 } from './judgment-quotes.ts';

/** Package builders shared by the stop-28 pricing and urgency bank (rules-judgment-28-b*.test.ts). */
/** A pricing claim stating `text`, with one price-history item saying `summary`, cited by the caption. */
export const history =
  (text: string, summary: string) =>
  (p: HandoffPackage): void => {
    p.claims.push({
      id: 'price-28b',
      text,
      category: 'pricing',
      evidence: [{ ref: 'price-history-2026', kind: 'internal-data', summary, verifiedOn: '2026-02-20' }],
    });
    const d = p.channels[1]?.deliverables[0];
    if (d) d.claimRefs = ['price-28b'];
  };

/** The caption `copy` citing a pricing claim that states it, with `summary` as its price history. */
export const cited = (copy: string, summary: string, language: string): HandoffPackage => {
  const p = withCopy(copy, 'social-organic', 'caption', { language });
  history(copy, summary)(p);
  return p;
};

/** Quotes of `rule` (or of any urgency rule, for `urgency.*`) on the caption `copy` when the brief records `offer`. */
export const recorded = (rule: string, copy: string, offer: Offer, language: string) => {
  const p = withCopy(copy, 'social-organic', 'caption', { language });
  p.offer = offer;
  const rules = rule === 'urgency.*' ? ['urgency.offer-facts', 'urgency.scarcity'] : [rule];
  return rules.flatMap((r) => hits(p, r, contract3()).map((f) => f.quote));
};
