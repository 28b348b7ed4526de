import * as z from 'zod/mini';
import { regexSource } from './facts-schema.ts';
import { CLAIM_CATEGORIES, PRODUCT_CATEGORIES } from './package-schema.ts';
import { TOPICS } from './topics.ts';

/**
 * The rulebook's `policy` (rulebook-schema.ts's `rulebookSchema`): which topics are regulated, which claim
 * and product categories stand for which topic, and which family a claim finding reports under (ADR 0032).
 */

/**
 * The severity policy: findings of a regulated topic never pass. Unsubstantiated (a warn or block finding
 * of the topic) → block; present but substantiated (a claim of a mapped category) → needs-approval by the
 * group the contract's route names. `topicOfCategory` says which topic a claim category stands for.
 */
export const policySchema = z.strictObject({
  regulatedTopics: z.array(z.enum(TOPICS)),
  topicOfCategory: z.partialRecord(z.enum(CLAIM_CATEGORIES), z.enum(TOPICS)),
  /** Topics whose findings (even info: substantiated) need a person, without blocking: named comparisons. */
  reviewTopics: z.optional(z.array(z.enum(TOPICS))),
  /** The topic a declared product category stands for (`product.categories`, ADR 0021). */
  topicOfProduct: z.optional(z.partialRecord(z.enum(PRODUCT_CATEGORIES), z.enum(TOPICS))),
  /**
   * A `categories` claim that `ranks` (No. 1, the fastest) without a `compares` form ("than") is of `topic`,
   * and so is one comparing with the whole field (`universal`: "than any other", "no brand sells more than").
   */
  ranking: z.optional(
    z.strictObject({
      topic: z.enum(TOPICS),
      categories: z.array(z.enum(CLAIM_CATEGORIES)),
      ranks: regexSource,
      compares: regexSource,
      universal: z.optional(regexSource),
      /** An absolute promise of the result ("doubles your traffic, guaranteed"): a superlative's family too. */
      guarantee: z.optional(regexSource),
    }),
  ),
  /**
   * Which family a claim finding reports under (ADR 0032). A finding of a `qualifiers` rule (how sure, how
   * proven, how much) takes the topic of the claim it qualifies: a finding earlier in `order` raised on its
   * sentence, or a claim on file that says it and that the copy cites. A claim finding of a `citedBy.from`
   * topic takes `citedBy.to` when the copy that cites the claim raises a `citedBy.to` finding.
   */
  attribution: z.optional(
    z.strictObject({
      qualifiers: z.array(z.string()),
      order: z.array(z.enum(TOPICS)),
      citedBy: z.optional(z.strictObject({ from: z.array(z.enum(TOPICS)), to: z.enum(TOPICS) })),
    }),
  ),
});
export type Policy = z.infer<typeof policySchema>;
