import { getContract } from '#core/contracts';
import { DELIVERABLE_KINDS, type HandoffPackage } from '#core/package-schema';
import { type FactsExample, getRulebook } from '#core/rulebook';
import { detectLanguage } from '#core/rules/language';
import { hits, score } from './helpers/engine-findings.ts';
import { cleanPackage, engineContract, withCopy } from './helpers/engine-fixtures.ts';

/** The engine contract on marketing-default@1.1.0 (severity policy, languages, words). */
function contract110() {
  const c = engineContract();
  c.rulebooks = [{ id: 'marketing-default', version: '1.1.0' }];
  c.approvals.routes.unshift({
    id: 'regulated',
    when: { topics: ['health', 'finance', 'personal-data'] },
    group: 'legal',
  });
  return c;
}

const rb = getRulebook('marketing-default', '1.1.0');
// Rules whose examples are copy (pattern rules and copy-reading checks), run as written.
const COPY_CHECKS = new Set(['competitor-comparison', 'language-coverage']);
const runsOnCopy = (r: (typeof rb.rules)[number]) =>
  typeof r.examples?.fires === 'string' &&
  (r.match.kind === 'pattern' ||
    (r.match.kind === 'check' &&
      (COPY_CHECKS.has(r.match.check) ||
        (r.match.check === 'audience-copy' &&
          (r.match.params as { audience?: string; context?: string }).audience === undefined &&
          (r.match.params as { context?: string }).context === undefined))));

// Rules on package facts: their examples are facts, set on the clean package with copy on the rule's channel.
const onFacts = (r: (typeof rb.rules)[number]) => typeof r.examples?.fires === 'object';
function exampleWithFacts(r: (typeof rb.rules)[number], facts: FactsExample): HandoffPackage {
  const channel = r.channels === 'all' ? 'social-organic' : r.channels[0];
  const pkg =
    channel === 'email'
      ? cleanPackage()
      : withCopy(facts.copy ?? 'New colours are in.', channel, channel === 'sms' ? 'message' : 'caption');
  if (facts.offer) pkg.offer = structuredClone(facts.offer);
  Object.assign(pkg.audience, structuredClone(facts.audience ?? {}));
  if (facts.product) pkg.product = structuredClone(facts.product);
  return pkg;
}

/** The engine contract on the rulebooks campaign-package-to-publishing@1.0.0 names today. */
function contractLatest() {
  const c = contract110();
  c.rulebooks = [
    { id: 'marketing-default', version: '1.2.0' },
    { id: 'marketing-topics', version: '1.1.0' },
  ];
  return c;
}

describe.each([
  ['marketing-default', '1.1.0', contract110],
  ['marketing-default', '1.2.0', contractLatest],
  ['marketing-topics', '1.1.0', contractLatest],
] as const)('handoff explain examples (%s@%s)', (id, version, contractOf) => {
  const book = getRulebook(id, version);
  it('has examples on every rule with a topic', () => {
    // Imported list rules (inclusive.*) have no examples of their own: the list carries none.
    const missing = book.rules
      .filter((r) => r.topic !== undefined && r.match.kind !== 'phrases' && r.examples === undefined)
      .map((r) => r.id);
    expect(missing).toEqual(id === 'marketing-topics' ? missing : []);
  });

  it.each(book.rules.filter(runsOnCopy).map((r) => [r.id, r] as const))(
    '%s fires on its example and not on the other',
    (ruleId, r) => {
      const ex = r.examples as { fires: string; passes: string };
      // A rule that reads some languages only is shown its example in the first of them.
      const lang = ruleId === 'language.unsupported' ? {} : { language: r.languages?.[0] ?? 'en' };
      // A rule limited to channels is shown its example in the first of them.
      const channel = r.channels === 'all' ? 'social-organic' : r.channels[0];
      const usual = channel === 'sms' ? 'message' : channel === 'email' ? 'body' : 'caption';
      // A rule that skips that kind (emoji-only link labels) is shown its example in the first kind it reads.
      const skip: readonly string[] = ('skipKinds' in r.match && r.match.skipKinds) || [];
      const kind = skip.includes(usual) ? (DELIVERABLE_KINDS.find((k) => !skip.includes(k)) ?? usual) : usual;
      const on = (text: string) => withCopy(text, channel, kind, lang);
      expect(hits(on(ex.fires), ruleId, contractOf()).length).toBeGreaterThan(0);
      expect(hits(on(ex.passes), ruleId, contractOf())).toEqual([]);
    },
  );

  it.each(book.rules.filter(onFacts).map((r) => [r.id, r] as const))(
    '%s fires on the facts of its example and not on the other',
    (ruleId, r) => {
      const ex = r.examples as { fires: FactsExample; passes: FactsExample };
      expect(hits(exampleWithFacts(r, ex.fires), ruleId, contractOf()).length).toBeGreaterThan(0);
      expect(hits(exampleWithFacts(r, ex.passes), ruleId, contractOf())).toEqual([]);
    },
  );
});

describe('severity policy', () => {
  it('blocks a personal e-mail address in public copy and routes it to the regulated group', () => {
    const a = score(withCopy('Thanks Rob (rob.mensah@outlook.com)!'), contract110());
    expect(
      hits(withCopy('Thanks Rob (rob.mensah@outlook.com)!'), 'pii.email-address', contract110())[0],
    ).toMatchObject({
      severity: 'block',
      topic: 'personal-data',
      quote: 'rob.mensah@outlook.com',
    });
    expect(a.decision.outcome).toBe('blocked');
    expect(a.approval.group).toBe('legal');
  });

  it('does not flag a role address', () => {
    expect(
      hits(withCopy('Questions? Email help@trailrunner-shoes.com.'), 'pii.email-address', contract110()),
    ).toEqual([]);
  });

  it('sends a substantiated health claim to a person, never auto-pass', () => {
    const pkg = cleanPackage();
    pkg.claims.push({
      id: 'mg',
      text: 'Magnesium contributes to a reduction of tiredness',
      category: 'health',
      evidence: [
        { ref: 'EU 432/2012', kind: 'legal-review', summary: 'Authorised claim', verifiedOn: '2026-01-10' },
      ],
    });
    const a = score(pkg, contract110());
    expect(a.decision.outcome).toBe('needs-approval');
    expect(a.decision.reasons[0]).toMatch(/^The package touches health;/);
    expect(a.approval.group).toBe('legal');
  });

  it('does not count stale evidence or customer reviews for a health claim', () => {
    const pkg = cleanPackage();
    pkg.claims.push({
      id: 'h',
      text: 'Helps joints',
      category: 'health',
      evidence: [
        { ref: 'reviews', kind: 'customer-testimonial', summary: '5 stars', verifiedOn: '2026-01-10' },
      ],
    });
    expect(hits(pkg, 'evidence.quality', contract110())[0]).toMatchObject({
      severity: 'block',
      topic: 'health',
    });
  });

  it('names competitors from the brand kit', () => {
    const pkg = withCopy('Lighter than the trail king.');
    pkg.brand.competitors = ['trail king'];
    expect(hits(pkg, 'claim.competitor-comparison', contract110())).toHaveLength(1);
  });

  it('judges Spanish e-mail by Spanish unsubscribe wording', () => {
    const pkg = withCopy('Nueva colección de primavera.', 'email', 'body', { language: 'es' });
    const plan = pkg.channels[1];
    if (plan)
      plan.disclosures = [
        'Darse de baja: https://trailrunner-shoes.com/baja',
        '12 Calle Mayor, 28013 Madrid',
      ];
    expect(hits(pkg, 'disclosure.email-unsubscribe', contract110())).toEqual([]);
  });
});

describe('language detection', () => {
  it('is deterministic and knows covered from uncovered languages', () => {
    expect(detectLanguage('The spring range is in the shop now, with twelve new items.')).toBe('en');
    expect(detectLanguage('Die neue Kollektion ist da, jetzt für Sie im Laden.')).toBe('de');
    expect(detectLanguage('La nueva colección ya está en la tienda para ti.')).toBe('es');
    expect(detectLanguage('La nouvelle collection est arrivée dans notre boutique pour vous.')).toBe('fr');
    expect(detectLanguage('De nieuwe collectie is nu in de winkel voor jou.')).toBe('nl');
    expect(detectLanguage('새로운 봄 컬렉션')).toBe('other');
  });

  it('routes copy in a language without a rulebook to a person', () => {
    const a = score(withCopy('La nuova collezione è arrivata nel nostro negozio, per te.'), contract110());
    expect(a.findings.find((f) => f.ruleId === 'language.unsupported')).toMatchObject({ topic: 'language' });
    expect(a.decision.outcome).toBe('needs-approval');
  });

  it('bundles the contract on default 1.2.0 and topics 1.1.0', () => {
    expect(getContract('campaign-package-to-publishing', '1.0.0')?.rulebooks).toEqual([
      { id: 'marketing-default', version: '1.2.0' },
      { id: 'marketing-topics', version: '1.1.0' },
    ]);
  });
});
