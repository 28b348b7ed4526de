import { SUPERLATIVE_40_KINDS } from './helpers/bank-40-superlatives.ts';
import { fired, kindBank } from './helpers/judgment-bank.ts';

/**
 * Stop 40, round 40 (ADR 0028): superlative readings its dev blind cases showed, written anew in en/es/de/fr
 * with the near-misses of each (a first shop, a trip around the world, a chart the claim names, a source in
 * the ad). Sources: helpers/bank-40-superlatives.ts.
 */

// The first score compiles the rulebooks; on a loaded machine that alone can outlast one test's timeout.
beforeAll(() => {
  fired(['claim.superlative'], 'See the new range.', 'en');
}, 60_000);

kindBank('superlatives', SUPERLATIVE_40_KINDS);
