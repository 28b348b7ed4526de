import type { Offer } from '../../package-schema.ts';
import type { CheckParams } from '../../rulebook.ts';
import { dayAtStart, daysToWeekday, endWritten, namedDay, statedEnd, WEEKDAY_WORD } from '../dates.ts';
import { COUNT, daysFrom, impliedCeiling, UPPER_BOUND, unitCount } from '../offer-record.ts';
import { eachMatch, paramRegex } from '../regex.ts';
import { DELIVERABLE_POINTER, lowerOf, type PackageView, type TextSite } from '../view.ts';
import { afterShippingWord, planCopy } from './commerce.ts';
import { reads, reportSpan } from './reading.ts';
import { sentenceOf } from './sentences.ts';
import type { CheckFamily } from './types.ts';

/**
 * Copy against the offer record (ADR 0023): "today only" for an offer the brief records running all month,
 * "only 2 left" against 340 units, a countdown the brief records restarting per visitor. Reviewers ask
 * whether the pressure is true (UCPD Annex I no. 7; CAP 3.31; FTC dark-patterns report); the record is the
 * brief owner's, so a conflict with it is a false statement, not merely an unproven one. No record, no
 * finding: the wording rules (urgency.deadline, urgency.scarcity) still read the copy.
 */

type Params = CheckParams<'offer-facts'>;

interface Conflict {
  span: [number, number];
  fact: string;
}

/** After a stock count: a time ("3 days left"), an amount ("plus que 15 €") or a per-customer limit is no stock. */
const NOT_STOCK =
  /^(?:[.,]\d{1,2})?\s?(?:€|\$|£|eur(?:os?)?|%)(?![\p{L}])|^\s?(?:days?|hours?|hrs?|h|minutes?|mins?|weeks?|steps?|d[ií]as|horas|minutos|semanas|tagen?|stunden|minuten|wochen|jours|heures|semaines)(?![\p{L}])|^[^.!?\n]{0,40}?(?:per (?:customer|order|person|household)|por (?:cliente|pedido|persona)|pro (?:kunde|bestellung|person|haushalt)|par (?:client|commande|personne|foyer))/u;

/** The count a match captured ("only 1,200 left" → 1200, with where it ends), or null. */
function captured(m: RegExpExecArray): { n: number; end: number } | null {
  const raw = m.slice(1).find((g) => g !== undefined && COUNT.test(g));
  if (raw === undefined) return null;
  return { n: unitCount(raw), end: m.index + m[0].indexOf(raw) + raw.length };
}

const spanOf = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];

/** Reads one text's matches in context: not negated, not after a shipping word, about the offer. */
class Reader {
  private planLower: string | null = null;
  constructor(
    private readonly p: Params,
    readonly text: string,
    private readonly view: PackageView,
    private readonly site: TextSite,
  ) {}

  counts(m: RegExpExecArray, aboutOffer: boolean): boolean {
    const before = this.text.slice(Math.max(0, m.index - 40), m.index);
    if (paramRegex(this.p.negation).test(before)) return false;
    const end = m.index + m[0].length;
    if (afterShippingWord(this.p.logistics, this.text, m.index, end)) return false;
    const sentence = sentenceOf(this.text, m.index, end);
    if (!aboutOffer) return true;
    const offer = paramRegex(this.p.offer);
    if (offer.test(sentence)) return true;
    // "Last day to order for Easter delivery": a shipping cut-off, whatever the copy around it sells.
    if (paramRegex(this.p.logistics).test(sentence)) return false;
    // "Hurry, ends soon! 20% off every sofa.": the offer is in the next sentence.
    if (offer.test(this.text.slice(Math.max(0, m.index - 120), end + 120))) return true;
    // A subject line or push title ("Last chance ⏳") is about the offer its message states.
    if (this.text.length > 120) return false;
    this.planLower ??= planCopy(this.view, this.site);
    return offer.test(this.planLower);
  }

  /**
   * Is this text a later message of a sequence (a deliverable of its kind after another in the same plan:
   * the texts of an SMS flow) whose earlier message names the recorded end ("thru 3/14")? Its "Last day"
   * (`said`, a `reminder` horizon) is then the reminder sent on that day, not a second, sooner end.
   */
  remindsOf(ends: string, said: string): boolean {
    if (this.p.reminder === undefined || !paramRegex(this.p.reminder).test(said)) return false;
    const at = DELIVERABLE_POINTER.exec(this.site.pointer);
    if (at === null || this.site.kind === null) return false;
    const named = endWritten(ends);
    // Only a text sent before this one (a lower deliverable index) makes it a reminder of that end.
    return this.view.copySites.some((o) => {
      const other = DELIVERABLE_POINTER.exec(o.pointer);
      return (
        other !== null &&
        other[1] === at[1] &&
        Number(other[2]) < Number(at[2]) &&
        o.kind === this.site.kind &&
        named.test(lowerOf(o))
      );
    });
  }

  /** Does this text, or another of its message, write the day `ends` after an end word ("closes on 7 March")? */
  writesEnd(ends: string): boolean {
    const named = endWritten(ends);
    if (named.test(this.text)) return true;
    this.planLower ??= planCopy(this.view, this.site);
    return named.test(this.planLower);
  }

  first(source: string, aboutOffer: boolean): RegExpExecArray | null {
    for (const m of eachMatch(paramRegex(source, 'gu'), this.text)) if (this.counts(m, aboutOffer)) return m;
    return null;
  }
}

/** The days after launch a horizon's match puts the end at, or null when it names none. */
function horizonDays(
  h: Params['horizons'][number],
  m: RegExpExecArray,
  text: string,
  launch: string,
): number | null {
  if (h.per === 'weekday') {
    const named = WEEKDAY_WORD.exec(m[0]);
    if (named === null) return null;
    // "Nur noch bis Sonntag, 14.3.": the date that follows the weekday says which Sunday.
    const day = dayAtStart(text.slice(m.index + m[0].length, m.index + m[0].length + 30), launch);
    if (day !== null) return daysFrom(launch, day);
    return daysToWeekday(named[0], launch);
  }
  if (h.per === undefined) return h.days;
  const n = captured(m)?.n;
  if (n === undefined) return null;
  return h.per === 'hour' ? Math.ceil(n / 24) : h.days * n;
}

/**
 * The days after launch a deadline puts the end at. A horizon said of a day the sentence names ("Last day
 * to save is Sunday, 12 April", "se termine le 12 avril à minuit", "ends Sunday at midnight") ends that
 * day, not on launch day: the copy states its end, and the record is checked against that. A `sameDay`
 * word in the sentence ("ends tonight", "termina esta noche") keeps the end on launch day.
 */
function endDays(p: Params, h: Params['horizons'][number], m: RegExpExecArray, text: string, launch: string) {
  const d = horizonDays(h, m, text, launch);
  if (d === null) return null;
  const sentence = sentenceOf(text, m.index, m.index + m[0].length);
  // "Ends tonight — it arrives by Thursday 30 April": the day named is a delivery date, not the end.
  if (p.sameDay !== undefined && paramRegex(p.sameDay).test(sentence)) return d;
  const day = namedDay(sentence, launch);
  return day === null ? d : Math.max(d, daysFrom(launch, day));
}

const RECORD = 'the brief records';

const inDays = (d: number) =>
  d === 0 ? 'on launch day' : d === 1 ? '1 day after launch' : `${d} days after launch`;

/**
 * A deadline against a recorded end date: sooner than the record, or for an offer over before launch.
 * `source` says who states the end: the brief's record, or a claim the copy cites.
 */
function againstEnd(p: Params, r: Reader, ends: string, launch: string, source = RECORD): Conflict | null {
  const after = daysFrom(launch, ends);
  for (const h of p.horizons) {
    const stated = h.stated;
    // "Last chance to see it" in a message that says it "closes on 7 March", the recorded end a few days on.
    const dated = stated !== undefined && after >= 0 && after <= stated.within;
    for (const m of eachMatch(paramRegex(h.pattern, 'gu'), r.text)) {
      if (dated && paramRegex(stated.pattern, 'iu').test(m[0]) && r.writesEnd(ends)) continue;
      const d = endDays(p, h, m, r.text, launch);
      if (d === null || (after >= 0 && after <= d) || !r.counts(m, true)) continue;
      const fact =
        after < 0
          ? `${source} the offer ending on ${ends}, before the copy goes out on ${launch}`
          : `it puts the end ${inDays(d)} (${launch}); ${source} the offer running until ${ends}`;
      return { span: spanOf(m), fact };
    }
  }
  return null;
}

/** Any deadline, with or without a horizon. */
function anyDeadline(p: Params, r: Reader): RegExpExecArray | null {
  return p.horizons.reduce<RegExpExecArray | null>(
    (f, h) => f ?? r.first(h.pattern, true),
    r.first(p.deadline, true),
  );
}

/** A stock claim the record contradicts: supply not limited, or more units than a count the copy states. */
function falseStock(p: Params, r: Reader, stock: Offer['stock']): Conflict | null {
  if (stock === undefined) return null;
  for (const m of eachMatch(paramRegex(p.scarcity, 'gu'), r.text)) {
    const count = captured(m);
    if (count !== null && NOT_STOCK.test(r.text.slice(count.end, count.end + 60))) continue;
    if (!r.counts(m, false)) continue;
    if (stock === 'not-limited')
      return { span: spanOf(m), fact: 'the brief records that supply does not limit the offer' };
    // "Fewer than 40 left" is true of any stock under 40; "only 3 left" of any stock up to 3.
    const limit = count === null ? impliedCeiling(m[0]) : UPPER_BOUND.test(m[0]) ? count.n - 1 : count.n;
    if (limit !== null && stock > limit)
      return { span: spanOf(m), fact: `the brief records ${stock} ${stock === 1 ? 'unit' : 'units'}` };
  }
  return null;
}

/** The conflicts of one text with the offer record, at most one of each kind. */
function conflicts(p: Params, r: Reader, offer: Offer, launch: string): Conflict[] {
  const out: Conflict[] = [];
  const timer = offer.timer === 'restarts' ? r.first(p.timer, true) : null;
  if (timer !== null)
    out.push({ span: spanOf(timer), fact: 'the brief records that its countdown restarts for each visitor' });
  if (offer.ends === 'no-end-date') {
    const m = anyDeadline(p, r);
    if (m !== null) out.push({ span: spanOf(m), fact: 'the brief records no end date for the offer' });
  } else if (offer.ends !== undefined) {
    const c = againstEnd(p, r, offer.ends, launch);
    if (c !== null && !r.remindsOf(offer.ends, r.text.slice(c.span[0], c.span[1]))) out.push(c);
  }
  // Terms that run again make any deadline on them false, not only "won't be back": the offer ends, and
  // the same deal replaces it (CMA urgency letter, 2023; UCPD Annex I no. 7).
  const once = offer.repeats === true ? (r.first(p.once, true) ?? anyDeadline(p, r)) : null;
  if (once !== null)
    out.push({ span: spanOf(once), fact: 'the brief records that the same terms run again' });
  const stock = falseStock(p, r, offer.stock);
  if (stock !== null) out.push(stock);
  return out;
}

/**
 * Without a record, a claim with evidence that the copy cites and that states the offer's end ("40 % auf
 * alle Sofas vom 1. bis 31. März 2027") is the record of that end: "Nur heute" citing it is not so.
 */
function citedEnd(p: Params, r: Reader, view: PackageView, s: TextSite): Conflict[] {
  const launch = view.pkg.deadlines.launch;
  for (const c of view.backedClaims) {
    if (!s.claimRefs?.includes(c.id)) continue;
    const ends = statedEnd(c.text.toLowerCase(), launch);
    const conflict = ends === null ? null : againstEnd(p, r, ends, launch, 'the claim it cites states');
    if (conflict !== null) return [conflict];
  }
  return [];
}

export const offerChecks = {
  'offer-facts': {
    run(cc, sev, { cr, view, out }) {
      const offer = view.pkg.offer;
      const launch = view.pkg.deadlines.launch;
      for (const s of view.copySites) {
        if (!reads(cc, cr, s, true)) continue;
        const reader = new Reader(cc.params, lowerOf(s), view, s);
        const found =
          offer !== undefined
            ? conflicts(cc.params, reader, offer, launch)
            : citedEnd(cc.params, reader, view, s);
        for (const c of found) reportSpan(out, cc, sev, s, c.span, { fact: c.fact });
      }
    },
  },
} satisfies CheckFamily;
