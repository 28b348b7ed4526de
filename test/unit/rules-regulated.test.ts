import { hits, spanTexts } from './helpers/engine-findings.ts';
import { withCopy } from './helpers/engine-fixtures.ts';

describe('regulated categories', () => {
  it('blocks disease claims with the span from verb to disease', () => {
    const copy = 'This tea cures type 2 diabetes and prevents colds.';
    expect(spanTexts(withCopy(copy), 'regulated.health-disease', copy)).toEqual([
      'cures type 2 diabetes',
      'prevents colds',
    ]);
    expect(hits(withCopy(copy), 'regulated.health-disease')[0]?.severity).toBe('block');
  });

  it('does not flag "treats" that are not about disease', () => {
    expect(hits(withCopy('Our dog treats are made with love.'), 'regulated.health-disease')).toEqual([]);
  });

  it('does not flag a disease claim backed by a health claim with evidence cited by the deliverable', () => {
    const pkg = withCopy('Helps prevent colds this winter.', 'email', 'body', { claimRefs: ['vitc'] });
    pkg.claims.push({
      id: 'vitc',
      text: 'Vitamin C contributes to the normal function of the immune system',
      category: 'health',
      evidence: [
        {
          ref: 'EU-432-2012',
          kind: 'legal-review',
          summary: 'What the source shows',
          verifiedOn: '2026-01-15',
        },
      ],
    });
    expect(hits(pkg, 'regulated.health-disease')).toEqual([]);
  });

  it('still flags a disease claim when the cited backed claim is not a health claim', () => {
    const pkg = withCopy('It prevents colds.', 'email', 'body', { claimRefs: ['weight'] });
    expect(hits(pkg, 'regulated.health-disease')).toHaveLength(1);
  });

  it('blocks guaranteed returns and risk-free investments', () => {
    const copy = 'Guaranteed returns of 8% with a risk-free investment.';
    expect(spanTexts(withCopy(copy), 'regulated.finance-returns', copy)).toEqual([
      'Guaranteed returns',
      'risk-free investment',
    ]);
  });

  it('does not flag a plain mention of returns', () => {
    expect(hits(withCopy('Free returns within 30 days.'), 'regulated.finance-returns')).toEqual([]);
  });

  it('warns on environmental claims without evidence, but not on the colour green', () => {
    const copy = 'Carbon neutral shipping in eco-friendly, sustainable packaging. Available in green.';
    expect(spanTexts(withCopy(copy), 'regulated.environmental', copy)).toEqual([
      'Carbon neutral',
      'eco-friendly',
      'sustainable',
    ]);
  });

  it('does not flag an environmental phrase contained in a backed environmental claim', () => {
    const pkg = withCopy('Carbon neutral shipping.');
    pkg.claims.push({
      id: 'ship',
      text: 'Carbon neutral shipping through certified offsets',
      category: 'environmental',
      evidence: [
        {
          ref: 'climate-partner-cert-123',
          kind: 'certification',
          summary: 'What the source shows',
          verifiedOn: '2026-01-15',
        },
      ],
    });
    expect(hits(pkg, 'regulated.environmental')).toEqual([]);
  });
});
