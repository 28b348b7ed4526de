import type { Claim, HandoffPackage } from '#core/package-schema';
import { hits } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/** Judgment round 7, claims: the basis of a neutrality claim is its evidence too (ADR 0019). */
const contract = () => publishingContract('1.1.0');

const evidenced = (id: string, text: string, category: Claim['category'], summary: string): Claim => ({
  id,
  text,
  category,
  evidence: [{ ref: `report-${id}`, kind: 'third-party-report', summary, verifiedOn: '2026-01-15' }],
});

/** One caption citing `claims` (added to the package), for `regions`. */
function citing(copy: string, claims: Claim[], language = 'en', regions = ['GB']): HandoffPackage {
  const pkg = withCopy(copy, 'social-paid', 'caption', { language, claimRefs: claims.map((c) => c.id) });
  pkg.claims.push(...claims);
  pkg.audience.regions = regions;
  return pkg;
}

const fired = (ruleId: string, pkg: HandoffPackage) => hits(pkg, ruleId, contract()).length > 0;

describe('regulated.environmental-offset: neutrality whose evidence is offsetting (Directive (EU) 2024/825)', () => {
  const neutral = (text: string, summary: string) => evidenced('neutral', text, 'environmental', summary);
  it.each([
    [
      'en',
      'Our deliveries are carbon neutral.',
      'Carbon neutral shipping',
      'Gold Standard offset credits retired for 2025 deliveries',
    ],
    [
      'es',
      'Envíos neutros en carbono en toda España.',
      'Envíos neutros en carbono',
      'Compensación mediante créditos de carbono verificados',
    ],
    [
      'de',
      'Unsere Kapseln sind klimaneutral.',
      'Klimaneutrale Kapseln',
      'Kompensation über zertifizierte Waldschutzprojekte',
    ],
    [
      'fr',
      'Des livraisons neutres en carbone.',
      'Livraisons neutres en carbone',
      'Compensation par crédits carbone certifiés',
    ],
  ])('fires in the EU on %s “%s” when the evidence offsets', (language, copy, text, summary) => {
    expect(
      fired('regulated.environmental-offset', citing(copy, [neutral(text, summary)], language, ['DE'])),
    ).toBe(true);
  });

  it('stays silent when the evidence is the product’s own reductions, or outside the EU', () => {
    const own = neutral('Carbon neutral shipping', 'Electric vans on renewable power, metered 2025');
    expect(
      fired(
        'regulated.environmental-offset',
        citing('Our deliveries are carbon neutral.', [own], 'en', ['DE']),
      ),
    ).toBe(false);
    const offset = neutral('Carbon neutral shipping', 'Gold Standard offset credits retired for 2025');
    expect(
      fired(
        'regulated.environmental-offset',
        citing('Our deliveries are carbon neutral.', [offset], 'en', ['US']),
      ),
    ).toBe(false);
  });
});

describe('regulated.environmental-offset: what the evidence must say (review of round 7)', () => {
  it('stays silent when the evidence says no offsets were used', () => {
    const own = evidenced(
      'neutral',
      'Carbon neutral shipping',
      'environmental',
      'Electric vans on 100% renewable power; no offsets used',
    );
    expect(
      fired(
        'regulated.environmental-offset',
        citing('Our deliveries are carbon neutral.', [own], 'en', ['DE']),
      ),
    ).toBe(false);
    const sin = evidenced(
      'neutral',
      'Envíos neutros en carbono',
      'environmental',
      'Flota eléctrica, sin compensación de emisiones',
    );
    expect(
      fired('regulated.environmental-offset', citing('Envíos neutros en carbono.', [sin], 'es', ['ES'])),
    ).toBe(false);
  });

  it.each([
    ['en', 'DE', 'Electric vans; no carbon-offset credits used'],
    ['en', 'FR', 'Not reliant on carbon offsetting schemes: own reductions only'],
    ['de', 'DE', 'Elektroflotte, keine CO2-Kompensation'],
  ])('stays silent on %s evidence with a negated compound (%s): %s', (language, region, summary) => {
    const own = evidenced('neutral', 'Carbon neutral shipping', 'environmental', summary);
    expect(
      fired(
        'regulated.environmental-offset',
        citing('Our deliveries are carbon neutral.', [own], language, [region]),
      ),
    ).toBe(false);
  });

  it('reads only the evidence of a claim that states neutrality, not of any cited claim', () => {
    const neutral = evidenced(
      'neutral',
      'Climate neutral shipping',
      'environmental',
      'Electric vans, metered 2025',
    );
    const catalogue = evidenced(
      'catalogue',
      'A new 80-page catalogue',
      'general',
      'Printed offset on FSC paper',
    );
    expect(
      fired(
        'regulated.environmental-offset',
        citing('Climate neutral shipping and a new catalogue.', [neutral, catalogue], 'en', ['DE']),
      ),
    ).toBe(false);
  });

  it('still fires when an affirmed offset follows a negated one', () => {
    const mixed = evidenced(
      'neutral',
      'Carbon neutral shipping',
      'environmental',
      'No offsets for the vans; the rest is covered by offset credits from a forest project',
    );
    expect(
      fired(
        'regulated.environmental-offset',
        citing('Our deliveries are carbon neutral.', [mixed], 'en', ['FR']),
      ),
    ).toBe(true);
  });
});
