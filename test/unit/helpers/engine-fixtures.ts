import type { HandoffContract } from '#core/contract-schema';
import { handoffContractSchema } from '#core/contract-schema';
import { getContract } from '#core/contracts';
import type { Channel, Deliverable, HandoffPackage } from '#core/package-schema';
import { addCopy, fixturePackage } from '../../support/package-fixtures.ts';

/**
 * Builders for the engine tests: a clean package that scores `pass` under `engineContract()`, and
 * small helpers to put one piece of copy on one channel. Every builder returns a fresh object, and
 * both are checked against the real schemas (packages through the validation edge).
 */

export function cleanPackage(): HandoffPackage {
  return fixturePackage({
    schemaVersion: '1',
    contract: { id: 'engine-test', version: '1.0.0' },
    streamId: 'spring-launch',
    packageId: 'pkg-001',
    submittedAt: '2026-03-01T09:00:00Z',
    title: 'Spring launch of the Trail Runner shoe',
    from: { team: 'Copywriting', owner: { name: 'Ada Writer', email: 'ada@brand.example' } },
    to: { team: 'Design', owner: { name: 'Ben Designer', email: 'ben@brand.example' } },
    objective: {
      statement: 'Grow trial of the Trail Runner among weekend hikers.',
      kpis: [{ name: 'Trial signups', unit: 'signups', baseline: 1000, target: 1500, direction: 'increase' }],
    },
    audience: {
      primary: 'Weekend hikers aged 25 to 45',
      segments: ['new hikers', 'returning customers'],
      regions: ['GB'],
    },
    story: {
      hook: 'Your weekend deserves shoes that keep up.',
      tension: 'Wet trails and heavy boots make hikes a chore.',
      resolution: 'The Trail Runner is light, grippy and dries fast.',
      keyMessage: 'Light shoes for real trails.',
      proofPoints: ['Weighs 240 g per shoe', 'Tested on 300 km of trail'],
    },
    claims: [
      {
        id: 'weight',
        text: 'Weighs 240 g per shoe',
        category: 'performance',
        evidence: [
          {
            ref: 'lab-report-2026-02',
            kind: 'internal-data',
            summary: 'Weighed 20 pairs',
            verifiedOn: '2026-02-10',
          },
        ],
      },
    ],
    cta: { text: 'Find your pair', url: 'https://www.trailrunner-shoes.com/spring' },
    channels: [
      {
        channel: 'email',
        deliverables: [
          { id: 'subject', kind: 'subject-line', copy: 'Meet the Trail Runner' },
          {
            id: 'body',
            kind: 'body',
            copy: 'Wet trails are no match for the Trail Runner. It weighs 240 g per shoe. Find your pair today.',
            claimRefs: ['weight'],
          },
        ],
        // A commercial mail prints the sender's postal address (CAN-SPAM), not only the package's sender field.
        disclosures: ['Unsubscribe at any time.', '1 Market Street, London EC1A 1AA'],
      },
    ],
    brand: { voice: ['warm', 'direct'], mandatories: ['Trail Runner'], forbiddenTerms: ['cheap'] },
    deadlines: { handoffDue: '2026-03-10', launch: '2026-04-01', reviewBy: '2026-03-05' },
    approvers: [
      { group: 'marketing-lead', name: 'Mia Lead', email: 'mia@brand.example' },
      { group: 'legal', name: 'Leo Legal', email: 'leo@brand.example' },
    ],
    sender: { postalAddress: '1 Market Street, London EC1A 1AA' },
  });
}

export function engineContract(): HandoffContract {
  return handoffContractSchema.parse({
    id: 'engine-test',
    version: '1.0.0',
    status: 'active',
    title: 'Engine test contract',
    description: 'Contract used by the engine unit tests.',
    handoff: { from: 'copywriting', to: 'design' },
    packageSchemaVersion: '1',
    requiredFields: ['/story/keyMessage', '/cta/url'],
    allowedChannels: [
      'email',
      'sms',
      'push',
      'social-organic',
      'social-paid',
      'influencer',
      'affiliate',
      'search-ad',
      'web-landing',
    ],
    scoring: {
      weights: { completeness: 20, evidence: 20, policy: 30, channelFit: 15, consistency: 15 },
      thresholds: { autoPassMin: 85, blockBelow: 50 },
      riskBands: { criticalBelow: 40, highBelow: 60, mediumBelow: 80 },
      penalties: { block: 40, warn: 10, info: 2 },
    },
    rulebooks: [{ id: 'marketing-default', version: '1.0.0' }],
    approvals: {
      timeoutSeconds: 86400,
      defaultGroup: 'marketing-lead',
      routes: [
        { id: 'regulated-claims', when: { claimCategories: ['health', 'finance'] }, group: 'legal' },
        { id: 'high-risk', when: { minRisk: 'high' }, group: 'brand-director' },
        { id: 'partner-channels', when: { channels: ['influencer', 'affiliate'] }, group: 'partnerships' },
      ],
      autoApprove: { enabled: true, maxRisk: 'medium', minScore: 85 },
    },
    sla: { cycleTimeHours: { baseline: 48, target: 16 } },
    consumes: ['handoff-package/v1'],
    produces: ['handoff-contracting-artifact-marketing-and-storytelling/v1'],
    routing: {
      tag: 'marketing-and-storytelling:generalist-engine',
      downstream: [
        { consumer: 'design-studio', hint: 'HandoffHandedOff', when: 'handed-off' },
        { consumer: 'copywriting', hint: 'HandoffRejected', when: 'rejected' },
      ],
    },
  });
}

/** The clean package with one extra channel carrying one deliverable (pointer /channels/1/deliverables/0/copy). */
export function withCopy(
  copy: string,
  channel: Channel = 'social-organic',
  kind: Deliverable['kind'] = 'caption',
  extra: Partial<Deliverable> = {},
): HandoffPackage {
  return addCopy(cleanPackage(), copy, channel, kind, extra);
}

export const EXTRA_COPY = '/channels/1/deliverables/0/copy';

/** A bundled campaign-package-to-publishing contract, the way packages name it (judgment tests score under it). */
export function publishingContract(version: '1.0.0' | '1.1.0' | '2.0.0' | '3.0.0'): HandoffContract {
  const c = getContract('campaign-package-to-publishing', version);
  if (c === undefined) throw new Error(`contract campaign-package-to-publishing@${version} is not bundled`);
  return c;
}
