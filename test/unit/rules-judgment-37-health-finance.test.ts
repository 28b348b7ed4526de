import { HF_KINDS } from './helpers/bank-37-hf.ts';
import { bank } from './helpers/judgment-bank.ts';

/**
 * Stop 37, round-38 health and finance (ADR 0028): the bank of `helpers/bank-37-hf.ts`, each kind with the
 * lines that must raise its rule and the lawful near-misses that must not.
 */
for (const { title, rules, where, fire, quiet } of HF_KINDS) {
  bank(`health-finance 37: ${title}`, rules, where ?? {}, fire, quiet);
}
