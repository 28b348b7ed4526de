import type { Offer } from '../../package-schema.ts';
import type { CheckParams } from '../../rulebook.ts';
import { paramRegex } from '../regex.ts';
import { applies, lowerOf, speaks } from '../view.ts';
import type { CheckFamily } from './types.ts';

/**
 * Copy against the offer record (ADR 0023): "today only" for an offer the brief records running all month,
 * "only 2 left" against 340 units, a countdown the brief records restarting per visitor. Reviewers ask
 * whether the pressure is true (UCPD Annex I no. 7; CAP 3.31; FTC dark-patterns report); the record is the
 * brief owner's, so a conflict with it is a false statement, not merely an unproven one. No record, no
 * finding: the wording rules (urgency.deadline, urgency.scarcity) still read the copy.
 */

const DAY_MS = 86_400_000;

interface Conflict {
  span: [number, number];
  fact: string;
}

/** The first match of `source` in `text`, or null. */
function find(source: string, text: string): RegExpExecArray | null {
  const re = paramRegex(source, 'gu');
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length > 0) return m;
    re.lastIndex++;
  }
  return null;
}

/** The number a match captured ("3 days left" → 3), or 1 when it captured none. */
function captured(m: RegExpExecArray): number {
  const n = m.slice(1).find((g) => g !== undefined && /^\d+$/u.test(g));
  return n === undefined ? 1 : Number(n);
}

const spanOf = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];

/** A deadline the copy puts sooner than the offer's recorded end, counted from the day the copy goes out. */
function tooSoon(p: CheckParams<'offer-facts'>, text: string, ends: string, launch: string): Conflict | null {
  const after = (Date.parse(`${ends}T00:00:00Z`) - Date.parse(`${launch}T00:00:00Z`)) / DAY_MS;
  for (const h of p.horizons) {
    const m = find(h.pattern, text);
    if (m !== null && after > h.days * captured(m)) {
      const days = after === 1 ? '1 day' : `${after} days`;
      return {
        span: spanOf(m),
        fact: `the brief records the offer running until ${ends}, ${days} after launch`,
      };
    }
  }
  return null;
}

/** Does any deadline wording (general or with a horizon) occur? */
function anyDeadline(p: CheckParams<'offer-facts'>, text: string): RegExpExecArray | null {
  const m = find(p.deadline, text);
  if (m !== null) return m;
  for (const h of p.horizons) {
    const k = find(h.pattern, text);
    if (k !== null) return k;
  }
  return null;
}

/** A stock claim the record contradicts: supply not limited, or more units than a count the copy states. */
function falseStock(p: CheckParams<'offer-facts'>, text: string, stock: Offer['stock']): Conflict | null {
  if (stock === undefined) return null;
  if (stock === 'not-limited') {
    const m = find(p.scarcity, text);
    return m === null
      ? null
      : { span: spanOf(m), fact: 'the brief records that supply does not limit the offer' };
  }
  const re = paramRegex(p.scarcity, 'gu');
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const count = m.slice(1).find((g) => g !== undefined && /^\d+$/u.test(g));
    if (count !== undefined && stock > Number(count))
      return { span: spanOf(m), fact: `the brief records ${stock} units` };
  }
  return null;
}

/** The conflicts of one text with the offer record, at most one of each kind. */
function conflicts(p: CheckParams<'offer-facts'>, text: string, offer: Offer, launch: string): Conflict[] {
  const out: Conflict[] = [];
  const timer = offer.timer === 'restarts' ? find(p.timer, text) : null;
  if (timer !== null)
    out.push({ span: spanOf(timer), fact: 'the brief records that its countdown restarts for each visitor' });
  if (offer.ends === 'no-end-date') {
    const m = anyDeadline(p, text);
    if (m !== null) out.push({ span: spanOf(m), fact: 'the brief records no end date for the offer' });
  } else if (offer.ends !== undefined) {
    const c = tooSoon(p, text, offer.ends, launch);
    if (c !== null) out.push(c);
  }
  const once = offer.repeats === true ? find(p.once, text) : null;
  if (once !== null)
    out.push({ span: spanOf(once), fact: 'the brief records that the same terms run again' });
  const stock = falseStock(p, text, offer.stock);
  if (stock !== null) out.push(stock);
  return out;
}

export const offerChecks = {
  'offer-facts': {
    run(cc, sev, { view, out }) {
      const offer = view.pkg.offer;
      if (offer === undefined) return;
      const launch = view.pkg.deadlines.launch;
      for (const s of view.copySites) {
        if (!applies(cc.channels, s.channel) || !speaks(cc.rule, s)) continue;
        for (const c of conflicts(cc.params, lowerOf(s), offer, launch)) {
          const match = s.text.slice(c.span[0], c.span[1]);
          out.add(cc.rule, sev, s.pointer, c.span, { match, fact: c.fact }, match);
        }
      }
    },
  },
} satisfies CheckFamily;
