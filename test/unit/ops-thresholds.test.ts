import { diffContracts } from '#core/contract-diff';
import { getContract } from '#core/contracts';
import { nextMinorVersion, proposedContract, suggestThresholds } from '#core/thresholds';
import { run } from './helpers/ops-runs.ts';

const contract = getContract('creative-brief-to-production', '1.0.0');
if (!contract) throw new Error('contract missing');

function observed() {
  const low = { risk: 'low' as const };
  return [
    ...[70, 75, 82, 88, 90].map((score, i) => run('approved', i, { ...low, score })),
    ...[60, 72].map((score, i) => run('rejected', 10 + i, { ...low, score })),
    run('auto', 20, { score: 92 }),
    run('blocked', 21, { score: 40 }),
  ];
}

describe('thresholds suggest', () => {
  it('proposes the lowest approved score above every rejection, and lets no past rejection through', () => {
    const s = suggestThresholds(observed(), contract);
    expect(s.current).toEqual({ autoPassMin: 85, autoApproveMinScore: 85, blockBelow: 50 });
    expect(s.proposed).toEqual({ autoPassMin: 75, autoApproveMinScore: 75, blockBelow: 70 });
    expect(s.effect).toEqual({
      newlyAutomatic: 4,
      newlyBlocked: 1,
      rejectionsSlippingThrough: 0,
      handedOffNowBlocked: 0,
      automationBefore: 0.1111,
      automationAfter: 0.5556,
    });
  });

  it('is deterministic: the same runs in any order give the same proposal', () => {
    const runs = observed();
    const a = suggestThresholds(runs, contract);
    const b = suggestThresholds([...runs].reverse(), contract);
    expect(b).toEqual(a);
  });

  it('proposes nothing without enough human decisions', () => {
    const s = suggestThresholds(observed().slice(0, 3), contract);
    expect(s.proposed).toBeNull();
    expect(s.reasons.join(' ')).toMatch(/only 3 human decision/);
  });

  it('keeps autoPassMin when a rejection scored above every approval', () => {
    const runs = [...observed(), run('rejected', 30, { risk: 'low', score: 95 })];
    const s = suggestThresholds(runs, contract);
    // Even the current thresholds would have let that rejection through: nothing is proposed at all.
    expect(s.proposed).toBeNull();
    expect(s.reasons.join(' ')).toMatch(/autoPassMin kept/);
    expect(s.reasons.join(' ')).toMatch(/refused: 1 rejection/);
  });

  it('writes a new draft contract version with a minor bump; contract diff shows only the thresholds', () => {
    const s = suggestThresholds(observed(), contract);
    if (!s.proposed) throw new Error('expected a proposal');
    const next = proposedContract(contract, s.proposed);
    expect(next).toMatchObject({ id: contract.id, version: '1.1.0', status: 'draft' });
    expect(nextMinorVersion(contract, [contract, { ...contract, version: '1.1.0' }])).toBe('1.2.0');
    const paths = diffContracts(contract, next).changes.map((c) => c.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/scoring/thresholds/autoPassMin', '/scoring/thresholds/blockBelow']),
    );
    expect(paths.every((p) => /thresholds|autoApprove|status|version/.test(p))).toBe(true);
  });
});
