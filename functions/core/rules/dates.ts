/** Calendar words of the copy's languages (en, es, de, fr), read as data: no clock, no locale. */

/** Month of a month name (en, es, de, fr) by its first letters; 0 when the text names none. */
const MONTHS: readonly [string, number][] = [
  ['jan', 1],
  ['jän', 1],
  ['ene', 1],
  ['feb', 2],
  ['fév', 2],
  ['mar', 3],
  ['mär', 3],
  ['apr', 4],
  ['abr', 4],
  ['avr', 4],
  ['may', 5],
  ['mai', 5],
  ['juin', 6],
  ['jun', 6],
  ['juil', 7],
  ['jul', 7],
  ['aug', 8],
  ['ago', 8],
  ['aoû', 8],
  ['sep', 9],
  ['set', 9],
  ['oct', 10],
  ['okt', 10],
  ['nov', 11],
  ['dec', 12],
  ['dez', 12],
  ['dic', 12],
  ['déc', 12],
];
export function monthOf(text: string): number {
  const word = /\p{L}{3,}/u.exec(text)?.[0] ?? '';
  for (const [prefix, month] of MONTHS) if (word.startsWith(prefix)) return month;
  return 0;
}

/** The day a month name and numbers make, as YYYY-MM-DD, or null when it is no calendar day. */
function isoDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

const UNTIL =
  "(?<![\\p{L}])(?:until|till|through|thru|to|bis(?: zum| einschließlich)?|hasta(?: el)?|al|jusqu['’]au|au|–|-)";
/** "bis 31. März 2027", "hasta el 31 de marzo", "jusqu'au 31 mars", "until 31 March". */
const DAY_MONTH = new RegExp(
  `${UNTIL}\\s+(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,})\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?`,
  'u',
);
/** "until March 31, 2027", "through Sunday, March 31". */
const MONTH_DAY = new RegExp(
  `${UNTIL}\\s+(?:\\p{L}+,?\\s+)?(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d.])(?:,?\\s+(\\d{4}))?`,
  'u',
);
/** "bis 31.03.2027", "au 31.03." and ISO days. */
const NUMERIC = new RegExp(
  `${UNTIL}\\s*(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?)`,
  'u',
);

/**
 * The end day a text states for what it describes ("40 % auf alle Sofas vom 1. bis 31. März 2027"), as
 * YYYY-MM-DD, or null. A day without a year is the next such day on or after `from` (YYYY-MM-DD).
 */
export function statedEnd(lower: string, from: string): string | null {
  const year = Number(from.slice(0, 4));
  const pick = (y: string | undefined, m: number, d: number): string | null => {
    if (y !== undefined) return isoDay(Number(y), m, d);
    const day = isoDay(year, m, d);
    return day === null || day >= from ? day : isoDay(year + 1, m, d);
  };
  const n = NUMERIC.exec(lower);
  if (n !== null)
    return n[1] !== undefined
      ? isoDay(Number(n[1]), Number(n[2]), Number(n[3]))
      : pick(n[6], Number(n[5]), Number(n[4]));
  const dm = DAY_MONTH.exec(lower);
  if (dm !== null && monthOf(dm[2] as string) > 0)
    return pick(dm[3], monthOf(dm[2] as string), Number(dm[1]));
  const md = MONTH_DAY.exec(lower);
  if (md !== null && monthOf(md[1] as string) > 0)
    return pick(md[3], monthOf(md[1] as string), Number(md[2]));
  return null;
}
