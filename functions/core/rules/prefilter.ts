import type { Scope } from '../rulebook.ts';
import { ASCII_WORD_START, escapeChar, memoSource, primed, type TrieSources, trieSource } from './regex.ts';
import { lowerOf, type TextSite } from './view.ts';

/**
 * Literal prefilter: one trie-shaped regex over every rule's `requires` literals. Scanning a text once
 * gives a bitmask of the rules that can match it; the others are not run on that text.
 * A literal of a `words` rule that starts with an ASCII letter or digit is only looked for at a word
 * start (`\b`), which lets the regex skip most positions at once (about half the scan time); the
 * rulebook promises such literals occur at a word start in every match (a unit test holds it to that).
 */
export interface Prefilter {
  re: RegExp | null;
  /** Bits of rules whose literal is this literal or a prefix of it (the trie reports the longest), per word. */
  bitsOf: ReadonlyMap<string, Bits>;
}

/** What `mayMatch` needs of a compiled rulebook: its prefilter per scope (kept narrow so this file does not import the compiler). */
export interface Prefiltered {
  prefilter: Readonly<Record<Scope, Prefilter>>;
}

/** Two 31-bit words (bitwise operators work on signed 32-bit integers): rule bits 0-30, then 31-61. */
type Bits = readonly [number, number];
const WORD_BITS = 31;
const MAX_PREFILTER_BITS = 2 * WORD_BITS;
const or = (a: Bits, b: Bits): Bits => [a[0] | b[0], a[1] | b[1]];
const NONE: Bits = [0, 0];

/** Hands out one prefilter bit per rule with `requires` literals, in rulebook order, then builds the regexes. */
export class PrefilterBuilder {
  private readonly literalBits = new Map<string, Bits>();
  // Literals that may occur anywhere in a match; the others occur at a word start (see Prefilter).
  private readonly anywhere = new Set<string>();
  private readonly scopeLiterals: Record<Scope, Set<string>> = {
    copy: new Set(),
    text: new Set(),
    'cta-url': new Set(),
  };
  private nextBit = 0;

  /** The rule's bit, or -1 when it has no literals or the bits ran out: then it always runs. */
  bitFor(requires: readonly string[] | undefined, scopes: readonly Scope[], words: boolean): number {
    if (requires === undefined || this.nextBit >= MAX_PREFILTER_BITS) return -1;
    const bit = this.nextBit++;
    const own: Bits = bit < WORD_BITS ? [1 << bit, 0] : [0, 1 << (bit - WORD_BITS)];
    for (const lit of requires) {
      this.literalBits.set(lit, or(this.literalBits.get(lit) ?? NONE, own));
      if (!words || !ASCII_WORD_START.test(lit)) this.anywhere.add(lit);
      for (const scope of scopes) this.scopeLiterals[scope].add(lit);
    }
    return bit;
  }

  /** One prefilter per scope, holding only the literals of rules that read texts of that scope. */
  build(tries?: TrieSources): Record<Scope, Prefilter> {
    const { literalBits, anywhere } = this;
    // A trie match reports the longest literal at a position: give it the bits of its prefixes too.
    const bitsOf = new Map<string, Bits>();
    for (const [lit, bits] of literalBits) {
      let all = bits;
      for (let n = 1; n < lit.length; n++) all = or(all, literalBits.get(lit.slice(0, n)) ?? NONE);
      bitsOf.set(lit, all);
    }
    // Two literals where one is a prefix of the other start at the same position: the regex below
    // tries the word-start branch first, so both must sit in the same branch (and so on, transitively).
    const sorted = [...literalBits.keys()].sort();
    const pending = [...anywhere];
    for (let lit = pending.pop(); lit !== undefined; lit = pending.pop()) {
      const related = [...prefixesOf(lit, literalBits), ...extensionsOf(lit, sorted)];
      for (const other of related) {
        if (anywhere.has(other)) continue;
        anywhere.add(other);
        pending.push(other);
      }
    }
    const prefilterOf = (scope: Scope): Prefilter => {
      const trie = (name: string, literals: string[]) =>
        memoSource(tries, `prefilter:${scope}:${name}`, () =>
          trieSource(literals.sort().map((l) => [...l].map(escapeChar))),
        );
      const all = [...this.scopeLiterals[scope]];
      const atWordStart = all.filter((l) => !anywhere.has(l));
      const elsewhere = all.filter((l) => anywhere.has(l));
      const branches = [
        ...(atWordStart.length > 0 ? [`\\b(?:${trie('word', atWordStart)})`] : []),
        ...(elsewhere.length > 0 ? [`(?:${trie('anywhere', elsewhere)})`] : []),
      ];
      return { re: branches.length > 0 ? primed(new RegExp(branches.join('|'), 'g')) : null, bitsOf };
    };
    return { copy: prefilterOf('copy'), text: prefilterOf('text'), 'cta-url': prefilterOf('cta-url') };
  }
}

/** The literals that are proper prefixes of `lit`. */
function prefixesOf(lit: string, literals: ReadonlyMap<string, Bits>): string[] {
  const out: string[] = [];
  for (let n = 1; n < lit.length; n++) {
    const p = lit.slice(0, n);
    if (literals.has(p)) out.push(p);
  }
  return out;
}

/** The literals of `sorted` that start with `lit` (itself included): one run of the sorted list. */
function extensionsOf(lit: string, sorted: readonly string[]): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < lit) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(lit); i++)
    out.push(sorted[i] as string);
  return out;
}

/**
 * Can the rule with prefilter bit `bit` match this site? One scan of the lowercased text finds every
 * prefilter literal in it (stepping one character after each hit, so overlapping literals count).
 * Under the `i` + `u` flags "ſ" (U+017F) matches "s" although lowercasing keeps it ("K", U+212A,
 * lowercases to "k"): a text containing it runs every rule, so the prefilter never hides a match.
 */
export function mayMatch(cr: Prefiltered, site: TextSite, bit: number): boolean {
  if (bit < 0) return true;
  if (site.candidatesOf !== cr) {
    const lower = lowerOf(site);
    let lo = 0;
    let hi = 0;
    const pf = cr.prefilter[site.scope];
    const re = pf.re;
    if (re !== null && lower.indexOf('\u017f') >= 0) {
      lo = -1;
      hi = -1;
    } else if (re !== null) {
      re.lastIndex = 0;
      let m = re.exec(lower);
      while (m !== null) {
        const bits = pf.bitsOf.get(m[0]);
        if (bits !== undefined) {
          lo |= bits[0];
          hi |= bits[1];
        }
        re.lastIndex = m.index + 1;
        m = re.exec(lower);
      }
    }
    site.candidates = lo;
    site.candidates2 = hi;
    site.candidatesOf = cr;
  }
  return bit < WORD_BITS
    ? (site.candidates & (1 << bit)) !== 0
    : (site.candidates2 & (1 << (bit - WORD_BITS))) !== 0;
}
