import * as z from 'zod/mini';
import {
  CONSENT_BASES,
  consentEntrySchema,
  LIST_SOURCES,
  offerSchema,
  PRODUCT_CATEGORIES,
} from './package-schema.ts';
import { validUnicodeSource } from './rules/regex.ts';

/**
 * The rulebook data of rules on package facts (ADR 0021): the parameters of the `facts` checks
 * (rules/checks/facts.ts) and the facts an example of such a rule sets for `handoff explain`.
 */

/** A regular expression's source, valid with the `u` flag (the engine adds `g` where it scans). */
export const regexSource = z.string().check(
  z.minLength(1),
  // What `new RegExp(s, 'u')` accepts, checked without building Unicode category sets (see there).
  z.refine(validUnicodeSource, 'a valid Unicode regular expression'),
);

/** A literal the prefilter looks for (lowercase). */
export const lowerLiteral = z.string().check(
  z.minLength(1),
  z.refine((s) => s === s.toLowerCase(), 'lowercase'),
);
/** `requires`: the literals one of which a text must hold before a rule reads it. */
export const literals = z.optional(z.array(lowerLiteral).check(z.minLength(1)));

const regionCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 region code'));
const age = z.int().check(z.minimum(0), z.maximum(120));

/** A consent basis, or `missing`: consent is stated for some channel but not for this one. */
export const CONSENT_FINDINGS = [...CONSENT_BASES, 'missing'] as const;

/** Parameters of the fact checks, merged into rulebook-schema.ts's `checkParamSchemas`. */
export const factCheckParamSchemas = {
  /**
   * A consent entry of the rule's channels, on a package with copy there, fires when its basis is a key
   * of `bases` and the package aims at a region of its value (`*`: anywhere; `{except}`: a region not
   * listed, or no region stated); with `sources`, only lists
   * from those sources. `missing` fires when the package states consent for some channel but not for
   * this one. A package that states no consent at all has no finding (contract 2.0.0 asks at intake).
   */
  'audience-consent': z.strictObject({
    bases: z
      .partialRecord(
        z.enum(CONSENT_FINDINGS),
        z.union([
          z.literal('*'),
          z.array(regionCode).check(z.minLength(1)),
          // Anywhere but these: where no rule of its own is known to apply.
          z.strictObject({ except: z.array(regionCode).check(z.minLength(1)) }),
        ]),
      )
      .check(z.refine((b) => Object.keys(b).length > 0, 'at least one basis')),
    sources: z.optional(z.array(z.enum(LIST_SOURCES)).check(z.minLength(1))),
  }),
  /**
   * The youngest age the targeting admits (`audience.minAge`) below the age of the highest of the
   * package's regions in `ages` (`*`: every region not named), when the package declares one of
   * `products` (absent: whatever it sells). No minAge stated, no finding.
   */
  'audience-age': z.strictObject({
    products: z.optional(z.array(z.enum(PRODUCT_CATEGORIES)).check(z.minLength(1))),
    ages: z
      .record(z.string().check(z.regex(/^([A-Z]{2}|\*)$/, 'region code or *')), age)
      .check(z.refine((a) => Object.keys(a).length > 0, 'at least one age')),
  }),
  /**
   * Copy that states what the offer record (`offer`, ADR 0023) says is not so. `horizons`: an end within
   * `days` of launch, or per captured number (`per: day` N days, `hour` N hours, `weekday` the named day),
   * read against `ends`; `deadline` with the horizons: any end, read against `no-end-date`; `once`: terms that
   * will not return, read against `repeats`; `scarcity`: short stock (a captured number is the count), read
   * against `stock`; `timer`: a countdown, read against `timer: restarts`. A match counts when no `negation`
   * ends just before it and no `logistics` word comes before it in its sentence; one about time (all but
   * scarcity) also needs an `offer` word in its sentence, or in its message when its own text is short.
   * A horizon ends on a day its sentence names unless a `sameDay` word pins it to launch day; a `reminder`
   * horizon in a text sent after one naming the recorded end is that day's reminder.
   */
  'offer-facts': z.strictObject({
    deadline: regexSource,
    horizons: z
      .array(
        z.strictObject({
          pattern: regexSource,
          days: z.int().check(z.minimum(0), z.maximum(366)),
          per: z.optional(z.enum(['day', 'hour', 'weekday'])),
          /**
           * A vague horizon ("last chance") that its message dates by writing the recorded end ("closes on 7
           * March"): matches of `pattern` are then that end, when it is at most `within` days after launch.
           */
          stated: z.optional(
            z.strictObject({ pattern: regexSource, within: z.int().check(z.minimum(0), z.maximum(366)) }),
          ),
        }),
      )
      .check(z.minLength(1)),
    once: regexSource,
    scarcity: regexSource,
    timer: regexSource,
    offer: regexSource,
    logistics: regexSource,
    negation: regexSource,
    /** Words that pin an end to launch day ("tonight", "hoy"): a day named beside them does not move it. */
    sameDay: z.optional(regexSource),
    /** A horizon a later text of a sequence may say on the recorded end day ("Last day", "letzter Tag"). */
    reminder: z.optional(regexSource),
  }),
  /**
   * A region of `audience.regions` that is not an ISO 3166-1 alpha-2 code: no rule aimed at a region can
   * read it. `aliases` names the code meant by a common mistake (UK → GB) for the message.
   */
  'region-codes': z.strictObject({
    aliases: z.record(z.string().check(z.regex(/^[A-Z]{2}$/, 'two capital letters')), regionCode),
  }),
} as const;

/** Package facts an example of a fact rule sets (ADR 0021): the fields those rules read. */
export const factsExampleSchema = z.strictObject({
  audience: z.optional(
    z.strictObject({
      regions: z.optional(z.array(regionCode).check(z.minLength(1))),
      consent: z.optional(z.array(consentEntrySchema)),
      minAge: z.optional(age),
    }),
  ),
  product: z.optional(
    z.strictObject({ categories: z.array(z.enum(PRODUCT_CATEGORIES)).check(z.minLength(1)) }),
  ),
  offer: z.optional(offerSchema),
  /** The copy the example's facts are read against (the package's usual copy when absent). */
  copy: z.optional(z.string().check(z.minLength(1))),
});
export type FactsExample = z.infer<typeof factsExampleSchema>;
