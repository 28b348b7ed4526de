import type { Channel } from '../package-schema.ts';
import type { RuleData } from '../rulebook.ts';
import type { Collector } from './findings.ts';
import { titlesNamedPerson } from './named-title.ts';
import {
  ASCII_WORD_START,
  escapeChar,
  escapeRe,
  memoSource,
  primed,
  type TrieSources,
  trieSource,
  WORD_AFTER,
  WORD_BEFORE,
} from './regex.ts';
import { applies, channelSet, lowerOf, type PackageView, speaks, type TextSite } from './view.ts';

/**
 * Inclusive-language phrases (hundreds of them, imported from retext-equality) share one combined,
 * trie-shaped regex, so each copy string is scanned once for all of them.
 */

interface PhraseEntry {
  rule: RuleData;
  considerate: readonly string[];
  /** `or` patterns: a hit is fine when the text also holds a phrase of the other gender ("his or her"). */
  other: Lazy<RegExp | null>;
  /** A hit inside one of these phrases is not about people ("go nuts"). */
  except: Lazy<RegExp | null>;
  /** `or` patterns: a title attached to a person's name is that person's own (named-title.ts). */
  gendered: boolean;
}

/**
 * Built on the first hit that needs it: hundreds of `or` patterns each carry two of these, and building
 * every one at compile time was most of a rulebook's compile time while few packages ever hit one.
 */
type Lazy<T> = () => T;
function lazy<T>(make: () => T): Lazy<T> {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

export interface PhraseMatcher {
  /** Case-insensitive phrases, run on the normalized lowercase text. */
  re: RegExp | null;
  byPhrase: ReadonlyMap<string, PhraseEntry>;
  /** Phrases with a `*` wildcard, tested one by one on a hit that is not an exact phrase. */
  wildcards: readonly { re: RegExp; entry: PhraseEntry }[];
  /** Phrases with capitals ("ADD"): must match the original text exactly. */
  exactRe: RegExp | null;
  byExact: ReadonlyMap<string, PhraseEntry>;
  channelsOf: (rule: RuleData) => ReadonlySet<Channel> | null;
}

/** retext-equality's normalization: lowercase, ’ → ', then drop apostrophes and hyphens. */
const APOSTROPHES_HYPHENS = /[’'-]/g;
const normalizeWord = (w: string) => w.toLowerCase().replace(APOSTROPHES_HYPHENS, '');

const WILDCARD_ATOM = '[\\p{L}\\p{N}]+';
const SPACE_ATOM = '\\s+';

function atomsOf(words: readonly string[], exact: boolean): string[] {
  const atoms: string[] = [];
  words.forEach((w, i) => {
    if (i > 0) atoms.push(exact ? ' ' : SPACE_ATOM);
    if (w === '*') atoms.push(WILDCARD_ATOM);
    else for (const ch of w) atoms.push(escapeChar(ch));
  });
  return atoms;
}

// When every phrase starts with an ASCII letter or digit, WORD_BEFORE implies `\b`; spelling it out
// first lets the regex engine skip positions inside words cheaply (same matches, about a third faster).
function wordSource(phrases: readonly (readonly string[])[]): string {
  const boundary = phrases.every((atoms) => ASCII_WORD_START.test(atoms[0] ?? '')) ? '\\b' : '';
  return `${boundary}${WORD_BEFORE}(?:${trieSource(phrases)})${WORD_AFTER}`;
}

/**
 * The regex of many phrases (each a list of words); with `memo`, its source is named `memo.name` in
 * `memo.tries` (see TrieSources), so a baked source is reused.
 */
function phrasesRegex(
  phrases: readonly (readonly string[])[],
  exact: boolean,
  memo?: { tries: TrieSources | undefined; name: string },
): RegExp | null {
  if (phrases.length === 0) return null;
  const build = () => wordSource(phrases.map((words) => atomsOf(words, exact)));
  return primed(new RegExp(memo ? memoSource(memo.tries, memo.name, build) : build(), 'gu'));
}

type PhrasesMatch = Extract<RuleData['match'], { kind: 'phrases' }>;
const normalizePhrase = (p: string) => p.split(' ').map(normalizeWord);

/** One entry per gender for `or` patterns (each knows the other gender's phrases), else one per rule. */
function entriesOf(rule: RuleData, m: PhrasesMatch): (phraseIndex: number) => PhraseEntry {
  const exceptions = m.except;
  const except = lazy(() => (exceptions ? phrasesRegex(exceptions.map(normalizePhrase), false) : null));
  const entry = (other: Lazy<RegExp | null>, gendered: boolean): PhraseEntry => ({
    rule,
    considerate: m.considerate,
    other,
    except,
    gendered,
  });
  const genders = m.genders;
  if (genders === undefined) {
    const one = entry(() => null, false);
    return () => one;
  }
  const regexOf = (g: string) =>
    lazy(() => phrasesRegex(m.phrases.filter((_, i) => genders[i] === g).map(normalizePhrase), false));
  const byGender = { female: entry(regexOf('male'), true), male: entry(regexOf('female'), true) };
  return (i) => byGender[genders[i] ?? 'male'];
}

export function compilePhrases(rules: readonly RuleData[], tries?: TrieSources): PhraseMatcher {
  const byPhrase = new Map<string, PhraseEntry>();
  const byExact = new Map<string, PhraseEntry>();
  const wildcards: { re: RegExp; entry: PhraseEntry }[] = [];
  // Words of each phrase; the regexes' sources are built from them only when not baked.
  const lowerWords: string[][] = [];
  const exactWords: string[][] = [];
  const channelCache = new Map<RuleData, ReadonlySet<Channel> | null>();
  for (const rule of rules) {
    if (rule.match.kind !== 'phrases') continue;
    channelCache.set(rule, channelSet(rule.channels));
    const entryOf = entriesOf(rule, rule.match);
    rule.match.phrases.forEach((phrase, i) => {
      const entry = entryOf(i);
      if (phrase !== phrase.toLowerCase()) {
        // Phrases with capitals ("ADD") must match the original text exactly, as in retext.
        if (!byExact.has(phrase)) byExact.set(phrase, entry);
        exactWords.push(phrase.split(' '));
        return;
      }
      const words = phrase.split(' ').map((w) => (w === '*' ? '*' : normalizeWord(w)));
      if (words.includes('*')) {
        const source = words.map((w) => (w === '*' ? WILDCARD_ATOM : escapeRe(w))).join(SPACE_ATOM);
        wildcards.push({ re: new RegExp(`^${source}$`, 'u'), entry });
      } else {
        const key = words.join(' ');
        if (byPhrase.has(key)) return; // first pattern wins, as in retext's phrase map order
        byPhrase.set(key, entry);
        // "wheelchair-bound" normalizes to one word: a two-word phrase matches it written with a hyphen.
        const joined = words.join('');
        if (words.length > 1 && !byPhrase.has(joined)) {
          byPhrase.set(joined, entry);
          lowerWords.push([joined]);
        }
      }
      lowerWords.push(words);
    });
  }
  return {
    re: phrasesRegex(lowerWords, false, { tries, name: 'phrases' }),
    byPhrase,
    wildcards,
    exactRe: phrasesRegex(exactWords, true, { tries, name: 'phrases:exact' }),
    byExact,
    channelsOf: (rule) => channelCache.get(rule) ?? null,
  };
}

/** Positions of removed apostrophes/hyphens, to map normalized indexes back to the original text. */
function normalizeForPhrases(lower: string): { text: string; removed: number[] } {
  const removed: number[] = [];
  if (!/['’-]/.test(lower)) return { text: lower, removed };
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 45) removed.push(i);
  }
  return { text: lower.replace(/['’-]/g, ''), removed };
}

function toOriginal(removed: readonly number[], p: number): number {
  let o = p;
  for (const r of removed) {
    if (r <= o) o++;
    else break;
  }
  return o;
}

type Emit = (s: TextSite, entry: PhraseEntry, start: number, end: number) => void;

/** Drop a gendered hit next to its counterpart, and a hit inside an everyday phrase not about people. */
function keepHit(entry: PhraseEntry, text: string, start: number, end: number): boolean {
  const other = entry.other();
  if (other !== null) {
    other.lastIndex = 0;
    if (other.test(text)) return false;
  }
  const ex = entry.except();
  if (ex === null) return true;
  ex.lastIndex = 0;
  for (let m = ex.exec(text); m !== null; m = ex.exec(text)) {
    if (m.index < end && m.index + m[0].length > start) return false;
  }
  return true;
}

/** Lowercase phrases, on the normalized text; spans are mapped back to the original. */
function scanLower(pm: PhraseMatcher, re: RegExp, s: TextSite, emit: Emit): void {
  const { text, removed } = normalizeForPhrases(lowerOf(s));
  re.lastIndex = 0;
  let m = re.exec(text);
  while (m !== null) {
    const key = m[0].replace(/\s+/g, ' ');
    let entry = pm.byPhrase.get(key);
    if (entry === undefined) entry = pm.wildcards.find((w) => w.re.test(m?.[0] ?? ''))?.entry;
    if (entry !== undefined && keepHit(entry, text, m.index, m.index + m[0].length)) {
      const start = toOriginal(removed, m.index);
      const end = toOriginal(removed, m.index + m[0].length - 1) + 1;
      if (!entry.gendered || !titlesNamedPerson(s.text, start, end)) emit(s, entry, start, end);
    }
    m = re.exec(text);
  }
}

/** Phrases with capitals, on the original text. */
function scanExact(pm: PhraseMatcher, re: RegExp, s: TextSite, emit: Emit): void {
  re.lastIndex = 0;
  let m = re.exec(s.text);
  while (m !== null) {
    const entry = pm.byExact.get(m[0]);
    if (entry !== undefined) emit(s, entry, m.index, m.index + m[0].length);
    m = re.exec(s.text);
  }
}

export function runPhrases(cr: { phrases: PhraseMatcher }, view: PackageView, out: Collector): void {
  const pm = cr.phrases;
  if (pm.re === null && pm.exactRe === null) return;
  const emit: Emit = (s, entry, start, end) => {
    if (!applies(pm.channelsOf(entry.rule), s.channel) || !speaks(entry.rule, s)) return;
    const severity = out.severity(entry.rule);
    if (severity === null) return;
    const matched = s.text.slice(start, end);
    const suggestion =
      entry.considerate.length > 0 ? `; consider ${entry.considerate.map((c) => `“${c}”`).join(', ')}` : '';
    out.add(entry.rule, severity, s.pointer, [start, end], { match: matched, suggestion }, matched);
  };
  for (const s of view.copySites) {
    if (pm.re !== null) scanLower(pm, pm.re, s, emit);
    if (pm.exactRe !== null) scanExact(pm, pm.exactRe, s, emit);
  }
}
