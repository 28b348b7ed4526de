import { readdirSync, readFileSync } from 'node:fs';
import { handoffContractSchema } from '#core/contract-schema';
import {
  contractProblems,
  getContract,
  listContracts,
  parseContract,
  resolveContract,
} from '#core/contracts';
import { SKILL } from '#core/identity';
import { checkPackage } from '#core/validate';

const dir = new URL('../../contracts/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('contract files', () => {
  it.each(files)('%s conforms to the contract schema and the cross-field rules', (file) => {
    const json = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown;
    expect(handoffContractSchema.safeParse(json).success).toBe(true);
    const parsed = parseContract(json);
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
  });

  it.each(files)('%s is named <id>-<version>.json and is registered', (file) => {
    const json = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { id: string; version: string };
    expect(file).toBe(`${json.id}-${json.version}.json`);
    expect(getContract(json.id, json.version)).toEqual(json);
  });

  it('registers every contract file, so no contract on disk is unreachable', () => {
    expect(listContracts()).toHaveLength(files.length);
  });
});

describe('contract registry', () => {
  it('holds the active contracts (1.0.0s, 1.1.0 with reminders, 2.0.0 with facts, 3.0.0 with evidence facts) and the 0.9.0 pilot', () => {
    expect(listContracts().map((c) => `${c.id}@${c.version} ${c.status}`)).toEqual([
      'campaign-package-to-publishing@0.9.0 deprecated',
      'campaign-package-to-publishing@1.0.0 active',
      'campaign-package-to-publishing@1.1.0 active',
      'campaign-package-to-publishing@2.0.0 active',
      'campaign-package-to-publishing@3.0.0 active',
      'copy-to-design@1.0.0 active',
      'creative-brief-to-production@1.0.0 active',
    ]);
  });

  it('routes every contract with the skill routing tag and the four approval groups', () => {
    for (const c of listContracts()) {
      expect(c.routing.tag).toBe(SKILL.routingTag);
      expect(c.approvals.defaultGroup).toBe('marketing-lead');
      const groups = c.approvals.routes.map((r) => r.group);
      expect(groups).toContain('legal');
      expect(groups).toContain('brand-director');
    }
    expect(
      getContract('campaign-package-to-publishing', '1.0.0')?.approvals.routes.map((r) => r.group),
    ).toContain('partnerships');
  });

  it('returns undefined for an unknown id or version', () => {
    expect(getContract('copy-to-design', '9.9.9')).toBeUndefined();
    expect(getContract('nope', '1.0.0')).toBeUndefined();
  });

  it('explains an unknown contract reference and lists the known versions', () => {
    const r = resolveContract({ id: 'campaign-package-to-publishing', version: '9.0.0' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toEqual([
        {
          pointer: '/contract',
          rule: 'contract_not_found',
          message:
            'contract campaign-package-to-publishing@9.0.0 does not exist (known versions: 0.9.0, 1.0.0, 1.1.0, 2.0.0, 3.0.0)',
          expected: 'a known contract id and version',
          received: 'campaign-package-to-publishing@9.0.0',
        },
      ]);
    }
  });

  it('flags weights that do not sum to 100 and unordered thresholds and bands', () => {
    const base = structuredClone(getContract('copy-to-design', '1.0.0'));
    if (!base) throw new Error('missing contract');
    base.scoring.weights.policy += 1;
    base.scoring.thresholds.blockBelow = 90;
    base.scoring.riskBands.criticalBelow = 70;
    expect(contractProblems(base)).toEqual([
      'scoring weights must sum to 100 (they sum to 101)',
      'thresholds.blockBelow must not exceed thresholds.autoPassMin',
      'riskBands must satisfy criticalBelow <= highBelow <= mediumBelow',
    ]);
  });

  it('checkPackage accepts the sample against the contract it references', () => {
    const r = checkPackage(
      readFileSync(new URL('../../events/packages/sample-spring-launch.json', import.meta.url)),
    );
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(`${r.value.contract.id}@${r.value.contract.version}`).toBe(
        'campaign-package-to-publishing@1.0.0',
      );
  });
});
