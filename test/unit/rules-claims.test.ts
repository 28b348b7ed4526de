import { hits, spanTexts } from './helpers/engine-findings.ts';
import { cleanPackage, EXTRA_COPY, withCopy } from './helpers/engine-fixtures.ts';

describe('unsubstantiated claims', () => {
  it('flags a superlative in copy with the exact span of the word', () => {
    const copy = 'The best trail shoe, and the #1 pick of number one fans.';
    const found = hits(withCopy(copy), 'claim.superlative');
    expect(found.map((f) => f.pointer)).toEqual([EXTRA_COPY, EXTRA_COPY, EXTRA_COPY]);
    expect(spanTexts(withCopy(copy), 'claim.superlative', copy)).toEqual(['best', '#1', 'number one']);
    expect(found[0]?.severity).toBe('warn');
  });

  it('does not flag words that merely contain a superlative, like "bestow" or "leading to"', () => {
    expect(
      hits(withCopy('We bestow comfort on every hiker, leading to longer walks.'), 'claim.superlative'),
    ).toEqual([]);
  });

  it('does not flag "best" when a claim with evidence contains the phrase', () => {
    const pkg = withCopy('The best grip on wet rock.');
    pkg.claims.push({
      id: 'grip',
      text: 'The best grip on wet rock among shoes we tested',
      category: 'performance',
      evidence: [
        { ref: 'grip-test-2026', kind: 'study', summary: 'What the source shows', verifiedOn: '2026-01-15' },
      ],
    });
    expect(hits(pkg, 'claim.superlative')).toEqual([]);
  });

  it('flags "best" when the only claim containing it has no evidence', () => {
    const pkg = withCopy('The best grip on wet rock.');
    pkg.claims.push({ id: 'grip', text: 'The best grip on wet rock', category: 'performance', evidence: [] });
    expect(hits(pkg, 'claim.superlative')).toHaveLength(1);
  });

  it('does not flag a superlative in a deliverable whose claimRefs cite a claim with evidence', () => {
    const pkg = withCopy('Our fastest drying shoe yet.', 'social-organic', 'caption', {
      claimRefs: ['weight'],
    });
    expect(hits(pkg, 'claim.superlative')).toEqual([]);
  });

  it('still flags "clinically proven" in copy whose claimRefs cite only an unrelated evidenced claim', () => {
    const pkg = withCopy('Clinically proven comfort, 240 g per shoe.', 'social-organic', 'caption', {
      claimRefs: ['weight'],
    });
    expect(hits(pkg, 'claim.clinically-proven')).toHaveLength(1);
  });

  it('flags absolute guarantees but not "100% recycled"', () => {
    const copy = 'Guaranteed dry feet, 100% of the time, risk-free. Laces are 100% recycled.';
    expect(spanTexts(withCopy(copy), 'claim.absolute-guarantee', copy)).toEqual([
      'Guaranteed',
      '100%',
      'risk-free',
    ]);
  });

  it('blocks "clinically proven" without a study on file', () => {
    const found = hits(withCopy('Clinically proven to reduce blisters.'), 'claim.clinically-proven');
    expect(found.map((f) => f.severity)).toEqual(['block']);
  });

  it('blocks a comparison that names a competitor from the brand forbidden terms or the rule params', () => {
    const pkg = withCopy('Lighter than Stomper boots and better than Brand X.');
    pkg.brand.forbiddenTerms = ['Stomper'];
    const copy = pkg.channels[1]?.deliverables[0]?.copy ?? '';
    expect(spanTexts(pkg, 'claim.competitor-comparison', copy)).toEqual([
      'Lighter than Stomper',
      'better than Brand X',
    ]);
  });

  it('does not flag a comparison that names no competitor', () => {
    expect(hits(withCopy('Lighter than your old boots.'), 'claim.competitor-comparison')).toEqual([]);
  });

  it('reports claims without evidence: block for health and finance, warn for performance, info for general', () => {
    const pkg = cleanPackage();
    pkg.claims.push(
      { id: 'h', text: 'Supports joint health', category: 'health', evidence: [] },
      { id: 'p', text: 'Dries in one hour', category: 'performance', evidence: [] },
      { id: 'g', text: 'Made in Portugal', category: 'general', evidence: [] },
    );
    expect(hits(pkg, 'evidence.missing-regulated').map((f) => [f.pointer, f.severity])).toEqual([
      ['/claims/1/evidence', 'block'],
    ]);
    expect(hits(pkg, 'evidence.missing').map((f) => [f.pointer, f.severity])).toEqual([
      ['/claims/2/evidence', 'warn'],
    ]);
    expect(hits(pkg, 'completeness.claim-without-evidence').map((f) => [f.pointer, f.severity])).toEqual([
      ['/claims/3/evidence', 'info'],
    ]);
  });
});
