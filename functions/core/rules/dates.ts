/** Calendar words of the copy's languages (en, es, de, fr), read as data: no clock, no locale. */

/** Month names and their usual abbreviations (en, es, de, fr), each with its month. */
const MONTH_NAMES: readonly string[] = [
  'january jan enero ene januar jänner jän janvier janv',
  'february feb febrero februar février févr fév',
  'march mar marzo märz mär mars',
  'april apr abril abr avril avr',
  'may mayo mai',
  'june jun junio juni juin',
  'july jul julio juli juillet juil',
  'august aug agosto ago août',
  'september sep sept septiembre setiembre septembre',
  'october oct octubre oktober okt octobre',
  'november nov noviembre novembre',
  'december dec diciembre dic dezember dez décembre déc',
];
const MONTH: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, i) => names.split(' ').map((n) => [n, i + 1] as const)),
);

/** Month of the first word of `text` when it is a month name or abbreviation; 0 otherwise ("sets" is none). */
export function monthOf(text: string): number {
  return MONTH.get(/\p{L}+/u.exec(text.toLowerCase())?.[0] ?? '') ?? 0;
}

/** Day of the week (0 = Sunday) by name, in the copy's languages. */
export const WEEKDAYS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    'sunday monday tuesday wednesday thursday friday saturday',
    'domingo lunes martes miércoles jueves viernes sábado',
    'sonntag montag dienstag mittwoch donnerstag freitag samstag',
    'dimanche lundi mardi mercredi jeudi vendredi samedi',
  ].flatMap((names) => names.split(' ').map((n, i) => [n, i] as const)),
);

/** The day a month name and numbers make, as YYYY-MM-DD, or null when it is no calendar day. */
function isoDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

const UNTIL =
  "(?<![\\p{L}])(?:until|till|through|thru|to|bis(?: zum| einschließlich)?|hasta(?: el)?|al|jusqu['’]au|au|–|-)\\s*";
/** "31. März 2027", "31 de marzo", "31 mars", "31 March"; not "10 to 15 may vary". */
const DAY_MONTH =
  '(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,})(?!\\s+(?:vary|be|not|apply|change|differ))\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?';
/** "March 31, 2027", "Sunday, March 31". */
const MONTH_DAY =
  '(?:\\p{L}+,?\\s+)?(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d.])(?:,?\\s+(\\d{4}))?';
/** "31.03.2027", "31.03." and ISO days. */
const NUMERIC = '(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?)';
const FORMS = [NUMERIC, DAY_MONTH, MONTH_DAY] as const;
const AFTER_UNTIL = FORMS.map((f) => new RegExp(`${UNTIL}${f}`, 'u'));
const AT_START = FORMS.map((f) => new RegExp(`^[,\\s]*(?:the\\s+|den\\s+|el\\s+|le\\s+)?${f}`, 'u'));

/** The day the match of one of FORMS names, as YYYY-MM-DD; a day without a year is the next on or after `from`. */
function dayOf(form: number, m: RegExpExecArray, from: string): string | null {
  const year = Number(from.slice(0, 4));
  const pick = (y: string | undefined, mo: number, d: number): string | null => {
    if (mo === 0) return null;
    if (y !== undefined) return isoDay(Number(y), mo, d);
    const day = isoDay(year, mo, d);
    return day === null || day >= from ? day : isoDay(year + 1, mo, d);
  };
  if (form === 0)
    return m[1] !== undefined
      ? isoDay(Number(m[1]), Number(m[2]), Number(m[3]))
      : pick(m[6], Number(m[5]), Number(m[4]));
  if (form === 1) return pick(m[3], monthOf(m[2] as string), Number(m[1]));
  return pick(m[3], monthOf(m[1] as string), Number(m[2]));
}

/** The first day one of `res` names (FORMS' order); a global regex is read on past a match that is no day. */
function firstDay(res: readonly RegExp[], lower: string, from: string): string | null {
  for (let k = 0; k < res.length; k++) {
    const re = res[k] as RegExp;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.global ? re.exec(lower) : null) {
      const day = dayOf(k, m, from);
      if (day !== null) return day;
    }
  }
  return null;
}

/** Days from `from` (YYYY-MM-DD) to the next `weekday` (a WEEKDAYS name) on or after it: 0 to 6. */
export function daysToWeekday(weekday: string, from: string): number {
  const start = new Date(`${from}T00:00:00Z`).getUTCDay();
  return ((WEEKDAYS[weekday] ?? start) - start + 7) % 7;
}

/**
 * The end day a text states for what it describes ("40 % auf alle Sofas vom 1. bis 31. März 2027"), as
 * YYYY-MM-DD, or null. A day without a year is the next such day on or after `from` (YYYY-MM-DD).
 */
export function statedEnd(lower: string, from: string): string | null {
  return firstDay(AFTER_UNTIL, lower, from);
}

/** The day a text starts by naming ("Sonntag[, 14.3.]", "Sunday[ the 14th of March]"), or null. */
export function dayAtStart(lower: string, from: string): string | null {
  return firstDay(AT_START, lower, from);
}

const ANYWHERE = FORMS.map((f) => new RegExp(`(?<![\\p{L}\\p{N}])${f}`, 'gu'));
/** A weekday name as a word. */
export const WEEKDAY_WORD = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(WEEKDAYS).join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * The day a text names anywhere ("… is Sunday, 12 April", "se termine le 12 avril à minuit", "ends Sunday
 * at midnight"), as YYYY-MM-DD: a calendar day first, else a weekday (the next such day on or after
 * `from`, `from` itself included); null when it names none.
 */
export function namedDay(lower: string, from: string): string | null {
  const day = firstDay(ANYWHERE, lower, from);
  if (day !== null) return day;
  const weekday = WEEKDAY_WORD.exec(lower);
  if (weekday === null) return null;
  const ahead = daysToWeekday(weekday[0], from);
  return new Date(Date.parse(`${from}T00:00:00Z`) + ahead * 86_400_000).toISOString().slice(0, 10);
}

/** An end word before a day: "until", "thru", "ends", "by", "closes", "bis", "hasta", "jusqu'au"… */
const END_WORD =
  "(?<![\\p{L}])(?:until|till|thru|through|ends?|ending|by|expires?|hasta|termina|finaliza|acaba|vence|bis|endet|jusqu['’]au|jusqu['’]à|se termine|prend fin|expire|closes?|closing|cierra|schließt|ferme|fermeture)(?![\\p{L}])";

/**
 * One day (YYYY-MM-DD) as copy writes it after an end word: "thru 3/14", "until 14/03", "bis 14.3.", "until
 * March 14", "hasta el 14 de marzo". Only this day is sought, so "3/14" needs no guess at the order of day
 * and month. Another year written after it ("19 April 2027" for 2026) is another day.
 */
export function endWritten(day: string): RegExp {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const names = (MONTH_NAMES[mo - 1] ?? '').split(' ').join('|');
  const numeric = `0?${mo}/0?${d}|0?${d}[/.]0?${mo}\\.?|${day}`;
  const written = `0?${d}\\.?\\s+(?:de\\s+)?(?:${names})|(?:${names})\\.?\\s+0?${d}(?:st|nd|rd|th)?`;
  return new RegExp(
    `${END_WORD}[^.!?\\n]{0,20}?(?<![\\d/.])(?:${numeric}|${written})(?:[/.,]?\\s?(?:${y}|${y % 100}))?(?![\\d/])(?!\\p{L}*[/.,]?\\s?\\d{4})`,
    'u',
  );
}
