import type { HandoffArtifact } from '#core/artifact-types';
import { digestOf } from '#core/canonical';
import { SKILL } from '#core/identity';
import { score } from './helpers/engine-findings.ts';
import { cleanPackage, engineContract, withCopy } from './helpers/engine-fixtures.ts';

const dims = (a: HandoffArtifact) =>
  Object.fromEntries(Object.entries(a.scorecard.dimensions).map(([k, v]) => [k, v.score]));

describe('scoring arithmetic', () => {
  it('gives a clean package 100 in every dimension and passes it', () => {
    const a = score(cleanPackage());
    expect(a.scorecard.total).toBe(100);
    expect(dims(a)).toEqual({
      completeness: 100,
      evidence: 100,
      policy: 100,
      channelFit: 100,
      consistency: 100,
    });
    expect(a.decision.outcome).toBe('pass');
    expect(a.findings).toEqual([]);
  });

  it('deducts contract penalties per finding and counts uncovered claim phrases against evidence', () => {
    // One uncovered superlative (warn, policy −10) next to one backed claim: evidence 1/(1+1) = 50.
    const a = score(withCopy('The best shoe for wet trails.'));
    expect(dims(a)).toEqual({
      completeness: 100,
      evidence: 50,
      policy: 90,
      channelFit: 100,
      consistency: 100,
    });
    // (100·20 + 50·20 + 90·30 + 100·15 + 100·15) / 100 = 87
    expect(a.scorecard.total).toBe(87);
    expect(a.scorecard.dimensions.policy.weight).toBe(30);
  });

  it('rounds the weighted total half up in integer arithmetic', () => {
    const contract = engineContract();
    contract.scoring.weights = { completeness: 50, evidence: 50, policy: 0, channelFit: 0, consistency: 0 };
    const pkg = cleanPackage();
    pkg.claims.push(
      { id: 'a', text: 'Made in Portugal', category: 'general', evidence: [] },
      { id: 'b', text: 'Ships in a day', category: 'general', evidence: [] },
    );
    // completeness 100 − 2 info × 2 = 96, evidence floor(100 · 1/3) = 33 → (96·50 + 33·50)/100 = 64.5 → 65
    const a = score(pkg, contract);
    expect(dims(a)).toMatchObject({ completeness: 96, evidence: 33 });
    expect(a.scorecard.total).toBe(65);
  });

  it('floors a dimension at 0 however many findings pile up', () => {
    const a = score(withCopy(Array.from({ length: 12 }, () => 'TODO').join(' ')));
    expect(a.scorecard.dimensions.policy.score).toBe(0);
    expect(Number.isInteger(a.scorecard.total)).toBe(true);
  });
});

describe('decision table', () => {
  it('blocks on any block finding even when the total is high', () => {
    const a = score(withCopy('Ready TBD.'));
    expect(a.scorecard.total).toBeGreaterThanOrEqual(85);
    expect(a.decision.outcome).toBe('blocked');
    expect(a.decision.reasons).toContain('Unfinished-work marker “TBD” left in the package.');
  });

  it('blocks a total below blockBelow even without block findings', () => {
    const contract = engineContract();
    contract.scoring.thresholds.blockBelow = 99;
    const a = score(
      withCopy('See http://shoes.example.org/a now.'.replace('example.org', 'shoeshop.co')),
      contract,
    );
    expect(a.findings.every((f) => f.severity !== 'block')).toBe(true);
    expect(a.decision).toEqual({
      outcome: 'blocked',
      reasons: [`The quality score is ${a.scorecard.total} out of 100, below the 99 the contract accepts.`],
    });
  });

  it('asks for approval when the score is under autoPassMin, naming the warn rules behind it', () => {
    const contract = engineContract();
    contract.ruleOverrides = {
      'claim.absolute-guarantee': { severity: 'warn' },
      'claim.superlative': { severity: 'warn' },
    };
    const a = score(withCopy('The best shoe, and a risk-free trial.'), contract);
    expect(a.decision.outcome).toBe('needs-approval');
    expect(a.decision.reasons[0]).toBe(
      `The quality score is ${a.scorecard.total} out of 100; packages pass on their own from 85.`,
    );
    expect(a.decision.reasons).toContain(
      'Absolute claim “risk-free” is not backed by a claim with evidence.',
    );
  });

  it('asks for approval when auto-approval is disabled, even for a perfect package', () => {
    const contract = engineContract();
    contract.approvals.autoApprove.enabled = false;
    const a = score(cleanPackage(), contract);
    expect(a.decision).toEqual({
      outcome: 'needs-approval',
      reasons: ['The contract turns automatic approval off, so a person signs off every package.'],
    });
    expect(a.approval.required).toBe(true);
  });

  it('asks for approval when the risk exceeds autoApprove.maxRisk', () => {
    const pkg = cleanPackage();
    pkg.claims.push({
      id: 'eco',
      text: 'Uppers from recycled bottles',
      category: 'environmental',
      evidence: [
        {
          ref: 'supplier-cert',
          kind: 'certification',
          summary: 'What the source shows',
          verifiedOn: '2026-01-15',
        },
      ],
    });
    const a = score(pkg);
    expect(a.scorecard.total).toBe(100);
    expect(a.risk).toBe('high');
    expect(a.decision.outcome).toBe('needs-approval');
    expect(a.decision.reasons).toEqual([
      'The risk is high; only packages at medium risk pass on their own.',
      'Risk is raised to high because the package makes environmental claims.',
    ]);
  });
});

describe('risk', () => {
  it('follows the contract risk bands by total', () => {
    const contract = engineContract();
    contract.scoring.riskBands = { criticalBelow: 20, highBelow: 50, mediumBelow: 90 };
    expect(score(withCopy('The best shoe.'), contract).risk).toBe('medium'); // 87
    expect(score(cleanPackage(), contract).risk).toBe('low'); // 100
  });

  it('raises the risk to high for any block finding', () => {
    expect(score(withCopy('Ready TBD.')).risk).toBe('high');
  });

  it('raises the risk to critical for a blocking health or finance finding', () => {
    const a = score(withCopy('Our insoles cure arthritis.'));
    expect(a.risk).toBe('critical');
    expect(a.decision.reasons).toContain(
      'Risk is raised to critical because a health or money claim would run without the evidence the law asks for.',
    );
  });

  it('raises the risk to critical for a health claim without evidence', () => {
    const pkg = cleanPackage();
    pkg.claims.push({ id: 'joints', text: 'Kind to your joints', category: 'health', evidence: [] });
    expect(score(pkg).risk).toBe('critical');
  });
});

describe('confidence', () => {
  it('is round-half-up of 0.6 × evidence + 0.4 × completeness, as an integer', () => {
    const pkg = withCopy('The best shoe.');
    pkg.story.proofPoints = []; // completeness 100 − 10 = 90
    const a = score(pkg); // evidence 50
    expect(a.confidence.value).toBe(66); // 0.6·50 + 0.4·90 = 66
    expect(score(cleanPackage()).confidence.value).toBe(100);
  });
});

describe('approval routing', () => {
  it('does not require a human for a pass, and routes to the default group', () => {
    const a = score(cleanPackage());
    expect(a.approval).toMatchObject({
      required: false,
      routeId: 'default',
      group: 'marketing-lead',
      timeoutSeconds: 86400,
    });
    expect(a.approval.approvers).toEqual([{ name: 'Mia Lead', email: 'mia@brand.example' }]);
  });

  it('takes the first route whose conditions all hold: a health claim goes to legal', () => {
    const pkg = cleanPackage();
    pkg.claims.push({
      id: 'joints',
      text: 'Cushioning reduces knee load by 12%',
      category: 'health',
      evidence: [
        { ref: 'biomech-study-7', kind: 'study', summary: 'What the source shows', verifiedOn: '2026-01-15' },
      ],
    });
    const a = score(pkg);
    expect(a.approval).toMatchObject({ required: true, routeId: 'regulated-claims', group: 'legal' });
    expect(a.approval.approvers).toEqual([{ name: 'Leo Legal', email: 'leo@brand.example' }]);
  });

  it('routes by minimum risk and falls back to the default group when the package names nobody in the group', () => {
    const a = score(withCopy('Ready TBD.'));
    expect(a.approval.routeId).toBe('high-risk');
    expect(a.approval.group).toBe('marketing-lead');
    expect(a.approval.reason).toContain(
      'Nobody in the package belongs to brand-director, so it goes to marketing-lead instead.',
    );
    const pkg = withCopy('Ready TBD.');
    pkg.approvers.push({ group: 'brand-director', name: 'Bo Director', email: 'bo@brand.example' });
    expect(score(pkg).approval).toMatchObject({
      group: 'brand-director',
      approvers: [{ name: 'Bo Director' }],
    });
  });

  it('routes partner channels to partnerships', () => {
    const pkg = withCopy('Loving these #ad', 'influencer', 'caption');
    pkg.approvers.push({ group: 'partnerships', name: 'Pat Partner', email: 'pat@brand.example' });
    const contract = engineContract();
    contract.approvals.autoApprove.enabled = false;
    expect(score(pkg, contract).approval).toMatchObject({
      routeId: 'partner-channels',
      group: 'partnerships',
    });
  });
});

describe('artifact', () => {
  it('names the artifact, routing tag and downstream hints from identity and contract', () => {
    const a = score(cleanPackage());
    expect(a.artifact).toBe(SKILL.artifactName);
    expect(a.artifactVersion).toBe('1');
    expect(a.routing).toEqual({
      tag: SKILL.routingTag,
      downstream: [
        { consumer: 'design-studio', hint: 'HandoffHandedOff', when: 'handed-off' },
        { consumer: 'copywriting', hint: 'HandoffRejected', when: 'rejected' },
      ],
    });
    expect(a.evidence).toEqual([
      { claimId: 'weight', category: 'performance', refs: ['lab-report-2026-02'] },
    ]);
    expect(a.package).toMatchObject({ streamId: 'spring-launch', packageId: 'pkg-001', channels: ['email'] });
  });

  it('records the trace steps in order with SHA-256 digests, and binds the package digest', () => {
    const pkg = cleanPackage();
    const a = score(pkg);
    expect(a.trace.steps.map((s) => s.step)).toEqual([
      'canonicalize',
      'rules:marketing-default@1.0.0',
      'score',
      'decide',
      'route',
    ]);
    for (const s of a.trace.steps) {
      expect(s.inputDigest).toMatch(/^[0-9a-f]{64}$/);
      expect(s.outputDigest).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(a.package.digest).toBe(digestOf(pkg));
    expect(a.trace.steps[0]?.inputDigest).toBe(a.package.digest);
    expect(a.trace.steps[1]?.outputDigest).toBe(digestOf(a.findings));
    expect(a.trace.steps[2]?.outputDigest).toBe(digestOf(a.scorecard));
  });

  it('digests everything except digest and delivery', () => {
    const a = score(withCopy('The best shoe.'));
    const { digest, delivery: _delivery, ...rest } = a;
    expect(digest).toBe(digestOf(rest));
    const withDelivery: HandoffArtifact = { ...a, delivery: { stored: 's3://bucket/key' } };
    const { digest: _d, delivery: _dd, ...rest2 } = withDelivery;
    expect(digestOf(rest2)).toBe(digest);
  });

  it('changes the digest when any scored input changes', () => {
    const a = score(cleanPackage());
    const pkg = cleanPackage();
    pkg.title = 'Spring launch of the Trail Runner shoe (v2)';
    expect(score(pkg).digest).not.toBe(a.digest);
  });

  it('renders a Markdown report with the decision, dimension table, blocking pointers and trace', () => {
    const a = score(withCopy('Ready TBD.'));
    expect(a.report).toContain('**Decision:** blocked · **Risk:** high');
    expect(a.report).toContain('| policy | 60 | 30 |');
    expect(a.report).toContain('| placeholder.marker | `/channels/1/deliverables/0/copy` | 6–9 |');
    expect(a.report).toContain('route `high-risk` → group `marketing-lead`');
    expect(a.report).toContain(
      `| rules:marketing-default@1.0.0 | \`${a.trace.steps[1]?.inputDigest.slice(0, 16)}\``,
    );
  });
});
