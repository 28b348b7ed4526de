import { bundledTrieSources } from '#core/bundle-bake';
import { bundledRulebooks } from '#core/rulebook';
import { compileRulebook } from '#core/rules/engine';
import {
  escapeChar,
  escapeRe,
  fastBoundaries,
  primed,
  type TrieSources,
  validUnicodeSource,
  WORD_AFTER,
  WORD_BEFORE,
} from '#core/rules/regex';

/** What a start skips (bin/build-cli.mjs): baked trie sources, regexes primed once. Behaviour unchanged. */

const sourcesOf = (cr: ReturnType<typeof compileRulebook>) => ({
  phrases: cr.phrases.re?.source,
  exact: cr.phrases.exactRe?.source,
});

describe('trie sources', () => {
  it('are the same whether built, filled into a map, or read back from it, for every bundled rulebook', () => {
    for (const rb of bundledRulebooks()) {
      const tries: TrieSources = new Map();
      const built = sourcesOf(compileRulebook(rb));
      expect(sourcesOf(compileRulebook(rb, tries))).toEqual(built);
      expect(tries.size).toBeGreaterThan(0);
      expect(sourcesOf(compileRulebook(rb, tries))).toEqual(built);
    }
  });

  it('are read from the map, not built again, when the map has them', () => {
    const rb = bundledRulebooks().find((r) => r.rules.some((x) => x.match.kind === 'phrases'));
    if (rb === undefined) throw new Error('no bundled rulebook with phrase rules');
    const tries: TrieSources = new Map([['phrases', 'baked-phrases']]);
    const cr = compileRulebook(rb, tries);
    expect(cr.phrases.re?.source).toBe('baked-phrases');
  });

  it('bake one map per bundled rulebook, keyed id@version', () => {
    const baked = bundledTrieSources();
    expect(Object.keys(baked).sort()).toEqual(
      bundledRulebooks()
        .map((r) => `${r.id}@${r.version}`)
        .sort(),
    );
    // The literal prefilter is a trie walked in code (prefilter.ts): no regex source of it to bake.
    for (const rb of bundledRulebooks()) {
      const tries = Object.keys(baked[`${rb.id}@${rb.version}`] ?? {});
      if (rb.rules.some((r) => r.match.kind === 'phrases')) expect(tries).toContain('phrases');
      expect(tries.some((name) => name.startsWith('prefilter:'))).toBe(false);
    }
  });
});

describe('primed regexes', () => {
  it('keep their flags and start the next search at 0, even when the filler matched', () => {
    // The filler is U+0001 repeated, which these match, so only primed()'s reset puts lastIndex back.
    const global = primed(/[^\p{L}]+|free/giu);
    expect(global.flags).toBe('giu');
    expect(global.lastIndex).toBe(0);
    expect(global.exec('FREE!')?.[0]).toBe('FREE');
    const sticky = primed(/./gy);
    expect(sticky.lastIndex).toBe(0);
    expect(sticky.exec('ab')?.[0]).toBe('a');
  });
});

it('escapes regex syntax as the usual replace does, one character or many', () => {
  const usual = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (let c = 0; c < 0x3000; c++)
    expect(escapeChar(String.fromCharCode(c))).toBe(usual(String.fromCharCode(c)));
  for (const s of ['a.b*c', '(x|y)?', '[€1,00]', 'a\\b', '😀+{2}', '^$']) expect(escapeRe(s)).toBe(usual(s));
});

describe('word boundaries', () => {
  it('differ from the old [\\p{L}\\p{N}_] only on other numbers, marks, connectors and eleven more', () => {
    const legacy = /[\p{L}\p{N}_]/u;
    const fast = /\p{ID_Continue}/u;
    const folded = /\p{ID_Continue}/iu;
    const otherNumbersMarksConnectors = /[\p{No}\p{Mn}\p{Mc}\p{Pc}]/u;
    const eleven = new Set([
      0xb7, 0x387, 0x200c, 0x200d, 0x2118, 0x212e, 0x2e2f, 0x309b, 0x309c, 0x30fb, 0xff65,
    ]);
    const unexpected: string[] = [];
    const unfolded: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      const isWord = fast.test(c);
      if (isWord !== legacy.test(c) && !otherNumbersMarksConnectors.test(c) && !eleven.has(cp)) {
        unexpected.push(cp.toString(16));
      }
      // (?-i:…) around the class is exact only if case folding adds nothing to it.
      if (isWord !== folded.test(c)) unfolded.push(cp.toString(16));
    }
    expect(unexpected).toEqual([]);
    expect(unfolded).toEqual([]);
  });

  it('match words as before in ordinary copy, under every flag set rules use', () => {
    for (const flags of ['u', 'gu', 'iu', 'giu', 'gimu']) {
      const word = (text: string) =>
        new RegExp(`${WORD_BEFORE}(?:free|gratis)${WORD_AFTER}`, flags).test(text);
      expect(word('Get it free today')).toBe(true);
      expect(word('«gratis»')).toBe(true);
      expect(word('carefree')).toBe(false);
      expect(word('freebie')).toBe(false);
      expect(word('free_shipping')).toBe(false);
      expect(word('free2go')).toBe(false);
    }
  });

  it('are rewritten from the old spelling when a rulebook loads: none is left in a bundled rule', () => {
    const legacy = ['(?<![\\p{L}\\p{N}_])', '(?![\\p{L}\\p{N}_])'];
    expect(fastBoundaries(`${legacy[0]}x${legacy[1]}|${legacy[0]}y`)).toBe(
      `${WORD_BEFORE}x${WORD_AFTER}|${WORD_BEFORE}y`,
    );
    for (const rb of bundledRulebooks()) {
      const text = JSON.stringify(rb.rules);
      for (const l of legacy) expect(text.includes(JSON.stringify(l).slice(1, -1))).toBe(false);
    }
  });
});

describe('validUnicodeSource', () => {
  const valid = (s: string) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  };

  it("says what new RegExp(source, 'u') says, on every source of the bundled rulebooks and on odd ones", () => {
    const odd = [
      '\\p{L}',
      '[\\p{L}-a]',
      '[a-\\p{N}]',
      '\\\\p{L}',
      '\\\\\\p{Lu}',
      '\\p{Lx}',
      '\\p{L',
      '\\P{Ll}+',
    ];
    const strings = (v: unknown): string[] =>
      typeof v === 'string'
        ? [v]
        : v !== null && typeof v === 'object'
          ? Object.values(v).flatMap(strings)
          : [];
    const sources = [
      ...odd,
      ...bundledRulebooks().flatMap((rb) => strings(rb.rules).filter((s) => s.includes('\\p{'))),
    ];
    expect(sources.length).toBeGreaterThan(100);
    for (const source of sources) {
      expect(validUnicodeSource(source), source).toBe(valid(source));
    }
  });

  it('agrees on random strings of regex tokens', () => {
    const tokens = [
      '\\p{L}',
      '\\P{N}',
      '\\p{Lu}',
      '\\p{Ll}',
      '\\',
      '\\\\',
      '[',
      ']',
      '-',
      'a',
      '{',
      '}',
      '(',
      ')',
      '?',
      '<',
      '!',
      '+',
      '^',
      '|',
      '2',
      ',',
      'p',
      'L',
    ];
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let k = 1 + (next() % 8); k > 0; k--) s += tokens[next() % tokens.length];
      expect(validUnicodeSource(s), s).toBe(valid(s));
    }
  });
});
