import fc from 'fast-check';
import { RULE_FAMILIES } from '#core/artifact-types';
import {
  bundledRulebooks,
  getRulebook,
  listRules,
  loadRulebook,
  RulebookInvalidError,
  RulebookNotFoundError,
  rulebookFromValidated,
  validatedBundledData,
} from '#core/rulebook';
import { compareFindings, compileRulebook, mayMatch, resolvePointer } from '#core/rules/engine';
import { escapePointerToken, pointerOf } from '#core/rules/text';
import { scorePackage } from '#core/score';
import { findings, hits } from './helpers/engine-findings.ts';
import { cleanPackage, EXTRA_COPY, engineContract, withCopy } from './helpers/engine-fixtures.ts';
import { textSite } from './helpers/text-site.ts';

const PHRASES = [
  'the best',
  'bestow',
  'guaranteed',
  '100% recycled',
  'TODO',
  'lorem ipsum',
  'http://trail.shop',
  'https://example.com/x',
  'cures acne',
  'carbon neutral',
  'call +1 415 555 0100',
  'a@b.co',
  'addict',
  'able-bodied',
  '😀',
  'Ünïcödé',
  'man’s best friend',
  '{{name}}',
  'cheap',
  'Better than Brand X',
  'just',
  '\n',
];

describe('rule mechanics', () => {
  it('escapes "~" and "/" in JSON pointer tokens (RFC 6901) and resolves them back', () => {
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c');
    expect(pointerOf('channels', 0, 'a/b', '~')).toBe('/channels/0/a~1b/~0');
    expect(resolvePointer({ 'a/b': { '~x': 7 } }, '/a~1b/~0x')).toBe(7);
    expect(resolvePointer({ a: [1, 2] }, '/a/01')).toBeUndefined();
  });

  it('gives spans whose slice of the copy is exactly the matched text, for arbitrary copy', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 12 }), (parts) => {
        const copy = parts.join(' ');
        for (const f of findings(withCopy(copy))) {
          if (f.pointer !== EXTRA_COPY || f.span === null) continue;
          const [start, end] = f.span;
          expect(0 <= start && start < end && end <= copy.length).toBe(true);
          if (end - start <= 120 && f.family !== 'channel-limit')
            expect(f.excerpt).toBe(copy.slice(start, end));
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('sorts findings by pointer, span start and rule id, without duplicates', () => {
    const pkg = withCopy('TODO the best TODO http://localhost/x cures acne');
    pkg.story.hook = 'TBD';
    const fs = findings(pkg);
    expect([...fs].sort(compareFindings)).toEqual(fs);
    const keys = fs.map((f) => `${f.ruleId}|${f.pointer}|${f.span}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lets the contract change a rule severity or turn it off', () => {
    const copy = 'The best shoe, TODO.';
    const contract = engineContract();
    contract.ruleOverrides = {
      'claim.superlative': { severity: 'block' },
      'placeholder.marker': { severity: 'off' },
    };
    expect(hits(withCopy(copy), 'claim.superlative', contract).map((f) => f.severity)).toEqual(['block']);
    expect(hits(withCopy(copy), 'placeholder.marker', contract)).toEqual([]);
    expect(hits(withCopy(copy), 'placeholder.marker')).toHaveLength(1);
  });

  it('lets the contract turn off one inclusive-language pattern', () => {
    const contract = engineContract();
    contract.ruleOverrides = { 'inclusive.just': { severity: 'off' } };
    expect(hits(withCopy('Just go.'), 'inclusive.just', contract)).toEqual([]);
    expect(hits(withCopy('Just go.'), 'inclusive.just')).toHaveLength(1);
  });

  it('applies rules only to their channels', () => {
    expect(
      hits(withCopy('Great trail shoes.', 'influencer', 'caption'), 'disclosure.ad-marker'),
    ).toHaveLength(1);
    expect(hits(withCopy('Great trail shoes.', 'email', 'body'), 'disclosure.ad-marker')).toEqual([]);
  });

  it('holds the literal prefilter to its promise: it never hides a match, whatever surrounds it', () => {
    // The real compiled prefilter (word-start and anywhere literals) against each guarded rule's own
    // regex, on texts glued together with and without word characters between the parts.
    const cr = compileRulebook(getRulebook('marketing-default', '1.0.0'));
    const guarded = [
      ...cr.patterns
        .filter((p) => p.bit >= 0)
        .map((p) => ({ id: p.rule.id, re: p.re, bit: p.bit, scopes: [...p.scopes] })),
      ...cr.checks
        .filter((c) => c.bit >= 0 && c.re !== null)
        .map((c) => ({ id: c.rule.id, re: c.re as RegExp, bit: c.bit, scopes: ['copy' as const] })),
    ];
    expect(guarded.length).toBeGreaterThanOrEqual(10);
    const samples = [
      ...PHRASES,
      'No. 1',
      'NUMBER   ONE',
      'World’s first',
      'guarantees results',
      'Risk free',
      'never fails',
      'works every time',
      'Dermatologist-recommended',
      'FDA approved',
      'treating eczema',
      'reverses type 2 diabetes',
      'eliminates migraines',
      'Triple your savings',
      'cant lose',
      'No-lose',
      'Net-Zero',
      'ECO FRIENDLY',
      'Greener packaging',
      'plastic-free',
      'Dolor sit amet',
      'FIXME',
      'XXXX',
      '[ add link here ]',
      'bit.ly/xxxx',
      'app.test/path',
      'HTTP://LOCALHOST',
      'https://your-site.com/x',
      'outperforms',
      'Vs.',
      'compared with',
      'ſuſtainable',
    ];
    const glues = [' ', '', '-', '.', '/', 'x', '1', '_', 'é', '#', '\n'];
    const holds = (text: string) => {
      for (const g of guarded) {
        const re = new RegExp(g.re.source, g.re.flags);
        if (!re.test(text)) continue;
        for (const scope of g.scopes) {
          expect(mayMatch(cr, textSite(text, scope), g.bit), `${g.id} matches ${JSON.stringify(text)}`).toBe(
            true,
          );
        }
      }
    };
    // Every sample glued to every other sample with every glue, then random texts.
    for (const a of samples) for (const sep of glues) for (const b of samples) holds(a + sep + b);
    const glue = fc.constantFrom(...glues);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.constantFrom(...samples), fc.string({ maxLength: 6 })), glue), {
          maxLength: 8,
        }),
        (parts) => holds(parts.map(([part, sep]) => part + sep).join('')),
      ),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('still finds a superlative written with the long s, which the prefilter cannot see', () => {
    const copy = 'The ſafest shoe.';
    expect(
      hits(withCopy(copy), 'claim.superlative').map((f) => (f.span ? copy.slice(...f.span) : '')),
    ).toEqual(['ſafest']);
  });

  it('throws RulebookNotFoundError for a contract that references an unknown rulebook', () => {
    const contract = engineContract();
    contract.rulebooks = [{ id: 'marketing-default', version: '9.9.9' }];
    expect(() => scorePackage(cleanPackage(), contract)).toThrow(RulebookNotFoundError);
    expect(() => getRulebook('nope', '1.0.0')).toThrow(RulebookNotFoundError);
  });

  it('loads every bundled rulebook, validated on first use, and compiles every regex it holds', () => {
    const books = bundledRulebooks();
    expect(books.map((b) => `${b.id}@${b.version}`)).toEqual([
      'marketing-default@1.0.0',
      'marketing-default@1.1.0',
      'marketing-topics@1.0.0',
      'marketing-default@1.2.0',
      'marketing-topics@1.1.0',
    ]);
    expect(getRulebook('marketing-default', '1.2.0')).toBe(books[3]);
    for (const book of books) {
      const cr = compileRulebook(book);
      // Regexes are built on first use: reading each one here is what used to happen at load.
      for (const p of cr.patterns) expect(p.re).toBeInstanceOf(RegExp);
      for (const c of cr.checks) expect(c.re === null || c.re instanceof RegExp).toBe(true);
    }
    // Validates and compiles all five rulebooks cold, work that grows with each round's rules: a busy
    // machine must not fail it, so the limit is far above an idle run.
  }, 60_000);

  it('gives the built CLI the same rulebooks from its baked, validated data as the source gets', () => {
    const baked = JSON.parse(JSON.stringify(validatedBundledData())) as Record<string, unknown>;
    for (const book of bundledRulebooks()) {
      const file = `${book.id}-${book.version}.json`;
      // JSON text, key order included: what explain prints and what scoring reads is the same object.
      expect(JSON.stringify(rulebookFromValidated(baked[file])), file).toBe(JSON.stringify(book));
    }
  });

  it('rejects rulebook data with a bad regex, unknown check parameters or duplicate ids', () => {
    const base = {
      id: 'x',
      version: '1.0.0',
      title: 't',
      description: 'd',
      rules: [] as unknown[],
    };
    const rule = {
      id: 'a.b',
      family: 'brand',
      severity: 'warn',
      channels: 'all',
      rationale: 'r',
      message: 'm',
      match: { kind: 'pattern', source: '(', flags: 'i', scopes: ['copy'], words: true },
    };
    expect(() => loadRulebook({ ...base, rules: [rule] })).toThrow(RulebookInvalidError);
    const badParams = { ...rule, match: { kind: 'check', check: 'length', params: { max: 'ten' } } };
    expect(() => loadRulebook({ ...base, rules: [badParams] })).toThrow(/invalid params/);
    const ok = { ...rule, match: { ...rule.match, source: 'x' } };
    expect(() => loadRulebook({ ...base, rules: [ok, ok] })).toThrow(/duplicate rule id/);
  });

  it('fills in the regex pieces rules share, and rejects a piece it does not have', () => {
    const base = { id: 'x', version: '1.0.0', title: 't', description: 'd' };
    const rule = (source: string) => ({
      id: 'a.b',
      family: 'brand',
      severity: 'warn',
      channels: 'all',
      rationale: 'r',
      message: 'm',
      match: { kind: 'pattern', source, flags: 'u', scopes: ['copy'], words: false },
    });
    const fragments = { noun: 'cat|dog', pet: 'my (?:\\{fragment:noun\\})' };
    const book = loadRulebook({ ...base, fragments, rules: [rule('hi \\{fragment:pet\\}!')] });
    expect(book.rules[0]?.match).toMatchObject({ source: 'hi (?:my (?:(?:cat|dog)))!' });
    // Every regex of a pattern's match is filled in, not only its source: an unfilled piece is literal text.
    const own = {
      ...rule('x'),
      match: { ...rule('x').match, substantiation: { beyondOwn: '\\{fragment:noun\\}' } },
    };
    expect(loadRulebook({ ...base, fragments, rules: [own] }).rules[0]?.match).toMatchObject({
      substantiation: { beyondOwn: '(?:cat|dog)' },
    });
    expect(() => loadRulebook({ ...base, rules: [rule('\\{fragment:pet\\}')] })).toThrow(
      /no regex fragment pet/,
    );
    const loop = { a: '\\{fragment:b\\}', b: '\\{fragment:a\\}' };
    expect(() => loadRulebook({ ...base, fragments: loop, rules: [rule('\\{fragment:a\\}')] })).toThrow(
      RulebookInvalidError,
    );
  });

  it('covers every rule family with rules that explain themselves', () => {
    const rules = listRules();
    expect(new Set(rules.map((r) => r.family))).toEqual(new Set(RULE_FAMILIES));
    for (const r of rules) {
      expect(r.rationale.length).toBeGreaterThan(10);
      expect(r.channels === 'all' || r.channels.length > 0).toBe(true);
    }
    expect(rules.find((r) => r.id === 'claim.superlative')).toMatchObject({
      family: 'unsubstantiated-claim',
      severity: 'warn',
      rulebook: { id: 'marketing-default', version: '1.0.0' },
    });
  });
});
