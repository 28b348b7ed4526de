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
    const tries: TrieSources = new Map([['phrases', 'baked-source']]);
    expect(compileRulebook(rb, tries).phrases.re?.source).toBe('baked-source');
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
  it('keep their flags and start the next search at 0', () => {
    const re = primed(/(?<![\p{L}])free\b/giu);
    expect(re.flags).toBe('giu');
    expect(re.lastIndex).toBe(0);
    expect(re.exec('Get it FREE today')?.index).toBe(7);
  });

  it('do not hang on the filler, for any regex of any bundled rulebook', () => {
    // Each compile runs on the filler once: every rule regex must stay linear on it (ReDoS guard).
    for (const rb of bundledRulebooks()) {
      const cr = compileRulebook(rb);
      for (const p of cr.patterns) expect(p.re.lastIndex).toBe(0);
      for (const c of cr.checks) expect(c.re?.lastIndex ?? 0).toBe(0);
    }
  });
});

it('escapeChar escapes one character as escapeRe does', () => {
  for (let c = 0; c < 0x3000; c++) {
    const ch = String.fromCharCode(c);
    expect(escapeChar(ch)).toBe(escapeRe(ch));
  }
});
