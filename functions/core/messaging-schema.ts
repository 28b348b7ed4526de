import * as z from 'zod/mini';
import { literals, regexSource } from './facts-schema.ts';
import { EVIDENCE_KINDS } from './package-schema.ts';

/**
 * The rulebook data of the messaging and disclosure checks (rules/checks/sms.ts, endorsements.ts), merged
 * into rulebook-schema.ts's `checkParamSchemas`: their word lists are data, read here as regex sources.
 */
export const messagingCheckParamSchemas = {
  /**
   * Marketing SMS (and copy inviting people to text a short code) must carry an opt-out keyword. A text
   * that holds nothing but a `service` part (a transaction the reader started) and sentences of its
   * `logistics` (a tracking link, a time, a reply to confirm), with no word that `promotes`, is no marketing.
   */
  'sms-opt-out': z.strictObject({
    keyword: regexSource,
    callToText: regexSource,
    service: z.optional(regexSource),
    logistics: z.optional(regexSource),
    promotes: z.optional(regexSource),
  }),
  /** Marketing SMS must open with the sender's name ("Brand: …") or name a brand mandatory. */
  'sms-sender': z.strictObject({ sender: regexSource }),
  /**
   * Connection signals need a disclosure, up front; the brand's own voice (`ownVoice`) needs none. Copy in
   * a language without a rulebook that carries its own ad marker (`foreignMarker`, which leaves out one the
   * copy negates: "ikke en annonce") goes to a person. A channel note that only says where the copy puts
   * its marker (`placementNote`: "#ad in the caption hashtags") is no disclosure of its own: the copy is read.
   */
  'endorsement-disclosure': z.strictObject({
    marker: regexSource,
    signals: regexSource,
    ownVoice: z.optional(regexSource),
    foreignMarker: z.optional(regexSource),
    placementNote: z.optional(regexSource),
    buriedAfterHashtags: z.int().check(z.positive()),
    buriedAfterChars: z.int().check(z.positive()),
  }),
  /** A first-person endorsement by someone the package says is connected to the brand (an employee, its
   * founder), with no disclosure of that connection in the copy or the disclosures. */
  'endorsement-connection': z.strictObject({
    connection: regexSource,
    endorsement: regexSource,
    marker: regexSource,
  }),
  /** A first-person time of use (`use`; `numbers` × `units` in days) longer than from the day the facts say the
   * endorser `received` the product (a date after the word; only facts naming the `endorser` or a sample) to
   * the launch, plus `slackDays`. */
  'endorsement-use-period': z.strictObject({
    use: regexSource,
    numbers: z.record(z.string(), z.number()),
    units: z.record(z.string(), z.number()),
    received: regexSource,
    endorser: regexSource,
    slackDays: z.int().check(z.nonnegative()),
    requires: literals,
  }),
  /** A claim backed by a customer's story (`kinds`) and cited from the copy: a testimonial a person checks. */
  'testimonial-claim': z.strictObject({ kinds: z.array(z.enum(EVIDENCE_KINDS)).check(z.minLength(1)) }),
  /** A testimonial result needs a statement of what results are typical. */
  'testimonial-typicality': z.strictObject({
    result: regexSource,
    typical: regexSource,
    /** Report the results that do carry the statement (a person checks it against its evidence). */
    qualified: z.optional(z.boolean()),
    requires: literals,
  }),
} as const;
