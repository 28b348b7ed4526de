import { PRECISION_KINDS } from './helpers/bank-36-precision.ts';
import { bank } from './helpers/judgment-bank.ts';

/**
 * Stop 36, precision (ADR 0028): the bank of `helpers/bank-36-precision.ts`. A line of each kind raises one
 * of its rules; its lawful near-misses raise none.
 */
for (const { title, rules, where, fire, quiet } of PRECISION_KINDS) {
  bank(title, rules, where ?? {}, fire, quiet);
}
