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
 * Stock wording without a count still says how much is left, roughly (UCPD Annex I no. 7; CMA urgency letter:
 * "only 5 left" with no shortage): "a few", "the last units", "wenige", "pocas", "derniers exemplaires" say a
 * handful; "almost gone", "nearly sold out", "running low", "se agota", "s'épuise", "before they're gone" (and
 * "before it's too late", said of stock) say little is left. A recorded stock far above that (ten times a
 * handful; hundreds) makes the wording false.
 * Words about the pace of sales ("selling fast") or an edition ("limited edition") say no amount: null.
 */
const HANDFUL =
  /(?<![\p{L}])(?:(?:a |the )?(?:last |final )?few|handful|last (?:units|pieces|pairs|items|ones|bottles|boxes|seats|tickets|spots|places)|wenige\p{L}*|letzte[n]? (?:exemplare|stücke?|paare|plätze)|pocas|pocos|[uú]ltim[oa]s (?:unidades|plazas|entradas|piezas|existencias|tallas)|quelques|derni(?:ers|ères) (?:pièces|exemplaires|places|articles|unités|paires))(?![\p{L}])/u;
const NEARLY_OUT =
  /(?<![\p{L}])(?:(?:almost|nearly|practically|virtually|fast|casi|pr[aá]cticamente|presque|bientôt) (?:gone|sold out|wiped out|cleared out|out of stock|ausverkauft|vergriffen|weg|agotad[oa]s?|épuisé\p{L}*|parti\p{L}*)|low stock|stock(?:s)? (?:is |are )?(?:running )?low|running (?:low|out)|wiped out|disappearing|vanishing|dwindling|before (?:they['’]re|it['’]s) (?:gone|history)|before it['’]?s too late|antes de que sea tarde|avant qu['’]il ne soit trop tard|geht zur neige|gehen zur neige|agot\p{L}*|épuis\p{L}*|weg sind|vergriffen)(?![\p{L}])/u;

export function impliedCeiling(phrase: string): number | null {
  const lower = phrase.toLowerCase();
  if (HANDFUL.test(lower)) return 50;
  if (NEARLY_OUT.test(lower)) return 500;
  return null;
}

/**
 * Who is counted, not what is left: people viewing, buying or holding it in a cart ("23 personas están viendo
 * este hotel", "12 bought in the last hour", "Marie de Lyon vient de réserver"). A recorded stock says how much
 * the offer can sell, not how many people want it, so it backs no such claim (CMA urgency letter, 2023).
 */
const ACTIVITY =
  /(?<![\p{L}])(?:people|others|shoppers|visitors|customers|users|buyers|guests|travell?ers|of you|viewing|watching|browsing|looking at|eyeing|carts?|baskets?|bought|booked|purchased|ordered|bookings|orders|times|personas|usuari[oa]s|clientes|compradores|viajeros|huéspedes|visitantes|vosotr[oa]s|ustedes|viendo|mirando|consultando|carrito|cesta|comprad[oa]s?|reservad[oa]s?|reservas|pedidos|veces|personen|leute|nutzer\p{L}*|kund(?:en|innen)|käufer\p{L}*|besucher\p{L}*|interessent\p{L}*|reisende\p{L}*|gäste|von euch|sehen|schauen|betrachten|warenk\p{L}*|gekauft|gebucht|bestellt|buchungen|bestellungen|mal|personnes|clients|utilisat(?:eurs|rices)|acheteu(?:rs|ses)|voyageurs|visiteurs|d['’]entre vous|regardent|consultent|panier|achet\p{L}*|réserv(?:é|ée|és|ées|er)|commandé\p{L}*|réservations|commandes|fois)(?![\p{L}])/u;

/**
 * Does the brief's offer record (ADR 0023) back a deadline or a stock claim of the copy? An end date not
 * before launch backs an undated deadline (`urgency.offer-facts` reports one that puts the end sooner); a
 * recorded unit count backs a stock count no lower than it, and stock words without a count ("selling
 * fast") unless the record counts far more than they imply (`impliedCeiling`), and never a count of people
 * (`ACTIVITY`). Never when the record shows the pressure false (a countdown that restarts, terms that run again).
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
    if (typeof o.stock !== 'number' || ACTIVITY.test(phrase.toLowerCase())) return false;
    const count = COUNT.exec(phrase)?.[0];
    if (count === undefined) return o.stock <= (impliedCeiling(phrase) ?? Number.POSITIVE_INFINITY);
    // The bound may stand just before the match: "fewer than [50 seats left]".
    return UPPER_BOUND.test(`${before.slice(-12)} ${phrase}`.toLowerCase())
      ? o.stock < unitCount(count)
      : unitCount(count) <= o.stock;
  }
  if (o.repeats === true || o.ends === undefined || o.ends === 'no-end-date') return false;
  return daysFrom(pkg.deadlines.launch, o.ends) >= 0;
}
