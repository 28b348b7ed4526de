import { diffContracts, formatContractDiff } from '#core/contract-diff';
import type { HandoffContract } from '#core/contract-schema';
import { getContract, parseContract } from '#core/contracts';

/** The contract field `requiredEvidenceFacts` (ADR 0022): its shape, and how `contract diff` classifies it. */

const contract = (version: string): HandoffContract => {
  const c = getContract('campaign-package-to-publishing', version);
  if (c === undefined) throw new Error(`contract campaign-package-to-publishing@${version} is not bundled`);
  return structuredClone(c);
};
type Asks = NonNullable<HandoffContract['requiredEvidenceFacts']>;
const asking = (requiredEvidenceFacts: Asks): HandoffContract => ({
  ...contract('3.0.0'),
  requiredEvidenceFacts,
});
const problems = (value: unknown) => {
  const r = parseContract(value);
  return r.ok ? [] : r.error;
};

describe('contract schema: requiredEvidenceFacts', () => {
  it('is what 3.0.0 adds to 2.0.0, and 2.0.0 does not have it', () => {
    expect(contract('3.0.0').requiredEvidenceFacts).toEqual([
      {
        claimCategories: ['performance', 'comparative', 'environmental', 'health', 'finance'],
        fields: ['covers'],
      },
      { claimCategories: ['comparative'], fields: ['comparedWith', 'likeForLike'] },
    ]);
    expect(contract('2.0.0').requiredEvidenceFacts).toBeUndefined();
    const { version: _v, description: _d, requiredEvidenceFacts: _r, ...rest } = contract('3.0.0');
    const { version: _v2, description: _d2, ...before } = contract('2.0.0');
    expect(rest).toEqual(before);
  });

  it.each([
    [
      'a field that is not an evidence fact',
      [{ claimCategories: ['comparative'], fields: ['summary'] }],
      '/requiredEvidenceFacts/0/fields/0: must be one of: comparedWith, covers, likeForLike [invalid_value]',
    ],
    [
      'an unknown claim category',
      [{ claimCategories: ['opinion'], fields: ['covers'] }],
      '/requiredEvidenceFacts/0/claimCategories/0: must be one of: general, performance, comparative, pricing, health, finance, environmental [invalid_value]',
    ],
    [
      'no claim category',
      [{ claimCategories: [], fields: ['covers'] }],
      '/requiredEvidenceFacts/0/claimCategories: must contain at least 1 item [too_small]',
    ],
    [
      'no field',
      [{ claimCategories: ['health'], fields: [] }],
      '/requiredEvidenceFacts/0/fields: must contain at least 1 item [too_small]',
    ],
    [
      'a condition other than claim categories',
      [{ claimCategories: ['health'], channels: ['email'], fields: ['covers'] }],
      "/requiredEvidenceFacts/0/channels: unknown field 'channels' is not allowed [unrecognized_keys]",
    ],
    [
      'a pointer instead of a fact name',
      [{ claimCategories: ['health'], fields: ['/claims/0/evidence/0/covers'] }],
      '/requiredEvidenceFacts/0/fields/0: must be one of: comparedWith, covers, likeForLike [invalid_value]',
    ],
    [
      'a category twice',
      [{ claimCategories: ['health', 'health'], fields: ['covers'] }],
      'requiredEvidenceFacts[0] must not repeat a claim category or a field',
    ],
  ])('rejects %s, naming where and why', (_what, asks, problem) => {
    expect(problems({ ...contract('3.0.0'), requiredEvidenceFacts: asks })).toEqual([problem]);
  });

  it('accepts the bundled 3.0.0 and an empty list', () => {
    expect(problems(contract('3.0.0'))).toEqual([]);
    expect(problems(asking([]))).toEqual([]);
  });
});

describe('diffContracts: requiredEvidenceFacts', () => {
  const summary = (c: { kind: string; breaking: boolean; from?: unknown; to?: unknown }) =>
    `${c.breaking ? 'BREAKING' : 'ok'} ${c.kind} ${String(c.to ?? c.from)}`;

  it('campaign-package-to-publishing 2.0.0 → 3.0.0 is breaking: each fact asked per category is its own change', () => {
    const diff = diffContracts(contract('2.0.0'), contract('3.0.0'));
    expect(diff.breaking).toBe(true);
    // In contract order: entry by entry, field by field, category by category.
    expect(diff.changes.filter((c) => c.path === '/requiredEvidenceFacts').map(summary)).toEqual([
      'BREAKING added covers when claim performance',
      'BREAKING added covers when claim comparative',
      'BREAKING added covers when claim environmental',
      'BREAKING added covers when claim health',
      'BREAKING added covers when claim finance',
      'BREAKING added comparedWith when claim comparative',
      'BREAKING added likeForLike when claim comparative and its evidence compares',
    ]);
    // Only the description and the version change besides: nothing falls to the "unclassified" net.
    expect(diff.changes.filter((c) => c.path !== '/requiredEvidenceFacts').map((c) => c.path)).toEqual([
      '/version',
      '/description',
    ]);
    expect(formatContractDiff(contract('2.0.0'), contract('3.0.0'), diff)).toContain(
      'BREAKING added   /requiredEvidenceFacts + "covers when claim health": a new evidence fact asked',
    );
  });

  it('the way back drops every fact asked: loosening, not breaking', () => {
    const back = diffContracts(contract('3.0.0'), contract('2.0.0'));
    expect(back.breaking).toBe(false);
    expect(
      back.changes.filter((c) => c.path === '/requiredEvidenceFacts').map((c) => [c.kind, c.breaking]),
    ).toEqual(Array(7).fill(['removed', false]));
  });

  it('a narrowed entry loosens and a widened one breaks, category by category and field by field', () => {
    const wide = asking([{ claimCategories: ['health', 'finance'], fields: ['covers', 'comparedWith'] }]);
    const narrow = asking([{ claimCategories: ['health'], fields: ['covers'] }]);
    expect(diffContracts(wide, narrow).changes.map(summary)).toEqual([
      'ok removed covers when claim finance',
      'ok removed comparedWith when claim health',
      'ok removed comparedWith when claim finance',
    ]);
    expect(diffContracts(narrow, wide).changes.map(summary)).toEqual([
      'BREAKING added covers when claim finance',
      'BREAKING added comparedWith when claim health',
      'BREAKING added comparedWith when claim finance',
    ]);
  });

  it('the same facts asked in another arrangement is no change', () => {
    const split = asking([
      { claimCategories: ['comparative'], fields: ['covers'] },
      { claimCategories: ['comparative'], fields: ['likeForLike', 'comparedWith'] },
      { claimCategories: ['performance', 'environmental', 'health', 'finance'], fields: ['covers'] },
    ]);
    expect(diffContracts(contract('3.0.0'), split).changes).toEqual([]);
  });
});
