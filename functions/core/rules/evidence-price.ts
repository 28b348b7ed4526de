import type { Claim } from '../package-schema.ts';
import { monthOf } from './dates.ts';

/**
 * Price histories that contradict the pricing claim they are filed under, read by what they state, not by
 * phrase: the lowest price of the 30 days before the reduction below the reference price the claim shows,
 * or below what its percentage is counted from (Directive 98/6/EC Art. 6a(2); PAngV § 11; Code de la
 * consommation L112-1-1; CJEU C-330/23 Aldi Süd: a percentage reduction is counted from that low), and a
 * price raised within 30 days before the reduction or the free offer starts (FTC 16 CFR 233.1(a), 251.1(b)(2);
 * Commission guidance on Art. 6a: no raising the price before a reduction). Lowercase in, pure.
 */

/** A price figure: "$249", "£25", "49,95 €", "1,29 €/kg", "199 EUR", "1 299 €" (a space, U+00A0 or U+202F groups thousands). */
const PRICE =
  /[$£€]\s?((?<!\d)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d])|\d[\d,.]*\d|\d)|((?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d[\d,.]*\d|\d)\s?(?:€|eur(?:o|os)?(?![\p{L}])|\$|£)/gu;

/** "1,299", "1.299" and "1 299" are twelve hundred and ninety-nine; "1,29" is one twenty-nine. */
function figure(raw: string): number {
  return Number(
    raw
      .replace(/[ \u00a0\u202f]/gu, '')
      .replace(/[,.](?=\d{3}(?:\D|$))/gu, '')
      .replace(',', '.'),
  );
}

function prices(text: string): { value: number; at: number }[] {
  return [...text.matchAll(PRICE)].map((k) => ({ value: figure((k[1] ?? k[2]) as string), at: k.index }));
}

/** "lowest", "niedrigster", "Tiefstpreis", "más bajo", "mínimo", "le plus bas", "30-day low". */
const LOWEST =
  /(?<![\p{L}])(?:lowest|cheapest|niedrigst\p{L}*|günstigst\p{L}*|tiefst\p{L}*|\p{L}*tiefstpreis\p{L}*|m[aá]s baj[oa]|m[ií]nim[oa]|m[aá]s barat[oa]|plus bas|(?:30|thirty)[- ]day low)(?![\p{L}])/u;

/** Thirty days, as the rule counts them: "30 days", "thirty days", "30-Tage", "30 derniers jours", "treinta días". */
const THIRTY =
  /(?<![\p{L}\d])(?:30|thirty|drei(?:ß|ss)ig|treinta|trente)[\s-]?(?:(?:derniers|dernières|últimos|letzten)\s)?(?:days?|tag\p{L}*|d[ií]as|jours)(?![\p{L}])/u;

/** Another seller's price: "lowest competitor price in 30 days" is no history of the product's own price. */
const OTHER_SELLER =
  /(?<![\p{L}])(?:competitors?|competition|rivals?|elsewhere|market|other (?:stores|retailers|shops|sellers)|competencia|otr[oa]s (?:tiendas|comercios)|wettbewerb\p{L}*|konkurren\p{L}*|mitbewerber\p{L}*|concurren\p{L}*|autres (?:magasins|enseignes|vendeurs))(?![\p{L}])/u;

/** The clauses of a summary: split at ";" and at sentence ends (not at a decimal point). */
const clauses = (summary: string) => summary.split(/;|(?<!(?:^|\D)\d{1,2})\.(?=\s|$)|\n/u);

/** A price introduced as today's: "today's €199", "now €199", "heute 199 €", "aujourd'hui", "ahora", "hoy". */
const TODAY = /(?<![\p{L}])(?:today(?:['’]s)?|now|heute|aujourd['’]hui|ahora|hoy)\s(?:\p{L}+\s)?[$£€]?$/u;
/** The low stated after its label: "lowest price … was $99", "… : 119 €", "war", "était", "fue". */
const STATED = /(?:^|[^\p{L}])(?:was|is|war|lag|betrug|ist|était|est|fue|es)(?![\p{L}])|:/u;

/**
 * The lowest price of the 30 days before the reduction, as a summary labels it, in a clause that also counts
 * thirty days: the price after the "lowest" phrase when it states one ("lowest price … was $99", ": 119 €"),
 * else the nearest on either side ("€229 was the lowest price in the last 30 days"); never a price introduced
 * as today's ("against today's €199").
 */
export function thirtyDayLow(summary: string): number | null {
  for (const clause of clauses(summary)) {
    const low = LOWEST.exec(clause);
    if (low === null || !THIRTY.test(clause) || OTHER_SELLER.test(clause)) continue;
    const lowEnd = low.index + low[0].length;
    const all = prices(clause).filter((p) => !TODAY.test(clause.slice(Math.max(0, p.at - 20), p.at)));
    const after = all.find((p) => p.at >= low.index);
    const before = all.filter((p) => p.at < low.index).at(-1);
    if (after !== undefined && (before === undefined || STATED.test(clause.slice(lowEnd, after.at))))
      return after.value;
    const found =
      after !== undefined && before !== undefined
        ? after.at - lowEnd < low.index - before.at
          ? after
          : before
        : (after ?? before);
    if (found !== undefined) return found.value;
  }
  return null;
}

/** A reduction stated in percent: "-23 %", "(−34 %)", "40% off", "save 40%", "25 % günstiger", "remise de 20 %". */
const PERCENT_OFF =
  /(?:^|[^\p{L}\d])[-−–]\s?(\d+(?:[.,]\d+)?)\s?%|(\d+(?:[.,]\d+)?)\s?%\s?(?:off|less|rabatt|günstiger|billiger|reduziert|de (?:descuento|réduction|remise)|dto|menos|moins cher)|(?:save|saving|spare|sparen|économisez|ahorra|remise de|réduction de|descuento del?|rabatt von)\s(?:up to |un |una |el |bis zu )?(\d+(?:[.,]\d+)?)\s?%/u;

/** The claim's prices once a saving (a figure that is the difference of two others: "Sie sparen 60 €") is left out. */
function statedPrices(text: string): number[] {
  const all = prices(text)
    .map((p) => p.value)
    .slice(0, 12);
  return all.filter(
    (p) => !all.some((a) => all.some((b) => a !== p && b !== p && Math.abs(a - b - p) < 0.005)),
  );
}

/**
 * The claim shows a reference price above the 30-day low on file, or a percentage larger than the
 * reduction from that low to the claim's new price.
 */
function aboveThirtyDayLow(text: string, summary: string): boolean {
  const low = thirtyDayLow(summary);
  if (low === null) return false;
  const stated = statedPrices(text);
  if (stated.length >= 2 && Math.max(...stated) > low + 0.005) return true;
  const pct = PERCENT_OFF.exec(text);
  if (pct === null || stated.length === 0) return false;
  const claimed = Number((pct[1] ?? pct[2] ?? pct[3] ?? '').replace(',', '.'));
  const now = Math.min(...stated);
  // The percentage rounds: "-23 %" of a 1,69 € → 1,29 € cut is 23.7 %; one point either way is rounding.
  return claimed > ((low - now) / low) * 100 + 1;
}

/** A price raised: "raised to $179", "auf 89 € erhöht", "angehoben", "subida a 16 €", "augmenté à", "relevée à". */
const RAISE =
  /(?<![\p{L}])(?:raised|increased|hiked|put up|went up|rose(?!\s(?:gold|pink|quartz|water|wine|red|garden)(?![\p{L}]))|erhöht|angehoben|heraufgesetzt|gestiegen|sub(?:ida|ido|ió)|aumentad[oa]|aument[oó]|augmenté\p{L}{0,2}|relevé\p{L}{0,2}|rehauss\p{L}*)(?![\p{L}])/u;
const NEGATED = /(?:no|not|never|sin|ohne|keine?|sans|aucune?|nunca|jamais|nicht)\s(?:\p{L}+\s)?$/u;

/** Dates as summaries write them: 2027-02-05, 05.02.2027, 05/02/2027 (02/20/2027 in the US), 5 February 2027, 5. Februar 2027, 5 de febrero de 2027. */
const NUMERIC_DATE = /(\d{4})-(\d{2})-(\d{2})|(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/gu;
const WORD_DATE = /(?<!\d)(\d{1,2})(?:\.|er|st|nd|rd|th)?\s(?:de\s)?(\p{L}+)\.?\s(?:de\s)?(\d{4})(?!\d)/gu;

/**
 * Every date of a text as days since the epoch, with where it stands. A slashed date is month first when
 * it cannot be day first (02/20/2026) or the text prices in dollars; a month word counts only if it is one.
 */
function dates(text: string): { day: number; at: number }[] {
  const out: { day: number; at: number; end: number }[] = [];
  const us = text.includes('$');
  const push = (y: number, m: number, d: number, at: number, end: number) => {
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31)
      out.push({ day: Date.UTC(y, m - 1, d) / 86_400_000, at, end });
  };
  for (const k of text.matchAll(NUMERIC_DATE)) {
    const end = k.index + k[0].length;
    if (k[1] !== undefined) push(Number(k[1]), Number(k[2]), Number(k[3]), k.index, end);
    else {
      const [a, b] = [Number(k[4]), Number(k[5])];
      const monthFirst = k[0].includes('/') && a <= 12 && (b > 12 || us);
      push(Number(k[6]), monthFirst ? a : b, monthFirst ? b : a, k.index, end);
    }
  }
  for (const k of text.matchAll(WORD_DATE)) {
    const end = k.index + k[0].length;
    if (out.some((d) => d.at < end && k.index < d.end)) continue;
    push(Number(k[3]), monthOf(k[2] as string), Number(k[1]), k.index, end);
  }
  return out.sort((x, y) => x.at - y.at);
}

/** A claim that announces a reduction, a sale or a free offer: a reference price, a percentage or amount off, a multi-buy. */
const ANNOUNCES =
  /(?<![\p{L}])(?:was|now|sale|reduced|save|off|statt|jetzt|nur|reduziert|aktion|sparen|gratis|free|bogof?|half price|au lieu de|soldes|promo\p{L}*|offert\p{L}*|réduit\p{L}*|remise|antes|ahora|rebaj\p{L}*|oferta|descuento|\d\s?x\s?\d|\d for \d|1 acheté)(?![\p{L}])/u;
/** The start of the reduction, sale or free offer a summary dates. */
const SALE_START =
  /(?<![\p{L}])(?:sale|promotion|promo|offer|discount|bogof?|aktion\p{L}*|angebot|rabatt|reduzierung|rebaja|oferta|descuento|promoción|\d\s?x\s?\d|offre|soldes|réduction|remise)(?![\p{L}])/u;

/**
 * A clause that raises a price (it states one) on a date, and the start of the reduction or the offer (the
 * first date of a later clause that names it) no more than 30 days after it.
 */
function raisedShortlyBefore(claim: string, summary: string): boolean {
  if (!ANNOUNCES.test(claim) && PERCENT_OFF.exec(claim) === null) return false;
  const all = dates(summary);
  const spans: [number, number, string][] = [];
  let offset = 0;
  for (const clause of clauses(summary)) {
    spans.push([offset, offset + clause.length, clause]);
    offset += clause.length + 1;
  }
  const within = (at: number, [from, to]: [number, number, string]) => at >= from && at < to;
  for (const span of spans) {
    const clause = span[2];
    const raise = RAISE.exec(clause);
    if (raise === null || NEGATED.test(clause.slice(Math.max(0, raise.index - 20), raise.index))) continue;
    if (prices(clause).length === 0) continue;
    const raisedOn = all.find((d) => within(d.at, span));
    if (raisedOn === undefined) continue;
    for (const sale of spans) {
      const word = SALE_START.exec(sale[2]);
      if (word === null) continue;
      const startsOn = all.find(
        (d) => within(d.at, sale) && d.at >= sale[0] + word.index && d.at > raisedOn.at,
      );
      if (startsOn === undefined) continue;
      const gap = startsOn.day - raisedOn.day;
      if (gap > 0 && gap <= 30) return true;
    }
  }
  return false;
}

/** Whether a pricing claim's price history on file says the claim's reduction or offer is not what it seems. */
export function priceHistoryAgainst(claim: Claim, summary: string | undefined): boolean {
  if (summary === undefined || claim.category !== 'pricing') return false;
  const s = summary.toLowerCase();
  const text = claim.text.toLowerCase();
  return aboveThirtyDayLow(text, s) || raisedShortlyBefore(text, s);
}
