import { readFileSync } from 'node:fs';
import { summaryOf } from '#core/approval';
import { approvalEmail } from '#core/approval-mail';
import { approvalContentOf, whereOf } from '#core/approval-view';
import type { Finding, HandoffArtifact } from '#core/artifact-types';
import { getContract } from '#core/contracts';
import { factsLine, statedFacts } from '#core/package-facts';
import type { HandoffPackage } from '#core/package-schema';
import { scorePackage } from '#core/score';
import { fixturePackage, MIXED_FACTS, type StatedFacts, withFacts } from '../support/package-fixtures.ts';
import { EXPIRY, factsPage } from './helpers/approval-facts.ts';

// The facts a 2.0.0 package states (what is sold, how each list agreed, the youngest age targeted) as the
// approval page, the mail and `handoff score` show them: in words, marked where findings point at them,
// escaped, and a single line on the page when the package states none.

const HOSTILE = `"><script>alert('x')</script><img src=x onerror=alert(1)>`;

const warnings = () =>
  JSON.parse(readFileSync('test/regression/corpus/27-many-warnings.json', 'utf8')) as Record<string, unknown>;

const FACTS = MIXED_FACTS;

const stating = (facts: StatedFacts = FACTS) => fixturePackage(withFacts(warnings(), facts));

const scored = (pkg: HandoffPackage): HandoffArtifact => {
  const contract = getContract(pkg.contract.id, pkg.contract.version);
  if (!contract) throw new Error('no contract');
  return scorePackage(pkg, contract);
};

/** The artifact with findings added, as the rules that read the facts will report them. */
const flagged = (artifact: HandoffArtifact, ...at: [string, Finding['severity']][]): HandoffArtifact => ({
  ...artifact,
  findings: [
    ...artifact.findings,
    ...at.map(([pointer, severity], i) => ({
      ruleId: `facts.probe-${i}`,
      family: 'regulated-category' as const,
      severity,
      pointer,
      span: null,
      message: `Probe finding ${i} about ${pointer}`,
      fix: 'State a basis the channel allows.',
    })),
  ],
});

const link = 'https://x.execute-api.eu-west-1.amazonaws.com/prod/approvals/abc?exp=1&sig=s';
const expiry = EXPIRY;

describe('facts the package states, in the view model', () => {
  it('gives what is sold, each list’s consent and the youngest age in words, not enum values', () => {
    const pkg = stating();
    const { facts } = approvalContentOf(pkg, scored(pkg), null);
    expect(facts.facts.map((f) => [f.label, f.value.text])).toEqual([
      ['What is sold', 'alcohol, a dietary supplement'],
      ['Regions', 'DE, NL, AT'],
      ['Email list', 'double opt-in, own sign-up form'],
      ['SMS list', 'no consent, rented list'],
      ['Youngest age targeted', '18 and over'],
    ]);
    expect(facts.facts.every((f) => f.value.marks.length === 0)).toBe(true);
    expect(facts.findings).toEqual([]);
    expect(
      statedFacts(
        stating({
          categories: ['general'],
          consent: [{ channel: 'email', basis: 'soft-opt-in' }],
          minAge: 0,
        }),
      ).map((f) => f.text),
    ).toEqual([
      'general goods or services (no regulated category)',
      'DE, NL, AT',
      'soft opt-in',
      'any age (no lower limit)',
    ]);
  });

  it('has no fact for a package whose contract does not ask for them, and names the contract', () => {
    const pkg = fixturePackage(warnings());
    const { facts } = approvalContentOf(pkg, scored(pkg), null);
    expect(facts).toEqual({ facts: [], findings: [], contract: 'campaign-package-to-publishing 1.0.0' });
  });

  it('marks a flagged fact as copy is marked, numbers its finding first and lists it with the facts', () => {
    const pkg = stating();
    const artifact = flagged(
      scored(pkg),
      ['/audience/consent/1/basis', 'block'],
      ['/audience/minAge', 'warn'],
    );
    const content = approvalContentOf(pkg, artifact, null);
    const [product, regions, email, sms, age] = content.facts.facts;
    expect(sms?.value).toEqual({ text: 'no consent, rented list', marks: [1], severity: 'block' });
    expect(age?.value).toEqual({ text: '18 and over', marks: [2], severity: 'warn' });
    expect([product?.value.marks, regions?.value.marks, email?.value.marks]).toEqual([[], [], []]);
    expect(content.facts.findings.map((f) => [f.n, f.where])).toEqual([
      [1, 'Audience › SMS list'],
      [2, 'Audience › youngest age targeted'],
    ]);
    // Listed once, with the facts: not again among the other findings, and counted like every finding.
    expect(content.otherFindings.map((f) => f.ruleId)).not.toContain('facts.probe-0');
    expect(content.findings).toHaveLength(artifact.findings.length);
  });

  it('marks every list for a finding about the consent list as a whole, and shows an unstated fact', () => {
    const pkg = stating({ categories: ['general'], consent: FACTS.consent ?? [] });
    const artifact = flagged(scored(pkg), ['/audience/consent', 'warn'], ['/audience/minAge', 'block']);
    const { facts } = approvalContentOf(pkg, artifact, null);
    expect(facts.facts.map((f) => [f.label, f.value.text, f.value.marks])).toEqual([
      ['What is sold', 'general goods or services (no regulated category)', []],
      ['Regions', 'DE, NL, AT', []],
      ['Email list', 'double opt-in, own sign-up form', [1]],
      ['SMS list', 'no consent, rented list', [1]],
      ['Youngest age targeted', 'not stated', [2]],
    ]);
    expect(whereOf(pkg, '/product/categories/0')).toBe('Product › categories');
  });

  it('keeps a value it does not know as itself (hyphens as spaces), for the views to escape', () => {
    const pkg = stating() as unknown as {
      product: { categories: string[] };
      audience: { consent: object[] };
    };
    pkg.product.categories = [HOSTILE, 'constructor'];
    pkg.audience.consent = [
      { channel: HOSTILE, basis: `a\nReview and decide: https://evil.example`, source: HOSTILE },
    ];
    const facts = statedFacts(pkg as unknown as HandoffPackage);
    expect(facts.map((f) => f.label)).toEqual([
      'What is sold',
      'Regions',
      `${HOSTILE} list`,
      'Youngest age targeted',
    ]);
    expect(facts[0]?.text).toBe(`${HOSTILE}, constructor`);
    expect(factsLine(facts)).not.toContain('\n');
  });
});

describe('facts on the approval page and in the mail', () => {
  const pkg = stating();
  const artifact = flagged(scored(pkg), ['/audience/consent/1', 'block']);
  const content = approvalContentOf(pkg, artifact, null);
  const page = (c = content) => factsPage(c);

  it('shows a section of facts, the flagged one marked and numbered like copy, its finding below', () => {
    const html = page();
    expect(html).toContain('<section aria-labelledby="facts"><h2 id="facts">Facts the package states</h2>');
    expect(html).toContain('<dt>What is sold</dt><dd>alcohol, a dietary supplement</dd>');
    expect(html).toContain(
      '<dt>SMS list</dt><dd><mark class="block">no consent, rented list</mark><sup><a href="#finding-1">[1]</a></sup></dd>',
    );
    expect(html).toContain('<li id="finding-1" class="block">');
    expect(html.indexOf('id="facts"')).toBeLessThan(html.indexOf('<h2>The copy</h2>'));
  });

  it('says in one line that an older contract does not ask for them', () => {
    const old = fixturePackage(warnings());
    const html = page(approvalContentOf(old, scored(old), null));
    expect(html).toContain(
      'The package states none of these facts (what is sold, how its lists agreed, the youngest age targeted): its contract, campaign-package-to-publishing 1.0.0, does not ask for them.',
    );
    expect(html).not.toContain('<dl class="facts">');
  });

  it('escapes every fact value on the page and keeps the mail’s lines whole', () => {
    const hostile = structuredClone(content);
    hostile.facts.facts = [
      { label: HOSTILE, value: { text: HOSTILE, marks: [1], severity: 'block' } },
      { label: 'SMS list', value: { text: `x\nReview and decide: https://evil.example/`, marks: [] } },
    ];
    hostile.facts.contract = HOSTILE;
    const html = page(hostile);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('<dt>&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(page({ ...hostile, facts: { ...hostile.facts, facts: [] } })).not.toMatch(/<script|<img/);
    const mail = approvalEmail(summaryOf(artifact), link, expiry, hostile);
    expect(mail.html).not.toMatch(/<script|<img/);
    expect(mail.text.split('\n').filter((l) => l.startsWith('Review and decide:'))).toEqual([
      `Review and decide: ${link}`,
    ]);
    expect(mail.text).toContain('- SMS list: x Review and decide: https://evil.example/');
  });

  it('lists the facts in the mail in plain words, a flagged one with how bad it is', () => {
    const mail = approvalEmail(summaryOf(artifact), link, expiry, content);
    const section = mail.text.split('\n\n').find((p) => p.startsWith('Facts the package states:'));
    expect(section).toBe(
      [
        'Facts the package states:',
        '- What is sold: alcohol, a dietary supplement',
        '- Regions: DE, NL, AT',
        '- Email list: double opt-in, own sign-up form',
        '- SMS list: no consent, rented list (flagged: blocking)',
        '- Youngest age targeted: 18 and over',
      ].join('\n'),
    );
    expect(mail.html).toContain(
      '<li style="margin:0 0 6px">SMS list: no consent, rented list (flagged: blocking)</li>',
    );
    const old = fixturePackage(warnings());
    const oldMail = approvalEmail(
      summaryOf(scored(old)),
      link,
      expiry,
      approvalContentOf(old, scored(old), null),
    );
    expect(oldMail.text).not.toContain('Facts the package states');
  });
});
