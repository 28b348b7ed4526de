import type { Claim } from '../package-schema.ts';
import type { Policy } from '../rulebook-schema.ts';
import { paramRegex } from './regex.ts';

/** A rulebook's reading of ranking claims (`policy.ranking`): which categories rank, and by which forms. */
export type Ranking = NonNullable<Policy['ranking']>;

/**
 * The topic of a finding about a claim: its category's (the rulebook policy), except that a claim that
 * ranks without comparing ("Australia's No.1 rated mattress", "the fastest broadband in the UK") or compares
 * with the whole field ("more than any other gym", "keine Flasche wird öfter gekauft als …") is a superlative,
 * which is what a reviewer calls it; a claim that compares with a rival ("faster than X") stays a comparison,
 * and a regulated or price claim keeps its own topic.
 */
export function claimTopic(
  c: Claim,
  topics: Readonly<Partial<Record<string, string>>>,
  ranking: Ranking | undefined,
): string | undefined {
  if (ranking?.categories.includes(c.category)) {
    if (ranksMarket(c, ranking)) return ranking.topic;
    const lower = c.text.toLowerCase();
    if (ranking.guarantee !== undefined && paramRegex(ranking.guarantee).test(lower)) return ranking.topic;
  }
  return topics[c.category];
}

/** Whether a claim of a ranking category sets the product above its whole market (ranks, or beats every other). */
export function ranksMarket(c: Claim, ranking: Ranking): boolean {
  if (!ranking.categories.includes(c.category)) return false;
  const lower = c.text.toLowerCase();
  if (ranking.universal !== undefined && paramRegex(ranking.universal).test(lower)) return true;
  return paramRegex(ranking.ranks).test(lower) && !paramRegex(ranking.compares).test(lower);
}
