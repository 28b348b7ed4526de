import { readFileSync } from 'node:fs';

/**
 * Regex safety of the topics rulebook: no unbounded quantifier inside a lookaround, where it would rescan the
 * copy from every position and make a rule quadratic in the copy's length (reviews of judgment round 7).
 */
/** Every lookaround of a rulebook regex, as written (escapes and classes respected). */
function lookarounds(source: string): string[] {
  const out: string[] = [];
  const open: { start: number; look: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') open.push({ start: i, look: /^\(\?<?[=!]/.test(source.slice(i, i + 4)) });
    else if (ch === ')') {
      const g = open.pop();
      if (g?.look) out.push(source.slice(g.start, i + 1));
    }
  }
  return out;
}

/**
 * Does a lookaround hold an atom repeated without an upper bound (`*`, `+`, `{n,}`)? Atoms are read in order
 * (escapes, `\p{…}`, classes), so a `+` inside a class is a character. Whitespace runs (`\s*`, ` +`) are
 * allowed: rules before round 7 use them to skip spacing.
 */
function unboundedRun(look: string): boolean {
  for (let i = 0; i < look.length; ) {
    let atom: string;
    if (look[i] === '\\') {
      const p = /^\\[pP]\{[^}]+\}/u.exec(look.slice(i));
      atom = p ? p[0] : look.slice(i, i + 2);
    } else if (look[i] === '[') {
      const c = /^\[(?:\\.|[^\]\\])*\]/u.exec(look.slice(i));
      atom = c ? c[0] : '[';
    } else atom = look[i] as string;
    i += atom.length;
    const q = /^(?:[*+]|\{\d+,\})/u.exec(look.slice(i));
    if (q !== null && atom !== '\\s' && atom !== ' ' && !'()|'.includes(atom)) return true;
  }
  return false;
}

const regexStrings = (value: unknown): string[] => {
  if (typeof value === 'string') return value.includes('(?') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(regexStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(regexStrings);
  return [];
};

describe('marketing-topics regexes: no unbounded run inside a lookaround', () => {
  const rulebook = JSON.parse(
    readFileSync(new URL('../../contracts/rulebooks/marketing-topics-1.1.0.json', import.meta.url), 'utf8'),
  ) as { rules: { id: string; match: unknown }[] };
  const UNBOUNDED = { test: unboundedRun };

  it.each(rulebook.rules.map((r) => [r.id, r.match] as const))('%s', (_id, match) => {
    for (const source of regexStrings(match))
      for (const look of lookarounds(source)) expect(UNBOUNDED.test(look), look).toBe(false);
  });

  it('the check sees the spin rule the review found', () => {
    const bad = '(?<![\\p{L}])spin(?:(?<=luck[\\s\\S]*)|(?=[\\s\\S]*luck))';
    expect(lookarounds(bad).some((look) => UNBOUNDED.test(look))).toBe(true);
    expect(lookarounds('(?=[^.!?\\n]{0,80}luck)').some((look) => UNBOUNDED.test(look))).toBe(false);
    expect(lookarounds('(?!supermarch\\w*)').some((look) => UNBOUNDED.test(look))).toBe(true);
    expect(lookarounds('(?!\\p{L}+ing)').some((look) => UNBOUNDED.test(look))).toBe(true);
  });
});
