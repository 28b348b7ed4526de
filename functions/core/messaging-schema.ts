import * as z from 'zod/mini';
import { regexSource } from './facts-schema.ts';

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
   * copy negates: "ikke en annonce") goes to a person.
   */
  'endorsement-disclosure': z.strictObject({
    marker: regexSource,
    signals: regexSource,
    ownVoice: z.optional(regexSource),
    foreignMarker: z.optional(regexSource),
    buriedAfterHashtags: z.int().check(z.positive()),
    buriedAfterChars: z.int().check(z.positive()),
  }),
} as const;
