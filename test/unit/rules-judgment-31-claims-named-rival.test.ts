import { score } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/**
 * Stop 31, a named comparison with evidence goes to a person. CASE-FORMAT and Directive 2006/114/EC art. 4:
 * a comparison with a named competitor that carries like-for-like evidence is lawful but a reviewer signs it
 * off. Evidence that states `comparedWith: named-competitors` said so already; a comparative claim whose text
 * names a rival of the brand kit says so too, when the evidence item predates those facts (contract 2.0.0).
 */
function decision(claim: string, competitors: string[]): string {
  const pkg = withCopy('100 Go, 5G : 9,99 €/mois chez Onda.', 'social-paid', 'caption', {
    language: 'fr',
    claimRefs: ['vs'],
  });
  pkg.brand.competitors = competitors;
  pkg.product = { categories: ['general'] };
  pkg.audience.consent = [{ channel: 'email', basis: 'opt-in', source: 'own-signup' }];
  pkg.contract = { id: 'campaign-package-to-publishing', version: '2.0.0' };
  pkg.claims.push({
    id: 'vs',
    text: claim,
    category: 'comparative',
    evidence: [
      {
        ref: 'Relevé tarifaire du 2 février 2027, constat d’huissier',
        kind: 'third-party-report',
        summary: 'Onda 100 Go 9,99 €/mois ; Bleu Mobile 100 Go 15,99 €/mois ; mêmes conditions.',
        verifiedOn: '2027-02-02',
      },
    ],
  });
  const a = score(pkg, publishingContract('2.0.0'));
  return a.decision.outcome;
}

describe('a comparative claim naming a rival of the brand kit', () => {
  it('goes to a person', () => {
    expect(decision('100 Go à 9,99 €/mois contre 15,99 €/mois chez Bleu Mobile', ['Bleu Mobile'])).toBe(
      'needs-approval',
    );
  });
  it('a rival named only inside another word does not count', () => {
    expect(decision('100 Go à 9,99 €/mois, prix relevé sur Bleu Mobiles.fr', ['Bleu Mobile'])).toBe('pass');
  });
  it('a rival named after an occurrence inside another word still counts', () => {
    expect(decision('Replace your filter: it lasts 2x longer than Ace filters.', ['Ace'])).toBe(
      'needs-approval',
    );
  });
  it('a rival only ever inside another word does not count', () => {
    expect(decision('Replace your filter: it lasts twice as long.', ['Ace'])).toBe('pass');
  });
});
