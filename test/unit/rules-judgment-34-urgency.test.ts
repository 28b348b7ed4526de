import { URGENCY_KINDS, URGENCY_RULES } from './helpers/bank-34-urgency.ts';
import { DEV_FIXED } from './helpers/bank-34-urgency-dev.ts';
import { bank } from './helpers/judgment-bank.ts';

/**
 * Stop 34, urgency (ADR 0028): the bank of `helpers/bank-34-urgency.ts` (a line of each kind raises an urgency
 * rule; its near-misses raise none), then the dev blind lines the stop fixed.
 */
for (const { title, fire, quiet } of URGENCY_KINDS) {
  bank(`urgency: ${title}`, URGENCY_RULES, {}, fire, quiet);
}

bank('urgency: dev blind lines of stop 34', URGENCY_RULES, {}, DEV_FIXED.fire, DEV_FIXED.quiet);
