import { COMPARISON_KINDS, PII_KINDS } from './helpers/bank-36-pii-comparative.ts';
import { bank } from './helpers/judgment-bank.ts';

/**
 * Stop 36 (ADR 0028): the bank of `helpers/bank-36-pii-comparative.ts`. Dates and order numbers, the
 * advertiser's own address, fixtures and the brand's own plans stay quiet; the real problems beside them fire.
 */
for (const { title, rules, where, fire, quiet } of [...PII_KINDS, ...COMPARISON_KINDS]) {
  bank(title, rules, where ?? {}, fire, quiet);
}
