import * as z from 'zod/mini';
import { literals, regexSource } from './facts-schema.ts';
import { CLAIM_CATEGORIES } from './package-schema.ts';

/**
 * The rulebook data of the commerce and pricing checks (rules/checks/commerce.ts, pricing.ts), merged into
 * rulebook-schema.ts's `checkParamSchemas`: their word lists are data, read here as regex sources.
 */
const categories = z.array(z.enum(CLAIM_CATEGORIES)).check(z.minLength(1));
const near = z.int().check(z.positive());

export const commerceCheckParamSchemas = {
  /**
   * A deadline, stock count or reference price in copy that the package does not substantiate: no claim
   * with current evidence (of `categories`) covers it, its sentence states no date (`dated`), no copy of
   * its message states an end with its date (`endsOn`), and a time idiom (`idioms`) sits in copy that
   * offers terms (`offer`). `unless` drops a deliverable that carries the qualifier; `needs` is what the
   * match's sentence must hold to be a claim at all (a reference price needs a price figure).
   */
  'commerce-claim': z.strictObject({
    pattern: regexSource,
    needs: z.optional(regexSource),
    categories: z.optional(categories),
    unless: z.optional(regexSource),
    dated: z.optional(regexSource),
    endsOn: z.optional(regexSource),
    idioms: z.optional(regexSource),
    offer: z.optional(regexSource),
    /** Shipping, gift wrap, returns: no end of the offer after one, nor an offer in "free gift wrap". */
    logistics: z.optional(regexSource),
    /** What of the offer record backs the claim (ADR 0023): its end date, or its unit count. */
    recorded: z.optional(z.enum(['ends', 'stock'])),
    /** Idioms that name no time ("before it's too late"): a recorded limited stock backs them, selling out. */
    sellOut: z.optional(regexSource),
    /** List-price words (RRP, UVP, PVP): a reference only beside a second price or a percentage. */
    alone: z.optional(regexSource),
    /** An ordering verb before a delivery ("last day to order for Easter delivery"): a delivery cut-off. */
    ordering: z.optional(regexSource),
    /** Wordings that are deadlines only when their own sentence names an offer ("gone in 5 minutes"). */
    inSentence: z.optional(regexSource),
    /** A one-time code, password or link in the sentence ("Bestätigungscode", "verification code"): no offer. */
    oneTime: z.optional(regexSource),
    /** A closing for good ("closes for good", "fermeture définitive"): dated, it is the true end, offer word or not. */
    closing: z.optional(regexSource),
    /**
     * Price history on file for a reference price (16 CFR 233.1; Art. 6a): a figure counts only after a
     * `sold` cue ("regular", "sold at", "Normalpreis") and in a clause with no `not` word (a price held
     * "until" a date, an insurance value, an RRP).
     */
    history: z.optional(z.strictObject({ sold: regexSource, not: regexSource })),
    /**
     * The period a reference price was charged, stated right after it ("was £60 from 1 September to 31
     * October 2026", "down from $199, the price we sold it at from March to November"): its basis (CAP 3.39;
     * 16 CFR 233.1), when it starts before it ends, ends by submission and no more than `within` days before
     * it, and lasts at least `least` days (a year missing is the latest one that puts its end by submission).
     */
    period: z.optional(z.strictObject({ stated: regexSource, within: near, least: z.optional(near) })),
    /**
     * The 30-day lowest price stated in a sentence of the same copy (Art. 6a; PAngV § 11) that also states the
     * reference price's own figure ("Niedrigster Preis der letzten 30 Tage: 139,95 €" beside "statt 139,95 €").
     */
    basis: z.optional(regexSource),
    /**
     * A `usual` price of `each` item in a sentence with a `multibuy` ("any two for £18, usually £10.99 each"):
     * the single price charged now, not a former price.
     */
    perItem: z.optional(z.strictObject({ usual: regexSource, each: regexSource, multibuy: regexSource })),
    /** A `copula` whose `subject` is a saving, a bill or a refund ("the average saving was £95"): no price of the product. */
    notPrice: z.optional(z.strictObject({ copula: regexSource, subject: regexSource })),
    requires: literals,
  }),
  /** An unconditional "free" offer while the package states conditions elsewhere. */
  'free-conditions': z.strictObject({ free: regexSource, condition: regexSource, requires: literals }),
  'multibuy-saving': z.strictObject({ requires: literals }),
  /** "Free" while the package states a `charge` no copy of the plan puts within `near` of it (`noCharge`: none due). */
  'free-charge': z.strictObject({
    free: regexSource,
    charge: regexSource,
    noCharge: regexSource,
    /** A paid tier's own price ("Pro is £7.99/month"): no charge of the free tier beside it. */
    paidTier: z.optional(regexSource),
    /** A "free" that qualifies a tier ("free plan", "free to start"): only then is `paidTier` set aside. */
    freeTier: z.optional(regexSource),
    near,
    requires: literals,
  }),
  /**
   * A word the law reserves for sales held in set periods ("soldes", Code de commerce L310-3) in copy of a
   * package aimed at `regions` whose offer (launch day to the offer record's end) falls outside every period.
   */
  'sale-period': z.strictObject({
    pattern: regexSource,
    regions: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))).check(z.minLength(1)),
    /**
     * Each period starts on the `nth` `weekday` (0 = Sunday; -1 = last) of `month`, one week earlier when that
     * day is after the `after`th, and lasts `weeks`; `margin` days either side allow for departments' own dates.
     */
    periods: z
      .array(
        z.strictObject({
          month: z.int().check(z.minimum(1), z.maximum(12)),
          weekday: z.int().check(z.minimum(0), z.maximum(6)),
          nth: z.union([z.literal(-1), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
          after: z.int().check(z.minimum(1), z.maximum(31)),
          weeks: z.int().check(z.positive(), z.maximum(8)),
        }),
      )
      .check(z.minLength(1)),
    margin: z.int().check(z.minimum(0), z.maximum(31)),
    requires: literals,
  }),
} as const;
