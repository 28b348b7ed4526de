import type { CheckParams } from '../../rulebook.ts';
import { monthOf } from '../dates.ts';
import { eachMatch, paramRegex } from '../regex.ts';
import { sentenceOf } from './sentences.ts';

/**
 * A reference ("was") price and its basis in the copy: the price figures a sentence states, the period a
 * "was" price was charged, the 30-day lowest price (Directive 98/6/EC Art. 6a; PAngV § 11; CAP 3.39-3.40),
 * and the readings that make a figure no reference price (each item's usual price beside a multi-buy).
 */

/** A price figure: "$249", "249 €", "USD 249", "1.299,00 EUR". */
export const PRICE_FIGURE =
  /[$£€]\s?(\d(?:[\d,.]*\d)?)|(\d(?:[\d,.]*\d)?)\s?(?:[$£€]|(?:eur(?:o|os)?|usd|gbp|chf|cad|aud|dollars?|pounds?)(?![\p{L}]))|(?<![\p{L}])(?:usd|gbp|eur|chf|cad|aud)\s?(\d(?:[\d,.]*\d)?)/gu;

/** "1,299" and "1.299" are the same figure; so are "249" and "249.00". */
export function figureValue(raw: string): number {
  return Number(raw.replace(/[,.](?=\d{3}(?:\D|$))/gu, '').replace(',', '.'));
}
const DAY = 86_400_000;

/** One end of a stated period: its day, month and year where stated (0 where not). */
function periodDay(text: string): [number, number, number] {
  const numeric = /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)/u.exec(text);
  if (numeric !== null) {
    const y = Number(numeric[3]);
    return [Number(numeric[1]), Number(numeric[2]), y < 100 ? 2000 + y : y];
  }
  const year = /(?<!\d)(\d{4})(?!\d)/u.exec(text)?.[1];
  const month = [...text.matchAll(/\p{L}+/gu)].map((w) => monthOf(w[0])).find((m) => m > 0) ?? 0;
  const day = /(?<!\d)(\d{1,2})(?!\d)/u.exec(text)?.[1];
  return [Number(day ?? 0), month, Number(year ?? 0)];
}

/** Where a stated period's start ends and its end begins ("1 to 2 February", "du 1er au 2", "vom 1. bis 15."). */
const PERIOD_SPLIT = /\s?(?:(?<!\p{L})(?:to|until|till|and|au|et|al|hasta|y|bis|und)(?!\p{L})|[–-])\s?/u;

/**
 * A stated period as [first day, day after the last] (UTC ms), or null when it names no month to end in.
 * A missing day is the month's first (start) or last (end); a missing month is the end's; a missing year is
 * the latest that puts the end by submission, and the start's is the end's or the year before.
 */
export function periodSpan(period: string, submittedAt: string): [number, number] | null {
  const first = period.search(/\d/u);
  const words = [...period.matchAll(/\p{L}+/gu)].find((w) => monthOf(w[0]) > 0)?.index ?? -1;
  const from = first < 0 ? words : words < 0 ? first : Math.min(first, words);
  if (from < 0) return null;
  const dates = period.slice(from);
  const cut = PERIOD_SPLIT.exec(dates);
  if (cut === null) return null;
  const [d1, m1, y1] = periodDay(dates.slice(0, cut.index));
  const [d2, m2, y2] = periodDay(dates.slice(cut.index + cut[0].length));
  if (m2 === 0) return null;
  const submitted = Date.parse(submittedAt);
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  let endYear = y2;
  if (endYear === 0) {
    endYear = new Date(submitted).getUTCFullYear();
    if (Date.UTC(endYear, m2 - 1, d2 || lastDay(endYear, m2)) > submitted) endYear--;
  }
  const end = Date.UTC(endYear, m2 - 1, d2 || lastDay(endYear, m2)) + DAY;
  const startMonth = m1 || m2;
  let startYear = y1;
  if (startYear === 0) {
    startYear = endYear;
    if (Date.UTC(startYear, startMonth - 1, d1 || 1) >= end) startYear--;
  }
  return [Date.UTC(startYear, startMonth - 1, d1 || 1), end];
}

/** Does the sentence of a `basis` match state the reference price's own figure, `reference` at [start, end)? */
function basisStatesFigure(basis: string, lower: string, start: number, end: number): boolean {
  const own = PRICE_FIGURE_ONE.exec(lower.slice(start, end + 30));
  if (own === null) return false;
  const figure = figureValue(own[1] ?? own[2] ?? own[3] ?? '');
  for (const k of eachMatch(paramRegex(basis, 'gu'), lower)) {
    const sentence = sentenceOf(lower, k.index, k.index + k[0].length);
    const at = lower.indexOf(sentence, Math.max(0, k.index - sentence.length));
    for (const f of sentence.matchAll(PRICE_FIGURE)) {
      const where = at + (f.index ?? 0);
      if (where >= start && where < end) continue;
      if (figureValue(f[1] ?? f[2] ?? f[3] ?? '') === figure) return true;
    }
  }
  return false;
}
const PRICE_FIGURE_ONE = new RegExp(PRICE_FIGURE.source, 'u');

/**
 * Does the reference price at [start, end) have its basis in the copy: the period it was charged, stated
 * right after it (see `periodSpan` and the schema's `period`), or the 30-day lowest price stated in a
 * sentence of the copy that also states the reference price's figure?
 */
export function statedBasis(
  p: CheckParams<'commerce-claim'>,
  lower: string,
  start: number,
  end: number,
  submittedAt: string,
): boolean {
  if (p.basis !== undefined && basisStatesFigure(p.basis, lower, start, end)) return true;
  if (p.period === undefined) return false;
  const period = paramRegex(p.period.stated).exec(lower.slice(end, end + 160));
  if (period === null) return false;
  const span = periodSpan(period[0], submittedAt);
  if (span === null) return false;
  const [from, to] = span;
  const submitted = Date.parse(submittedAt);
  return (
    from < to &&
    to - DAY <= submitted &&
    to - from >= (p.period.least ?? 1) * DAY &&
    to >= submitted - p.period.within * DAY
  );
}

/** Is the match the single price of each item beside a multi-buy, or a figure a saving or a bill was? */
export function notReference(
  p: CheckParams<'commerce-claim'>,
  lower: string,
  m: RegExpExecArray,
  sentence: string,
) {
  const end = m.index + m[0].length;
  const each = p.perItem;
  if (
    each !== undefined &&
    paramRegex(each.usual).test(m[0]) &&
    paramRegex(each.each).test(lower.slice(end, end + 30)) &&
    paramRegex(each.multibuy).test(sentence)
  )
    return true;
  const copula = p.notPrice;
  if (copula === undefined || !paramRegex(copula.copula).test(m[0])) return false;
  const at = sentence.indexOf(m[0]);
  return at > 0 && paramRegex(copula.subject).test(sentence.slice(0, at));
}
