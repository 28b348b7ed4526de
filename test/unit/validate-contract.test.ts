import { readFileSync } from 'node:fs';
import type { HandoffContract } from '#core/contract-schema';
import { getContract, resolveContract, unavailabilityViolation } from '#core/contracts';
import type { HandoffPackage } from '#core/package-schema';
import { validateAgainstContract, validatePackage } from '#core/validate';

const samplePath = new URL('../../events/packages/sample-spring-launch.json', import.meta.url);
const sample = (): HandoffPackage => {
  const r = validatePackage(JSON.parse(readFileSync(samplePath, 'utf8')));
  if (!r.ok) throw new Error('sample must be valid');
  return structuredClone(r.value);
};
const contract = (id: string, version = '1.0.0'): HandoffContract => {
  const c = getContract(id, version);
  if (!c) throw new Error(`missing ${id}@${version}`);
  return structuredClone(c);
};
const rules = (pkg: HandoffPackage, c: HandoffContract) =>
  validateAgainstContract(pkg, c).map((v) => `${v.pointer} ${v.rule}`);

describe('validateAgainstContract', () => {
  it('returns no violation for the sample against the contract it names', () => {
    expect(validateAgainstContract(sample(), contract('campaign-package-to-publishing'))).toEqual([]);
  });

  it('rejects a package checked against a contract it does not reference', () => {
    expect(rules(sample(), contract('copy-to-design'))).toContain('/contract contract_mismatch');
  });

  it('rejects a version mismatch even for the same contract id', () => {
    const pkg = sample();
    pkg.contract.version = '0.9.0';
    expect(rules(pkg, contract('campaign-package-to-publishing'))).toEqual(['/contract contract_mismatch']);
  });

  it('rejects retired and draft contracts but accepts a deprecated one', () => {
    const pkg = sample();
    const c = contract('campaign-package-to-publishing');
    for (const status of ['retired', 'draft'] as const) {
      expect(rules(pkg, { ...c, status })).toEqual(['/contract contract_unavailable']);
    }
    expect(rules(pkg, { ...c, status: 'deprecated' })).toEqual([]);
  });

  it('requires every requiredFields pointer to resolve to a non-empty value', () => {
    const pkg = sample();
    pkg.audience.regions = [];
    delete pkg.deadlines.reviewBy;
    const out = validateAgainstContract(pkg, contract('campaign-package-to-publishing'));
    expect(out).toEqual([
      {
        pointer: '/audience/regions',
        rule: 'required_field',
        message: 'is required by contract campaign-package-to-publishing@1.0.0 and must not be empty',
        expected: 'a present, non-empty value',
        received: 'array (0 items)',
      },
      {
        pointer: '/deadlines/reviewBy',
        rule: 'required_field',
        message: 'is required by contract campaign-package-to-publishing@1.0.0 and must not be empty',
        expected: 'a present, non-empty value',
        received: 'missing',
      },
    ]);
  });

  it('rejects channels outside allowedChannels, naming the allowed ones', () => {
    const pkg = sample();
    const c = contract('campaign-package-to-publishing');
    c.allowedChannels = ['email', 'web-landing'];
    const out = validateAgainstContract(pkg, c);
    expect(out.map((v) => `${v.pointer} ${v.rule}`)).toEqual(['/channels/1/channel channel_not_allowed']);
    expect(out[0]?.message).toBe(
      "channel 'social-paid' is not allowed by contract campaign-package-to-publishing@1.0.0; allowed: email, web-landing",
    );
  });

  it('resolveContract rejects an unknown contract reference', () => {
    const r = resolveContract({ id: 'press-kit', version: '1.0.0' });
    expect(r.ok ? [] : r.error.map((v) => v.rule)).toEqual(['contract_not_found']);
  });
});

describe('the contract-status rule', () => {
  it('refuses a draft or retired contract with a violation naming /contract, and lets an active one through', () => {
    const active = getContract('campaign-package-to-publishing', '1.0.0');
    if (!active) throw new Error('bundled contract missing');
    expect(unavailabilityViolation(active)).toBeUndefined();
    expect(unavailabilityViolation({ ...active, status: 'deprecated' })).toBeUndefined();
    for (const status of ['draft', 'retired'] as const) {
      expect(unavailabilityViolation({ ...active, status })).toMatchObject({
        pointer: '/contract',
        rule: 'contract_unavailable',
        received: status,
      });
    }
  });
});
