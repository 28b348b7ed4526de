import { readFileSync } from 'node:fs';
import { summaryOf } from '#core/approval';
import { approvalEmail } from '#core/approval-mail';
import { approvalContentOf } from '#core/approval-view';
import type { Finding, HandoffArtifact } from '#core/artifact-types';
import { getContract } from '#core/contracts';
import type { HandoffPackage } from '#core/package-schema';
import { scorePackage } from '#core/score';
import { addCopy, fixturePackage, withFacts } from '../support/package-fixtures.ts';
import { EXPIRY, factsPage } from './helpers/approval-facts.ts';

// A channel with copy but no consent entry: the rules report it at the consent list as a whole
// (`/audience/consent`, quote `sms: no entry`). The approver sees the missing list as "not stated", marked,
// and the lists that are stated unmarked.

const warnings = () =>
  JSON.parse(readFileSync('test/regression/corpus/27-many-warnings.json', 'utf8')) as Record<string, unknown>;

const scored = (pkg: HandoffPackage): HandoffArtifact => {
  const contract = getContract(pkg.contract.id, pkg.contract.version);
  if (!contract) throw new Error('no contract');
  return scorePackage(pkg, contract);
};

/** E-mail and SMS copy, consent stated for e-mail only. */
const smsUnstated = () =>
  addCopy(
    fixturePackage(
      withFacts(warnings(), {
        categories: ['general'],
        consent: [{ channel: 'email', basis: 'opt-in', source: 'own-signup' }],
        minAge: 18,
      }),
    ),
    'Herb kits are back. Reply STOP to opt out.',
    'sms',
    'body',
  );

const link = 'https://x.execute-api.eu-west-1.amazonaws.com/prod/approvals/abc?exp=1&sig=s';
const expiry = EXPIRY;

describe('a channel with copy and no consent entry', () => {
  it('is reported at the consent list as a whole, naming the channel in its quote', () => {
    const pkg = smsUnstated();
    const f = scored(pkg).findings.find((x) => x.ruleId === 'sms.consent-unclear');
    expect(f).toMatchObject({ pointer: '/audience/consent', quote: 'sms: no entry', severity: 'warn' });
  });

  it('shows the missing list as "not stated", marked, and leaves the stated lists unmarked', () => {
    const pkg = smsUnstated();
    const content = approvalContentOf(pkg, scored(pkg), null);
    const rows = content.facts.facts.filter((r) => r.label.endsWith(' list'));
    expect(rows.map((r) => [r.label, r.value.text, r.value.marks.length > 0, r.value.severity])).toEqual([
      ['Email list', 'opt-in, own sign-up form', false, undefined],
      ['SMS list', 'not stated', true, 'warn'],
    ]);
    const finding = content.facts.findings.find((f) => f.ruleId === 'sms.consent-unclear');
    expect(finding?.where).toBe('Audience › SMS list');
    expect(rows[1]?.value.marks).toEqual([finding?.n]);
  });

  it('says so in the mail and on the page', () => {
    const pkg = smsUnstated();
    const artifact = scored(pkg);
    const content = approvalContentOf(pkg, artifact, null);
    const mail = approvalEmail(summaryOf(artifact), link, expiry, content);
    const lines = mail.text.split('\n');
    expect(lines).toContain('- Email list: opt-in, own sign-up form');
    expect(lines).toContain('- SMS list: not stated (flagged: warning)');
    const html = factsPage(content);
    expect(html).toContain('<dt>Email list</dt><dd>opt-in, own sign-up form</dd>');
    expect(html).toMatch(/<dt>SMS list<\/dt><dd><mark class="warn">not stated<\/mark>/);
  });

  it('keeps two unstated lists apart, and trusts no quote naming a list the package states', () => {
    const pkg = addCopy(smsUnstated(), 'Join us.', 'push', 'body');
    pkg.audience.consent = [{ channel: 'push', basis: 'opt-in' }];
    const probe = (quote: string, n: number): Finding => ({
      ruleId: `probe-${n}`,
      family: 'personal-data',
      severity: 'block',
      pointer: '/audience/consent',
      span: null,
      message: 'probe',
      quote,
    });
    const quotes = ['email: no entry', 'sms: no entry', 'push: no entry'];
    const artifact = { ...scored(pkg), findings: quotes.map(probe) };
    const { facts } = approvalContentOf(pkg, artifact, null);
    const lists = facts.facts.filter((r) => r.label.endsWith(' list'));
    expect(lists.map((r) => [r.label, r.value.text, r.value.marks])).toEqual([
      ['Push notification list', 'opt-in', [3]],
      ['Email list', 'not stated', [1]],
      ['SMS list', 'not stated', [2]],
    ]);
  });
});
