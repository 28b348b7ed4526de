import type { Claim } from '../package-schema.ts';
import { thirtyDayLow } from './evidence-price.ts';

/**
 * Evidence that contradicts its own claim: the summary on file says the countdown restarts per visit,
 * the stock badge is a fixed template, the "was" price never sold, or it counts more stock than the
 * copy's "only 3 left". A reviewer reads the summary and stops the claim (UCPD Annex I no. 7; FTC
 * 16 CFR 233.1); these are the phrasings of such summaries in English, Spanish, German and French.
 * Lowercase, run on lowercased text; pure.
 */
const CUES =
  /(?<![\p{L}\p{N}_])(?:random(?:ly|ized|ised)?|at random|aleatori[oa]s?|zuf[aä]llig\w*|al[eé]atoire\w*|simulated|fake|dummy|made[- ]up|not real|invented|erfunden|ficticio|fictif|(?<!(?:paid|awarded|won|guaranteed) )(?:regardless|irrespective) of(?! (?:ticket |entry )?sales| the number of (?:tickets|entries|players))|whatever the (?:actual )?(?:stock|inventory|date|demand)|unabh[aä]ngig vo[mn]|independientemente de|quel que soit|fixed (?:template|text|number|value)|static (?:text|badge|banner|number|value)|hard-?cod(?:ed|es|ing)|no (?:close|closing|end|expiry) date|(?:open|available|runs?) (?:all )?year[- ]round|(?:to|for) (?:each|every) new (?:lead|visitor|subscriber|sign-?up)|fest (?:im|in der|als) (?:template|vorlage)|fest hinterlegt|fest codiert|plantilla fija|texto fijo|modèle fixe|texte fixe|codée? en dur|default (?:text|value)|always (?:shows?|displays?|says|reads)|(?:shown|displayed|appears) on (?:all|every)|on (?:all|every) (?:product|page|listing)s?|(?:restarts?|resets?|restarted|regenerated|reloads?) (?:at|for|on|with|each|every|when)|per (?:session|visit|visitor|page load)|(?:each|every) (?:visit|visitor|page load|session|refresh)|no (?:end date|deadline|expiry date)|never ends|evergreen|sin fecha de fin|ohne enddatum|sans date de fin|not (?:connected|tied|linked) to|nicht (?:verbunden|gekoppelt) mit|no est[aá] (?:conectad|vinculad)\w*|sans lien avec|never (?:sold|offered|charged)|(?:listed|offered|priced|shown) at [$£€]?\s?\d+(?:[.,]\d+)? (?:for|during) (?:only )?(?:one|two|three|a few|\d+) (?:days?|hours?)|(?:raised|increased|hiked) to [$£€]\s?\d+|(?<!(?:not|never|n['’]t) )(?:price (?:was )?)?(?:raised|increased|hiked) (?:just |right |a day |the day )?before|factory seconds|irregulars|b-stock|no (?:retailer|seller|dealer|store) (?:has )?(?:sold|charged|sells)|kein händler|ningún (?:vendedor|comercio)|aucun (?:revendeur|vendeur)|with no sales|no (?:units|items) sold|nie (?:verkauft|angeboten)|nunca se vendi[oó]|jamais vendu|not (?:actually )?(?:limited|scarce)|unlimited (?:stock|supply|availability)|(?:ample|plenty of|sufficient) (?:stock|inventory|supply|availability)|no (?:expiry|expiration)|persist(?:s|ent)?|(?:never|do(?:es)? not|don['’]t) expire|no expiran?|n['’]expire (?:pas|jamais)|not (?:true|accurate|verified|tested|measured)|unverified|no (?:data|records?|evidence|survey|study|tests?|measurements?) (?:of|for|that|was|were|has|have|exists?|on file)|no (?:survey|study|test) (?:was |has been )?(?:done|conducted|run|carried out)|(?:internal|rough|marketing) (?:guess|estimate)|made up|placeholder (?:figure|number|value)|never (?:happened|existed|tested|measured)|(?:based|relies) on (?:a single|one|only (?:one|two|three|\d+)) (?:customer|review|user|person|anecdote)|keine (?:daten|erhebung|studie|messung)|nicht (?:belegt|gemessen|geprüft)|sin (?:datos|estudio|medición)|no (?:verificad|comprobad)[oa]|aucune (?:donnée|étude|mesure)|non (?:vérifié|mesuré)e?)(?![\p{L}\p{N}_])/u;

/** A one-off promise ("today only", "final hours", "price goes up tomorrow")... */
const ONE_OFF =
  /(?<![\p{L}\p{N}_])(?:today only|only today|one day only|(?:this )?weekend only|ends (?:tonight|today|at midnight|midnight|this)|final (?:hours|day|call)|last (?:chance|day|call)|(?:24|48) hours only|won['’]t be back|never again|goes up tomorrow|going up|will (?:increase|rise|go up)|expires? in|nur heute|heute|letzte chance|letzter tag|nur noch heute|solo hoy|s[oó]lo por hoy|[uú]ltimo d[ií]a|[uú]ltima oportunidad|aujourd['’]hui seulement|seulement aujourd['’]hui|dernier jour|derni[eè]res? (?:heures|chance)|last chance|ends (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|this weekend|soon)|ending soon|limited[- ]time|for \d+ (?:hours|days) only|flash sale|this week only|(?:24|48|72)[- ]hour (?:sale|offer|deal)|nur (?:bis|noch) (?:sonntag|morgen)|solo (?:hasta|este fin)|jusqu['’]à dimanche seulement|(?:termina|acaba|finaliza|se acaba) (?:hoy|esta noche|a (?:la )?medianoche)|hasta hoy|[uú]ltimas horas|endet (?:heute|um mitternacht)|nur bis heute|letzte stunden|(?:se termine|prend fin) (?:aujourd['’]hui|ce soir|à minuit)|jusqu['’]à (?:ce soir|minuit)|derni[eè]res heures)(?![\p{L}\p{N}_])/u;

/** A claim that prices rise: "prices rise on 1 March", "Preise steigen", "les prix augmentent", "suben los precios". */
const RISE =
  /(?<![\p{L}])(?:prices? (?:rise|rises|increase|increases|go(?:es)? up)|price (?:rise|increase)|preise steigen|preiserh[oö]hung|prix augmentent|hausse des prix|(?:suben|subirán) (?:los )?precios|subida de precios)(?![\p{L}])/u;

/** A summary saying no price rise is planned: it contradicts a deadline or a rise, not a price ("the regular $17.50"). */
const NO_RISE =
  /(?<![\p{L}\p{N}_])(?:no (?:price )?(?:increase|rise|change|expiry|expiration) (?:is |was )?(?:scheduled|planned|booked|foreseen)|keine (?:preis)?erh[oö]hung|aucune hausse|no (?:hay|est[aá]) (?:prevista|previsto|planificad[oa]) (?:ninguna )?subida)(?![\p{L}\p{N}_])/u;

/**
 * ...that the evidence shows recurring: daily, relaunched every Monday, extended, the same offer again,
 * or followed by a "new" offer on the same terms (CMA urgency letter, 2023: substantially the same deal).
 */
const RECURRING =
  /(?<![\p{L}\p{N}_])(?:daily|every ?day|each day|every (?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|each (?:week|month)|weekly|relaunch(?:ed|es)?|re-?launch(?:ed|es)?|re-?run|extended|extension|again|repeat(?:s|ed)?|recurring|renew(?:s|ed)|same (?:offer|discount|sale|deal|price|promotion|promo)|identical|(?:starts|begins) (?:the )?(?:next|following) day|t[aä]glich|jeden tag|w[oö]chentlich|verl[aä]ngert|wiederholt|cada d[ií]a|diariamente|cada semana|prorrogad[oa]|de nuevo|tous les jours|chaque (?:jour|semaine)|prolong[ée]e?|renouvel[ée]e?|[àa] nouveau|(?:runs?|running|continues?|continuing|available|valid|on sale|scheduled) (?:until|through|to|till|into) (?:(?:the )?end of |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d)|permanent(?:ly)?|(?:has|have) (?:run|been running|been on sale|been live|been available) (?:since|for)|(?:all|the whole|the entire) (?:of \d{4}|year|month|season)|fixed at [$£€]\s?\d+|(?:same|identical) (?:[\p{L}%-]+ ){0,2}(?:terms|offer|discount|sale|deal|price|promotion|products?|items?)|weekly ["“]?last chance|all year|year-round|ongoing|everyday (?:low )?price|standard price|regular price since|has been (?:running|on sale|at this price|live) since|läuft bis|dauerhaft|todo el año|permanente|toute l['’]année|en permanence|(?:followed|replaced|succeeded) by|(?:next|new|another|following) (?:[\p{L}-]+ )?(?:sale|offer|promotion|promo|deal|event) (?:starts|begins|opens|launches|runs)|(?:\d+ ?%|[$£€]\s?\d+) off (?:the )?same|seguid[oa] (?:de|por)|sustituid[oa] por|(?:nueva|otra) (?:oferta|promoción|rebaja) (?:empieza|comienza)|gefolgt von|abgelöst (?:von|durch)|(?:neue|nächste) (?:aktion|rabattaktion) (?:startet|beginnt)|suivie? (?:de|par)|remplacée? par|(?:nouvelle|prochaine) (?:offre|promotion|vente) (?:commence|démarre))(?![\p{L}\p{N}_])/u;

/** "only 3 left", "plus que 3", "nur noch 3", "quedan 3": the count a scarcity claim states. */
const SCARCITY_COUNT =
  /(?:only|just|last|plus que|il ne reste (?:plus )?que|nur noch|noch|(?:s[oó]lo )?quedan|[uú]ltim[oa]s)\s+(\d+)|(\d+)\s+(?:left|remaining)/u;

/** A count of stock in an evidence summary: "640 units", "40 chambres disponibles", "12 Zimmer". */
const STOCK_COUNT =
  /(\d[\d,.]*)\s+(?:[\p{L}-]+\s+){0,2}?(?:units?|items?|pieces?|rooms?|seats?|tickets?|places?|spots?|in stock|available|disponibles?|verf[uü]gbar|unidades|habitaciones|plazas|chambres|st[uü]ck|zimmer|pl[aä]tze)(?![\p{L}])/gu;

/** A scarcity claim against evidence of no limit at all. */
const NO_LIMIT =
  /(?<![\p{L}])(?:unlimited|no (?:cap|limit|maximum)|ohne \p{L}*begrenzung|sin l[ií]mite de \p{L}+|sans limite de \p{L}+|not (?:capped|limited)|unbegrenzt|unbeschr[aä]nkt|keine begrenzung|illimit[ée]e?s?|sans limite|ilimitad[oa]s?|sin l[ií]mite)/u;

/**
 * An unqualified recyclable, compostable or bio-based claim whose evidence shows a share under 60 %:
 * the Green Guides (16 CFR 260.12(b)) require a qualifier when facilities reach less than a
 * substantial majority, and 260.3 a clear statement of how much of a product a claim covers.
 */
const GREEN_CLAIM =
  /(?<![\p{L}])(?:recyclable|recycelbar|reciclable|compostable|kompostierbar|biodegradable|biodégradable|plant[- ]based|bio[- ]?based|d'origine végétale|pflanzenbasiert|recycled|recycelt|reciclad[oa]|recyclé)/u;
const SHARE = /(\d+(?:[.,]\d+)?)\s?%/gu;

/** "1,200" and "1.200" are twelve hundred; "2,5" is two and a half. */
function countOf(raw: string): number {
  return Number(raw.replace(/[,.](?=\d{3}(?:\D|$))/gu, '').replace(',', '.'));
}

/** A countdown in a claim: "ends when the timer hits zero", "cuenta atrás", "Countdown", "compte à rebours". */
const TIMER =
  /(?<![\p{L}])(?:timer|countdown|count-down|cuenta atr[aá]s|temporizador|compte [aà] rebours|minuteur)/u;

/**
 * Does the claim state a deadline or a stock count (what urgency rules are about)? `holds` is the rulebook's
 * hold on a clock ("your discount is reserved for 15:00 minutes", "reservado durante 10 minutos").
 */
export function statesTimingOrStock(claim: Claim, holds?: RegExp): boolean {
  const text = claim.text.toLowerCase();
  return ONE_OFF.test(text) || SCARCITY_COUNT.test(text) || TIMER.test(text) || holds?.test(text) === true;
}

const PERCENT_OFF = /(\d+)\s?%/u;

/** The claim's discount ("40%") stated twice in the summary: the ending offer and its successor. */
function offeredAgain(text: string, summary: string): boolean {
  const m = PERCENT_OFF.exec(text);
  if (m === null) return false;
  const re = new RegExp(`(?<![\\d.,])${m[1]}\\s?%`, 'gu');
  return (summary.match(re)?.length ?? 0) >= 2;
}

/**
 * A claim that sets a price against an earlier one: "was $249, now $129", "UVP 199 €", "au lieu de 199 €",
 * "129 € → 77,40 €".
 */
const REFERENCE =
  /→|(?<![\p{L}])(?:was|were|compare at|compared to|reg(?:ular(?:ly)?)?\.?|usually|normally|originally|formerly|previously|rrp|list price|antes|precio (?:anterior|original|habitual)|pvp|statt|uvp|vorher|sonst|regulär|ursprünglich|au lieu de|prix (?:barré|initial|normal|de référence)|ancien prix|habituellement|barr[ée]e?|durchgestrichen|tachado)(?![\p{L}])/u;

/** A price figure: "$249", "£25", "49,95 €", "199 EUR". */
const PRICE = /[$£€]\s?(\d[\d,.]*\d|\d)|(\d[\d,.]*\d|\d)\s?(?:€|eur(?:o|os)?\b|\$|£)/gu;

/** The figure of a PRICE match, whichever side its currency stands. */
const priceOf = (k: RegExpExecArray): number => countOf((k[1] ?? k[2]) as string);
/** Two prices are one when they differ by less than half a cent. */
const samePrice = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;
/** A summary's clauses: split at ";", at sentence ends and at line breaks. */
const clausesOf = (summary: string): string[] => summary.split(/;|\.(?=\s|$)|\n/u);

function pricesIn(text: string): number[] {
  return [...text.matchAll(PRICE)].map(priceOf);
}

/**
 * The price history on file shows the product sold between the new price and the reference price before
 * the reduction: the reference is not the lowest prior price (Directive 98/6/EC Art. 6a) nor the price it
 * genuinely sold at for a substantial period (FTC 16 CFR 233.1).
 */
function soldBelowReference(text: string, summary: string): boolean {
  if (!REFERENCE.test(text)) return false;
  // A claim states a few prices; reading at most 12 bounds the pairs below on a hostile one.
  const all = pricesIn(text).slice(0, 12);
  // "was $449, now $329, save $120": a figure that is the difference of two before it is the saving.
  const saving = (p: number, k: number) =>
    all.some((a, i) => i < k && all.some((b, j) => j < k && samePrice(a - b, p)));
  const stated = all.filter((p, k) => !saving(p, k));
  if (stated.length < 2) return false;
  // The reference is the figure its word introduces ("au lieu de 11,50 €", "was $449"), not a dearer one
  // beside it ("la carte 10 séances à 82 €"); without one, the highest figure.
  const cue = REFERENCE.exec(text) as RegExpExecArray;
  const after =
    cue[0] === '→'
      ? null
      : /^\s?:?\s?[$£€]?\s?(\d[\d,.]*\d|\d)\s?(?:€|eur|\$|£)?/u.exec(text.slice(cue.index + cue[0].length));
  const named = after === null ? null : countOf(after[1] as string);
  const was = named !== null && stated.includes(named) ? named : Math.max(...stated);
  const now = Math.min(...stated);
  // "-30 % donne 314,30 €, arrondi à 314 €": a figure within half a unit of a whole new price is that price,
  // worked out; £1.40 against a new £0.60 is an earlier price, not the new one rounded.
  const worked = (p: number) => Number.isInteger(now) && Math.abs(p - now) < 0.5;
  const between = ownPricesIn(summary).filter((p) => p > now && p < was && !worked(p));
  // Two tariffs in force ("prix public actuel 25 €" beside a member price): unless a price between is dated
  // or sold before, then the reference is a price just raised over the one that ran.
  if (between.length === 0 || (chargedNow(summary, was) && !between.some((p) => formerIn(summary, p))))
    return false;
  // Successive markdowns (Code de la consommation L112-1-1; Art. 6a(5)): the reference is the 30-day low
  // before the first markdown, and the prices between are the earlier markdowns of the same operation.
  const low = thirtyDayLow(summary);
  const marked = markdownsIn(summary);
  return low === null || !samePrice(low, was) || !between.every((p) => marked.some((m) => samePrice(m, p)));
}

/** Today's price: "today's public price €25", "prix public actuel : 25 €", "tarif en vigueur", "precio vigente". */
const CURRENT =
  /(?<![\p{L}])(?:today(?:['’]s)?|now|current(?:ly)?|heute|derzeit\p{L}*|aktuell\p{L}*|aujourd['’]hui|actuel\p{L}*|en vigueur|ahora|hoy|actual(?:es|mente)?|vigente\p{L}*|en vigor|in force)(?![\p{L}])/u;
/** After the figure, "now" introduces the next price ("$449, now $329"): only words that qualify it count. */
const CURRENT_AFTER =
  /^[^\p{L}]{0,3}(?:\p{L}+ ){0,2}?(?:today|current(?:ly)?|heute|derzeit\p{L}*|aktuell\p{L}*|aujourd['’]hui|actuel\p{L}*|en vigueur|hoy|actual(?:es|mente)?|vigente\p{L}*|en vigor|in force)(?![\p{L}])/u;

/**
 * Does the summary state the reference price as one charged today ("today's public price €25" beside a
 * member price): a current price of another tariff, not a former one, so prices between are other tariffs.
 * The cue stands before the figure with no other price between, or right after it ("11,50 € en vigueur").
 */
function chargedNow(summary: string, price: number): boolean {
  for (const clause of clausesOf(summary)) {
    const found = [...clause.matchAll(PRICE)];
    for (const [i, k] of found.entries()) {
      if (!samePrice(priceOf(k), price)) continue;
      const prev = found[i - 1];
      const from = Math.max(0, k.index - 40, prev === undefined ? 0 : prev.index + prev[0].length);
      const end = k.index + k[0].length;
      const next = found[i + 1]?.index ?? clause.length;
      if (
        CURRENT.test(clause.slice(from, k.index)) ||
        CURRENT_AFTER.test(clause.slice(end, Math.min(next, end + 25)))
      )
        return true;
    }
  }
  return false;
}

/** A clause that dates its price or says it was sold: "22 € du 01/09/2025 au 28/02", "sold at $399 in 2025". */
const FORMER =
  /(?<![\p{L}])(?:sold|charged|previous(?:ly)?|formerly|until|vendu\p{L}{0,2}|factur\p{L}{0,3}|précédemment|jusqu['’]\p{L}{0,2}|vendid[oa]s?|anteriormente|hasta|verkauft|vorher|bisher|bis)(?![\p{L}])|\d{1,2}[/.]\d{1,2}|(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/** Is `price` stated in a clause of the summary that dates it or says it was sold (a former price)? */
function formerIn(summary: string, price: number): boolean {
  return clausesOf(summary).some(
    (clause) => FORMER.test(clause) && pricesIn(clause).some((p) => samePrice(p, price)),
  );
}

/** A price stated as a markdown: "95,20 € (-20 %)", "reduced to £80", "2e démarque à 71,40 €", "rebajado a 60 €". */
const MARKDOWN_AFTER = /^\s?\(?\s?[-−–]\s?\d+(?:[.,]\d+)?\s?%/u;
const MARKDOWN_BEFORE =
  /(?<![\p{L}])(?:mark(?:ed)?[- ]?down|reduced to|cut to|démarque|réduit\p{L}{0,2} à|ramené\p{L}{0,2} à|soldé\p{L}{0,2} à|rebajad[oa]s? a|reducid[oa]s? a|reduziert auf|gesenkt auf|herabgesetzt auf)[^;\n]{0,25}$/u;

function markdownsIn(summary: string): number[] {
  return [...summary.matchAll(PRICE)]
    .filter((k) => {
      const end = k.index + k[0].length;
      return (
        MARKDOWN_AFTER.test(summary.slice(end, end + 12)) ||
        MARKDOWN_BEFORE.test(summary.slice(Math.max(0, k.index - 40), k.index))
      );
    })
    .map(priceOf);
}

/** A price another seller charges: "competitor average $180", "precio de la competencia". */
const OTHER_PRICE =
  /(?<![\p{L}])(?:competitors?|competition|rivals?|market (?:average|price)|other (?:stores|retailers|shops|sellers|brands)|elsewhere|otr[oa]s (?:tiendas|comercios|vendedores|marcas)|andere[nr]? (?:händler|anbieter|shops)|autres (?:magasins|enseignes|vendeurs|marques)|competencia|wettbewerb\p{L}*|konkurren\p{L}*|concurren\p{L}*)(?![\p{L}])/u;

/**
 * The prices of a summary that are the product's own history: in each clause (split at ";" and at
 * sentence ends), those before any mention of another seller. Requiring an own-price label ("sold at",
 * "listed at") instead missed histories written without one on blind round-5 cases, so the competitor's
 * figure is what is left out, not the clause: "sold at $149, the same as competitors" keeps its $149.
 */
function ownPricesIn(summary: string): number[] {
  const prices: number[] = [];
  for (const clause of clausesOf(summary)) {
    const other = OTHER_PRICE.exec(clause);
    prices.push(...pricesIn(other === null ? clause : clause.slice(0, other.index)));
  }
  return prices;
}

/** How a summary says a price was charged (`sold`) and what makes one no recent selling price (`not`). */
export interface PriceHistory {
  sold: RegExp;
  not: RegExp;
}

/** The prices of a clause written right after a selling-price cue ("regular £649", "sold at 199 €"). */
function soldPricesIn(clause: string, history: PriceHistory): number[] {
  return [...clause.matchAll(PRICE)]
    .filter((k) => history.sold.test(clause.slice(Math.max(0, (k.index ?? 0) - 30), k.index)))
    .map(priceOf);
}

/**
 * Does an evidence summary record `price` as one the product itself sold at ("regular £649 since Sept 2026"),
 * and say nothing that contradicts a claim (a price "never charged")? Price history on file for a reference
 * price (FTC 16 CFR 233.1; Directive 98/6/EC Art. 6a). With `history`, the price needs a selling-price cue
 * before it in a clause that does not make it a former or no selling price ("until March 2023", "insurance
 * value £649"): a recent price actually charged.
 */
export function ownPriceOnFile(summary: string, price: number, history?: PriceHistory): boolean {
  const s = summary.toLowerCase();
  if (CUES.test(s)) return false;
  const same = (p: number) => samePrice(p, price);
  if (history === undefined) return ownPricesIn(s).some(same);
  return clausesOf(s).some((clause) => !history.not.test(clause) && soldPricesIn(clause, history).some(same));
}

/** A percentage as written: "98%", "37 %", "4,1 %", "12.5%". */
const PERCENT = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?%/gu;
/** A span of percentages: "0-100%", "20 – 80 %", "12% to 30%", "de 10 à 20 %". */
const PERCENT_RANGE = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?%?\s?(?:-|–|—|to|bis|à|a)\s?(\d+(?:[.,]\d+)?)\s?%/gu;
/** A test condition: "at 60 % brightness", "at 25 °C and 60 %", "bei 50 % Last", "à 20 % d'humidité". */
const PERCENT_CONDITION =
  /(?<![\p{L}])(?:at|under|with|bei|mit|unter|à|a|avec|sous|al|con)\s+(?:[^%.;\n]{0,30}?\s)?(\d+(?:[.,]\d+)?)\s?%/giu;
/** "nearly 50 %", "fast 50 %", "près de 50 %", "casi el 50 %": the claim rounds up, a little. */
const NEARLY =
  /(?:nearly|almost|close to|fast|knapp|beinahe|près de|presque|casi|cerca del?)\s+(?:el\s+|la\s+)?$/iu;

const num = (raw: string) => Number(raw.replace(',', '.'));

function percentsIn(text: string): number[] {
  return [...text.matchAll(PERCENT)].map((k) => num(k[1] as string));
}

/** The summaries' percentages: results stated alone, and those that only back (spans, test conditions). */
function measuredPercents(summaries: string): { alone: number[]; ends: number[] } {
  const ends = [...summaries.matchAll(PERCENT_RANGE)].flatMap((k) => [
    num(k[1] as string),
    num(k[2] as string),
  ]);
  const rest = summaries.replace(PERCENT_RANGE, ' ');
  ends.push(...[...rest.matchAll(PERCENT_CONDITION)].map((k) => num(k[1] as string)));
  return { alone: percentsIn(rest.replace(PERCENT_CONDITION, ' ')), ends };
}

interface Claimed {
  value: number;
  /** Decimals the claim states: "4.4 %" is read to one decimal, "99.9 %" to one, "98 %" to none. */
  decimals: number;
  nearly: boolean;
}

function claimedPercents(text: string): Claimed[] {
  return [...text.matchAll(PERCENT)].map((k) => {
    const raw = k[1] as string;
    return {
      value: num(raw),
      decimals: raw.split(/[.,]/u)[1]?.length ?? 0,
      nearly: NEARLY.test(text.slice(Math.max(0, (k.index ?? 0) - 20), k.index)),
    };
  });
}

/**
 * The summary's figure backs the claim's when they agree at the claim's precision (4.4 % is not 3.6 %,
 * 99.9 % is not 99.5 %), when a whole-number claim rounds it down to a 5 or 10, or when "nearly" rounds it up.
 */
function backsFigure(c: Claimed, measured: number): boolean {
  const at = 10 ** c.decimals;
  if (Math.round(measured * at) === Math.round(c.value * at)) return true;
  if (c.nearly) return measured < c.value && c.value - measured <= 5;
  if (c.decimals > 0) return false;
  return (
    c.value < measured &&
    (c.value === Math.floor(measured / 5) * 5 || c.value === Math.floor(measured / 10) * 10)
  );
}

const COMPARES =
  /(?<![\p{L}])(?:more|less|than|vs\.?|versus|mehr|weniger|als|plus|moins|que|más|menos)(?![\p{L}])/u;
const SIDE_BY_SIDE =
  /(?<![\p{L}])(?:vs\.?|versus|compared (?:to|with)|against|gegenüber|im vergleich zu|frente a|comparado con|contre|par rapport à)(?![\p{L}])/iu;

/** "71 % vs 63.4 %" measures a rise of 12 % (and 8 points): what "12 % more" claims of two results. */
function relatives(figures: readonly number[]): number[] {
  const out: number[] = [];
  for (const a of figures) for (const b of figures) if (a > b && b > 0) out.push(((a - b) / b) * 100, a - b);
  return out;
}

/**
 * The claim states percentages and its evidence summaries state results in percent, none of them the
 * claim's: the evidence measured something else (81 % against a claimed 98 %, a return rate for "falls
 * asleep 37 % faster"). Substantiation must support the specific claim made (FTC Policy Statement on
 * Advertising Substantiation). Spans ("charged 0-100 %") and test conditions ("at 60 % brightness") can
 * back a figure but are not judged alone. Prices are left out: a discount is computed from prices.
 */
export function figureNotStated(claim: Claim): boolean {
  if (claim.category === 'pricing') return false;
  const summaries = claim.evidence.map((e) => e.summary ?? '').join('\n');
  const { alone, ends } = measuredPercents(summaries);
  if (alone.length === 0) return false;
  // A rise between two results set side by side ("71 % vs 63.4 %") is what "12 % more" claims.
  const paired = COMPARES.test(claim.text.toLowerCase()) && SIDE_BY_SIDE.test(summaries);
  const measured = [...alone, ...ends, ...(paired ? relatives(alone) : [])];
  // One figure on file is enough: the claim's others may be its conditions (a fee, a period).
  const claimed = claimedPercents(claim.text);
  return claimed.length > 0 && !claimed.some((c) => measured.some((m) => backsFigure(c, m)));
}

/** Whether an evidence summary contradicts the claim it is filed under. */
export function contradicts(claim: Claim, summary: string | undefined): boolean {
  if (summary === undefined) return false;
  const s = summary.toLowerCase();
  if (CUES.test(s)) return true;
  const text = claim.text.toLowerCase();
  if ((ONE_OFF.test(text) || RISE.test(text)) && NO_RISE.test(s)) return true;
  if (ONE_OFF.test(text) && (RECURRING.test(s) || offeredAgain(text, s))) return true;
  if (soldBelowReference(text, s)) return true;
  if (GREEN_CLAIM.test(text) && !text.includes('%')) {
    for (const k of s.matchAll(SHARE)) if (Number((k[1] as string).replace(',', '.')) < 60) return true;
  }
  const m = SCARCITY_COUNT.exec(text);
  if (m === null) return false;
  if (NO_LIMIT.test(s)) return true;
  const stated = Number(m[1] ?? m[2]);
  for (const k of s.matchAll(STOCK_COUNT)) if (countOf(k[1] as string) > stated) return true;
  return false;
}
