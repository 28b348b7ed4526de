import type { CheckParams } from '../../rulebook.ts';
import { ownPriceOnFile } from '../contradiction.ts';
import { monthOf } from '../dates.ts';
import { innerMap } from '../memo.ts';
import { recordBacks } from '../offer-record.ts';
import { eachMatch, paramRegex } from '../regex.ts';
import { contradicted, lowerOf, type PackageView, substantiated, type TextSite } from '../view.ts';
import { copyPattern, reads, reportSpan } from './reading.ts';
import { figureValue, notReference, PRICE_FIGURE, statedBasis } from './reference-basis.ts';
import { sentenceOf } from './sentences.ts';
import type { CheckFamily } from './types.ts';

/**
 * Deadlines, stock counts and reference prices (UCPD Annex I no. 7; Directive 98/6/EC Art. 6a; FTC 16 CFR
 * 233.1; CMA urgency guidance): what a reviewer asks is whether the package substantiates the claim, not
 * which words it uses. A claim on file with current evidence covers it; a deadline stated with its date
 * is a checkable end; a time idiom ("the clock is ticking") is pressure only in copy that offers terms.
 */

/** The lowercased copy of the channel plan `s` belongs to (one message: subject and body, headline and text). */
export function planCopy(view: PackageView, s: TextSite): string {
  const i = Number(s.pointer.split('/')[2]);
  return (view.pkg.channels[i]?.deliverables ?? []).map((d) => d.copy.toLowerCase()).join('\n');
}

/**
 * Is a date (a match of `dated`) on or after the day the package was submitted? Time enters as data, never
 * the clock: a date with no year is the next such day, so only a stated year can put it in the past.
 */
function notPast(date: string, submittedAt: string): boolean {
  const iso = /(\d{4})-(\d{2})-(\d{2})/u.exec(date);
  const numeric = /(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})/u.exec(date);
  const named = /(\d{4})/u.exec(date);
  let ymd: [number, number, number];
  if (iso !== null) ymd = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric !== null) {
    const y = Number(numeric[3]);
    ymd = [y < 100 ? 2000 + y : y, Number(numeric[2]), Number(numeric[1])];
  } else if (named !== null) {
    ymd = [Number(named[1]), monthOf(date), Number(/(?<!\d)(\d{1,2})(?!\d)/u.exec(date)?.[1] ?? 0)];
  } else return true;
  const sub = [1, 2, 3].map((k) => Number(submittedAt.split(/[-T]/u)[k - 1]));
  for (let k = 0; k < 3; k++) {
    const [a, b] = [ymd[k] as number, sub[k] as number];
    if (a === 0 || a !== b) return a === 0 || a > b;
  }
  return true;
}

/** Is the date (a match of `dated`) in the match `k` of `text` not past? A year may follow it ("3 May 2001"). */
function notPastIn(dated: string | undefined, text: string, k: RegExpExecArray, submittedAt: string) {
  const date = dated === undefined ? null : paramRegex(dated).exec(k[0]);
  if (date === null) return true;
  const end = k.index + date.index + date[0].length;
  const year = /^,? ?(\d{4})(?!\d)/u.exec(text.slice(end, end + 7))?.[1] ?? '';
  return notPast(`${date[0]} ${year}`, submittedAt);
}

/**
 * Does `text` hold a match of `source` whose date (a match of `dated`) is not before submission, and that
 * no shipping, delivery or returns word just before introduces ("ships from 12 May")?
 */
function currentDate(
  source: string,
  dated: string | undefined,
  text: string,
  submittedAt: string,
  logistics?: string,
) {
  const re = paramRegex(source, 'gu');
  re.lastIndex = 0;
  for (let k = re.exec(text); k !== null; k = re.exec(text)) {
    const before = text.slice(Math.max(0, k.index - 30), k.index);
    const shipping = logistics !== undefined && paramRegex(logistics).test(before);
    if (!shipping && notPastIn(dated, text, k, submittedAt)) return k;
    if (k[0].length === 0) re.lastIndex++;
  }
  return null;
}

/** Is an end date in the plan's copy one of shipping or returns ("free gift wrap until 20 December")? */
function shippingEnd(p: CheckParams<'commerce-claim'>, plan: string, k: RegExpExecArray): boolean {
  return (
    p.logistics !== undefined &&
    paramRegex(p.logistics).test(plan.slice(Math.max(0, k.index - 30), k.index + 1))
  );
}

/** Does a sentence offer terms, once "free" tied to shipping, gift wrap or returns is set aside? */
function offers(p: CheckParams<'commerce-claim'>, sentence: string): boolean {
  if (p.offer === undefined) return true;
  const rest = p.logistics === undefined ? sentence : sentence.replace(paramRegex(p.logistics, 'gu'), ' ');
  return paramRegex(p.offer).test(rest);
}

/** Does a sentence announce a closing for good ("our Leeds store closes for good on …")? */
function closes(p: CheckParams<'commerce-claim'>, sentence: string): boolean {
  return p.closing !== undefined && paramRegex(p.closing).test(sentence);
}

// Whether a message states a current end date for an offer depends on the message, not on the match:
// read once per message and rule, so copy repeating a deadline is not re-read for each repetition.
const PLAN_ENDS = new WeakMap<PackageView, Map<CheckParams<'commerce-claim'>, Map<string, boolean>>>();
function planStatesEnd(p: CheckParams<'commerce-claim'>, view: PackageView, s: TextSite): boolean {
  const endsOn = p.endsOn as string;
  const key = s.pointer.split('/')[2] as string;
  const known = innerMap(innerMap(PLAN_ENDS, view), p);
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let found = false;
  const plan = planCopy(view, s);
  const re = paramRegex(endsOn, 'gu');
  re.lastIndex = 0;
  for (let k = re.exec(plan); k !== null && !found; k = re.exec(plan)) {
    if (k[0].length === 0) re.lastIndex++;
    if (!notPastIn(p.dated, plan, k, view.pkg.submittedAt)) continue;
    const where = sentenceOf(plan, k.index, k.index + k[0].length);
    // A shop's dated closing for good ends whatever the message presses for, though it names no offer.
    found = !shippingEnd(p, plan, k) && (offers(p, where) || closes(p, where));
  }
  known.set(key, found);
  return found;
}

/** Is a match a claim (its sentence has what the claim needs) that the package leaves without a dated end? */
function unsupported(p: CheckParams<'commerce-claim'>, view: PackageView, s: TextSite, m: RegExpExecArray) {
  const sentence = sentenceOf(lowerOf(s), m.index, m.index + m[0].length);
  if (p.needs !== undefined && !paramRegex(p.needs).test(sentence)) return false;
  if (p.oneTime !== undefined && paramRegex(p.oneTime).test(sentence)) return false;
  if (p.logistics !== undefined && deliveryCutOff(p.logistics, lowerOf(s), m, p.ordering)) return false;
  const at = view.pkg.submittedAt;
  if (p.dated !== undefined && currentDate(p.dated, p.dated, sentence, at, p.logistics) !== null)
    return false;
  if (p.recorded !== undefined && recordBacks(view.pkg, p.recorded, m[0])) return false;
  // "Before it's too late" for an edition the brief records as limited: the end it means is selling out.
  if (p.sellOut !== undefined && paramRegex(p.sellOut).test(m[0]) && recordBacks(view.pkg, 'stock', m[0]))
    return false;
  if (p.endsOn !== undefined) {
    // An end date counts in the deadline's own sentence, or in a sentence of the message naming an offer
    // ("The sale runs until 31 March 2027"), not in a shipping cut-off or a founding date elsewhere.
    if (currentDate(p.endsOn, p.dated, sentence, at, p.logistics) !== null) return false;
    if (planStatesEnd(p, view, s)) return false;
  }
  if (p.idioms !== undefined && p.offer !== undefined && paramRegex(p.idioms).test(m[0])) {
    if (!paramRegex(p.offer).test(planCopy(view, s))) return false;
  }
  // "99 % of limescale gone in 5 minutes": what goes is the sentence's subject, an offer only if it names one.
  if (p.inSentence !== undefined && p.offer !== undefined && paramRegex(p.inSentence).test(m[0])) {
    if (!paramRegex(p.offer).test(sentence)) return false;
  }
  return true;
}

/**
 * "Plus que quelques jours pour une livraison samedi": a delivery cut-off, when the deadline's object (after
 * "for", within two words, and an `ordering` verb: "to order for") is the delivery itself and no offer,
 * percentage or price follows.
 */
function deliveryCutOff(logistics: string, lower: string, m: RegExpExecArray, ordering?: string): boolean {
  const end = m.index + m[0].length;
  const tail = lower.slice(end, end + 60);
  const stop = tail.search(/[.!?;:\n]/u);
  const after = stop < 0 ? tail : tail.slice(0, stop);
  if (
    /free|gratis|gratuit|offert|kostenlos|%|[$£€]|\d\s?(?:eur|euros?)\b|sale|soldes|rebajas|angebot|rabatt|remise|descuento/u.test(
      after,
    )
  )
    return false;
  // "Last day to order for Easter delivery": an ordering verb may come between the deadline and its "for".
  const verb = ordering === undefined ? '' : `(?:(?:${ordering})\\s+)?`;
  return paramRegex(`^\\s*${verb}(?:pour|for|para|für)\\s+(?:\\S+\\s+){0,2}?(?:${logistics})`, 'u').test(
    after,
  );
}

/** Does a `logistics` word (shipping, delivery, returns) come before [start, end) in its sentence, within 60 characters? */
export function afterShippingWord(logistics: string, lower: string, start: number, end: number): boolean {
  const sentence = sentenceOf(lower, start, end);
  const at = sentence.indexOf(lower.slice(start, end));
  return at > 0 && paramRegex(logistics).test(sentence.slice(Math.max(0, at - 60), at));
}

/**
 * A reduction in words: "-30 %", "30% off", "save 24%", "25 % less", "half price", "30 % de descuento",
 * "20 % menos", "30 % Rabatt", "zum halben Preis", "moitié prix", "now", "jetzt", "ahora", "maintenant".
 */
const REDUCTION =
  /-\s?\d+(?:[.,]\d+)?\s?%|\d\s?%\s?(?:off|less|de (?:descuento|réduction|remise|moins)|dto|menos|rabatt|weniger|günstiger|reduziert)|(?<![\p{L}])(?:save|saving|half price|now|ahora|jetzt|maintenant|mitad de precio|a mitad|halben preis|moitié prix|ahorra|spare|économisez)(?![\p{L}])/u;

/** Does the text (one deliverable) state a second price or a reduction beside a list price? */
function twoPrices(lower: string): boolean {
  return [...lower.matchAll(PRICE_FIGURE)].length >= 2 || REDUCTION.test(lower);
}

/**
 * Is the match backed by a claim with evidence? A price claim (one that `needs` a figure) is backed only by
 * a claim stating it: its phrase, or its reference price (the sentence's highest figure) as a price. A cited
 * "free shipping over $129" says nothing of "was $249, now $129". Other claims are also backed by any cited evidenced claim of their
 * categories.
 */
function covered(
  p: CheckParams<'commerce-claim'>,
  view: PackageView,
  s: TextSite,
  lower: string,
  m: RegExpExecArray,
) {
  if (p.needs === undefined) return substantiated(view, s, m[0], p.categories);
  if (substantiated(view, s, m[0], undefined)) return true;
  if (s.claimRefs === undefined || p.categories === undefined) return false;
  const sentence = sentenceOf(lower, m.index, m.index + m[0].length);
  // The reference ("was") price is the sentence's highest figure: a claim stating only the new price
  // says nothing of what was charged before.
  const reference = Math.max(
    ...[...sentence.matchAll(PRICE_FIGURE)].map((k) => figureValue(k[1] ?? k[2] ?? k[3] ?? '')),
  );
  for (const ref of s.claimRefs) {
    const cat = view.backedCategory.get(ref);
    if (cat === undefined || !p.categories.includes(cat)) continue;
    const claim = view.pkg.claims.find((c) => c.id === ref);
    // Only a price the claim states counts: "rated by 249 buyers" states no "$249".
    for (const k of claim?.text.toLowerCase().matchAll(PRICE_FIGURE) ?? [])
      if (figureValue(k[1] ?? k[2] ?? k[3] ?? '') === reference) return true;
    // Or the price history filed for it: "40 at £449 (regular £649 since Sept 2026)" backs "usually £649".
    const history = p.history && { sold: paramRegex(p.history.sold), not: paramRegex(p.history.not) };
    if (claim?.evidence.some((e) => ownPriceOnFile(e.summary ?? '', reference, history))) return true;
  }
  return false;
}

export const commerceChecks = {
  'commerce-claim': {
    compile: (p, prefilter) => copyPattern(p.pattern, 'gu', p.requires, prefilter),
    run(cc, sev, { cr, view, out }) {
      const p = cc.params;
      for (const s of view.copySites) {
        if (!reads(cc, cr, s, true)) continue;
        const lower = lowerOf(s);
        for (const m of eachMatch(cc.re as RegExp, lower)) {
          const span: [number, number] = [m.index, m.index + m[0].length];
          const phrase = m[0];
          // The qualifier counts in the claim's own sentence: "30 days" of returns is not a price's basis.
          const sentence = sentenceOf(lower, span[0], span[1]);
          if (p.unless !== undefined && paramRegex(p.unless).test(sentence)) continue;
          if (statedBasis(p, lower, ...span, view.pkg.submittedAt) || notReference(p, lower, m, sentence))
            continue;
          // "Free delivery over 50 €, otherwise 4,95 €": a price after a shipping word is its fee.
          if (
            p.needs !== undefined &&
            p.logistics !== undefined &&
            afterShippingWord(p.logistics, lower, ...span)
          )
            continue;
          // "RRP £38" in copy with no other price and no reduction is the price itself, not a comparison.
          if (p.alone !== undefined && paramRegex(p.alone).test(phrase) && !twoPrices(lower)) continue;
          // The claim stating it is on file and its own evidence says it is false: stop it, dated or not.
          const isFalse = contradicted(view, phrase);
          if (!isFalse && (covered(p, view, s, lower, m) || !unsupported(p, view, s, m))) continue;
          reportSpan(out, cc, isFalse ? 'block' : sev, s, span);
        }
      }
    },
  },
} satisfies CheckFamily;
