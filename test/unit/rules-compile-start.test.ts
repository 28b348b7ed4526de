import { bundledTrieSources } from '#core/bundle-bake';
import { bundledRulebooks } from '#core/rulebook';
import { compileRulebook } from '#core/rules/engine';
import { escapeChar, escapeRe, primed, type TrieSources } from '#core/rules/regex';

/** What a start skips (bin/build-cli.mjs): baked trie sources, regexes primed once. Behaviour unchanged. */

const sourcesOf = (cr: ReturnType<typeof compileRulebook>) => ({
  phrases: cr.phrases.re?.source,
  exact: cr.phrases.exactRe?.source,
  copy: cr.prefilter.copy.re?.source,
  text: cr.prefilter.text.re?.source,
  url: cr.prefilter['cta-url'].re?.source,
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
    const tries: TrieSources = new Map([
      ['phrases', 'baked-phrases'],
      ['prefilter:copy:word', 'baked-literals'],
    ]);
    const cr = compileRulebook(rb, tries);
    expect(cr.phrases.re?.source).toBe('baked-phrases');
    expect(cr.prefilter.copy.re?.source).toContain('\\b(?:baked-literals)');
  });

  it('bake one map per bundled rulebook, keyed id@version', () => {
    const baked = bundledTrieSources();
    expect(Object.keys(baked).sort()).toEqual(
      bundledRulebooks()
        .map((r) => `${r.id}@${r.version}`)
        .sort(),
    );
    for (const tries of Object.values(baked)) expect(Object.keys(tries)).toContain('prefilter:copy:word');
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
