import { readFileSync } from 'node:fs';
import { getContract } from '#core/contracts';
import type { HandoffPackage } from '#core/package-schema';
import { scorePackage } from '#core/score';
import { summarize } from '../../functions/cli/commands/scored.ts';
import { fixturePackage, withFacts } from '../support/package-fixtures.ts';

// `handoff score`'s readable summary names the facts a 2.0.0 package states on one line, so a reviewer
// reads the findings against what is sold, to whom and how the lists agreed.

const warnings = () =>
  JSON.parse(readFileSync('test/regression/corpus/27-many-warnings.json', 'utf8')) as Record<string, unknown>;

const scored = (pkg: HandoffPackage) => {
  const contract = getContract(pkg.contract.id, pkg.contract.version);
  if (!contract) throw new Error('no contract');
  return scorePackage(pkg, contract);
};

const stating = () =>
  fixturePackage(
    withFacts(warnings(), {
      categories: ['alcohol', 'dietary-supplement'],
      consent: [
        { channel: 'email', basis: 'double-opt-in', source: 'own-signup' },
        { channel: 'sms', basis: 'none', source: 'rented' },
      ],
      minAge: 18,
    }),
  );

describe('handoff score summary', () => {
  it('shows the facts on one line after the contract, and no line for a package without them', () => {
    const pkg = stating();
    const lines = summarize(scored(pkg), {}, pkg).split('\n');
    expect(lines[1]).toBe('contract    campaign-package-to-publishing@2.0.0');
    expect(lines[2]).toBe(
      'facts       What is sold: alcohol, a dietary supplement · Regions: DE, NL, AT · Email list: double opt-in, own sign-up form · SMS list: no consent, rented list · Youngest age targeted: 18 and over',
    );
    const old = fixturePackage(warnings());
    expect(summarize(scored(old), {}, old)).not.toContain('facts ');
  });
});
