import { COMPARATIVE_40_KINDS } from './helpers/bank-40-comparative.ts';
import { kindBank } from './helpers/judgment-bank.ts';

/**
 * Stop 39's comparative bank for round 40 (ADR 0028, `helpers/bank-40-comparative.ts`): the brand's own range
 * side by side, a named rival compared without a check date or signpost, a rival's slogan borrowed, and a
 * parent's worn-out boots; each kind keeps the real problems beside its near-misses.
 */
kindBank('round 40 comparative', COMPARATIVE_40_KINDS);
