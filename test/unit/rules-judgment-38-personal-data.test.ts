import { NAMED_BEFORE, PD_KINDS } from './helpers/bank-38-personal-data.ts';
import { fired, kindBank } from './helpers/judgment-bank.ts';

/**
 * Stop 38, round 39 (ADR 0028): personal-data problems its dev blind cases showed, written anew in
 * en/es/de/fr with the lawful near-misses of each (role addresses, referral links, delivery partners).
 * Sources: helpers/bank-38-personal-data.ts.
 */

// The first score compiles the rulebooks; on a loaded machine that alone can outlast one test's timeout.
beforeAll(() => {
  fired(['pii.named-person'], 'See the new range.', 'en');
}, 60_000);

kindBank('personal data', [...PD_KINDS, NAMED_BEFORE]);
