import { diffContracts, formatContractDiff } from '#core/contract-diff';
import type { HandoffContract } from '#core/contract-schema';
import { getContract } from '#core/contracts';

const base = (): HandoffContract => {
  const c = getContract('campaign-package-to-publishing', '1.0.0');
  if (!c) throw new Error('missing contract');
  return structuredClone(c);
};
/** Applies a mutation to a copy and returns the single classified change it produces. */
const only = (mutate: (c: HandoffContract) => void) => {
  const next = base();
  mutate(next);
  const diff = diffContracts(base(), next);
  expect(diff.changes).toHaveLength(1);
  const [change] = diff.changes;
  if (!change) throw new Error('no change');
  expect(diff.breaking).toBe(change.breaking);
  return change;
};
const summary = (c: { path: string; kind: string; breaking: boolean }) =>
  `${c.breaking ? 'BREAKING' : 'ok'} ${c.kind} ${c.path}`;

describe('diffContracts: identical contracts', () => {
  it('reports no change and nothing breaking', () => {
    expect(diffContracts(base(), base())).toEqual({ changes: [], breaking: false });
  });
});

describe('diffContracts: breaking changes', () => {
  const cases: [string, (c: HandoffContract) => void, string][] = [
    [
      'a new required field',
      (c) => c.requiredFields.push('/sender/postalAddress'),
      'BREAKING added /requiredFields',
    ],
    [
      'a removed allowed channel',
      (c) => {
        c.allowedChannels = c.allowedChannels.filter((x) => x !== 'sms');
      },
      'BREAKING removed /allowedChannels',
    ],
    [
      'autoPassMin raised',
      (c) => {
        c.scoring.thresholds.autoPassMin = 90;
      },
      'BREAKING changed /scoring/thresholds/autoPassMin',
    ],
    [
      'blockBelow raised',
      (c) => {
        c.scoring.thresholds.blockBelow = 55;
      },
      'BREAKING changed /scoring/thresholds/blockBelow',
    ],
    [
      'a risk band raised',
      (c) => {
        c.scoring.riskBands.highBelow = 65;
      },
      'BREAKING changed /scoring/riskBands/highBelow',
    ],
    [
      'a penalty raised',
      (c) => {
        c.scoring.penalties.warn = 15;
      },
      'BREAKING changed /scoring/penalties/warn',
    ],
    [
      'autoApprove.minScore raised',
      (c) => {
        c.approvals.autoApprove.minScore = 95;
      },
      'BREAKING changed /approvals/autoApprove/minScore',
    ],
    [
      'autoApprove disabled',
      (c) => {
        c.approvals.autoApprove.enabled = false;
      },
      'BREAKING changed /approvals/autoApprove/enabled',
    ],
    [
      'a new rulebook',
      (c) => c.rulebooks.push({ id: 'brand-extra', version: '1.0.0' }),
      'BREAKING added /rulebooks/brand-extra',
    ],
    [
      'a rulebook version change',
      (c) => {
        c.rulebooks = [{ id: 'marketing-default', version: '2.0.0' }, ...c.rulebooks.slice(1)];
      },
      'BREAKING changed /rulebooks/marketing-default',
    ],
    [
      'a rule override made stricter',
      (c) => {
        c.ruleOverrides = { 'limit.email-subject': { severity: 'block' } };
      },
      'BREAKING added /ruleOverrides/limit.email-subject',
    ],
    [
      'a shorter approval timeout',
      (c) => {
        c.approvals.timeoutSeconds = 3600;
      },
      'BREAKING changed /approvals/timeoutSeconds',
    ],
    [
      'a removed produces entry',
      (c) => {
        c.produces = c.produces.slice(1);
      },
      'BREAKING removed /produces',
    ],
    [
      'a removed downstream hint',
      (c) => {
        c.routing.downstream = c.routing.downstream.slice(1);
      },
      'BREAKING removed /routing/downstream',
    ],
    [
      'an id change',
      (c) => {
        c.id = 'campaign-to-publishing';
      },
      'BREAKING changed /id',
    ],
    [
      'retiring the contract',
      (c) => {
        c.status = 'retired';
      },
      'BREAKING changed /status',
    ],
    [
      'a different receiving team',
      (c) => {
        c.handoff.to = 'agency';
      },
      'BREAKING changed /handoff/to',
    ],
    ['a new consumed input', (c) => c.consumes.push('media plan'), 'BREAKING added /consumes'],
    [
      'a changed routing tag',
      (c) => {
        c.routing.tag = 'other:tag';
      },
      'BREAKING changed /routing/tag',
    ],
  ];

  it.each(cases)('%s is breaking', (_name, mutate, want) => {
    const change = only(mutate);
    expect(summary(change)).toBe(want);
    expect(change.why.length).toBeGreaterThan(10);
  });

  it('autoApprove.maxRisk lowered from medium to low is breaking', () => {
    const old = base();
    old.approvals.autoApprove.maxRisk = 'medium';
    const diff = diffContracts(old, base());
    expect(diff.changes.map(summary)).toEqual(['BREAKING changed /approvals/autoApprove/maxRisk']);
  });

  it('swapping the rulebook reports one removal and one addition, both breaking', () => {
    const next = base();
    next.rulebooks = [{ id: 'other', version: '1.0.0' }, ...next.rulebooks.slice(1)];
    expect(diffContracts(base(), next).changes.map(summary)).toEqual([
      'BREAKING removed /rulebooks/marketing-default',
      'BREAKING added /rulebooks/other',
    ]);
  });

  it('a re-weighting is breaking for each moved weight', () => {
    const next = base();
    next.scoring.weights.policy -= 5;
    next.scoring.weights.evidence += 5;
    expect(diffContracts(base(), next).changes.map(summary)).toEqual([
      'BREAKING changed /scoring/weights/evidence',
      'BREAKING changed /scoring/weights/policy',
    ]);
  });

  it('an override on a rule unknown to the rulebooks is breaking, because strictness cannot be judged', () => {
    const change = only((c) => {
      c.ruleOverrides = { 'no.such-rule': { severity: 'info' } };
    });
    expect(change.breaking).toBe(true);
    expect(change.why).toMatch(/unknown/);
  });
});

describe('diffContracts: non-breaking changes', () => {
  const cases: [string, (c: HandoffContract) => void, string][] = [
    [
      'a removed required field',
      (c) => {
        c.requiredFields = c.requiredFields.slice(1);
      },
      'ok removed /requiredFields',
    ],
    [
      'autoPassMin lowered',
      (c) => {
        c.scoring.thresholds.autoPassMin = 80;
      },
      'ok changed /scoring/thresholds/autoPassMin',
    ],
    [
      'a penalty lowered',
      (c) => {
        c.scoring.penalties.block = 30;
      },
      'ok changed /scoring/penalties/block',
    ],
    [
      'a longer timeout',
      (c) => {
        c.approvals.timeoutSeconds = 172_800;
      },
      'ok changed /approvals/timeoutSeconds',
    ],
    [
      'a new title',
      (c) => {
        c.title = 'Campaign package → publishing';
      },
      'ok changed /title',
    ],
    [
      'a new description',
      (c) => {
        c.description = 'Shorter.';
      },
      'ok changed /description',
    ],
    [
      'a new downstream hint',
      (c) =>
        c.routing.downstream.push({ consumer: 'analytics', hint: 'HandoffHandedOff', when: 'handed-off' }),
      'ok added /routing/downstream',
    ],
    [
      'a new SLA target',
      (c) => {
        c.sla.cycleTimeHours.target = 24;
      },
      'ok changed /sla/cycleTimeHours/target',
    ],
    [
      'a relaxed rule override',
      (c) => {
        c.ruleOverrides = { 'claim.clinically-proven': { severity: 'warn' } };
      },
      'ok added /ruleOverrides/claim.clinically-proven',
    ],
    [
      'deprecating the contract',
      (c) => {
        c.status = 'deprecated';
      },
      'ok changed /status',
    ],
    ['a new produces entry', (c) => c.produces.push('press list'), 'ok added /produces'],
    [
      'a new default approver group',
      (c) => {
        c.approvals.defaultGroup = 'campaign-lead';
      },
      'ok changed /approvals/defaultGroup',
    ],
    [
      'a version bump',
      (c) => {
        c.version = '1.0.1';
      },
      'ok changed /version',
    ],
  ];

  it.each(cases)('%s is not breaking', (_name, mutate, want) => {
    const change = only(mutate);
    expect(summary(change)).toBe(want);
  });

  it('an added allowed channel is not breaking', () => {
    const old = base();
    old.allowedChannels = old.allowedChannels.filter((x) => x !== 'sms');
    expect(diffContracts(old, base()).changes.map(summary)).toEqual(['ok added /allowedChannels']);
  });

  it('re-enabling auto-approval and raising maxRisk are loosening', () => {
    const old = base();
    old.approvals.autoApprove.enabled = false;
    old.approvals.autoApprove.maxRisk = 'low';
    const next = base();
    next.approvals.autoApprove.maxRisk = 'medium';
    expect(diffContracts(old, next).changes.map(summary)).toEqual([
      'ok changed /approvals/autoApprove/enabled',
      'ok changed /approvals/autoApprove/maxRisk',
    ]);
  });

  it('says that an added escalation lets another group decide', () => {
    const change = only((c) => {
      const route = c.approvals.routes[0];
      if (!route) throw new Error('no route');
      route.reminders = [50, 90];
      route.escalateTo = 'marketing-lead';
    });
    expect(change.breaking).toBe(false);
    expect(change.why).toMatch(/group marketing-lead may now decide when \S+ has not by the last reminder/);
    expect(change.why).toMatch(/reminder points changed/);
  });
});

describe('diffContracts on the real history', () => {
  it('campaign-package-to-publishing 0.9.0 → 1.0.0 is breaking, for the reasons its changelog would give', () => {
    const old = getContract('campaign-package-to-publishing', '0.9.0');
    const next = getContract('campaign-package-to-publishing', '1.0.0');
    if (!old || !next) throw new Error('missing contracts');
    const diff = diffContracts(old, next);
    expect(diff.breaking).toBe(true);
    const breaking = diff.changes.filter((c) => c.breaking).map((c) => c.path);
    expect(breaking).toContain('/requiredFields');
    expect(breaking).toContain('/scoring/thresholds/autoPassMin');
    const loose = diff.changes
      .filter((c) => !c.breaking)
      .map((c) => `${c.kind} ${c.path} ${String(c.to ?? c.from)}`);
    expect(loose).toContain('added /allowedChannels influencer');
    expect(loose).toContain('added /allowedChannels affiliate');
    expect(breaking).toContain('/approvals/timeoutSeconds');
    const text = formatContractDiff(old, next, diff);
    expect(text.split('\n')[0]).toMatch(
      /^campaign-package-to-publishing@0\.9\.0 → campaign-package-to-publishing@1\.0\.0: \d+ change\(s\), \d+ BREAKING$/,
    );
  });

  it('campaign-package-to-publishing 1.1.0 → 2.0.0 is breaking: the facts it asks for are new requirements', () => {
    const old = getContract('campaign-package-to-publishing', '1.1.0');
    const next = getContract('campaign-package-to-publishing', '2.0.0');
    if (!old || !next) throw new Error('missing contracts');
    const diff = diffContracts(old, next);
    const breaking = diff.changes.filter((c) => c.breaking).map((c) => `${c.kind} ${c.path} ${String(c.to)}`);
    expect(breaking).toEqual([
      'added /requiredFields /product/categories',
      'added /requiredWhen /audience/consent when channel email',
      'added /requiredWhen /audience/consent when channel sms',
      'added /requiredWhen /audience/minAge when product alcohol',
      'added /requiredWhen /audience/minAge when product gambling',
    ]);
    // The way back drops the requirements: loosening, not breaking.
    const back = diffContracts(next, old).changes.filter((c) => c.path === '/requiredWhen');
    expect(back.map((c) => [c.kind, c.breaking])).toEqual(Array(4).fill(['removed', false]));
  });

  it('a narrower condition loosens and a wider one breaks, field by field', () => {
    const base = getContract('campaign-package-to-publishing', '2.0.0');
    if (!base) throw new Error('missing contract');
    const withWhen = (channels: ('email' | 'sms' | 'push')[]) => ({
      ...base,
      requiredWhen: [{ when: { channels }, fields: ['/audience/consent'] }],
    });
    const narrower = diffContracts(withWhen(['email', 'sms']), withWhen(['email']));
    expect(narrower.changes.map((c) => `${c.kind} ${String(c.from ?? c.to)} ${c.breaking}`)).toEqual([
      'removed /audience/consent when channel sms false',
    ]);
    const wider = diffContracts(withWhen(['email']), withWhen(['email', 'push']));
    expect(wider.breaking).toBe(true);
  });

  it('the reverse direction is breaking too (channels and outputs removed)', () => {
    const old = getContract('campaign-package-to-publishing', '1.0.0');
    const next = getContract('campaign-package-to-publishing', '0.9.0');
    if (!old || !next) throw new Error('missing contracts');
    const breaking = diffContracts(old, next)
      .changes.filter((c) => c.breaking)
      .map((c) => `${c.kind} ${c.path}`);
    expect(breaking).toContain('removed /allowedChannels');
    expect(breaking).toContain('removed /produces');
  });
});
