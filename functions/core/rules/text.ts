/**
 * Deterministic text measures used by the rules: length-preserving lowercase, code-point length,
 * SMS segments (GSM-7 / UCS-2), and a Flesch reading-ease score in integer arithmetic.
 * No locale-dependent calls (`toLocaleLowerCase`, `Intl`) anywhere.
 */

/**
 * Lowercase that keeps every UTF-16 index in place, so spans found in the lowercase text are valid
 * in the original. `String#toLowerCase` is locale-independent but can change the length (e.g. "İ").
 */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** "1 finding", "3 findings": a count and an English noun with a regular plural. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Length in Unicode code points (what channel limits count). */
export function codePointLength(s: string): number {
  if (!HIGH_SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 index where code point number `n` (0-based) starts; s.length if the string is shorter. */
export function codePointIndex(s: string, n: number): number {
  if (!HIGH_SURROGATE.test(s)) return Math.min(n, s.length);
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  }
  return i;
}

// GSM 03.38 basic character set and extension table (extension characters cost two septets).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '\f^{}\\[~]|€';
const GSM_COST = new Map<number, number>();
for (const ch of GSM_BASIC) GSM_COST.set(ch.charCodeAt(0), 1);
for (const ch of GSM_EXTENDED) GSM_COST.set(ch.charCodeAt(0), 2);

export interface SmsSegments {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  /** UTF-16 index where the text stops fitting in a single segment (text length if it fits). */
  singleSegmentEnd: number;
}

/**
 * Segments an SMS needs: GSM-7 when every character is in the GSM 03.38 set (160 septets in one
 * segment, 153 per segment when concatenated), else UCS-2 (70 UTF-16 units, 67 when concatenated).
 */
export function smsSegments(s: string): SmsSegments {
  let septets = 0;
  let gsmEnd = -1;
  let gsm = true;
  for (let i = 0; i < s.length; i++) {
    const cost = GSM_COST.get(s.charCodeAt(i));
    if (cost === undefined) {
      gsm = false;
      break;
    }
    septets += cost;
    if (septets > 160 && gsmEnd < 0) gsmEnd = i;
  }
  if (gsm) {
    return {
      encoding: 'GSM-7',
      segments: septets <= 160 ? 1 : Math.ceil(septets / 153),
      singleSegmentEnd: gsmEnd < 0 ? s.length : gsmEnd,
    };
  }
  const units = s.length;
  return {
    encoding: 'UCS-2',
    segments: units <= 70 ? 1 : Math.ceil(units / 67),
    singleSegmentEnd: Math.min(units, 70),
  };
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch reading ease, floored to an integer (may fall outside 0..100 for extreme text). */
  score: number;
}

const isVowel = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121; // a e i o u y

/**
 * Flesch reading ease = 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words), computed as
 * floor((206835·W·S − 1015·W² − 84600·Syl·S) / (1000·W·S)) in exact integer arithmetic (all terms stay
 * far below 2^53 for the 20,000-character copy limit). Syllables: vowel groups per word, a silent
 * final "e" (not "-le") dropped, at least one per word. ASCII letters only count; other letters join
 * words but carry no vowels. One pass, no allocation per word.
 */
export function readability(text: string): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  let inWord = false;
  let groups = 0;
  let prevVowel = false;
  let last = 0;
  let beforeLast = 0;
  let pendingStop = false;
  const endWord = () => {
    let n = groups;
    if (n > 1 && last === 101 && beforeLast !== 108) n--; // silent final e, but "-le" is a syllable
    syllables += Math.max(n, 1);
    words++;
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    const letter = (c >= 97 && c <= 122) || c >= 0xc0;
    if (letter || (inWord && (c === 39 || c === 0x2019) && i + 1 < text.length)) {
      if (!inWord) {
        inWord = true;
        groups = 0;
        prevVowel = false;
        last = 0;
        beforeLast = 0;
        if (pendingStop) {
          sentences++;
          pendingStop = false;
        }
      }
      if (letter) {
        const v = isVowel(c);
        if (v && !prevVowel) groups++;
        prevVowel = v;
        beforeLast = last;
        last = c;
      }
      continue;
    }
    if (inWord) endWord();
    if (c === 46 || c === 33 || c === 63) pendingStop = true;
  }
  if (inWord) endWord();
  if (words > 0) sentences++; // the last sentence, terminated or not
  if (words === 0) return { words: 0, sentences: 0, syllables: 0, score: 100 };
  const w = words;
  const s = sentences;
  const score = Math.floor((206835 * w * s - 1015 * w * w - 84600 * syllables * s) / (1000 * w * s));
  return { words, sentences, syllables, score };
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** True when the character before `start` and at `end` are not letters/digits (a whole-word hit). */
export function isWholeWord(s: string, start: number, end: number): boolean {
  if (start > 0 && WORD_CHAR.test(s[start - 1] as string)) return false;
  if (end < s.length && WORD_CHAR.test(s[end] as string)) return false;
  return true;
}

/** Every whole-word, case-insensitive occurrence of `needleLower` in `hayLower` (both lowercase). */
export function findWholeWords(hayLower: string, needleLower: string): number[] {
  const hits: number[] = [];
  if (needleLower.length === 0) return hits;
  let from = 0;
  for (;;) {
    const i = hayLower.indexOf(needleLower, from);
    if (i < 0) return hits;
    // Only test boundaries on the needle's word-character edges: "#ad" may follow a letter-free gap.
    const startOk =
      !WORD_CHAR.test(needleLower[0] as string) || i === 0 || !WORD_CHAR.test(hayLower[i - 1] as string);
    const endIdx = i + needleLower.length;
    const endOk =
      !WORD_CHAR.test(needleLower[needleLower.length - 1] as string) ||
      endIdx >= hayLower.length ||
      !WORD_CHAR.test(hayLower[endIdx] as string);
    if (startOk && endOk) hits.push(i);
    from = i + 1;
  }
}

/** At most `max` UTF-16 units (an ellipsis included), never cutting a surrogate pair in half. */
export function excerpt(s: string, max = 120): string {
  if (s.length <= max) return s;
  let cut = max - 1;
  const c = s.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${s.slice(0, cut)}…`;
}

// JSON pointer helpers live in json-pointer.ts; re-exported here for existing importers.
export { escapePointerToken, pointerOf, unescapePointerToken } from '../json-pointer.ts';
