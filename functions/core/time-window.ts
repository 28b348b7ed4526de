import { HandoffError } from './errors.ts';

/**
 * Time windows and order statistics for the ops figures. Pure: "now" always comes in as data, so the same
 * records and the same window give the same report.
 */

export interface TimeWindow {
  /** Inclusive start, ISO instant. */
  since: string;
  /** Exclusive end, ISO instant. */
  until: string;
}

export class WindowError extends HandoffError {
  override readonly name = 'WindowError';
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/**
 * A point in time from `7d`, `36h`, `90m`, `2w` (that long before `now`) or an ISO date/instant
 * (`2026-11-01`, `2026-11-01T08:00:00Z`).
 */
export function parseInstant(text: string, now: Date): Date {
  const relative = /^(\d{1,5})([mhdw])$/.exec(text.trim());
  if (relative) {
    const unit = relative[2] as keyof typeof UNIT_MS;
    return new Date(now.getTime() - Number(relative[1]) * UNIT_MS[unit]);
  }
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(text.trim())) {
    const at = new Date(text.trim());
    if (!Number.isNaN(at.getTime())) return at;
  }
  throw new WindowError(`'${text}' is neither a duration like 7d / 24h / 90m nor an ISO date`);
}

/** The window [since, until): `until` defaults to `now`. */
export function parseWindow(since: string, until: string | undefined, now: Date): TimeWindow {
  const start = parseInstant(since, now);
  const end = until === undefined ? now : parseInstant(until, now);
  if (end.getTime() <= start.getTime()) {
    throw new WindowError(`the window is empty: ${start.toISOString()} is not before ${end.toISOString()}`);
  }
  return { since: start.toISOString(), until: end.toISOString() };
}

export function windowDays(window: TimeWindow): number {
  return (Date.parse(window.until) - Date.parse(window.since)) / UNIT_MS.d;
}

export function inWindow(at: string | undefined, window: TimeWindow): boolean {
  if (!at) return false;
  const t = Date.parse(at);
  return Number.isFinite(t) && t >= Date.parse(window.since) && t < Date.parse(window.until);
}

/** The UTC days (YYYY-MM-DD) the window touches, oldest first. */
export function utcDays(window: TimeWindow): string[] {
  const days: string[] = [];
  const end = Date.parse(window.until);
  let t = Date.parse(`${window.since.slice(0, 10)}T00:00:00.000Z`);
  while (t < end) {
    days.push(new Date(t).toISOString().slice(0, 10));
    t += UNIT_MS.d;
  }
  return days;
}

/** Milliseconds from `from` to `to`, or undefined when either is missing or unparsable. */
export function spanMs(from: string | undefined, to: string | undefined): number | undefined {
  if (!from || !to) return undefined;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Nearest-rank percentile (the smallest value with at least p% of the values at or below it): always one
 * of the observed values, so a p90 of 3 runs is the slowest run. Undefined for no values.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** Rounds to `digits` decimals (half away from zero), keeping reports free of float noise. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.sign(value) * (Math.round(Math.abs(value) * f) / f);
}

/** numerator / denominator rounded to 4 decimals, or null when there is nothing to divide by. */
export function share(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : round(numerator / denominator, 4);
}
