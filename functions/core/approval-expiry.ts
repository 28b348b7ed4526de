import { plural } from './rules/text.ts';

/**
 * A link's expiry for a person (ADR 0014): in the approver's time zone when the package names one, else
 * in UTC with the zone named, and how long is left at render time.
 */

export interface ExpiryView {
  iso: string;
  /** In the approver's time zone when known, else UTC, with the zone named. */
  local: string;
  /** "expires in 23 hours", from the clock at render time. */
  relative: string;
  expired: boolean;
}

/** The link's expiry for a person: local time with its zone, and how long is left at `now`. */
export function expiryOf(expSeconds: number, now: Date, timeZone = 'UTC'): ExpiryView {
  const at = new Date(expSeconds * 1000);
  let zone = timeZone;
  let local: string;
  try {
    local = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(at);
  } catch {
    zone = 'UTC';
    return expiryOf(expSeconds, now, zone);
  }
  if (zone === 'UTC') local += ' UTC';
  else {
    const offset =
      new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')
        ?.value.replace('GMT', 'UTC') ?? '';
    local += ` ${zone.replace(/_/g, ' ')} time (${offset === 'UTC' ? 'UTC+00:00' : offset})`;
  }
  const left = Math.floor(expSeconds - now.getTime() / 1000);
  const relative =
    left <= 0
      ? 'expired'
      : left < 60
        ? 'expires in less than a minute'
        : left < 3600
          ? `expires in ${plural(Math.floor(left / 60), 'minute')}`
          : left < 48 * 3600
            ? `expires in ${plural(Math.floor(left / 3600), 'hour')}`
            : `expires in ${plural(Math.floor(left / 86400), 'day')}`;
  return { iso: at.toISOString(), local, relative, expired: left <= 0 };
}
