import type { HandoffPackage } from '#core/package-schema';
import { scorePackage } from '#core/score';
import { withCopy } from './helpers/engine-fixtures.ts';
import { contract3 } from './helpers/judgment-quotes.ts';

/**
 * An `unsupported` evidence finding says what the evidence tested instead (review 28, item 17): the writer
 * needs the one gap found, not a list of every kind of gap there is.
 */
function message(claim: string, category: string, summary: string): string {
  const p: HandoffPackage = withCopy(claim, 'social-organic', 'caption', { language: 'en' });
  p.claims.push({
    id: 'c',
    text: claim,
    category: category as HandoffPackage['claims'][number]['category'],
    evidence: [{ ref: 'study-2026', kind: 'study', summary, verifiedOn: '2026-02-01' }],
  });
  const d = p.channels[1]?.deliverables[0];
  if (d) d.claimRefs = ['c'];
  const f = scorePackage(p, contract3()).findings.find((x) => x.ruleId === 'evidence.contradicted');
  return f?.message ?? '';
}

describe('the unsupported-evidence message names the gap it found', () => {
  it.each([
    [
      'Cuts wrinkles by 40% in 4 weeks',
      'health',
      'In vitro study on skin cells: collagen up 40% after 4 weeks.',
      'tested cells, tissue or animals in a lab',
    ],
    [
      'Our fund returned 12% a year since 2020',
      'finance',
      'Back-tested model portfolio: 12% a year 2020-2025, hypothetical returns.',
      'hypothetical or back-tested returns',
    ],
    [
      'Battery lasts 30 hours',
      'performance',
      'Lab test of the battery: 22 hours of playback at 50% volume.',
      'other results than the claim’s figures',
    ],
  ])('%j (%s)', (claim, category, summary, words) => {
    const m = message(claim, category, summary);
    expect(m).toContain(words);
    expect(m).toContain('does not back the claim as made');
    expect(m).not.toContain('a handful of users or a survey');
  });
});
