import type { HandoffPackage } from '#core/package-schema';
import {
  type ClaimRow,
  LIVE_FROM_PERIOD,
  LIVE_QUIET,
  ONLINE_COUNTS,
  URGENCY_40_KINDS,
} from './helpers/bank-40-urgency.ts';
import { findings } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';
import { fired, kindBank } from './helpers/judgment-bank.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * Stop 40, urgency (ADR 0028): the bank of `helpers/bank-40-urgency.ts`. Each kind's lines fire one of its
 * rules and its near-misses none; the activity claims are read against the evidence filed for them.
 */
kindBank('urgency 40', URGENCY_40_KINDS);

describe('urgency 40: a printed count is read in print only', () => {
  it.each(ONLINE_COUNTS)('[%s] %j on a web page does not', (lang, copy) => {
    expect(fired(['urgency.print-count'], copy, lang, { channel: 'web-landing', kind: 'body' })).toEqual([]);
  });
});

/** Does `evidence.contradicted` report the claim, cited by a caption, whose one evidence item says `summary`? */
function contradicted([lang, claim, summary]: ClaimRow): boolean {
  const pkg: HandoffPackage = withCopy(claim, 'social-organic', 'caption', {
    language: lang,
    claimRefs: ['live'],
  });
  pkg.claims.push({
    id: 'live',
    text: claim,
    category: 'general',
    evidence: [
      { ref: 'site analytics export 2026-02-27', kind: 'internal-data', summary, verifiedOn: '2026-02-27' },
    ],
  });
  return findings(pkg, contract3()).some(
    (f) => f.ruleId === 'evidence.contradicted' && f.pointer === '/claims/1/evidence',
  );
}

describe('urgency 40: "N people are viewing this now" against evidence of another period', () => {
  it.each(LIVE_FROM_PERIOD)('[%s] %j with %j is not backed', (...row) => {
    expect(contradicted(row)).toBe(true);
  });
  it.each(LIVE_QUIET)('[%s] %j with %j is', (...row) => {
    expect(contradicted(row)).toBe(false);
  });
});
