import type { Scope } from '../rulebook.ts';
import { ASCII_WORD_START } from './regex.ts';
import { lowerOf, type TextSite } from './view.ts';

/**
 * Literal prefilter: a trie of every rule's `requires` literals, walked from each position of a text
 * (plain code, no regex: nothing to compile at a start, and a step is a few array reads). Scanning a
 * text once gives a bitmask of the rules that can match it; the others are not run on that text.
 * A literal of a `words` rule that starts with an ASCII letter or digit is only looked for at a word
 * start (an ASCII `\b`, as the regex this replaced had), which skips most positions at once; the
 * rulebook promises such literals occur at a word start in every match (a unit test holds it to that).
 * A literal read both ways ("rip" of a words rule and of a check) passes, inside a word, only the rules
 * that read it anywhere.
 */
export interface Prefilter {
  /** The rulebook's literal trie (one for every scope), or null when this scope has no literal. */
  trie: LiteralTrie | null;
  /** This scope's bit in the trie's per-literal scope masks. */
  scopeBit: number;
}

/** What `mayMatch` needs of a compiled rulebook: its prefilter per scope (kept narrow so this file does not import the compiler). */
export interface Prefiltered {
  prefilter: Readonly<Record<Scope, Prefilter>>;
}

/** Three 31-bit words (bitwise operators work on signed 32-bit integers): rule bits 0-30, 31-61, 62-92. */
type Bits = readonly [number, number, number];
const WORD_BITS = 31;
const MAX_PREFILTER_BITS = 3 * WORD_BITS;
const or = (a: Bits, b: Bits): Bits => [a[0] | b[0], a[1] | b[1], a[2] | b[2]];
const NONE: Bits = [0, 0, 0];
const SCOPE_BITS: Readonly<Record<Scope, number>> = { copy: 1, text: 2, 'cta-url': 4 };

/**
 * The literals as a trie over UTF-16 code units, as one dense transition table: code units are numbered
 * by `alpha` (`alpha[c] >> 1`; 0: in no literal; bit 0 says whether c is an ASCII word character, what
 * `\b` reads), and the child of node n on code unit c is `next[n * width + (alpha[c] >> 1)]` (0: none;
 * node 0 is the root). A node that ends a literal has its scope mask (`scopes`), whether it is
 * looked for anywhere by some rule (`anywhere`), and the bits of the rules of this literal and of every
 * literal that is a prefix of it (`lo`, `hi`, `top`; inside a word only those looking for it anywhere:
 * `farLo`, `farHi`, `farTop`). `below` says which literals end at or under a
 * node: the scope masks of all of them (bits 0-2) and of those looked for anywhere (bits 3-5), so a walk
 * stops as soon as nothing it could still find counts here.
 */
export interface LiteralTrie {
  alpha: Uint16Array;
  width: number;
  next: Int32Array;
  scopes: Uint8Array;
  anywhere: Uint8Array;
  below: Uint8Array;
  lo: Int32Array;
  hi: Int32Array;
  top: Int32Array;
  /** The bits of the rules that look for the literal anywhere: all a literal inside a word passes. */
  farLo: Int32Array;
  farHi: Int32Array;
  farTop: Int32Array;
}

/** Hands out one prefilter bit per rule with `requires` literals, in rulebook order, then builds the regexes. */
export class PrefilterBuilder {
  private readonly literalBits = new Map<string, Bits>();
  // The rules that look for a literal anywhere in a match; the others look for it at a word start only.
  private readonly anywhereBits = new Map<string, Bits>();
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
    const word = Math.floor(bit / WORD_BITS);
    const own: Bits = [
      word === 0 ? 1 << bit : 0,
      word === 1 ? 1 << (bit - WORD_BITS) : 0,
      word === 2 ? 1 << (bit - 2 * WORD_BITS) : 0,
    ];
    for (const lit of requires) {
      this.literalBits.set(lit, or(this.literalBits.get(lit) ?? NONE, own));
      if (!words || !ASCII_WORD_START.test(lit))
        this.anywhereBits.set(lit, or(this.anywhereBits.get(lit) ?? NONE, own));
      for (const scope of scopes) this.scopeLiterals[scope].add(lit);
    }
    return bit;
  }

  /** One prefilter per scope, finding only the literals of rules that read texts of that scope. */
  build(): Record<Scope, Prefilter> {
    const { literalBits, anywhereBits } = this;
    // A trie match reports the longest literal at a position: give it the bits of its prefixes too.
    const withPrefixes = (of: ReadonlyMap<string, Bits>, lit: string): Bits => {
      let all = of.get(lit) ?? NONE;
      for (let n = 1; n < lit.length; n++) all = or(all, of.get(lit.slice(0, n)) ?? NONE);
      return all;
    };
    const bitsOf = new Map<string, Bits>();
    const anyBitsOf = new Map<string, Bits>();
    for (const lit of literalBits.keys()) {
      bitsOf.set(lit, withPrefixes(literalBits, lit));
      const far = withPrefixes(anywhereBits, lit);
      if (far[0] !== 0 || far[1] !== 0 || far[2] !== 0) anyBitsOf.set(lit, far);
    }
    const scopesOf = new Map<string, number>();
    for (const scope of ['copy', 'text', 'cta-url'] as const)
      for (const lit of this.scopeLiterals[scope])
        scopesOf.set(lit, (scopesOf.get(lit) ?? 0) | SCOPE_BITS[scope]);
    const trie = scopesOf.size > 0 ? buildTrie(scopesOf, bitsOf, anyBitsOf) : null;
    const prefilterOf = (scope: Scope): Prefilter => ({
      trie: this.scopeLiterals[scope].size > 0 ? trie : null,
      scopeBit: SCOPE_BITS[scope],
    });
    return { copy: prefilterOf('copy'), text: prefilterOf('text'), 'cta-url': prefilterOf('cta-url') };
  }
}

/** The trie of the literals (see LiteralTrie), each with its scope mask. */
function buildTrie(
  scopesOf: ReadonlyMap<string, number>,
  bitsOf: ReadonlyMap<string, Bits>,
  anyBitsOf: ReadonlyMap<string, Bits>,
): LiteralTrie {
  const alpha = new Uint16Array(0x10000);
  for (const c of '0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    alpha[c.charCodeAt(0)] = 1;
  let width = 1;
  let nodes = 1;
  for (const lit of scopesOf.keys()) {
    nodes += lit.length;
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i);
      if ((alpha[c] as number) < 2) alpha[c] = (alpha[c] as number) | (width++ << 1);
    }
  }
  // `nodes` bounds the count from above (no prefix shared): the arrays are made that long (fresh memory
  // is zero and costs nothing until written) and cut to the count after, without a copy.
  const next = new Int32Array(nodes * width);
  const scopes = new Uint8Array(nodes);
  const anywhereOf = new Uint8Array(nodes);
  const below = new Uint8Array(nodes);
  const lo = new Int32Array(nodes);
  const hi = new Int32Array(nodes);
  const top = new Int32Array(nodes);
  const farLo = new Int32Array(nodes);
  const farHi = new Int32Array(nodes);
  const farTop = new Int32Array(nodes);
  let count = 1;
  for (const [lit, scope] of scopesOf) {
    const farBits = anyBitsOf.get(lit);
    const far = farBits !== undefined;
    const mask = scope | (far ? scope << 3 : 0);
    let node = 0;
    below[0] = (below[0] as number) | mask;
    for (let i = 0; i < lit.length; i++) {
      const slot = node * width + ((alpha[lit.charCodeAt(i)] as number) >> 1);
      let child = next[slot] as number;
      if (child === 0) {
        child = count++;
        next[slot] = child;
      }
      node = child;
      below[node] = (below[node] as number) | mask;
    }
    const bits = bitsOf.get(lit) ?? NONE;
    scopes[node] = scope;
    anywhereOf[node] = far ? 1 : 0;
    lo[node] = bits[0];
    hi[node] = bits[1];
    top[node] = bits[2];
    if (farBits !== undefined) {
      farLo[node] = farBits[0];
      farHi[node] = farBits[1];
      farTop[node] = farBits[2];
    }
  }
  return {
    alpha,
    width,
    next: next.subarray(0, count * width),
    scopes: scopes.subarray(0, count),
    anywhere: anywhereOf.subarray(0, count),
    below: below.subarray(0, count),
    lo: lo.subarray(0, count),
    hi: hi.subarray(0, count),
    top: top.subarray(0, count),
    farLo: farLo.subarray(0, count),
    farHi: farHi.subarray(0, count),
    farTop: farTop.subarray(0, count),
  };
}

/**
 * Every literal of the scope that occurs in `lower` (overlapping ones too), a word-start literal only
 * where an ASCII word boundary comes before it: the union of their rules' bits, into `out`.
 */
function scan(t: LiteralTrie, scopeBit: number, lower: string, out: Int32Array): void {
  const { alpha, width, next, below, scopes, anywhere } = t;
  let lo = 0;
  let hi = 0;
  let top = 0;
  const n = lower.length;
  let prevWord = false;
  for (let p = 0; p < n; p++) {
    const unit = alpha[lower.charCodeAt(p)] as number;
    const word = (unit & 1) === 1;
    const boundary = word !== prevWord;
    prevWord = word;
    // Away from a word boundary only literals looked for anywhere count.
    const need = boundary ? scopeBit : scopeBit << 3;
    let node = next[unit >> 1] as number;
    for (let q = p + 1; node !== 0 && ((below[node] as number) & need) !== 0; q++) {
      if (((scopes[node] as number) & scopeBit) !== 0) {
        if (boundary) {
          lo |= t.lo[node] as number;
          hi |= t.hi[node] as number;
          top |= t.top[node] as number;
        } else if (anywhere[node] === 1) {
          // Inside a word: only the rules that look for this literal anywhere, not its word-start readers.
          lo |= t.farLo[node] as number;
          hi |= t.farHi[node] as number;
          top |= t.farTop[node] as number;
        }
      }
      if (q >= n) break;
      const a = (alpha[lower.charCodeAt(q)] as number) >> 1;
      node = a === 0 ? 0 : (next[node * width + a] as number);
    }
  }
  out[0] = lo;
  out[1] = hi;
  out[2] = top;
}

const SCANNED = new Int32Array(3);

/**
 * Can the rule with prefilter bit `bit` match this site? One walk of the lowercased text finds every
 * prefilter literal in it (overlapping literals count).
 * Under the `i` + `u` flags "ſ" (U+017F) matches "s" although lowercasing keeps it ("K", U+212A,
 * lowercases to "k"): a text containing it runs every rule, so the prefilter never hides a match.
 */
export function mayMatch(cr: Prefiltered, site: TextSite, bit: number): boolean {
  if (bit < 0) return true;
  if (site.candidatesOf !== cr) {
    const pf = cr.prefilter[site.scope];
    const trie = pf.trie;
    let lo = 0;
    let hi = 0;
    let top = 0;
    if (trie !== null) {
      const lower = lowerOf(site);
      if (lower.indexOf('\u017f') >= 0) {
        lo = -1;
        hi = -1;
        top = -1;
      } else {
        scan(trie, pf.scopeBit, lower, SCANNED);
        lo = SCANNED[0] as number;
        hi = SCANNED[1] as number;
        top = SCANNED[2] as number;
      }
    }
    site.candidates = lo;
    site.candidates2 = hi;
    site.candidates3 = top;
    site.candidatesOf = cr;
  }
  if (bit < WORD_BITS) return (site.candidates & (1 << bit)) !== 0;
  if (bit < 2 * WORD_BITS) return (site.candidates2 & (1 << (bit - WORD_BITS))) !== 0;
  return (site.candidates3 & (1 << (bit - 2 * WORD_BITS))) !== 0;
}
