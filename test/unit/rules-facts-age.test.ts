import type { HandoffPackage, ProductCategory } from '#core/package-schema';
import { hits, score } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

/**
 * Age facts and declared products (ADR 0021): the `audience-age` check reads `audience.minAge` against
 * the ages of the package's regions, and a declared regulated product goes to a person with a reason a
 * marketer reads, under contract 2.0.0's rulebooks.
 */
const contract = () => publishingContract('2.0.0');

/** A social package (no e-mail or SMS list to state) selling `products`, aimed at `regions`. */
function pkg(products: ProductCategory[], regions: string[], minAge?: number): HandoffPackage {
  const p = withCopy('New colours are in.', 'social-organic', 'caption');
  p.channels = p.channels.filter((c) => c.channel !== 'email');
  p.product = { categories: products };
  p.audience.regions = regions;
  if (minAge !== undefined) p.audience.minAge = minAge;
  return p;
}
const fired = (p: HandoffPackage, ruleId: string) => hits(p, ruleId, contract());

describe('alcohol.audience-under-age: the legal age of the highest region', () => {
  it.each([
    [['US'], 20, 21],
    [['US'], 18, 21],
    [['CA'], 18, 19],
    [['JP'], 19, 20],
    [['KR'], 18, 19],
    [['IS'], 19, 20],
    [['LT'], 19, 20],
    [['GB'], 17, 18],
    [['DE', 'FR'], 16, 18],
  ] as [string[], number, number][])(
    'blocks alcohol aimed at %j from %i (legal age %i)',
    (regions, minAge, limit) => {
      expect(fired(pkg(['alcohol'], regions, minAge), 'alcohol.audience-under-age')).toMatchObject([
        {
          severity: 'block',
          topic: 'alcohol',
          pointer: '/audience/minAge',
          span: null,
          quote: `minAge ${minAge}`,
          message: expect.stringContaining(`legal age of ${limit}`),
        },
      ]);
    },
  );

  it.each([
    [['US'], 21],
    [['CA'], 19],
    [['JP'], 20],
    [['KR'], 19],
    [['GB'], 18],
    [['DE'], 25],
  ] as [string[], number][])(
    'has no finding for %j at exactly or above the legal age (%i)',
    (regions, minAge) => {
      expect(fired(pkg(['alcohol'], regions, minAge), 'alcohol.audience-under-age')).toEqual([]);
    },
  );

  it('takes the highest age over the regions: 18 passes GB alone, not GB with the US', () => {
    expect(fired(pkg(['alcohol'], ['GB'], 18), 'alcohol.audience-under-age')).toEqual([]);
    const [f] = fired(pkg(['alcohol'], ['GB', 'US', 'CA'], 18), 'alcohol.audience-under-age');
    expect(f?.message).toBe(
      'The package sells alcohol and its targeting admits people from 18, below the legal age of 21 in US',
    );
  });

  it('reads the catch-all age when the package names no region', () => {
    const p = pkg(['alcohol'], ['GB'], 17);
    delete p.audience.regions;
    expect(fired(p, 'alcohol.audience-under-age')).toHaveLength(1);
  });

  it('has no finding for a product that is not declared alcohol, nor without a stated minAge', () => {
    expect(fired(pkg(['general'], ['US'], 16), 'alcohol.audience-under-age')).toEqual([]);
    expect(fired(pkg(['gambling'], ['US'], 16), 'alcohol.audience-under-age')).toEqual([]);
    expect(fired(pkg(['alcohol'], ['US']), 'alcohol.audience-under-age')).toEqual([]);
  });

  it('blocks the package', () => {
    expect(score(pkg(['alcohol'], ['GB'], 16), contract()).decision.outcome).toBe('blocked');
  });
});

describe('gambling.audience-under-age and gambling.audience-under-21-us', () => {
  it.each([16, 17])('blocks gambling aimed at GB from %i', (minAge) => {
    expect(fired(pkg(['gambling'], ['GB'], minAge), 'gambling.audience-under-age')).toMatchObject([
      { severity: 'block', topic: 'gambling', pointer: '/audience/minAge', quote: `minAge ${minAge}` },
    ]);
  });

  it('blocks gambling aimed at Canada from 18 (19 in most provinces)', () => {
    expect(fired(pkg(['gambling'], ['GB', 'CA'], 18), 'gambling.audience-under-age')).toMatchObject([
      { severity: 'block', message: expect.stringContaining('19') },
    ]);
    expect(fired(pkg(['gambling'], ['CA'], 19), 'gambling.audience-under-age')).toEqual([]);
  });

  it('has no finding at 18, nor for alcohol at 16', () => {
    expect(fired(pkg(['gambling'], ['GB'], 18), 'gambling.audience-under-age')).toEqual([]);
    expect(fired(pkg(['alcohol'], ['GB'], 16), 'gambling.audience-under-age')).toEqual([]);
  });

  it('asks a person (a kept warn, not a block) about 18+ gambling in the US', () => {
    const p = pkg(['gambling'], ['GB', 'US'], 18);
    expect(fired(p, 'gambling.audience-under-21-us')).toMatchObject([
      { severity: 'warn', topic: 'gambling', pointer: '/audience/minAge', quote: 'minAge 18' },
    ]);
    const a = score(p, contract());
    expect(a.decision.outcome).toBe('needs-approval');
    expect(a.approval.group).toBe('legal');
    expect(a.decision.reasons).toContain(
      "The package sells gambling in the US and its targeting admits people from 18; a person checks the product's legal age there (21 for most).",
    );
  });

  it('has no US finding at 21, nor outside the US', () => {
    expect(fired(pkg(['gambling'], ['US'], 21), 'gambling.audience-under-21-us')).toEqual([]);
    expect(fired(pkg(['gambling'], ['GB', 'CA'], 18), 'gambling.audience-under-21-us')).toEqual([]);
  });
});

describe('declared products in the decision reasons', () => {
  it('says the package sells alcohol, in words a marketer reads', () => {
    const a = score(pkg(['alcohol'], ['GB'], 18), contract());
    expect(a.decision.outcome).toBe('needs-approval');
    expect(a.decision.reasons[0]).toBe(
      'The package declares that it sells alcohol; alcohol always goes to a person, even when the copy and the evidence are in order.',
    );
  });

  it('names the category and the topic it stands for: a supplement goes to legal as health', () => {
    const a = score(pkg(['dietary-supplement'], ['GB']), contract());
    expect(a.decision.outcome).toBe('needs-approval');
    expect(a.approval.group).toBe('legal');
    expect(a.decision.reasons[0]).toBe(
      'The package declares that it sells a dietary supplement; health always goes to a person, even when the copy and the evidence are in order.',
    );
  });

  it('lists several declared products in the words the approval page uses', () => {
    const a = score(pkg(['children-product', 'crypto-asset'], ['GB'], 18), contract());
    expect(a.decision.reasons[0]).toBe(
      'The package declares that it sells a product for children and a crypto-asset; children and finance always go to a person, even when the copy and the evidence are in order.',
    );
  });

  it('lets an ordinary declared product pass on its own', () => {
    expect(score(pkg(['general'], ['GB']), contract()).decision.outcome).toBe('pass');
  });
});

describe('audience.region-not-iso: a region no rule can read', () => {
  it.each([
    ['UK', '; UK is written GB'],
    ['EL', '; EL is written GR'],
    ['EU', ''],
  ])('blocks %s with the code meant, where it is a common mistake', (code, instead) => {
    const p = pkg(['general'], ['US', code]);
    expect(fired(p, 'audience.region-not-iso')).toMatchObject([
      {
        severity: 'block',
        pointer: '/audience/regions/1',
        span: null,
        quote: code,
        message: `Region “${code}” is not an ISO 3166-1 alpha-2 code${instead}, so no rule for a region can read it`,
      },
    ]);
  });

  it('reads every ISO code, the rare ones included, and no regions at all', () => {
    expect(fired(pkg(['general'], ['GB', 'GR', 'AX', 'ZW', 'BQ']), 'audience.region-not-iso')).toEqual([]);
    const none = pkg(['general'], []);
    delete none.audience.regions;
    expect(fired(none, 'audience.region-not-iso')).toEqual([]);
  });

  it('fires under the older contracts too: their rules for a region read the same codes', () => {
    const p = pkg(['general'], ['UK']);
    expect(hits(p, 'audience.region-not-iso', publishingContract('1.0.0'))).toHaveLength(1);
  });
});
