import { missingFields } from '#core/contract-requirements';
import { getContract } from '#core/contracts';
import type { Claim, HandoffPackage } from '#core/package-schema';
import { scorePackage } from '#core/score';
import { validateAgainstContract } from '#core/validate';
import { fixturePackage, samplePackage, withFacts } from '../support/package-fixtures.ts';

/**
 * Contract campaign-package-to-publishing@3.0.0 asks each evidence item of an objective claim to state
 * what it covers, and of a comparative claim what it compared with and whether like with like (ADR 0022).
 */
const contract = (version: '2.0.0' | '3.0.0') => {
  const c = getContract('campaign-package-to-publishing', version);
  if (c === undefined) throw new Error(`contract campaign-package-to-publishing@${version} is not bundled`);
  return c;
};

type Item = Claim['evidence'][number];
const item = (facts: Partial<Item> = {}): Item => ({
  ref: 'Umlaut speed test, Q4 2026',
  kind: 'third-party-report',
  verifiedOn: '2027-01-10',
  ...facts,
});

/**
 * The spring-launch sample on 3.0.0 with its package facts, its performance and environmental evidence
 * stating `covers`, and `claims` appended after the sample's three (so the first is at /claims/3).
 */
function sample300(...claims: Claim[]): HandoffPackage {
  const raw = withFacts(samplePackage('spring-launch'), {
    categories: ['general'],
    consent: [{ channel: 'email', basis: 'double-opt-in', source: 'own-signup' }],
  });
  raw.contract = { id: 'campaign-package-to-publishing', version: '3.0.0' };
  const pkg = fixturePackage(raw);
  for (const c of pkg.claims) for (const e of c.evidence) if (c.category !== 'pricing') e.covers = 'all';
  pkg.claims.push(...claims);
  return fixturePackage(pkg);
}

const claim = (category: Claim['category'], ...evidence: Item[]): Claim => ({
  id: 'fastest-fibre',
  text: 'The fastest fibre in Spain.',
  category,
  evidence,
});

/** Each missing field as "pointer because". */
const missing = (pkg: HandoffPackage, version: '2.0.0' | '3.0.0' = '3.0.0') =>
  missingFields(pkg, contract(version)).map((m) => `${m.pointer} because ${m.because}`);

describe('contract 3.0.0: the evidence facts asked (missingFields)', () => {
  it('passes the sample whose evidence states what it covers', () => {
    expect(missing(sample300())).toEqual([]);
  });

  it.each([
    ['performance', 'about performance'],
    ['environmental', 'environmental'],
    ['health', 'about health'],
    ['finance', 'about finance'],
  ] as const)('asks every item of a %s claim what it covers, and nothing else', (category, is) => {
    const pkg = sample300(claim(category, item(), item({ covers: 'part' })));
    expect(missing(pkg)).toEqual([`/claims/3/evidence/0/covers because the claim “fastest-fibre” is ${is}`]);
  });

  it.each(['general', 'pricing'] as const)('asks nothing of the evidence of a %s claim', (category) => {
    expect(missing(sample300(claim(category, item())))).toEqual([]);
  });

  it('asks an item of a comparative claim what it compared with, saying likeForLike follows, and what it covers', () => {
    expect(missing(sample300(claim('comparative', item())))).toEqual([
      '/claims/3/evidence/0/comparedWith because the claim “fastest-fibre” is comparative (when the evidence compares it with anything, likeForLike is needed too: whether like was compared with like)',
      '/claims/3/evidence/0/covers because the claim “fastest-fibre” is comparative',
    ]);
  });

  it('does not announce likeForLike when the item states it or the contract does not ask it', () => {
    const pkg = sample300(claim('comparative', item({ covers: 'all', likeForLike: true })));
    expect(missing(pkg)).toEqual([
      '/claims/3/evidence/0/comparedWith because the claim “fastest-fibre” is comparative',
    ]);
    const withoutLikeForLike = {
      ...contract('3.0.0'),
      requiredEvidenceFacts: [
        { claimCategories: ['comparative' as const], fields: ['comparedWith' as const] },
      ],
    };
    expect(
      missingFields(sample300(claim('comparative', item())), withoutLikeForLike).map(
        (m) => `${m.pointer} because ${m.because}`,
      ),
    ).toEqual(['/claims/3/evidence/0/comparedWith because the claim “fastest-fibre” is comparative']);
  });

  it('asks likeForLike only of an item that compares, saying with what', () => {
    const pkg = sample300(
      claim(
        'comparative',
        item({ comparedWith: 'nothing', covers: 'all' }),
        item({ comparedWith: 'named-competitors', covers: 'all' }),
        item({ comparedWith: 'own-products', covers: 'all' }),
        item({ comparedWith: 'whole-market', covers: 'all' }),
      ),
    );
    expect(missing(pkg)).toEqual([
      '/claims/3/evidence/1/likeForLike because the claim “fastest-fibre” is comparative and the evidence compares it with named competitors',
      '/claims/3/evidence/2/likeForLike because the claim “fastest-fibre” is comparative and the evidence compares it with the brand’s own other or earlier products',
      '/claims/3/evidence/3/likeForLike because the claim “fastest-fibre” is comparative and the evidence compares it with the whole market',
    ]);
  });

  it('counts likeForLike: false as stated', () => {
    const stated = item({ comparedWith: 'named-competitors', covers: 'part', likeForLike: false });
    expect(missing(sample300(claim('comparative', stated)))).toEqual([]);
  });

  it('asks nothing of a claim without evidence (the evidence rules judge that)', () => {
    expect(missing(sample300(claim('comparative')))).toEqual([]);
  });

  it('is not asked by contract 2.0.0', () => {
    const pkg = sample300(claim('comparative', item()));
    pkg.contract.version = '2.0.0';
    expect(missing(pkg, '2.0.0')).toEqual([]);
  });
});

describe('contract 3.0.0 intake: evidence facts', () => {
  it('rejects evidence that does not say what it covers, naming the field, the rule and why', () => {
    const pkg = sample300(claim('comparative', item({ comparedWith: 'nothing' })));
    expect(validateAgainstContract(pkg, contract('3.0.0'))).toEqual([
      {
        pointer: '/claims/3/evidence/0/covers',
        rule: 'required_field',
        message:
          'is required by contract campaign-package-to-publishing@3.0.0 because the claim “fastest-fibre” is comparative, and must not be empty',
        expected: 'a present, non-empty value',
        received: 'missing',
      },
    ]);
  });

  it('rejects an item that does not say what it compared with, saying likeForLike follows when it compares', () => {
    const pkg = sample300(claim('comparative', item({ covers: 'all' })));
    expect(validateAgainstContract(pkg, contract('3.0.0')).map((v) => [v.pointer, v.message])).toEqual([
      [
        '/claims/3/evidence/0/comparedWith',
        'is required by contract campaign-package-to-publishing@3.0.0 because the claim “fastest-fibre” is comparative (when the evidence compares it with anything, likeForLike is needed too: whether like was compared with like), and must not be empty',
      ],
    ]);
  });

  it('rejects a comparison that does not say whether it compared like with like', () => {
    const pkg = sample300(claim('comparative', item({ comparedWith: 'whole-market', covers: 'all' })));
    expect(validateAgainstContract(pkg, contract('3.0.0'))).toMatchObject([
      {
        pointer: '/claims/3/evidence/0/likeForLike',
        rule: 'required_field',
        message:
          'is required by contract campaign-package-to-publishing@3.0.0 because the claim “fastest-fibre” is comparative and the evidence compares it with the whole market, and must not be empty',
      },
    ]);
  });

  it('still words the package conditions as before', () => {
    const pkg = sample300();
    delete pkg.audience.consent;
    expect(validateAgainstContract(pkg, contract('3.0.0')).map((v) => v.message)).toEqual([
      'is required by contract campaign-package-to-publishing@3.0.0 because the package has email copy, and must not be empty',
    ]);
  });
});

describe('contract 3.0.0 scoring: evidence facts', () => {
  it('blocks with completeness.required-field at each item that leaves a fact out', () => {
    const pkg = sample300(
      claim('comparative', item({ covers: 'all' }), item({ comparedWith: 'named-competitors' })),
    );
    const a = scorePackage(pkg, contract('3.0.0'));
    expect(a.decision.outcome).toBe('blocked');
    expect(
      a.findings.filter((f) => f.ruleId === 'completeness.required-field').map((f) => f.pointer),
    ).toEqual([
      '/claims/3/evidence/0/comparedWith',
      '/claims/3/evidence/1/covers',
      '/claims/3/evidence/1/likeForLike',
    ]);
  });

  it('words each finding with why the field is required, as intake does', () => {
    const pkg = sample300(
      claim('comparative', item({ covers: 'all' }), item({ comparedWith: 'whole-market' })),
    );
    delete pkg.audience.consent;
    const a = scorePackage(pkg, contract('3.0.0'));
    expect(
      a.findings.filter((f) => f.ruleId === 'completeness.required-field').map((f) => f.message),
    ).toEqual([
      'Required field /audience/consent is missing or empty: it is required because the package has email copy',
      'Required field /claims/3/evidence/0/comparedWith is missing or empty: it is required because the claim “fastest-fibre” is comparative (when the evidence compares it with anything, likeForLike is needed too: whether like was compared with like)',
      'Required field /claims/3/evidence/1/covers is missing or empty: it is required because the claim “fastest-fibre” is comparative',
      'Required field /claims/3/evidence/1/likeForLike is missing or empty: it is required because the claim “fastest-fibre” is comparative and the evidence compares it with the whole market',
    ]);
  });

  it('words an unconditional field as before', () => {
    const pkg = sample300();
    pkg.deadlines.reviewBy = '';
    const a = scorePackage(pkg, contract('3.0.0'));
    expect(
      a.findings.filter((f) => f.ruleId === 'completeness.required-field').map((f) => f.message),
    ).toEqual(['Required field /deadlines/reviewBy is missing or empty']);
  });

  it('finds none once every item states its facts', () => {
    const stated = item({ comparedWith: 'named-competitors', covers: 'all', likeForLike: true });
    const a = scorePackage(sample300(claim('comparative', stated)), contract('3.0.0'));
    expect(a.findings.filter((f) => f.ruleId === 'completeness.required-field')).toEqual([]);
  });
});
