import type { Claim } from '../package-schema.ts';
import { paramRegex } from './regex.ts';

/** A rule's reading of ranking claims: those that `ranks` (No. 1, the fastest) without a `compares` form. */
export interface Ranking {
  topic: string;
  ranks: string;
  compares: string;
}

/**
 * The topic of a finding about a claim: its category's (the rulebook policy), except that a comparative claim
 * that ranks without comparing ("Australia's No.1 rated mattress") is a superlative, which is what a
 * reviewer calls it; a claim that compares ("faster than X") stays a comparison.
 */
export function claimTopic(
  c: Claim,
  topics: Readonly<Partial<Record<string, string>>>,
  ranking: Ranking | undefined,
): string | undefined {
  if (ranking !== undefined && c.category === 'comparative') {
    const lower = c.text.toLowerCase();
    if (paramRegex(ranking.ranks).test(lower) && !paramRegex(ranking.compares).test(lower))
      return ranking.topic;
  }
  return topics[c.category];
}
