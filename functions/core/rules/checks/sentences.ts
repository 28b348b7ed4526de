import { monthOf } from '../dates.ts';

/** Sentences of copy: where one ends, the one holding a match, and every span (shared by the checks). */

/** Does the character at `i` end a sentence? */
function endsAt(text: string, i: number): boolean {
  const c = text[i] as string;
  if (c === '\n') return true;
  if (!'.!?'.includes(c) || !/\s/u.test(text[i + 1] ?? ' ')) return false;
  if (c !== '.') return true;
  // A title's dot before a name ("Praxis Dr. Weber", "St. Pauli") ends no sentence.
  if (TITLE.test(text.slice(Math.max(0, i - 5), i)) && /\s\p{Lu}/u.test(text.slice(i + 1, i + 3)))
    return false;
  // A day's dot before a month ("14. März") ends no sentence; after a price ("now $129. Returns...") it does.
  return !/\d/u.test(text[i - 1] ?? '') || monthOf(text.slice(i + 1, i + 14).trimStart()) === 0;
}
const TITLE = /(?<!\p{L})(?:dr|prof|mr|mrs|ms|mme|st)$/iu;

/**
 * Copy read as one sentence goes no further than this either side of a match: hostile copy with no
 * sentence end ("ends tonight " × 2,000) would otherwise be read whole once per match.
 */
const SENTENCE_REACH = 400;

/** The sentence holding [start, end), at most SENTENCE_REACH characters either side of it. */
export function sentenceOf(text: string, start: number, end: number): string {
  const floor = Math.max(0, start - SENTENCE_REACH);
  const ceiling = Math.min(text.length, end + SENTENCE_REACH);
  let from = floor;
  for (let i = start - 1; i >= floor; i--) {
    if (endsAt(text, i)) {
      from = i + 1;
      break;
    }
  }
  let to = ceiling;
  for (let i = end; i < ceiling; i++) {
    if (endsAt(text, i)) {
      to = i;
      break;
    }
  }
  return text.slice(from, to);
}

/** The [start, end) spans of the sentences of `text`, cut where `endsAt` says one ends. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!endsAt(text, i)) continue;
    spans.push([from, i + 1]);
    from = i + 1;
  }
  if (from < text.length) spans.push([from, text.length]);
  return spans;
}
