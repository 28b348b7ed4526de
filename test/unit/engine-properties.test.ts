import fc from 'fast-check';
import { scorePackage } from '#core/score';
import { packageArb, shuffleKeysDeep } from './helpers/engine-arbitraries.ts';
import { engineContract } from './helpers/engine-fixtures.ts';

describe('scoring properties', () => {
  it('gives byte-identical artifacts for the same package and contract in any key order', () => {
    fc.assert(
      fc.property(packageArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (pkg, seed) => {
        const contract = engineContract();
        const a = JSON.stringify(scorePackage(pkg, contract));
        const b = JSON.stringify(
          scorePackage(shuffleKeysDeep(pkg, seed), shuffleKeysDeep(contract, seed + 1)),
        );
        expect(b).toBe(a);
      }),
      { numRuns: 250 },
    );
  }, 60_000);

  it('keeps the total and every dimension an integer in 0..100, and confidence too', () => {
    fc.assert(
      fc.property(packageArb, (pkg) => {
        const a = scorePackage(pkg, engineContract());
        const values = [
          a.scorecard.total,
          a.confidence.value,
          ...Object.values(a.scorecard.dimensions).map((d) => d.score),
        ];
        for (const v of values) {
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 250 },
    );
  }, 60_000);

  it('never lets a package with a block finding pass, and never requires no approval unless it passes', () => {
    fc.assert(
      fc.property(packageArb, (pkg) => {
        const a = scorePackage(pkg, engineContract());
        if (a.findings.some((f) => f.severity === 'block')) expect(a.decision.outcome).toBe('blocked');
        expect(a.approval.required).toBe(a.decision.outcome !== 'pass');
        expect(a.decision.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
