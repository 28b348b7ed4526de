import type { HandoffPackage } from '../package-schema.ts';

/** A count as written: "1,200", "1.200", "1 200" and "1200" are twelve hundred. */
export const COUNT = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+/u;

export function unitCount(raw: string): number {
  return Number(raw.replace(/[,.\u00a0\u202f ](?=\d{3}(?!\d))/gu, ''));
}

/** A count the copy gives as an upper bound: "fewer than 40", "moins de 40", "menos de 40", "weniger als 40". */
export const UPPER_BOUND = /(?:fewer|less) than|moins de|menos de|weniger als/u;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to`, both YYYY-MM-DD (data, never the clock). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Does the brief's offer record (ADR 0023) back a deadline or a stock claim of the copy? An end date not
 * before launch backs an undated deadline (`urgency.offer-facts` reports one that puts the end sooner); a
 * recorded unit count backs a stock count no lower than it, and stock words without a count ("selling
 * fast"): the record says supply is limited and by how much, and the page shows it (it does not say how
 * much there was, which "almost gone" is about). Never when the record shows the pressure
 * false (a countdown that restarts, terms that run again).
 */
export function recordBacks(
  pkg: HandoffPackage,
  what: 'ends' | 'stock',
  phrase: string,
  before = '',
): boolean {
  const o = pkg.offer;
  if (o === undefined || o.timer === 'restarts') return false;
  if (what === 'stock') {
    if (typeof o.stock !== 'number') return false;
    const count = COUNT.exec(phrase)?.[0];
    if (count === undefined) return true;
    // The bound may stand just before the match: "fewer than [50 seats left]".
    return UPPER_BOUND.test(`${before.slice(-12)} ${phrase}`.toLowerCase())
      ? o.stock < unitCount(count)
      : unitCount(count) <= o.stock;
  }
  if (o.repeats === true || o.ends === undefined || o.ends === 'no-end-date') return false;
  return daysFrom(pkg.deadlines.launch, o.ends) >= 0;
}
