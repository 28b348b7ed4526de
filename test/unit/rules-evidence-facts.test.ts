import type { Claim } from '#core/package-schema';
import { evidenceProblem } from '#core/rules/evidence';
import { hits, score } from './helpers/engine-findings.ts';
import { publishingContract, withCopy } from './helpers/engine-fixtures.ts';

type Item = Claim['evidence'][number];
const AT = '2027-02-15T09:00:00Z';
const item = (facts: Partial<Item> = {}): Item => ({
  ref: 'Umlaut speed test, Q4 2026',
  kind: 'third-party-report',
  summary: 'Median download speeds by provider.',
  verifiedOn: '2027-01-10',
  ...facts,
});
const claim = (category: Claim['category'], ...evidence: Item[]): Claim => ({
  id: 'c',
  text: 'The fastest broadband in Germany.',
  category,
  evidence,
});

describe('what evidence states of itself decides how far it backs its claim (ADR 0022)', () => {
  it('evidence that covers only part of the claim does not back it', () => {
    expect(evidenceProblem(claim('environmental', item({ covers: 'part' })), AT)).toBe('part-only');
    expect(
      evidenceProblem(claim('performance', item({ covers: 'part' }), item({ covers: 'all' })), AT),
    ).toBeNull();
  });

  it('a claim against others needs evidence that measured others', () => {
    for (const comparedWith of ['nothing', 'own-products'] as const) {
      expect(evidenceProblem(claim('comparative', item({ comparedWith })), AT)).toBe('no-comparison');
    }
    expect(evidenceProblem(claim('comparative', item({ comparedWith: 'whole-market' })), AT)).toBeNull();
    // A comparison with the brand's own earlier model is a performance claim.
    expect(evidenceProblem(claim('performance', item({ comparedWith: 'own-products' })), AT)).toBeNull();
  });

  it('a comparison of unlike things does not back the claim, unless another item compares like with like', () => {
    const unlike = item({ comparedWith: 'named-competitors', likeForLike: false });
    expect(evidenceProblem(claim('comparative', unlike), AT)).toBe('unlike');
    expect(
      evidenceProblem(
        claim('comparative', unlike, item({ comparedWith: 'whole-market', likeForLike: true })),
        AT,
      ),
    ).toBeNull();
  });

  it('reads nothing into facts an item does not state, and only items that count', () => {
    expect(evidenceProblem(claim('comparative', item()), AT)).toBeNull();
    // The stale item is not counted: the current one, which covers all, backs the claim.
    const stale = item({ covers: 'part', verifiedOn: '2020-01-01' });
    expect(evidenceProblem(claim('performance', stale, item({ covers: 'all' })), AT)).toBeNull();
  });

  it('blocks the claim in the engine with evidence.scope, in the claim category’s topic', () => {
    const pkg = withCopy('Schneller als die Telekom.', 'social-paid', 'caption', {
      language: 'de',
      claimRefs: ['c'],
    });
    const compares = claim('comparative', item({ comparedWith: 'nothing', covers: 'part' }));
    pkg.claims.push({ ...compares, text: 'Faster broadband than Telekom in every German city.' });
    const found = hits(pkg, 'evidence.scope', publishingContract('2.0.0'));
    expect(found.map((f) => [f.severity, f.pointer, f.topic])).toEqual([
      ['block', '/claims/1/evidence', 'comparative'],
    ]);
    expect(found[0]?.message).toContain('covers only part');
  });

  it.each([
    ['The fastest broadband in Germany.', 'superlatives'],
    ['Deutschlands Nr. 1 und die schnellste Lieferung.', 'superlatives'],
    ['El mejor café de Madrid.', 'superlatives'],
    ["America's most-recommended mattress.", 'superlatives'],
    ['La fibra más rápida de España.', 'superlatives'],
    ['La crème la plus vendue de France.', 'superlatives'],
    ['Größte Reichweite aller Pedelecs unter 23 kg.', 'superlatives'],
    ['La fibra es más rápida que la de Movistar.', 'comparative'],
    ['Faster than Telekom, the fastest in Germany.', 'comparative'],
    ['Plus rapide que la concurrence.', 'comparative'],
    ['Mejor precio que la competencia.', 'comparative'],
    ['Our interest rates beat the big banks.', 'comparative'],
    ['Honest pricing for every family.', 'comparative'],
    ['Unsere Fenster halten länger.', 'comparative'],
    ['Lower fees on every request.', 'comparative'],
  ])('a comparative claim that ranks without comparing (%j) is a superlative: topic %s', (text, topic) => {
    const pkg = withCopy('Unser Angebot.', 'social-paid', 'caption', { language: 'de', claimRefs: ['c'] });
    pkg.claims.push({ ...claim('comparative', item({ comparedWith: 'nothing', covers: 'part' })), text });
    expect(hits(pkg, 'evidence.scope', publishingContract('2.0.0')).map((f) => f.topic)).toEqual([topic]);
  });
});

describe('a named comparison goes to a person even when the copy does not read as one (CASE-FORMAT)', () => {
  const outcome = (comparedWith: Item['comparedWith']) => {
    const pkg = withCopy('Unser Sauger: mehr Saugkraft, gleicher Preis.', 'social-paid', 'caption', {
      language: 'de',
      claimRefs: ['c'],
    });
    pkg.claims.push({
      id: 'c',
      text: '30 % more suction than the Dyson V11 (IEC 62885-4).',
      category: 'comparative',
      evidence: [
        item({ summary: 'Suction 30% higher than the V11.', comparedWith, covers: 'all', likeForLike: true }),
      ],
    });
    return score(pkg, publishingContract('1.1.0')).decision.outcome;
  };

  it('asks a person when the evidence measured named rivals, and not when it measured the whole market', () => {
    expect(outcome('named-competitors')).toBe('needs-approval');
    expect(outcome('whole-market')).not.toBe('needs-approval');
  });
});
