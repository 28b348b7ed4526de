import type { Finding, RuleFamily, Severity } from '../artifact-types.ts';
import type { HandoffContract } from '../contract-schema.ts';
import type { Channel, ClaimCategory, DeliverableKind, HandoffPackage } from '../package-schema.ts';
import type { CheckName, CheckParams, PatternMatch, Rulebook, RuleData, Scope } from '../rulebook.ts';
import {
  codePointIndex,
  codePointLength,
  excerpt,
  findWholeWords,
  lowerSameLength,
  pointerOf,
  readability,
  smsSegments,
  unescapePointerToken,
} from './text.ts';

/**
 * The rule engine: a rulebook is compiled once (all regexes built at load), then run over the text
 * sites of a package. Each copy string is scanned once per pattern rule; the hundreds of
 * inclusive-language phrases share one combined regex.
 */

const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';
/** First character of a literal or phrase for which `\b` before it is implied by WORD_BEFORE. */
const ASCII_WORD_START = /^[a-z0-9]/i;

/** A string of the package that rules read, with where it lives. */
export interface TextSite {
  pointer: string;
  text: string;
  scope: Scope;
  channel: Channel | null;
  kind: DeliverableKind | null;
  claimRefs: readonly string[] | undefined;
  /** Length-preserving lowercase, computed on first use. */
  lower: string | undefined;
  /** Prefilter bitmask of the rules that can match this text, and the rulebook it was computed for. */
  candidates: number;
  candidatesOf: CompiledRulebook | null;
}

interface CompiledPattern {
  rule: RuleData;
  re: RegExp;
  scopes: ReadonlySet<Scope>;
  channels: ReadonlySet<Channel> | null;
  substantiation: PatternMatch['substantiation'];
  digits: PatternMatch['digits'];
  /** Bit of this rule in the literal prefilter, or -1 when the rule is always run. */
  bit: number;
}

interface CompiledCheck {
  rule: RuleData;
  check: CheckName;
  params: Record<string, unknown>;
  channels: ReadonlySet<Channel> | null;
  /** Regexes of the check's parameters, compiled at load. */
  re: RegExp | null;
  /** Lowercased literal parameters (competitor names). */
  terms: readonly string[];
  /** Bit of this check in the literal prefilter, or -1 when it always runs. */
  bit: number;
}

interface PhraseEntry {
  rule: RuleData;
  considerate: readonly string[];
}

interface PhraseMatcher {
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

/**
 * Literal prefilter: one trie-shaped regex over every rule's `requires` literals. Scanning a text once
 * gives a bitmask of the rules that can match it; the others are not run on that text.
 * A literal of a `words` rule that starts with an ASCII letter or digit is only looked for at a word
 * start (`\b`), which lets the regex skip most positions at once (about half the scan time); the
 * rulebook promises such literals occur at a word start in every match (a unit test holds it to that).
 */
interface Prefilter {
  re: RegExp | null;
  /** Bits of rules whose literal is this literal or a prefix of it (the trie reports the longest). */
  bitsOf: ReadonlyMap<string, number>;
}

export interface CompiledRulebook {
  id: string;
  version: string;
  rules: readonly RuleData[];
  patterns: readonly CompiledPattern[];
  /** Pattern rules by the scope of the texts they read. */
  patternsByScope: Readonly<Record<Scope, readonly CompiledPattern[]>>;
  checks: readonly CompiledCheck[];
  phrases: PhraseMatcher;
  /** One prefilter per scope, holding only the literals of rules that read texts of that scope. */
  prefilter: Readonly<Record<Scope, Prefilter>>;
}

const channelSet = (channels: RuleData['channels']): ReadonlySet<Channel> | null =>
  channels === 'all' ? null : new Set(channels);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** retext-equality's normalization: lowercase, ’ → ', then drop apostrophes and hyphens. */
const normalizeWord = (w: string) => w.toLowerCase().replace(/[’'-]/g, '');

const WILDCARD_ATOM = '[\\p{L}\\p{N}]+';
const SPACE_ATOM = '\\s+';

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
function trieSource(phrases: readonly (readonly string[])[]): string {
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

function atomsOf(words: readonly string[], exact: boolean): string[] {
  const atoms: string[] = [];
  words.forEach((w, i) => {
    if (i > 0) atoms.push(exact ? ' ' : SPACE_ATOM);
    if (w === '*') atoms.push(WILDCARD_ATOM);
    else for (const ch of w) atoms.push(escapeRe(ch));
  });
  return atoms;
}

function compilePhrases(rules: readonly RuleData[]): PhraseMatcher {
  const byPhrase = new Map<string, PhraseEntry>();
  const byExact = new Map<string, PhraseEntry>();
  const wildcards: { re: RegExp; entry: PhraseEntry }[] = [];
  const lowerAtoms: string[][] = [];
  const exactAtoms: string[][] = [];
  const channelCache = new Map<RuleData, ReadonlySet<Channel> | null>();
  for (const rule of rules) {
    if (rule.match.kind !== 'phrases') continue;
    channelCache.set(rule, channelSet(rule.channels));
    const entry: PhraseEntry = { rule, considerate: rule.match.considerate };
    for (const phrase of rule.match.phrases) {
      if (phrase !== phrase.toLowerCase()) {
        // Phrases with capitals ("ADD") must match the original text exactly, as in retext.
        if (!byExact.has(phrase)) byExact.set(phrase, entry);
        exactAtoms.push(atomsOf(phrase.split(' '), true));
        continue;
      }
      const words = phrase.split(' ').map((w) => (w === '*' ? '*' : normalizeWord(w)));
      if (words.includes('*')) {
        const source = words.map((w) => (w === '*' ? WILDCARD_ATOM : escapeRe(w))).join(SPACE_ATOM);
        wildcards.push({ re: new RegExp(`^${source}$`, 'u'), entry });
      } else {
        const key = words.join(' ');
        if (byPhrase.has(key)) continue; // first pattern wins, as in retext's phrase map order
        byPhrase.set(key, entry);
      }
      lowerAtoms.push(atomsOf(words, false));
    }
  }
  // When every phrase starts with an ASCII letter or digit, WORD_BEFORE implies `\b`; spelling it out
  // first lets the regex engine skip positions inside words cheaply (same matches, about a third faster).
  const wrap = (phrases: readonly (readonly string[])[]) => {
    const boundary = phrases.every((atoms) => ASCII_WORD_START.test(atoms[0] ?? '')) ? '\\b' : '';
    return `${boundary}${WORD_BEFORE}(?:${trieSource(phrases)})${WORD_AFTER}`;
  };
  return {
    re: lowerAtoms.length > 0 ? new RegExp(wrap(lowerAtoms), 'gu') : null,
    byPhrase,
    wildcards,
    exactRe: exactAtoms.length > 0 ? new RegExp(wrap(exactAtoms), 'gu') : null,
    byExact,
    channelsOf: (rule) => channelCache.get(rule) ?? null,
  };
}

const MAX_PREFILTER_BITS = 31;

export function compileRulebook(rb: Rulebook): CompiledRulebook {
  const patterns: CompiledPattern[] = [];
  const checks: CompiledCheck[] = [];
  const literalBits = new Map<string, number>();
  // Literals that may occur anywhere in a match; the others occur at a word start (see Prefilter).
  const anywhere = new Set<string>();
  const scopeLiterals: Record<Scope, Set<string>> = {
    copy: new Set(),
    text: new Set(),
    'cta-url': new Set(),
  };
  let nextBit = 0;
  const bitFor = (
    requires: readonly string[] | undefined,
    scopes: readonly Scope[],
    words: boolean,
  ): number => {
    if (requires === undefined || nextBit >= MAX_PREFILTER_BITS) return -1;
    const bit = nextBit++;
    for (const lit of requires) {
      literalBits.set(lit, (literalBits.get(lit) ?? 0) | (1 << bit));
      if (!words || !ASCII_WORD_START.test(lit)) anywhere.add(lit);
      for (const scope of scopes) scopeLiterals[scope].add(lit);
    }
    return bit;
  };
  for (const rule of rb.rules) {
    const m = rule.match;
    if (m.kind === 'pattern') {
      const flags = new Set(`${m.flags}gu`);
      const source = m.words ? `${WORD_BEFORE}(?:${m.source})${WORD_AFTER}` : m.source;
      patterns.push({
        rule,
        re: new RegExp(source, [...flags].sort().join('')),
        scopes: new Set(m.scopes),
        channels: channelSet(rule.channels),
        substantiation: m.substantiation,
        digits: m.digits,
        bit: bitFor(m.requires, m.scopes, m.words),
      });
    } else if (m.kind === 'check') {
      const p = m.params;
      let re: RegExp | null = null;
      let terms: string[] = [];
      let bit = -1;
      if (m.check === 'competitor-comparison') {
        re = new RegExp(`${WORD_BEFORE}(?:${p.comparators as string})${WORD_AFTER}`, 'giu');
        terms = (p.competitors as string[]).map((t) => t.toLowerCase());
        bit = bitFor(p.requires as string[] | undefined, ['copy'], true);
      } else if (m.check === 'ad-disclosure' || m.check === 'channel-marker') {
        re = new RegExp(p.marker as string, 'iu');
      } else if (m.check === 'postal-address') {
        re = new RegExp(p.address as string, 'iu');
      }
      checks.push({ rule, check: m.check, params: p, channels: channelSet(rule.channels), re, terms, bit });
    }
  }
  // A trie match reports the longest literal at a position: give it the bits of its prefixes too.
  const bitsOf = new Map<string, number>();
  for (const [lit, bits] of literalBits) {
    let all = bits;
    for (const [other, otherBits] of literalBits) if (lit.startsWith(other)) all |= otherBits;
    bitsOf.set(lit, all);
  }
  // Two literals where one is a prefix of the other start at the same position: the regex below
  // tries the word-start branch first, so both must sit in the same branch.
  for (let moved = true; moved; ) {
    moved = false;
    for (const lit of literalBits.keys()) {
      if (anywhere.has(lit)) continue;
      for (const other of anywhere) {
        if (lit.startsWith(other) || other.startsWith(lit)) {
          anywhere.add(lit);
          moved = true;
          break;
        }
      }
    }
  }
  const prefilterOf = (scope: Scope): Prefilter => {
    const trie = (literals: string[]) => trieSource(literals.sort().map((l) => [...l].map(escapeRe)));
    const all = [...scopeLiterals[scope]];
    const atWordStart = all.filter((l) => !anywhere.has(l));
    const elsewhere = all.filter((l) => anywhere.has(l));
    const branches = [
      ...(atWordStart.length > 0 ? [`\\b(?:${trie(atWordStart)})`] : []),
      ...(elsewhere.length > 0 ? [`(?:${trie(elsewhere)})`] : []),
    ];
    return { re: branches.length > 0 ? new RegExp(branches.join('|'), 'g') : null, bitsOf };
  };
  const byScope = (scope: Scope) => patterns.filter((p) => p.scopes.has(scope));
  return {
    id: rb.id,
    version: rb.version,
    rules: rb.rules,
    patterns,
    patternsByScope: { copy: byScope('copy'), text: byScope('text'), 'cta-url': byScope('cta-url') },
    checks,
    phrases: compilePhrases(rb.rules),
    prefilter: { copy: prefilterOf('copy'), text: prefilterOf('text'), 'cta-url': prefilterOf('cta-url') },
  };
}

// ---------------------------------------------------------------------------------------------------
// Per-package evaluation

/** Facts about a package computed once and shared by every rulebook run on it. */
export interface PackageView {
  pkg: HandoffPackage;
  sites: TextSite[];
  copySites: TextSite[];
  /** Lowercased texts of claims that carry at least one evidence item. */
  backedLower: string[];
  /** Category of each claim with evidence, by id. */
  backedCategory: Map<string, ClaimCategory>;
  claimIds: Set<string>;
  /** Lowercased brand forbidden terms. */
  forbiddenLower: string[];
  readabilityCache: Map<TextSite, ReturnType<typeof readability>>;
}

export function lowerOf(site: TextSite): string {
  if (site.lower === undefined) site.lower = lowerSameLength(site.text);
  return site.lower;
}

/**
 * Can the rule with prefilter bit `bit` match this site? One scan of the lowercased text finds every
 * prefilter literal in it (stepping one character after each hit, so overlapping literals count).
 * Under the `i` + `u` flags "ſ" (U+017F) matches "s" although lowercasing keeps it ("K", U+212A,
 * lowercases to "k"): a text containing it runs every rule, so the prefilter never hides a match.
 */
export function mayMatch(cr: CompiledRulebook, site: TextSite, bit: number): boolean {
  if (bit < 0) return true;
  if (site.candidatesOf !== cr) {
    const lower = lowerOf(site);
    let bits = 0;
    const pf = cr.prefilter[site.scope];
    const re = pf.re;
    if (re === null) bits = 0;
    else if (lower.indexOf('\u017f') >= 0) bits = -1;
    else {
      re.lastIndex = 0;
      let m = re.exec(lower);
      while (m !== null) {
        bits |= pf.bitsOf.get(m[0]) ?? 0;
        re.lastIndex = m.index + 1;
        m = re.exec(lower);
      }
    }
    site.candidates = bits;
    site.candidatesOf = cr;
  }
  return (site.candidates & (1 << bit)) !== 0;
}

const site = (
  pointer: string,
  text: string,
  scope: Scope,
  channel: Channel | null = null,
  kind: DeliverableKind | null = null,
  claimRefs?: readonly string[],
): TextSite => ({
  pointer,
  text,
  scope,
  channel,
  kind,
  claimRefs,
  lower: undefined,
  candidates: 0,
  candidatesOf: null,
});

export function viewPackage(pkg: HandoffPackage): PackageView {
  const sites: TextSite[] = [];
  const copySites: TextSite[] = [];
  for (let i = 0; i < pkg.channels.length; i++) {
    const plan = pkg.channels[i] as HandoffPackage['channels'][number];
    for (let j = 0; j < plan.deliverables.length; j++) {
      const d = plan.deliverables[j] as (typeof plan.deliverables)[number];
      const s = site(
        `/channels/${i}/deliverables/${j}/copy`,
        d.copy,
        'copy',
        plan.channel,
        d.kind,
        d.claimRefs,
      );
      sites.push(s);
      copySites.push(s);
    }
    const disclosures = plan.disclosures ?? [];
    for (let k = 0; k < disclosures.length; k++) {
      sites.push(site(`/channels/${i}/disclosures/${k}`, disclosures[k] as string, 'text', plan.channel));
    }
  }
  sites.push(site('/title', pkg.title, 'text'));
  sites.push(site('/objective/statement', pkg.objective.statement, 'text'));
  sites.push(site('/audience/primary', pkg.audience.primary, 'text'));
  const st = pkg.story;
  sites.push(site('/story/hook', st.hook, 'text'));
  sites.push(site('/story/tension', st.tension, 'text'));
  sites.push(site('/story/resolution', st.resolution, 'text'));
  sites.push(site('/story/keyMessage', st.keyMessage, 'text'));
  for (let k = 0; k < st.proofPoints.length; k++) {
    sites.push(site(`/story/proofPoints/${k}`, st.proofPoints[k] as string, 'text'));
  }
  const backedLower: string[] = [];
  const backedCategory = new Map<string, ClaimCategory>();
  const claimIds = new Set<string>();
  for (let k = 0; k < pkg.claims.length; k++) {
    const c = pkg.claims[k] as HandoffPackage['claims'][number];
    sites.push(site(`/claims/${k}/text`, c.text, 'text'));
    claimIds.add(c.id);
    if (c.evidence.length > 0) {
      backedLower.push(lowerSameLength(c.text));
      backedCategory.set(c.id, c.category);
    }
  }
  sites.push(site('/cta/text', pkg.cta.text, 'text'));
  sites.push(site('/cta/url', pkg.cta.url, 'cta-url'));
  for (let k = 0; k < pkg.brand.mandatories.length; k++) {
    sites.push(site(`/brand/mandatories/${k}`, pkg.brand.mandatories[k] as string, 'text'));
  }
  return {
    pkg,
    sites,
    copySites,
    backedLower,
    backedCategory,
    claimIds,
    forbiddenLower: (pkg.brand.forbiddenTerms ?? [])
      .map((t) => t.trim().toLowerCase())
      .filter((t) => t !== ''),
    readabilityCache: new Map(),
  };
}

type Overrides = HandoffContract['ruleOverrides'];

/** The rule's severity under the contract's overrides, or null when the contract turns it off. */
export function effectiveSeverity(rule: RuleData, overrides: Overrides): Severity | null {
  if (overrides !== undefined && Object.hasOwn(overrides, rule.id)) {
    const sev = (overrides[rule.id] as { severity: Severity | 'off' }).severity;
    return sev === 'off' ? null : sev;
  }
  return rule.severity;
}

const TEMPLATE = /\{(\w+)\}/g;
function fill(template: string, vars: Record<string, string | number>): string {
  if (template.indexOf('{') < 0) return template;
  return template.replace(TEMPLATE, (whole, key: string) => {
    const v = vars[key];
    return v === undefined ? whole : String(v);
  });
}

class Collector {
  readonly findings: Finding[] = [];
  constructor(private readonly overrides: Overrides) {}

  severity(rule: RuleData): Severity | null {
    return effectiveSeverity(rule, this.overrides);
  }

  add(
    rule: RuleData,
    severity: Severity,
    pointer: string,
    span: [number, number] | null,
    vars: Record<string, string | number>,
    text: string | undefined,
  ): void {
    const f: Finding = {
      ruleId: rule.id,
      family: rule.family as RuleFamily,
      severity,
      pointer,
      span,
      message: fill(rule.message, vars),
    };
    if (text !== undefined) f.excerpt = excerpt(text);
    this.findings.push(f);
  }
}

const applies = (channels: ReadonlySet<Channel> | null, channel: Channel | null) =>
  channels === null || channel === null || channels.has(channel);

/** Is a phrase found in copy backed by a claim with evidence? */
function substantiated(
  view: PackageView,
  s: TextSite,
  phraseLower: string,
  categories: readonly ClaimCategory[] | undefined,
): boolean {
  for (const t of view.backedLower) if (t.includes(phraseLower)) return true;
  // A cited claim vouches only for its own regulated category: citing an evidenced pricing claim must not
  // excuse an unrelated "clinically proven" or "#1" in the same copy (those need a claim stating them).
  if (s.claimRefs && categories !== undefined) {
    for (const ref of s.claimRefs) {
      const cat = view.backedCategory.get(ref);
      if (cat !== undefined && categories.includes(cat)) return true;
    }
  }
  return false;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function runPatterns(cr: CompiledRulebook, view: PackageView, out: Collector): void {
  for (const s of view.sites) {
    for (const cp of cr.patternsByScope[s.scope]) {
      if (!applies(cp.channels, s.channel) || !mayMatch(cr, s, cp.bit)) continue;
      const severity = out.severity(cp.rule);
      if (severity === null) continue;
      const re = cp.re;
      re.lastIndex = 0;
      let m = re.exec(s.text);
      while (m !== null) {
        const matched = m[0];
        const start = m.index;
        const end = start + matched.length;
        if (matched.length === 0) re.lastIndex++;
        let keep = matched.length > 0;
        if (keep && cp.digits) {
          const d = countDigits(matched);
          keep = d >= cp.digits.min && d <= cp.digits.max;
        }
        if (keep && cp.substantiation) {
          keep = !substantiated(view, s, lowerOf(s).slice(start, end), cp.substantiation.categories);
        }
        if (keep) out.add(cp.rule, severity, s.pointer, [start, end], { match: matched }, matched);
        m = re.exec(s.text);
      }
    }
  }
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

function runPhrases(cr: CompiledRulebook, view: PackageView, out: Collector): void {
  const pm = cr.phrases;
  if (pm.re === null && pm.exactRe === null) return;
  const emit = (s: TextSite, entry: PhraseEntry, start: number, end: number) => {
    if (!applies(pm.channelsOf(entry.rule), s.channel)) return;
    const severity = out.severity(entry.rule);
    if (severity === null) return;
    const matched = s.text.slice(start, end);
    const suggestion =
      entry.considerate.length > 0 ? `; consider ${entry.considerate.map((c) => `“${c}”`).join(', ')}` : '';
    out.add(entry.rule, severity, s.pointer, [start, end], { match: matched, suggestion }, matched);
  };
  for (const s of view.copySites) {
    if (pm.re !== null) {
      const { text, removed } = normalizeForPhrases(lowerOf(s));
      const re = pm.re;
      re.lastIndex = 0;
      let m = re.exec(text);
      while (m !== null) {
        const key = m[0].replace(/\s+/g, ' ');
        let entry = pm.byPhrase.get(key);
        if (entry === undefined) entry = pm.wildcards.find((w) => w.re.test(m?.[0] ?? ''))?.entry;
        if (entry !== undefined) {
          const start = toOriginal(removed, m.index);
          const end = toOriginal(removed, m.index + m[0].length - 1) + 1;
          emit(s, entry, start, end);
        }
        m = re.exec(text);
      }
    }
    if (pm.exactRe !== null) {
      const re = pm.exactRe;
      re.lastIndex = 0;
      let m = re.exec(s.text);
      while (m !== null) {
        const entry = pm.byExact.get(m[0]);
        if (entry !== undefined) emit(s, entry, m.index, m.index + m[0].length);
        m = re.exec(s.text);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Built-in checks

type Ctx = { cr: CompiledRulebook; view: PackageView; contract: HandoffContract; out: Collector };

function params<C extends CheckName>(cc: CompiledCheck, _check: C): CheckParams<C> {
  return cc.params as CheckParams<C>;
}

const checks: { [C in CheckName]: (cc: CompiledCheck, sev: Severity, ctx: Ctx) => void } = {
  'competitor-comparison'(cc, sev, { cr, view, out }) {
    const p = params(cc, 'competitor-comparison');
    const names = view.forbiddenLower.length > 0 ? [...cc.terms, ...view.forbiddenLower] : cc.terms;
    if (names.length === 0 || cc.re === null) return;
    const re = cc.re;
    for (const s of view.copySites) {
      if (!applies(cc.channels, s.channel) || !mayMatch(cr, s, cc.bit)) continue;
      re.lastIndex = 0;
      let m = re.exec(s.text);
      while (m !== null) {
        const compEnd = m.index + m[0].length;
        const lower = lowerOf(s);
        const window = lower.slice(compEnd, compEnd + p.windowChars);
        let best: { at: number; len: number } | null = null;
        for (const name of names) {
          const hit = findWholeWords(window, name)[0];
          if (hit !== undefined && (best === null || hit < best.at)) best = { at: hit, len: name.length };
        }
        if (best !== null) {
          const start = m.index;
          const end = compEnd + best.at + best.len;
          const phrase = lower.slice(start, end);
          if (!substantiated(view, s, phrase, ['comparative', 'performance'])) {
            const matched = s.text.slice(start, end);
            out.add(cc.rule, sev, s.pointer, [start, end], { match: matched }, matched);
          }
        }
        m = re.exec(s.text);
      }
    }
  },

  'claim-evidence'(cc, sev, { view, out }) {
    const cats = params(cc, 'claim-evidence').categories;
    const claims = view.pkg.claims;
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i] as (typeof claims)[number];
      if (c.evidence.length === 0 && cats.includes(c.category)) {
        out.add(
          cc.rule,
          sev,
          `/claims/${i}/evidence`,
          null,
          { value: excerpt(c.text, 80), category: c.category },
          c.text,
        );
      }
    }
  },

  'ad-disclosure'(cc, sev, { view, out }) {
    const p = params(cc, 'ad-disclosure');
    const re = cc.re as RegExp;
    const plans = view.pkg.channels;
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i] as (typeof plans)[number];
      if (!applies(cc.channels, plan.channel)) continue;
      if ((plan.disclosures ?? []).some((d) => re.test(d))) continue;
      for (let j = 0; j < plan.deliverables.length; j++) {
        const d = plan.deliverables[j] as (typeof plan.deliverables)[number];
        if (!p.kinds.includes(d.kind) || re.test(d.copy)) continue;
        out.add(
          cc.rule,
          sev,
          `/channels/${i}/deliverables/${j}/copy`,
          null,
          { channel: plan.channel },
          d.copy,
        );
      }
    }
  },

  'channel-marker'(cc, sev, { view, out }) {
    const re = cc.re as RegExp;
    const plans = view.pkg.channels;
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i] as (typeof plans)[number];
      if (cc.channels !== null && !cc.channels.has(plan.channel)) continue;
      const ok =
        (plan.disclosures ?? []).some((d) => re.test(d)) || plan.deliverables.some((d) => re.test(d.copy));
      if (!ok) out.add(cc.rule, sev, `/channels/${i}`, null, { channel: plan.channel }, undefined);
    }
  },

  'postal-address'(cc, sev, { view, out }) {
    const re = cc.re as RegExp;
    if (view.pkg.sender?.postalAddress) return;
    const plans = view.pkg.channels;
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i] as (typeof plans)[number];
      if (cc.channels !== null && !cc.channels.has(plan.channel)) continue;
      if ((plan.disclosures ?? []).some((d) => re.test(d))) continue;
      out.add(cc.rule, sev, `/channels/${i}`, null, { channel: plan.channel }, undefined);
    }
  },

  length(cc, sev, { view, out }) {
    const p = params(cc, 'length');
    for (const s of view.copySites) {
      if (!applies(cc.channels, s.channel) || s.kind === null || !p.kinds.includes(s.kind)) continue;
      if (s.text.length <= p.max) continue; // code points ≤ UTF-16 units: cannot exceed
      const n = codePointLength(s.text);
      if (n <= p.max) continue;
      const start = codePointIndex(s.text, p.max);
      out.add(
        cc.rule,
        sev,
        s.pointer,
        [start, s.text.length],
        { value: n, limit: p.max },
        s.text.slice(start),
      );
    }
  },

  'sms-segments'(cc, sev, { view, out }) {
    const p = params(cc, 'sms-segments');
    for (const s of view.copySites) {
      // ≤ 70 UTF-16 units is one segment in either encoding.
      if (s.text.length <= 70 || !applies(cc.channels, s.channel)) continue;
      const seg = smsSegments(s.text);
      if (seg.segments < p.minSegments || (p.maxSegments !== undefined && seg.segments > p.maxSegments))
        continue;
      const start = seg.singleSegmentEnd;
      out.add(
        cc.rule,
        sev,
        s.pointer,
        [start, s.text.length],
        { value: seg.segments, encoding: seg.encoding },
        s.text.slice(start),
      );
    }
  },

  readability(cc, sev, { view, out }) {
    const p = params(cc, 'readability');
    for (const s of view.copySites) {
      if (!applies(cc.channels, s.channel) || s.kind === null || !p.kinds.includes(s.kind)) continue;
      let r = view.readabilityCache.get(s);
      if (r === undefined) {
        r = readability(s.text);
        view.readabilityCache.set(s, r);
      }
      if (r.words < p.minWords || r.score >= p.below) continue;
      if (p.atLeast !== undefined && r.score < p.atLeast) continue;
      out.add(cc.rule, sev, s.pointer, null, { value: r.score, limit: p.below }, undefined);
    }
  },

  'date-order'(cc, sev, { view, out }) {
    const p = params(cc, 'date-order');
    const d = view.pkg.deadlines;
    const due = d.handoffDue;
    if (p.field === 'launch' && p.relation === 'before-handoff' && d.launch < due) {
      out.add(cc.rule, sev, '/deadlines/launch', null, { value: d.launch, limit: due }, d.launch);
    } else if (
      p.field === 'reviewBy' &&
      p.relation === 'after-handoff' &&
      d.reviewBy !== undefined &&
      d.reviewBy > due
    ) {
      out.add(cc.rule, sev, '/deadlines/reviewBy', null, { value: d.reviewBy, limit: due }, d.reviewBy);
    } else if (p.field === 'submittedAt' && p.relation === 'after-handoff') {
      const at = view.pkg.submittedAt;
      // The due day ends at 24:00 UTC: submitted on the due day is on time.
      if (at.slice(0, 10) > due) out.add(cc.rule, sev, '/submittedAt', null, { value: at, limit: due }, at);
    }
  },

  'claim-refs'(cc, sev, { view, out }) {
    const plans = view.pkg.channels;
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i] as (typeof plans)[number];
      for (let j = 0; j < plan.deliverables.length; j++) {
        const refs = (plan.deliverables[j] as (typeof plan.deliverables)[number]).claimRefs ?? [];
        for (let k = 0; k < refs.length; k++) {
          const ref = refs[k] as string;
          if (!view.claimIds.has(ref)) {
            out.add(
              cc.rule,
              sev,
              `/channels/${i}/deliverables/${j}/claimRefs/${k}`,
              null,
              { value: ref },
              ref,
            );
          }
        }
      }
    }
  },

  'cta-in-copy'(cc, sev, { view, out }) {
    const cta = view.pkg.cta.text.trim().toLowerCase();
    if (view.copySites.some((s) => lowerOf(s).includes(cta))) return;
    out.add(cc.rule, sev, '/cta/text', null, { value: view.pkg.cta.text }, view.pkg.cta.text);
  },

  'kpi-direction'(cc, sev, { view, out }) {
    const kpis = view.pkg.objective.kpis;
    for (let i = 0; i < kpis.length; i++) {
      const k = kpis[i] as (typeof kpis)[number];
      const better = k.direction === 'increase' ? k.target > k.baseline : k.target < k.baseline;
      if (!better) {
        out.add(
          cc.rule,
          sev,
          `/objective/kpis/${i}/target`,
          null,
          { value: k.name, direction: k.direction },
          k.name,
        );
      }
    }
  },

  'channel-allowed'(cc, sev, { view, contract, out }) {
    const plans = view.pkg.channels;
    for (let i = 0; i < plans.length; i++) {
      const ch = (plans[i] as (typeof plans)[number]).channel;
      if (!contract.allowedChannels.includes(ch)) {
        out.add(cc.rule, sev, `/channels/${i}/channel`, null, { value: ch }, ch);
      }
    }
  },

  'forbidden-terms'(cc, sev, { view, out }) {
    if (view.forbiddenLower.length === 0) return;
    for (const s of view.copySites) {
      if (!applies(cc.channels, s.channel)) continue;
      const lower = lowerOf(s);
      for (const term of view.forbiddenLower) {
        for (const at of findWholeWords(lower, term)) {
          const matched = s.text.slice(at, at + term.length);
          out.add(cc.rule, sev, s.pointer, [at, at + term.length], { match: matched }, matched);
        }
      }
    }
  },

  mandatories(cc, sev, { view, out }) {
    const mands = view.pkg.brand.mandatories;
    if (mands.length === 0) return;
    const disclosures = view.pkg.channels.flatMap((c) => c.disclosures ?? []).map((d) => d.toLowerCase());
    for (let i = 0; i < mands.length; i++) {
      const m = (mands[i] as string).trim().toLowerCase();
      const present =
        view.copySites.some((s) => lowerOf(s).includes(m)) || disclosures.some((d) => d.includes(m));
      if (!present) {
        out.add(
          cc.rule,
          sev,
          `/brand/mandatories/${i}`,
          null,
          { value: excerpt(mands[i] as string, 80) },
          mands[i],
        );
      }
    }
  },

  'required-fields'(cc, sev, { view, contract, out }) {
    for (const pointer of contract.requiredFields) {
      if (!isPresent(resolvePointer(view.pkg, pointer))) {
        out.add(cc.rule, sev, pointer, null, { value: pointer }, undefined);
      }
    }
  },

  'non-empty'(cc, sev, { view, out }) {
    const p = params(cc, 'non-empty');
    if (p.field === 'story.proofPoints' && view.pkg.story.proofPoints.length === 0) {
      out.add(cc.rule, sev, '/story/proofPoints', null, {}, undefined);
    } else if (p.field === 'audience.segments' && (view.pkg.audience.segments ?? []).length === 0) {
      out.add(cc.rule, sev, pointerOf('audience', 'segments'), null, {}, undefined);
    }
  },
};

// Contracts name a handful of pointers: parse each once.
const pointerTokens = new Map<string, readonly string[]>();

/** RFC 6901 resolution; undefined when any step is missing. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let tokens = pointerTokens.get(pointer);
  if (tokens === undefined) {
    tokens = pointer.slice(1).split('/').map(unescapePointerToken);
    if (pointerTokens.size < 1000) pointerTokens.set(pointer, tokens);
  }
  let cur: unknown = root;
  for (const token of tokens) {
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      cur = cur[Number(token)];
    } else if (cur !== null && typeof cur === 'object' && Object.hasOwn(cur, token)) {
      cur = (cur as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return cur;
}

function isPresent(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** Run one compiled rulebook on a package view; findings are sorted and deduplicated. */
export function runRulebook(cr: CompiledRulebook, view: PackageView, contract: HandoffContract): Finding[] {
  const out = new Collector(contract.ruleOverrides);
  runPatterns(cr, view, out);
  runPhrases(cr, view, out);
  const ctx: Ctx = { cr, view, contract, out };
  for (const cc of cr.checks) {
    const sev = out.severity(cc.rule);
    if (sev !== null) checks[cc.check](cc, sev, ctx);
  }
  return sortFindings(out.findings);
}

/** Deterministic order: pointer, span start (structural first), rule id; exact duplicates dropped. */
export function sortFindings(findings: Finding[]): Finding[] {
  const sorted = findings.sort(compareFindings);
  const out: Finding[] = [];
  let prev: Finding | undefined;
  for (const f of sorted) {
    if (
      prev !== undefined &&
      prev.ruleId === f.ruleId &&
      prev.pointer === f.pointer &&
      (prev.span?.[0] ?? -1) === (f.span?.[0] ?? -1) &&
      (prev.span?.[1] ?? -1) === (f.span?.[1] ?? -1)
    ) {
      continue;
    }
    out.push(f);
    prev = f;
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.pointer, b.pointer) ||
    (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1) ||
    cmp(a.ruleId, b.ruleId) ||
    (a.span?.[1] ?? -1) - (b.span?.[1] ?? -1) ||
    cmp(a.message, b.message)
  );
}
