import { readFileSync } from 'node:fs';
import * as packageFacts from '#core/package-facts';
import * as rulebook from '#core/rulebook';

// Two lines of facts with one name read as one function: `handoff explain`'s example line (a rule
// example's facts, as the rulebook writes them) and a package's facts line (in words, for `handoff score`).

describe('the facts lines and where they are documented', () => {
  it('names explain’s example line for what it is, apart from the package’s facts line', () => {
    expect('factsLine' in rulebook).toBe(false);
    expect(
      rulebook.exampleFactsLine({
        audience: {
          regions: ['GB'],
          consent: [{ channel: 'email', basis: 'none', source: 'rented' }],
          minAge: 16,
        },
        product: { categories: ['alcohol'] },
      }),
    ).toBe('regions GB; consent email: none (rented); minAge 16; sells alcohol');
    expect(typeof packageFacts.factsLine).toBe('function');
  });

  it('cites ADR 0021, which makes the facts package fields, in package-facts.ts', () => {
    const src = readFileSync('functions/core/package-facts.ts', 'utf8');
    expect(src).toContain('ADR 0021');
    expect(src).not.toContain('ADR 0020');
  });
});
