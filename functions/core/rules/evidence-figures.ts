import type { Claim } from '../package-schema.ts';

/**
 * Figures, periods and sides an evidence summary states, read against its claim (FTC Policy Statement on
 * Advertising Substantiation: the evidence must support the specific claim made; SEC Rule 206(4)-1(d):
 * the period shown; Directive 2006/114/EC Art. 4(b): like with like). Lowercase text; pure.
 */

const num = (raw: string) => Number(raw.replace(',', '.'));

/** Durations and multiples: "40 hours", "48h", "15 Minuten", "3x", "1,8-mal", "twice", "el doble". */
const UNITS: readonly [string, RegExp][] = [
  ['h', /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?-?(?:h|hrs?|hours?|std\.?|stunden|horas?|heures?)(?![\p{L}])/gu],
  ['min', /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?-?(?:mins?|minutes?|minuten|minutos?)(?![\p{L}])/gu],
  ['x', /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(?:x|×|-?mal|times|fois|veces)(?![\p{L}])/gu],
];
const TWICE = /(?<![\p{L}])(?:twice|doppelt|zweimal|el doble|doble|deux fois)(?![\p{L}])/u;
/** "in 15 minutes", "unter 10 Minuten", "en moins de 10 minutes": less is the promise. */
const AT_MOST =
  /(?:^|[^\p{L}])(?:in|within|under|in (?:only|just)|less than|en|dans|en (?:solo|sólo|menos de|moins de)|binnen|innerhalb(?: von)?|unter|in nur|weniger als|moins de|menos de)\s*$/u;

/** "30 minutes or less", "20 Minuten oder weniger", "30 minutos como máximo": a bound written after it. */
const AT_MOST_AFTER =
  /^\s*(?:or (?:less|under|fewer)|at most|max(?:imum)?(?![\p{L}])|tops(?![\p{L}])|o menos|como máximo|oder weniger|höchstens|maximal|ou moins|au maximum|au plus)/u;

interface Stated {
  value: number;
  atMost: boolean;
}

function stated(text: string, unit: string, re: RegExp, withContext: boolean): Stated[] {
  const out = [...text.matchAll(re)].map((k) => ({
    value: num(k[1] as string),
    atMost:
      withContext &&
      (AT_MOST.test(text.slice(Math.max(0, (k.index ?? 0) - 25), k.index)) ||
        AT_MOST_AFTER.test(text.slice((k.index ?? 0) + k[0].length, (k.index ?? 0) + k[0].length + 25))),
  }));
  if (unit === 'x' && TWICE.test(text)) out.push({ value: 2, atMost: false });
  return out;
}

/** A measured figure backs the claim's at its side: no less than it claims, or no more for "in 15 minutes". */
function backs(c: Stated, m: number): boolean {
  if (Math.abs(m - c.value) <= c.value * 0.03) return true;
  return c.atMost ? m < c.value : m > c.value;
}

/**
 * The claim states hours, minutes or a multiple, the summaries state figures of the same unit, and none
 * of them backs any of the claim's (31 hours for "up to 40 hours", 1.4 times for "twice as absorbent").
 */
export function otherFigure(text: string, summaries: string): boolean {
  for (const [unit, re] of UNITS) {
    const claimed = stated(text, unit, re, true);
    if (claimed.length === 0) continue;
    const measured = stated(summaries, unit, re, false).map((s) => s.value);
    if (measured.length === 0) continue;
    if (!claimed.some((c) => measured.some((m) => backs(c, m)))) return true;
  }
  return false;
}

/** A dose as written: "600 mg", "0,5 mg", "1 000 mg", "2.000 IE", "2,5 g", "250 µg". */
const DOSE =
  /(?<![\p{L}\d.,])(\d{1,3}(?:[ .,]\d{3})+|\d+(?:[.,]\d+)?)\s?(mg|g|µg|mcg|iu|ie|ui)(?![\p{L}\d])/giu;
const PER_MG: Readonly<Record<string, number>> = { mg: 1, g: 1000, µg: 0.001, mcg: 0.001 };

function dosesIn(s: string): { mass: number[]; units: number[] } {
  const out = { mass: [] as number[], units: [] as number[] };
  for (const k of s.matchAll(DOSE)) {
    const raw = k[1] as string;
    const value = /^\d{1,3}(?:[ .,]\d{3})+$/u.test(raw) ? Number(raw.replace(/[ .,]/gu, '')) : num(raw);
    const unit = (k[2] as string).toLowerCase();
    const per = PER_MG[unit];
    if (per === undefined) out.units.push(value);
    else out.mass.push(value * per);
  }
  return out;
}

/**
 * The product's dose is under every dose its evidence studied ("125 mg gummies" on a 600 mg trial): the
 * result is the studied dose's, not the product's (FTC Health Products Compliance Guidance, 2022).
 */
export function lowerDose(text: string, summaries: string): boolean {
  const [c, m] = [dosesIn(text), dosesIn(summaries)];
  const under = (claimed: number[], studied: number[]) =>
    claimed.length > 0 && studied.length > 0 && Math.min(...studied) > Math.max(...claimed) * 1.1;
  return under(c.mass, m.mass) || under(c.units, m.units);
}

/** Calendar years, with spans read out: "2015-2024" is every year between. */
const YEAR = /(?<![\d.,])((?:19|20)\d\d)(?:\s?(?:-|–|to|bis|a|à|al)\s?((?:19|20)\d\d))?(?![\d])/gu;
function years(s: string): Set<number> {
  const out = new Set<number>();
  for (const k of s.matchAll(YEAR)) {
    const from = Number(k[1]);
    const to = k[2] === undefined ? from : Math.min(Number(k[2]), from + 60);
    for (let y = from; y <= to; y++) out.add(y);
  }
  return out;
}
const SPAN_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  five: 5,
  ten: 10,
  uno: 1,
  un: 1,
  dos: 2,
  tres: 3,
  cinco: 5,
  diez: 10,
  ein: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  fünf: 5,
  zehn: 10,
  deux: 2,
  trois: 3,
  cinq: 5,
  dix: 10,
};
/** A span of years a return is stated over: "over 5 years", "5-year", "a 10 años", "sur 3 ans". */
const SPAN = new RegExp(
  `(?<![\\p{L}\\d.,])(\\d{1,2}|${Object.keys(SPAN_WORDS).join('|')})[\\s-]?(?:years?|jahre?n?|años|ans?)(?![\\p{L}])`,
  'gu',
);
function spans(s: string): Set<number> {
  return new Set([...s.matchAll(SPAN)].map((k) => SPAN_WORDS[k[1] as string] ?? Number(k[1])));
}

/** The evidence ends before the claim's year ("of 2025" on 2023 data), or states other spans of years. */
export function otherPeriod(text: string, summary: string, finance: boolean): boolean {
  // Data from before the claim's year cannot show it; a report dated after it may well cover it.
  const [cy, sy] = [years(text), years(summary)];
  if (cy.size > 0 && sy.size > 0 && Math.max(...sy) < Math.min(...cy)) return true;
  if (!finance) return false;
  const [cs, ss] = [spans(text), spans(summary)];
  return cs.size > 0 && ss.size > 0 && ![...cs].some((n) => ss.has(n));
}

/** "Condition: at least 15 % NRV", "mindestens 15 %", "al menos un 15 %": a floor, not a result. */
const FLOOR =
  /(?:at least|minimum(?: of)?|min\.|no less than|≥|mindestens|wenigstens|al menos|como mínimo|mínimo|au moins|au minimum|minimum de)\s+(?:[^\d%.;\n]{0,40}?)(\d+(?:[.,]\d+)?)\s?%/giu;
const PERCENT = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?%/gu;

function floorsIn(summaries: string): number[] {
  return [...summaries.matchAll(FLOOR)].map((k) => num(k[1] as string));
}
const claimedPercents = (text: string) => [...text.matchAll(PERCENT)].map((k) => num(k[1] as string));

/** "10 % NRV", "15 % del VRN", "25 % des VNR", "40 % recycled": a percentage and what it is a share of. */
const SHARE_OF =
  /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?%\s+(?:(?:of|the|de|del|des|du|der|die|of the|de la|de l['’])\s+)*([\p{L}]+)/giu;
function sharesOf(s: string): [number, string][] {
  return [...s.matchAll(SHARE_OF)].map((k) => [num(k[1] as string), (k[2] as string).toLowerCase()]);
}

/**
 * Every percentage the summaries state is a floor the claim's figures meet ("107 % NRV" on "at least 15 %
 * NRV"): the evidence states a condition, not another result.
 */
export function meetsFloors(claim: Claim): boolean {
  const summaries = claim.evidence.map((e) => e.summary ?? '').join('\n');
  const floors = floorsIn(summaries);
  if (floors.length === 0 || [...summaries.matchAll(PERCENT)].length > floors.length) return false;
  const claimed = claimedPercents(claim.text);
  return claimed.length > 0 && claimed.every((c) => floors.every((f) => c >= f));
}

/** A nutrient-reference share ("15 % NRV", "VRN", "VNR", "NRW"), or a floor set as a condition of use. */
const NRV = /^(?:nrvs?|vrn|vnr|nrw)$/u;
const CONDITION =
  /(?<![\p{L}])(?:condition\p{L}*|bedingung\p{L}*|condici[oó]n\p{L}*|voraussetzung\p{L}*)(?![\p{L}])[^.;\n]*$/iu;

/**
 * A claimed share under the floor its evidence sets for the same measure ("10 % NRV" where 15 % NRV is due).
 * Only a legal floor counts: an "at least 50 % recycled" result is met by a more modest claim.
 */
export function belowFloor(text: string, summaries: string): boolean {
  const floors = [...summaries.matchAll(FLOOR)].flatMap((k) =>
    sharesOf(summaries.slice(k.index + k[0].lastIndexOf(k[1] as string)))
      .slice(0, 1)
      .filter(([, of]) => NRV.test(of) || CONDITION.test(summaries.slice(0, k.index))),
  );
  if (floors.length === 0) return false;
  return sharesOf(text).some(([c, of]) => floors.some(([f, fof]) => fof === of && c < f));
}

/**
 * The design of a trial ("randomised controlled", "random sample of 1,000 adults") is no sign of made-up
 * figures: those words are taken out before a summary is read for cues that contradict the claim.
 */
const TRIAL_DESIGN =
  /(?<![\p{L}])(?:randomi[sz]ed|random(?:ly)? (?:sample[sd]?|selected|selection|allocated|assigned)|muestra aleatoria|aleatoriamente seleccionad[oa]s|zuf[aä]llig (?:ausgew[aä]hlt\p{L}*|zugeteilt\p{L}*)|zufallsstichprobe|[ée]chantillon al[ée]atoire|tir[ée]s? au sort)(?![\p{L}])/giu;
/**
 * A lab method that simulates use ("800 km of simulated wear", "simulated sunlight") or an effect that
 * persists for a time is a test, not a made-up figure, for a claim of a tested kind (not general or pricing).
 */
const TEST_METHOD =
  /(?<![\p{L}])(?:simulated (?:use|usage|wear|conditions|rain|sunlight|daylight|sweat|washing|wash(?:es)?|ageing|aging|weathering|driving|walking|running|km|kilometres|kilometers|miles|cycles|environment|altitude|load|impact|drops?|saliva|skin|gastric|digestion|sebum|sea ?water|abrasion)|persists? (?:for|up to|over|after|beyond|through))(?![\p{L}])/giu;
const blank = (m: string) => ' '.repeat(m.length);
export function withoutTrialDesign(summary: string | undefined, timing: boolean): string | undefined {
  const out = summary?.replace(TRIAL_DESIGN, blank);
  return timing ? out : out?.replace(TEST_METHOD, blank);
}

/** Tier names: the brand's own levels. */
const TIER =
  /(?<![\p{L}-])(?:basic|standard|premium|plus|max|ultra|lite|light|mini|classic|classique|clásic[oa]|family|familie\p{L}*|familiar|famille|single|duo|student|estudiante|étudiant|studenten\p{L}*)(?![\p{L}-])/giu;
/** A side that is the advertiser's own offer. */
const OURS = /(?<![\p{L}])(?:our|ours|unser\p{L}*|nuestr[oa]s?|notre|nos)(?![\p{L}])/iu;
/** The summary says the two offers are otherwise the same. */
const SAME =
  /(?<![\p{L}])(?:same|identical|equivalent|gleiche[nrs]?|dieselbe[n]?|mism[oa]s?|idéntic[oa]s?|mêmes?|identiques?)(?![\p{L}])/iu;
const AFTER_OFFER =
  /,?\s(?:as (?:shown|seen|advertised|stated)|according to|source:|see |per (?:their|its|the) )/iu;
/** Sides a comparison sets against each other. */
const SIDE =
  /(?<![\p{L}])(?:vs\.?|versus|compared (?:to|with)|contre|frente a|gegenüber|im vergleich zu)(?![\p{L}])/iu;
/** "both ad-free", "jeweils ohne Rabatt": what follows is said of both sides. */
const BOTH =
  /(?<![\p{L}])(?:both|each|beide|jeweils|ambos|ambas|cada uno|les deux|tous deux|chacun)(?![\p{L}])/iu;
/**
 * What makes two offers unlike (another tier, size or product line), by kind. A feature one side names and
 * the other lacks (ads, a bundle, off-peak hours) is unlike; a level or a material only when both name one.
 */
const KINDS: readonly [RegExp, boolean][] = [
  [
    /(?<![\p{L}-])(?:with ads|con anuncios|mit werbung|avec pub\p{L}*|ad-free|ad-supported|sin anuncios|werbefrei|sans pub\p{L}*)(?![\p{L}-])/giu,
    true,
  ],
  [/(?<![\p{L}-])(?:off-peak|valle|heures creuses|nebenzeit\p{L}*)(?![\p{L}-])/giu, true],
  [
    /(?<![\p{L}-])(?:bundle|paquete|paket|tv|landline|ligne fixe|festnetz|línea fija|teléfono fijo|d[ée]codeur|decoder)(?![\p{L}-])/giu,
    true,
  ],
  [TIER, false],
  [
    /(?<![\p{L}-])(?:particle ?board|chipboard|mdf|solid (?:oak|wood|pine|beech)|oak|spanplatte|massiv\p{L}*|eiche|buche|aglomerado|roble|madera maciza|aggloméré|chêne|massif|hêtre)(?![\p{L}-])/giu,
    false,
  ],
];
const HEADS = /(?<![\p{L}\d])(\d+)\s?(?:personen|people|persons|personas|personnes|pers\.)(?![\p{L}])/giu;

const words = (s: string, re: RegExp) => new Set([...s.matchAll(re)].map((k) => k[0].toLowerCase()));

/** Two offers a summary sets side by side differ in a tier, feature, material or number of people. */
function sidesDiffer(left: string, right: string, brandTiers: boolean): boolean {
  for (const [re, oneSided] of KINDS) {
    // A tier name is the brand's own: "our Plus plan" against a rival's "standard plan", "same 4K streaming
    // and 4 screens", is no other tier.
    if (re === TIER && brandTiers) continue;
    const [l, r] = [words(left, re), words(right, re)];
    if (l.size === 0 && r.size === 0) continue;
    if (l.size === 0 || r.size === 0) {
      if (oneSided) return true;
      continue;
    }
    if (![...l].some((w) => r.has(w))) return true;
  }
  const [lh, rh] = [[...left.matchAll(HEADS)].map((k) => k[1]), [...right.matchAll(HEADS)].map((k) => k[1])];
  return lh.length > 0 && rh.length > 0 && lh.join() !== rh.join();
}

/**
 * A summary that sets two offers side by side, and they differ ("Basic with ads $5.99 vs Premium $24.99",
 * "4 Personen vs. 2 Personen", particle board against solid oak).
 */
export function unlikeSides(summary: string): boolean {
  const m = SIDE.exec(summary);
  if (m === null) return false;
  const before = summary.slice(0, m.index);
  const starts = [...before.matchAll(/[.!?;]\s|\n/gu)];
  const left = before.slice(starts.length > 0 ? (starts[starts.length - 1]?.index ?? 0) + 1 : 0);
  let right = summary.slice(m.index + m[0].length);
  const end = right.search(/\.(?:\s|$)|;|\n/u);
  if (end >= 0) right = right.slice(0, end);
  // What follows the offer ("as shown in their TV ad", "according to …") is not part of it.
  const aside = AFTER_OFFER.exec(right);
  if (aside !== null) right = right.slice(0, aside.index);
  const same = right;
  const both = BOTH.exec(right);
  if (both !== null) right = right.slice(0, both.index);
  return sidesDiffer(left, right, OURS.test(left) !== OURS.test(right) && SAME.test(same));
}

/** A price as written: "$75", "44,99 €", "£30.00". */
const MONEY =
  /[$£€]\s?(\d+(?:[.,]\d{1,2})?)(?![\d])|(?<![\d.,])(\d+(?:[.,]\d{1,2})?)\s?(?:€|eur\b|euros?\b)/giu;
const moneyIn = (s: string) => [...s.matchAll(MONEY)].map((k) => num((k[1] ?? k[2]) as string));
const BUNDLED = KINDS[2]?.[0] as RegExp;

/** "Lumeo Box Max: fibre, TV and landline, 44.99": the rival price the claim quotes is a bundle's. */
export function quotedBundle(text: string, summary: string): boolean {
  if (words(text, BUNDLED).size > 0) return false;
  const quoted = moneyIn(text);
  if (quoted.length === 0) return false;
  for (const whole of summary.split(/\.(?:\s|$)|;|\n/u)) {
    const aside = AFTER_OFFER.exec(whole);
    const clause = aside === null ? whole : whole.slice(0, aside.index);
    if (words(clause, BUNDLED).size > 0 && moneyIn(clause).some((p) => quoted.includes(p))) return true;
  }
  return false;
}
