import type { Claim, HandoffPackage } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/**
 * Round 14's dev misses: a marketing or legal sign-off is no test of a performance, comparative or
 * environmental claim (FTC substantiation: competent and reliable evidence), while it can back an
 * authorised health claim; and "rendement" is an investment word only beside one (paint covers 37 m²).
 */
const contract = () => publishingContract('3.0.0');

function withClaim(category: Claim['category'], kind: Claim['evidence'][number]['kind']): HandoffPackage {
  const pkg = withCopy('Une seule couche suffit.', 'web-landing', 'landing-copy', {
    language: 'fr',
    claimRefs: ['c'],
  });
  pkg.claims.push({
    id: 'c',
    text: 'Une seule couche suffit, même du foncé au pâle.',
    category,
    evidence: [
      {
        ref: 'Courriel de l’agence, 3 novembre 2026',
        kind,
        summary: 'Slogan approuvé par le service juridique et le marketing.',
        verifiedOn: '2026-02-01',
        covers: 'all',
        comparedWith: 'nothing',
      },
    ],
  });
  return pkg;
}

describe('evidence.quality: a sign-off is not a test', () => {
  it.each(['performance', 'comparative', 'environmental'] as const)(
    'blocks a %s claim whose only evidence is a legal review',
    (category) => {
      expect(hits(withClaim(category, 'legal-review'), 'evidence.quality', contract())).toMatchObject([
        { severity: 'block', pointer: '/claims/1/evidence' },
      ]);
    },
  );

  it('keeps a legal review as evidence of a health claim (an authorised claim’s wording) and a lab test of any', () => {
    expect(hits(withClaim('health', 'legal-review'), 'evidence.quality', contract())).toEqual([]);
    expect(hits(withClaim('performance', 'study'), 'evidence.quality', contract())).toEqual([]);
  });
});

describe('regulated.finance-risk-warning: "rendement" needs an investment beside it', () => {
  const fires = (copy: string) =>
    hits(
      withCopy(copy, 'web-landing', 'landing-copy', { language: 'fr' }),
      'regulated.finance-risk-warning',
      contract(),
    );

  it.each(['Quel rendement? Environ 37 m² par contenant de 3,78 L.', 'Un rendement lumineux de 120 lm/W.'])(
    'passes %j',
    (copy) => {
      expect(fires(copy)).toEqual([]);
    },
  );

  it.each(['Un rendement de 6 % par an sur votre épargne.', 'Notre fonds vise un rendement régulier.'])(
    'fires on %j',
    (copy) => {
      expect(fires(copy)).not.toEqual([]);
    },
  );
});
