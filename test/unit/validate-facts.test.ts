import { getContract } from '#core/contracts';
import type { HandoffPackage } from '#core/package-schema';
import { scorePackage } from '#core/score';
import { validateAgainstContract, validatePackage } from '#core/validate';
import { samplePackage } from '../support/package-fixtures.ts';

/**
 * Contract campaign-package-to-publishing@2.0.0 asks for the package facts at intake (ADR 0021): what
 * is sold always, consent with e-mail or SMS copy, the youngest age with alcohol or gambling.
 */
const c200 = () => {
  const c = getContract('campaign-package-to-publishing', '2.0.0');
  if (c === undefined) throw new Error('contract campaign-package-to-publishing@2.0.0 is not bundled');
  return c;
};

/** The spring-launch sample (e-mail, social and landing copy) on 2.0.0, with every fact it needs. */
function sample200(): HandoffPackage {
  const raw = samplePackage('spring-launch') as Record<string, unknown> & { audience: object };
  raw.contract = { id: 'campaign-package-to-publishing', version: '2.0.0' };
  raw.product = { categories: ['general'] };
  raw.audience = {
    ...raw.audience,
    consent: [{ channel: 'email', basis: 'double-opt-in', source: 'own-signup' }],
  };
  const r = validatePackage(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('contract 2.0.0 intake: package facts', () => {
  it('accepts the sample with its facts stated', () => {
    expect(validateAgainstContract(sample200(), c200())).toEqual([]);
  });

  it('rejects e-mail copy without consent, naming the field, the rule and why', () => {
    const pkg = sample200();
    delete pkg.audience.consent;
    expect(validateAgainstContract(pkg, c200())).toEqual([
      {
        pointer: '/audience/consent',
        rule: 'required_field',
        message:
          'is required by contract campaign-package-to-publishing@2.0.0 because the package has email copy, and must not be empty',
        expected: 'a present, non-empty value',
        received: 'missing',
      },
    ]);
  });

  it('rejects an empty consent list as it rejects a missing one', () => {
    const pkg = sample200();
    pkg.audience.consent = [];
    expect(validateAgainstContract(pkg, c200()).map((v) => `${v.pointer} ${v.rule} ${v.received}`)).toEqual([
      '/audience/consent required_field array (0 items)',
    ]);
  });

  it('rejects declared alcohol without the youngest age the targeting admits', () => {
    const pkg = sample200();
    pkg.product = { categories: ['alcohol'] };
    const out = validateAgainstContract(pkg, c200());
    expect(out.map((v) => `${v.pointer} ${v.rule}`)).toEqual(['/audience/minAge required_field']);
    expect(out[0]?.message).toBe(
      'is required by contract campaign-package-to-publishing@2.0.0 because the package declares the product category alcohol, and must not be empty',
    );
    pkg.audience.minAge = 18;
    expect(validateAgainstContract(pkg, c200())).toEqual([]);
  });

  it('rejects a package that does not say what it sells', () => {
    const pkg = sample200();
    delete pkg.product;
    expect(validateAgainstContract(pkg, c200())).toMatchObject([
      {
        pointer: '/product/categories',
        rule: 'required_field',
        message: 'is required by contract campaign-package-to-publishing@2.0.0 and must not be empty',
        received: 'missing',
      },
    ]);
  });

  it('is scored as intake judges it: a fact the contract requires and the package leaves out blocks', () => {
    const pkg = sample200();
    delete pkg.audience.consent;
    pkg.product = { categories: ['alcohol'] };
    const a = scorePackage(pkg, c200());
    expect(a.decision.outcome).toBe('blocked');
    expect(
      a.findings.filter((f) => f.ruleId === 'completeness.required-field').map((f) => f.pointer),
    ).toEqual(['/audience/consent', '/audience/minAge']);
  });

  it('asks older contracts for none of the facts', () => {
    const pkg = sample200();
    delete pkg.audience.consent;
    delete pkg.product;
    pkg.contract = { id: 'campaign-package-to-publishing', version: '1.1.0' };
    const c = getContract('campaign-package-to-publishing', '1.1.0');
    if (c === undefined) throw new Error('1.1.0 is bundled');
    expect(validateAgainstContract(pkg, c)).toEqual([]);
  });
});

describe('package schema: consent facts', () => {
  it('rejects two consent entries for one channel', () => {
    const raw = structuredClone(sample200()) as HandoffPackage;
    raw.audience.consent = [
      { channel: 'email', basis: 'opt-in' },
      { channel: 'email', basis: 'none' },
    ];
    const r = validatePackage(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.map((v) => v.pointer)).toEqual(['/audience/consent']);
      expect(r.error[0]?.message).toContain('one entry per channel');
    }
  });

  it.each([
    ['a basis outside the vocabulary', { channel: 'email', basis: 'maybe' }, '/audience/consent/0/basis'],
    [
      'a source outside the vocabulary',
      { channel: 'email', basis: 'opt-in', source: 'scraped' },
      '/audience/consent/0/source',
    ],
  ])('rejects %s', (_what, entry, pointer) => {
    const raw = structuredClone(sample200()) as unknown as { audience: { consent: unknown[] } };
    raw.audience.consent = [entry];
    const r = validatePackage(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((v) => v.pointer)).toEqual([pointer]);
  });

  it.each([
    ['a category twice', ['alcohol', 'alcohol'], 'each category once'],
    ['"general" beside a regulated category', ['general', 'alcohol'], '"general" alone'],
  ])('rejects %s in product.categories', (_what, categories, message) => {
    const raw = structuredClone(sample200()) as unknown as { product: { categories: string[] } };
    raw.product.categories = categories;
    const r = validatePackage(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.map((v) => v.pointer)).toEqual(['/product/categories']);
      expect(r.error[0]?.message).toContain(message);
    }
  });

  it('accepts several regulated categories together', () => {
    const raw = structuredClone(sample200());
    raw.product = { categories: ['dietary-supplement', 'children-product'] };
    expect(validatePackage(raw).ok).toBe(true);
  });

  it('rejects a youngest age outside 0..120', () => {
    const raw = structuredClone(sample200());
    raw.audience.minAge = 130;
    const r = validatePackage(raw);
    expect(r.ok ? [] : r.error.map((v) => v.pointer)).toEqual(['/audience/minAge']);
  });
});
