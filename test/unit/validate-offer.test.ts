import { approvalContentOf } from '#core/approval-view';
import { getContract } from '#core/contracts';
import { factsLine, statedFacts } from '#core/package-facts';
import type { HandoffPackage } from '#core/package-schema';
import { scorePackage } from '#core/score';
import { validatePackage } from '#core/validate';
import { samplePackage } from '../support/package-fixtures.ts';
import { factsPage } from './helpers/approval-facts.ts';

/**
 * The offer record (ADR 0023) at intake and before the approver: a structured error naming the field and
 * the rule for a value it cannot hold, and the record in words on the page and the score line.
 */
function sample(offer: unknown): ReturnType<typeof validatePackage> {
  const raw = samplePackage('spring-launch') as Record<string, unknown>;
  raw.contract = { id: 'campaign-package-to-publishing', version: '3.0.0' };
  raw.offer = offer;
  return validatePackage(raw);
}

const violations = (offer: unknown) => {
  const r = sample(offer);
  return r.ok ? [] : r.error.map((v) => `${v.pointer} ${v.rule}`);
};

const pkgWith = (offer: unknown): HandoffPackage => {
  const r = sample(offer);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('the offer record at intake', () => {
  it('accepts every field it knows', () => {
    expect(violations({ ends: '2027-03-31', stock: 340, timer: 'fixed-end', repeats: false })).toEqual([]);
    expect(violations({ ends: 'no-end-date', stock: 'not-limited', timer: 'restarts' })).toEqual([]);
    expect(violations({})).toEqual([]);
  });

  it.each([
    [{ ends: '31/03/2027' }, '/offer/ends'],
    [{ ends: 'soon' }, '/offer/ends'],
    [{ stock: -1 }, '/offer/stock'],
    [{ stock: 2.5 }, '/offer/stock'],
    [{ timer: 'fake' }, '/offer/timer'],
    [{ repeats: 'weekly' }, '/offer/repeats'],
    [{ endsOn: '2027-03-31' }, '/offer'],
  ])('rejects %j at %s, and nothing is stored', (offer, pointer) => {
    const found = violations(offer);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((v) => v.startsWith(pointer))).toBe(true);
  });
});

describe('the offer record before the approver', () => {
  it('is said in words on the score line', () => {
    const pkg = pkgWith({ ends: 'no-end-date', stock: 340, timer: 'restarts', repeats: true });
    expect(factsLine(statedFacts(pkg))).toContain(
      'The offer, as the brief records it: no end date; 340 units; a countdown that restarts for each visitor; the same terms run again',
    );
  });

  it('is shown on the approval page, escaped, beside the finding it explains', () => {
    const pkg = pkgWith({ ends: '2027-04-30' });
    const d = pkg.channels[0]?.deliverables[0];
    if (d) d.copy = 'Today only: <b>40%</b> off.';
    const contract = getContract(pkg.contract.id, pkg.contract.version);
    if (!contract) throw new Error('no contract');
    const artifact = scorePackage(pkg, contract);
    expect(artifact.findings.some((f) => f.ruleId === 'urgency.offer-facts')).toBe(true);
    const html = factsPage(approvalContentOf(pkg, artifact, null));
    expect(html).toContain('The offer, as the brief records it');
    expect(html).toContain('ends 2027-04-30');
    expect(html).not.toContain('<b>40%</b>');
  });
});

describe('the offer record’s errors say what would be right', () => {
  it.each([
    [{ ends: 'no end date' }, '/offer/ends', 'must be a real calendar date YYYY-MM-DD, or "no-end-date"'],
    [{ ends: '2027-02-30' }, '/offer/ends', 'must be a real calendar date YYYY-MM-DD, or "no-end-date"'],
    [{ stock: 'unlimited' }, '/offer/stock', 'must be a whole number of units (0 or more), or "not-limited"'],
  ])('%j at %s: %s', (offer, pointer, message) => {
    const r = sample(offer);
    expect(r.ok ? [] : r.error.map((v) => [v.pointer, v.message])).toEqual([[pointer, message]]);
  });

  it('rejects a calendar date that does not exist in the deadlines too', () => {
    const raw = samplePackage('spring-launch') as { deadlines: { launch: string } };
    raw.deadlines.launch = '2027-02-30';
    const r = validatePackage(raw);
    expect(r.ok ? [] : r.error.map((v) => [v.pointer, v.message])).toEqual([
      ['/deadlines/launch', 'must be a real calendar date'],
    ]);
  });

  it('shows the regions with the audience facts, not beside an offer record alone', () => {
    const pkg = pkgWith({ ends: '2027-04-30' });
    pkg.audience.regions = ['UK'];
    const contract = getContract(pkg.contract.id, pkg.contract.version);
    if (!contract) throw new Error('no contract');
    const { facts } = approvalContentOf(pkg, scorePackage(pkg, contract), null);
    const labels = facts.facts.map((f) => f.label);
    expect(labels).toContain('The offer, as the brief records it');
    expect(labels).not.toContain('Regions');
  });
});
