import { readFileSync } from 'node:fs';
import { summaryOf } from '#core/approval';
import { approvalEmail } from '#core/approval-mail';
import { approvalContentOf } from '#core/approval-view';
import type { HandoffArtifact } from '#core/artifact-types';
import { getContract } from '#core/contracts';
import type { HandoffPackage } from '#core/package-schema';
import { scorePackage } from '#core/score';
import { summarize } from '../../functions/cli/commands/scored.ts';
import { fixturePackage, withFacts } from '../support/package-fixtures.ts';
import { EXPIRY, factsPage } from './helpers/approval-facts.ts';

// Every consent and age verdict depends on the regions, so they are shown with the facts, as the package
// writes them, and a code the rules cannot read (UK for GB) is marked like any flagged fact. A package
// that states no other fact (an older contract) shows no regions either: it stays as it was.

const warnings = () =>
  JSON.parse(readFileSync('test/regression/corpus/27-many-warnings.json', 'utf8')) as Record<string, unknown>;

const scored = (pkg: HandoffPackage): HandoffArtifact => {
  const contract = getContract(pkg.contract.id, pkg.contract.version);
  if (!contract) throw new Error('no contract');
  return scorePackage(pkg, contract);
};

const withRegions = (raw: Record<string, unknown>, regions: string[] | undefined) => {
  const audience = raw.audience as Record<string, unknown>;
  if (regions === undefined) delete audience.regions;
  else audience.regions = regions;
  return fixturePackage(raw);
};

const link = 'https://x.execute-api.eu-west-1.amazonaws.com/prod/approvals/abc?exp=1&sig=s';
const expiry = EXPIRY;

const page = factsPage;

describe('regions with the facts', () => {
  it('are a row after what is sold, on the page, in the mail and in the CLI line, codes as written', () => {
    const pkg = withRegions(withFacts(warnings()), ['GB', 'US']);
    const artifact = scored(pkg);
    const content = approvalContentOf(pkg, artifact, null);
    expect(content.facts.facts.map((f) => f.label)).toEqual([
      'What is sold',
      'Regions',
      'Email list',
      'Youngest age targeted',
    ]);
    expect(content.facts.facts[1]?.value).toEqual({ text: 'GB, US', marks: [] });
    expect(page(content)).toContain('<dt>Regions</dt><dd>GB, US</dd>');
    const mail = approvalEmail(summaryOf(artifact), link, expiry, content);
    expect(mail.text.split('\n')).toContain('- Regions: GB, US');
    expect(summarize(artifact, {}, pkg)).toContain('What is sold: alcohol · Regions: GB, US · Email list');
  });

  it('marks a code the rules cannot read, and lists its finding with the facts', () => {
    const pkg = withRegions(withFacts(warnings()), ['GB', 'UK']);
    const artifact = scored(pkg);
    expect(artifact.findings.find((f) => f.ruleId === 'audience.region-not-iso')?.pointer).toBe(
      '/audience/regions/1',
    );
    const content = approvalContentOf(pkg, artifact, null);
    const regions = content.facts.facts.find((f) => f.label === 'Regions');
    const finding = content.facts.findings.find((f) => f.ruleId === 'audience.region-not-iso');
    expect(regions?.value).toEqual({ text: 'GB, UK', marks: [finding?.n], severity: 'block' });
    expect(content.otherFindings.map((f) => f.ruleId)).not.toContain('audience.region-not-iso');
    expect(page(content)).toMatch(/<dt>Regions<\/dt><dd><mark class="block">GB, UK<\/mark>/);
    const mail = approvalEmail(summaryOf(artifact), link, expiry, content);
    expect(mail.text.split('\n')).toContain('- Regions: GB, UK (flagged: blocking)');
  });

  it('says when the package names no region', () => {
    const pkg = withRegions(withFacts(warnings()), undefined);
    const { facts } = approvalContentOf(pkg, scored(pkg), null);
    expect(facts.facts.find((f) => f.label === 'Regions')?.value.text).toBe(
      'not stated (rules for a named region cannot apply)',
    );
  });

  it('are not shown for an older contract, whose region finding stays with the other findings', () => {
    const pkg = withRegions(warnings(), ['UK']);
    const artifact = scored(pkg);
    const content = approvalContentOf(pkg, artifact, null);
    expect(content.facts.facts).toEqual([]);
    expect(content.otherFindings.map((f) => f.ruleId)).toContain('audience.region-not-iso');
    expect(summarize(artifact, {}, pkg)).not.toContain('facts ');
  });
});
