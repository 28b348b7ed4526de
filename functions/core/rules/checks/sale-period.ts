import type { CheckParams } from '../../rulebook.ts';
import { lowerOf, type PackageView } from '../view.ts';
import { copyPattern, inRegions, reads, reportSpan } from './reading.ts';
import type { CheckFamily } from './types.ts';

/**
 * "Soldes" outside the legal sales periods (Code de commerce L310-3 and its arrêté of 27 May 2019: winter
 * sales from the second Wednesday of January, summer sales from the last Wednesday of June, four weeks
 * each): the word is reserved to those periods, so a "spring sale" must be called something else. What
 * counts is when the offer runs, as the package states it (launch day to the offer record's end).
 */

type Period = CheckParams<'sale-period'>['periods'][number];
const DAY = 86_400_000;

/** The day (UTC ms) a period starts in `year`: the `nth` `weekday` of its month, a week earlier past `after`. */
function periodStart(year: number, p: Period): number {
  const first = new Date(Date.UTC(year, p.month - 1, 1)).getUTCDay();
  const firstHit = 1 + ((p.weekday - first + 7) % 7);
  const last = new Date(Date.UTC(year, p.month, 0)).getUTCDate();
  let day = p.nth === -1 ? firstHit + 7 * Math.floor((last - firstHit) / 7) : firstHit + 7 * (p.nth - 1);
  if (day > p.after) day -= 7;
  return Date.UTC(year, p.month - 1, day);
}

/**
 * When the offer runs: from the launch day to the end its offer record states, or null without one. The launch
 * alone says when the copy goes out, not what it sells then: an old brief's dates are no sale's.
 */
function offerSpan(view: PackageView): [number, number] | null {
  const ends = view.pkg.offer?.ends;
  if (ends === undefined || ends === 'no-end-date') return null;
  const from = Date.parse(view.pkg.deadlines.launch);
  return [from, Math.max(from, Date.parse(ends))];
}

/** Does the offer overlap a legal period (widened by `margin` days) of its start's or end's year? */
function inPeriod(p: CheckParams<'sale-period'>, [from, to]: [number, number]): boolean {
  const years = new Set([new Date(from).getUTCFullYear(), new Date(to).getUTCFullYear()]);
  for (const year of years)
    for (const period of p.periods) {
      const start = periodStart(year, period) - p.margin * DAY;
      const end = periodStart(year, period) + (period.weeks * 7 + p.margin) * DAY;
      if (from < end && to >= start) return true;
    }
  return false;
}

export const salePeriodChecks = {
  'sale-period': {
    compile: (p, prefilter) => copyPattern(p.pattern, 'gu', p.requires, prefilter),
    run(cc, sev, { cr, view, out }) {
      const p = cc.params;
      if (!inRegions(view, p.regions)) return;
      const runs = offerSpan(view);
      if (runs === null) return;
      let outside: boolean | undefined;
      for (const s of view.copySites) {
        if (!reads(cc, cr, s, true)) continue;
        const re = cc.re as RegExp;
        re.lastIndex = 0;
        const m = re.exec(lowerOf(s));
        if (m === null || m[0].length === 0) continue;
        outside ??= !inPeriod(p, runs);
        if (!outside) return;
        reportSpan(out, cc, sev, s, [m.index, m.index + m[0].length]);
      }
    },
  },
} satisfies CheckFamily;
