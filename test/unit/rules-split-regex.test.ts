import { bundledRulebooks } from '#core/rulebook';
import { primed } from '#core/rules/regex';
import { SplitRegExp, splitSources, underLimit, V8_OPTIMIZE_LIMIT } from '#core/rules/split-regex';

/** A regex past V8's optimizing limit runs as parts (split-regex.ts): every match the same as the whole's. */

const WORD_BEFORE = '(?<!\\p{ID_Continue})';
// Alternatives that overlap and share starts, so the order of the alternatives decides a match.
const ALTS = Array.from({ length: 1400 }, (_, i) => `w${i % 97}(?:x${i}|y)|w${i % 13}z?`);
const big = (head: string, tail = '') => `${head}(?:${ALTS.join('|')})${tail}`;

function all(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const TEXTS = [
  'w5 w5z w12x300 aw3 w96y w1x1399 w0x97 w3x3 w13 w0 ',
  'w5z w5x5 w5y, w77x77x w12 — w12z ’w40y’',
  'nothing here at all',
  '',
];

describe('split regexes', () => {
  it('split only sources past the limit, and only into parts under it', () => {
    expect(splitSources('(?:a|b)', 'gu')).toBeNull();
    const parts = splitSources(big(WORD_BEFORE), 'gu');
    expect(big(WORD_BEFORE).length).toBeGreaterThan(V8_OPTIMIZE_LIMIT);
    expect(parts?.length).toBeGreaterThan(1);
    for (const p of parts ?? []) expect(p.length).toBeLessThan(V8_OPTIMIZE_LIMIT);
  });

  it('leave a regex with capturing groups, a quantified group or a non-assertion prefix whole', () => {
    expect(splitSources(big('(a)'), 'gu')).toBeNull();
    expect(splitSources(big('(?<n>a)'), 'gu')).toBeNull();
    expect(splitSources(`${big('')}?`, 'gu')).toBeNull();
    expect(splitSources(big('a'), 'gu')).toBeNull();
    expect(splitSources(big(''), 'gv')).toBeNull();
  });

  it.each([
    ['a lookbehind and a suffix', WORD_BEFORE, '(?!\\p{ID_Continue})'],
    ['assertions', '\\b(?=[w])(?<![#])', ''],
    ['nothing', '', ''],
    ['a group around it', '(?:', ')'],
  ])('find the matches the whole regex finds, in order, with %s around the alternatives', (_, head, tail) => {
    const source = big(head, tail);
    const split = underLimit(new RegExp(source, 'gu'));
    expect(split).toBeInstanceOf(SplitRegExp);
    const whole = new RegExp(source, 'gu');
    for (const text of TEXTS) {
      expect(all(split, text)).toEqual(all(whole, text));
      whole.lastIndex = 0;
      split.lastIndex = 0;
      expect(split.test(text)).toBe(whole.test(text));
    }
  });

  it("keep each part's next match within a scan: the same matches, each part searched again once passed", () => {
    const source = `${WORD_BEFORE}(?:${Array.from({ length: 4000 }, (_, i) => `a${i}x`).join('|')})`;
    const split = underLimit(new RegExp(source, 'gu')) as SplitRegExp;
    const whole = new RegExp(source, 'gu');
    // Matches of the first part's alternatives only (a0x…a39x): the other parts keep their "no match".
    const text = Array.from({ length: 40 }, (_, i) => `a${i}x`).join(' ');
    const searches = split.parts.map((part) => vi.spyOn(part, 'exec'));
    expect(all(split, text)).toEqual(all(whole, text));
    const found = all(whole, text).length;
    expect(found).toBe(40);
    expect(searches[0]?.mock.calls.length).toBe(found + 1);
    for (const later of searches.slice(1)) expect(later.mock.calls.length).toBe(1);
    // A caller moving lastIndex on by hand, and a new scan of the same text or another, get the whole's matches.
    for (const from of [0, 3, 17, 18, 60, 61, 200, 5]) {
      split.lastIndex = from;
      whole.lastIndex = from;
      expect(split.exec(text)?.index).toBe(whole.exec(text)?.index);
      expect(split.lastIndex).toBe(whole.lastIndex);
    }
    for (const other of TEXTS) expect(all(split, other)).toEqual(all(whole, other));
    expect(all(split, text)).toEqual(all(whole, text));
  });

  it('keep the whole regex to the caller: source, flags, lastIndex, test, the string methods', () => {
    const source = big(WORD_BEFORE);
    const split = primed(new RegExp(source, 'u'));
    expect(split).toBeInstanceOf(SplitRegExp);
    expect(split.source).toBe(new RegExp(source, 'u').source);
    expect(split.flags).toBe('u');
    split.lastIndex = 7;
    expect(split.exec(TEXTS[0] as string)?.index).toBe(0);
    expect(split.lastIndex).toBe(7);
    const global = underLimit(new RegExp(source, 'gu'));
    const text = TEXTS[1] as string;
    expect(text.replace(global, '<$&>')).toBe(text.replace(new RegExp(source, 'gu'), '<$&>'));
    expect(global.exec('')).toBeNull();
    expect(global.lastIndex).toBe(0);
  });

  it("copy through Symbol.species for matchAll and split, with the whole regex's results", () => {
    const source = `\\b(?:${Array.from({ length: 6000 }, (_, i) => `w${i}x`).join('|')})\\b`;
    const whole = new RegExp(source, 'giu');
    const split = underLimit(new RegExp(source, 'giu'));
    expect(split).toBeInstanceOf(SplitRegExp);
    const text = 'a w5x b W17X, w6001x w5999x';
    const at = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    expect(at(split)).toEqual(at(whole));
    expect(at(split)).toEqual([
      [2, 'w5x'],
      [8, 'W17X'],
      [21, 'w5999x'],
    ]);
    expect(text.split(split)).toEqual(text.split(whole));
  });

  it('leave every bundled rule regex under the limit as it is', () => {
    for (const rb of bundledRulebooks())
      for (const rule of rb.rules) {
        const m = rule.match;
        if (m.kind !== 'pattern' || m.source.length > V8_OPTIMIZE_LIMIT) continue;
        expect(splitSources(m.source, 'gu')).toBeNull();
      }
  });
});
