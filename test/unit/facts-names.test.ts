import { exampleFactsLine } from '#core/rulebook';

// `handoff explain` prints a fact rule's example as the rulebook writes it, apart from the package's facts
// line in words (package-facts.ts, for `handoff score` and the approval page).

describe("explain's example facts line", () => {
  it('writes a fact example in the rulebook’s own terms', () => {
    expect(
      exampleFactsLine({
        audience: {
          regions: ['GB'],
          consent: [{ channel: 'email', basis: 'none', source: 'rented' }],
          minAge: 16,
        },
        product: { categories: ['alcohol'] },
      }),
    ).toBe('regions GB; consent email: none (rented); minAge 16; sells alcohol');
  });
});
