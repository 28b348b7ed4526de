import type { HandoffPackage } from '../package-schema.ts';

/**
 * Does the brief's offer record (ADR 0023) make a deadline or a stock count in the copy checkable? A
 * recorded end date not before submission backs a deadline, and a recorded unit count backs a stock claim,
 * unless the record itself shows the pressure is false (a countdown that restarts, terms that run again).
 * Whether the copy agrees with the record is `urgency.offer-facts`'s question, not this one's.
 */
export function recordBacks(pkg: HandoffPackage, what: 'ends' | 'stock'): boolean {
  const o = pkg.offer;
  if (o === undefined || o.timer === 'restarts') return false;
  if (what === 'stock') return typeof o.stock === 'number';
  return (
    o.repeats !== true &&
    o.ends !== undefined &&
    o.ends !== 'no-end-date' &&
    o.ends >= pkg.submittedAt.slice(0, 10)
  );
}
