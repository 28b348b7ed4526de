import type { PatternMatch } from '../rulebook-schema.ts';
import { eachMatch, paramRegex } from './regex.ts';

type StatedFigures = NonNullable<PatternMatch['statedFigures']>;

/** A sentence ends at `.`, `!` or `?` before a capital or the end (not "vs. 48 g"), or at a line break. */
const SENTENCE_END = /[.!?]+(?=\s+[\p{Lu}"“„«¿¡]|\s*$)|\n/gu;
const PERCENT = /(\d+(?:[.,]\d+)?)\s?%/u;
/** How far a stated percentage may lie from the one its figures give: rounding to a whole percent. */
const TOLERANCE = 1;

const figure = (s: string) => Number(s.replace(',', '.'));

/** The word right after a figure ("30 g", "4 litres", "9 hours"), lower-cased, or '' when none follows. */
const UNIT_AFTER = /^\s?([\p{L}µ]+)/u;
/** A unit of mass, volume or size: a figure of the product itself, which a reader can weigh or measure. */
const MEASURE =
  /^(?:[mk]?g|grams?|grammes?|gramm|gramos?|kilos?|kilograms?|kilogramm|kilogrammes?|kilogramos?|ml|cl|l|litres?|liters?|liter|litros?|millilitres?|milliliters?|milliliter|mililitros?|cm|mm|m|centimetres?|centimeters?|zentimeter|centímetros?|millimetres?|millimeters?|millimeter|milímetros?|metres?|meters?|meter|metros?|mètres?)$/u;
/** A time, which measures the product only as its run time on a charge ("60 minutes, up from 40"). */
const TIME = /^(?:s|secs?|seconds?|min|mins?|minutes?|minuten|minutos|h|hrs?|hours?|stunden|horas|heures)$/u;
const RUN_TIME =
  /(?<![\p{L}])(?:batter(?:y|ies)|charge|charging|runtime|run\s+time|battery\s+life|akku\p{L}*|laufzeit|ladung|batería|autonomía|batterie|autonomie)(?![\p{L}])/iu;

/**
 * Both figures carry a unit of the product (mass, volume or size), or one states it for both ("60 statt 50
 * Minuten"). A time is an outcome ("recover in 3 days instead of 5", "sleep 9 hours instead of 6") unless the
 * sentence is about a battery's run time.
 */
function unitsMeasure(sentence: string, a: [number, number], b: [number, number]): boolean {
  const unitAt = (end: number): string => {
    const u = UNIT_AFTER.exec(sentence.slice(end))?.[1]?.toLowerCase() ?? '';
    return MEASURE.test(u) || TIME.test(u) ? u : '';
  };
  const ua = unitAt(a[1]);
  const ub = unitAt(b[1]);
  if (ua === '' && ub === '') return false;
  const unit = (u: string) => MEASURE.test(u) || (TIME.test(u) && RUN_TIME.test(sentence));
  return unit(ua === '' ? ub : ua) && unit(ub === '' ? ua : ub);
}

/** The sentence of `text` around [start, end), at most `within` characters either side. */
function sentenceAround(text: string, start: number, end: number, within: number): string {
  let from = Math.max(0, start - within);
  let to = Math.min(text.length, end + within);
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m !== null && m.index < to; m = SENTENCE_END.exec(text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}

/**
 * Does the sentence of a matched percentage ("25% less") state the two figures it is worked out from, new and
 * old ("6 g instead of 8 g", "from 48 g to 12 g"), so that |new − old| / old gives it to within a percent? A
 * reader, and a reviewer, can then check the claim on the copy (CAP 3.7 and 3.38: a comparison with the
 * brand's own earlier product whose basis is stated; FTC Green Guides 260.3(c)).
 */
export function statedFiguresGive(text: string, start: number, end: number, sf: StatedFigures): boolean {
  const pct = PERCENT.exec(text.slice(start, end));
  if (pct === null) return false;
  const stated = figure(pct[1] as string);
  const sentence = sentenceAround(text, start, end, sf.within);
  if (sf.notOf !== undefined && paramRegex(sf.notOf, 'iu').test(sentence)) return false;
  for (const m of eachMatch(paramRegex(sf.pair, 'dgiu'), sentence)) {
    const g = m.groups ?? {};
    const now = g.a ?? g.d;
    const before = g.b ?? g.c;
    if (now === undefined || before === undefined) continue;
    const at = m.indices?.groups ?? {};
    const [first, second] = g.a !== undefined ? [at.a, at.b] : [at.c, at.d];
    if (first === undefined || second === undefined || !unitsMeasure(sentence, first, second)) continue;
    const [n, b] = [figure(now), figure(before)];
    if (!(b > 0) || n === b) continue;
    if (Math.abs((Math.abs(n - b) / b) * 100 - stated) <= TOLERANCE) return true;
  }
  return false;
}
