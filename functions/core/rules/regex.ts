import { innerMap } from './memo.ts';
import { underLimit } from './split-regex.ts';

/** Regex building blocks shared by the rule compiler, the literal prefilter and the phrase matcher. */

/**
 * Word boundaries: no Unicode identifier character (ID_Continue: letters, digits, combining marks,
 * connector punctuation such as `_`) before or after. V8 builds the set of every `\p{…}` it compiles: a
 * binary property like ID_Continue comes from ICU's cache, a general category like `\p{L}` is rebuilt from
 * the character data each time. The spelling rules used before, `[\p{L}\p{N}_]`, cost many times as much in
 * every regex (ADR 0018). It differs only on other numbers (², ½, ①: no longer word characters) and on
 * combining marks, connector punctuation and a few like the middle dot (now word characters). Rulebooks keep
 * the old spelling: `fastBoundaries` rewrites it at load.
 * No `(?-i:…)` modifier group around them: in Node 24's V8, `i` regexes holding such groups sometimes fail
 * to match what they match without them, depending on what was compiled before (ADR 0018, "Amended").
 */
export const WORD_BEFORE = '(?<!\\p{ID_Continue})';
export const WORD_AFTER = '(?!\\p{ID_Continue})';

/**
 * Boundaries of the evidence readings (evidence-*.ts): no letter or digit before, no letter after, so a figure
 * may follow a word ("2x"). `evidenceRx` wraps an alternation in them, without flags beyond `u`.
 */
export const EV_BEFORE = '(?<![\\p{L}\\p{N}])';
export const EV_AFTER = '(?![\\p{L}])';
export const evidenceRx = (body: string): RegExp => new RegExp(`${EV_BEFORE}(?:${body})${EV_AFTER}`, 'u');
const LEGACY_BOUNDARIES: readonly (readonly [string, string])[] = [
  ['(?<![\\p{L}\\p{N}_])', WORD_BEFORE],
  ['(?![\\p{L}\\p{N}_])', WORD_AFTER],
];

/** A rule's regex source with the word boundaries of earlier rulebooks spelled the cheap way. */
export function fastBoundaries(source: string): string {
  let out = source;
  for (const [legacy, fast] of LEGACY_BOUNDARIES) out = out.replaceAll(legacy, fast);
  return out;
}
/**
 * Is `source` a valid regular expression with the `u` flag? What `new RegExp(source, 'u')` says, for less:
 * V8 builds the set of a general category (`\p{L}`, `\p{N}`, `\p{Lu}`, `\p{Ll}`) from the character data
 * at every parse, which made checking the bundled rulebooks' sources a sixth of a cold start (2026-12-01).
 * A property escape is one token of the grammar, valid wherever `\d` is (as a class escape it can be no
 * range end with `u`), so each such token is checked as `\d` (`\P{…}` as `\D`): the same answer, every
 * time. Escapes are read in pairs, so `\\p{L}` (a backslash, then text) is left as it is.
 */
const CATEGORY_ESCAPE = /\\(?:[pP]\{(?:L|N|Lu|Ll)\}|[\s\S])/g;
export function validUnicodeSource(source: string): boolean {
  const cheap = source.replace(CATEGORY_ESCAPE, (e) => (e.length === 2 ? e : e[1] === 'p' ? '\\d' : '\\D'));
  try {
    new RegExp(cheap, 'u');
    return true;
  } catch {
    return false;
  }
}

/** First character of a literal or phrase for which `\b` before it is implied by WORD_BEFORE. */
export const ASCII_WORD_START = /^[a-z0-9]/i;

/**
 * V8 compiles a regex to bytecode on its first run and again to machine code on its second, unless the
 * first subject is long (1,000+ characters): then to machine code only. Rule regexes are big and run on
 * many texts, so a first run on a long filler skips the bytecode (the larger part of a CLI start). Machine
 * code is still compiled per string width: a text with a character beyond Latin-1 (’, —, emoji) compiles
 * a second, two-byte version. Call it where a regex is first built for use, not at module load: unused
 * rules stay uncompiled. A regex past V8's size limit for optimizing comes back split (split-regex.ts).
 */
const PRIMING_FILLER = '\u0001'.repeat(1024);
export function primed(built: RegExp): RegExp {
  const re = underLimit(built);
  re.exec(PRIMING_FILLER);
  re.lastIndex = 0;
  return re;
}

const SPECIAL_CHARS = new Set([...'.*+?^$(){}|[]\\']);
/** One character escaped: the tries escape tens of thousands of them, one at a time. */
export const escapeChar = (ch: string) => (SPECIAL_CHARS.has(ch) ? `\\${ch}` : ch);
export const escapeRe = (s: string) => Array.from(s, escapeChar).join('');

/**
 * The trie-shaped regex sources of one rulebook by name ("phrases", "prefilter:copy:word", ...).
 * Compiling a rulebook with a map fills it; bin/build-cli.mjs bakes the filled maps of the bundled
 * rulebooks into the built CLI, so a start reuses the sources instead of building the tries again.
 */
export type TrieSources = Map<string, string>;

/** The source named `name`: from `memo` when it has it, else made (and kept in `memo`). */
export function memoSource(memo: TrieSources | undefined, name: string, make: () => string): string {
  const known = memo?.get(name);
  if (known !== undefined) return known;
  const source = make();
  memo?.set(name, source);
  return source;
}

interface TrieNode {
  terminal: boolean;
  children: Map<string, TrieNode>;
}

/**
 * Regex source for a set of phrases (each a list of atoms: one escaped character, `\s+` or a
 * wildcard word), factored as a trie so the engine follows one branch per character instead of
 * trying hundreds of alternatives at every position. Greedy optional tails make the longest phrase
 * win at a given start ("master plan" over "master").
 */
export function trieSource(phrases: readonly (readonly string[])[]): string {
  const root: TrieNode = { terminal: false, children: new Map() };
  for (const atoms of phrases) {
    let node = root;
    for (const atom of atoms) {
      let next = node.children.get(atom);
      if (next === undefined) {
        next = { terminal: false, children: new Map() };
        node.children.set(atom, next);
      }
      node = next;
    }
    node.terminal = true;
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.children.keys()]
      .sort()
      .map((atom) => atom + emit(node.children.get(atom) as TrieNode));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
    if (!node.terminal) return body;
    return alts.length === 1 && (alts[0] as string).length === 1 ? `${body}?` : `(?:${alts.join('|')})?`;
  };
  return emit(root);
}

/**
 * Regexes of check parameters, built and primed once per distinct source and flags, for the process.
 * Parameter sources are lowercase and run on lowercased text without the `i` flag where they can:
 * Unicode case folding is the slow part of building them. Keyed by flags, then by the source itself: a
 * rulebook source is the same string on every call and keeps its hash, where a joined key of a multi-KB
 * source would be rebuilt and hashed on every call.
 */
const PARAM_REGEXES = new Map<string, Map<string, RegExp>>();
export function paramRegex(source: string, flags = 'u'): RegExp {
  const byFlags = innerMap(PARAM_REGEXES, flags);
  let re = byFlags.get(source);
  if (re === undefined) {
    re = primed(new RegExp(source, flags));
    byFlags.set(source, re);
  }
  return re;
}

/** Every non-empty match of the global regex `re` in `text`, from the text's start. */
export function* eachMatch(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}
