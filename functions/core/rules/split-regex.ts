/**
 * V8 compiles a regex whose source is longer than 20 KB (`kRegExpTooLargeToOptimize`) without its
 * optimizations (no quick checks of the alternatives, no Boyer-Moore skipping): a rule regex just past that
 * size ran several times slower than one just under it. A regex over the limit whose top level is an
 * alternation, or one non-capturing group of alternatives behind zero-width assertions, is run as several
 * regexes of contiguous runs of its alternatives, each under the limit: the match is the leftmost of theirs,
 * and at the same index the earlier run's, which is the match of the whole regex (it tries its alternatives
 * in order at each index; an assertion in front matches one way only, and JavaScript lookarounds do not
 * backtrack). A regex with capturing groups is left whole (splitting would renumber its groups).
 */

/** Source length beyond which V8 compiles a regex without optimizations. */
export const V8_OPTIMIZE_LIMIT = 20 * 1024;
/** Most characters of one part: under the limit, with room for the shared prefix and suffix. */
const PART_BUDGET = 16 * 1024;

/** A top-level split: parts are `prefix(?:alternatives)suffix`, or bare alternatives when both are empty. */
interface Split {
  prefix: string;
  alternatives: string[];
  suffix: string;
}

/**
 * Index after the group opened at `open` and the offsets of its depth-1 `|`, or null for a capturing
 * group anywhere, a class of the `v` flag's kind or an unbalanced source.
 */
function scan(source: string, open: number): { end: number; bars: number[] } | null {
  const bars: number[] = [];
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      // `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` only: `(` alone and `(?<name>` capture.
      if (source[i + 1] !== '?') return null;
      if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') return null;
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0 && open >= 0) return { end: i + 1, bars };
      if (depth < 0) return null;
    } else if (c === '|' && depth === (open >= 0 ? 1 : 0)) bars.push(i);
  }
  return open < 0 && depth === 0 ? { end: source.length, bars } : null;
}

const cut = (s: string, from: number, bars: readonly number[], to: number) =>
  [from, ...bars.map((b) => b + 1)].map((start, k) => s.slice(start, bars[k] ?? to));

/** A zero-width assertion of one way to match: a lookaround group, `\b`, `\B`, `^`. */
function assertionEnd(source: string, i: number): number {
  if (source.startsWith('\\b', i) || source.startsWith('\\B', i)) return i + 2;
  if (source[i] === '^') return i + 1;
  if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) return scan(source, i)?.end ?? -1;
  return -1;
}

function splitOf(source: string, depth = 0): Split | null {
  const top = scan(source, -1);
  if (top === null) return null;
  if (top.bars.length > 0)
    return { prefix: '', alternatives: cut(source, 0, top.bars, source.length), suffix: '' };
  let i = 0;
  for (let next = assertionEnd(source, i); next > i; next = assertionEnd(source, i)) i = next;
  if (!source.startsWith('(?:', i)) return null;
  const group = scan(source, i);
  if (group === null || /^[?*+{]/.test(source.slice(group.end, group.end + 1))) return null;
  // A group of one alternative is no group at all: look inside it (`words` rules wrap their source in one).
  if (group.bars.length === 0) {
    const inner = source.slice(0, i) + source.slice(i + 3, group.end - 1) + source.slice(group.end);
    return depth < 4 ? splitOf(inner, depth + 1) : null;
  }
  return {
    prefix: source.slice(0, i),
    alternatives: cut(source, i + 3, group.bars, group.end - 1),
    suffix: source.slice(group.end),
  };
}

/** The sources of the parts, or null when the regex cannot be split (or need not be). */
export function splitSources(source: string, flags: string): string[] | null {
  if (source.length <= V8_OPTIMIZE_LIMIT || flags.includes('v')) return null;
  const split = splitOf(source);
  if (split === null) return null;
  const { prefix, suffix } = split;
  const wrap = (alts: readonly string[]) =>
    prefix === '' && suffix === '' ? alts.join('|') : `${prefix}(?:${alts.join('|')})${suffix}`;
  const parts: string[][] = [[]];
  let size = 0;
  for (const alt of split.alternatives) {
    const last = parts[parts.length - 1] as string[];
    if (last.length > 0 && size + alt.length + 1 > PART_BUDGET) {
      parts.push([alt]);
      size = alt.length;
    } else {
      last.push(alt);
      size += alt.length + 1;
    }
  }
  return parts.length > 1 ? parts.map(wrap) : null;
}

/**
 * The whole regex to the caller (source, flags, `lastIndex`, `test`, the string methods all read `exec`),
 * its parts to the engine. Within one scan of a text each part's next match is kept: a part's first match at
 * or after an earlier `lastIndex` is also its first at or after a later one that does not pass it (a match at
 * a position does not depend on where the search started), so a part is searched again only once the scan has
 * passed its kept match. Without it every `exec` searched every part again from `lastIndex`.
 */
export class SplitRegExp extends RegExp {
  readonly parts: readonly RegExp[];
  /** The text of the scan under way, where its last `exec` started, and each part's next match and its end. */
  private scanText: string | null = null;
  private scanFrom = -1;
  private readonly next: (RegExpExecArray | null)[];
  private readonly nextEnd: number[];

  /**
   * `matchAll` and `split` copy the regex through its species as `new C(this, flags)`: the inherited
   * constructor would get no parts. A plain RegExp of the whole source matches the same.
   */
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  constructor(source: string, flags: string, parts: readonly string[]) {
    super(source, flags);
    const own = flags.includes('y') ? flags.replace('g', '') : flags.includes('g') ? flags : `${flags}g`;
    this.parts = parts.map((p) => new RegExp(p, own));
    this.next = parts.map(() => null);
    this.nextEnd = parts.map(() => 0);
  }

  override exec(text: string): RegExpExecArray | null {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    // The same scan goes on when the text is the same and `exec` starts further on: a new scan of the same
    // text starts at or before where the last one did. A sticky regex matches at `from` only: never kept.
    const going = !this.sticky && from > this.scanFrom && text === this.scanText;
    let best: RegExpExecArray | null = null;
    let bestEnd = 0;
    for (let k = 0; k < this.parts.length; k++) {
      let m = going ? (this.next[k] as RegExpExecArray | null) : null;
      if (!going || (m !== null && m.index < from)) {
        const part = this.parts[k] as RegExp;
        part.lastIndex = from;
        m = part.exec(text);
        this.next[k] = m;
        this.nextEnd[k] = part.lastIndex;
      }
      if (m !== null && (best === null || m.index < best.index)) {
        best = m;
        bestEnd = this.nextEnd[k] as number;
      }
    }
    this.scanText = text;
    this.scanFrom = from;
    if (this.global || this.sticky) this.lastIndex = best === null ? 0 : bestEnd;
    return best;
  }
}

/** `re`, or the same regex run as parts when its source is past V8's limit and it can be split. */
export function underLimit(re: RegExp): RegExp {
  const parts = splitSources(re.source, re.flags);
  return parts === null ? re : new SplitRegExp(re.source, re.flags, parts);
}
