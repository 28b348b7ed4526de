import * as z from 'zod/mini';

/**
 * Handoff package schema v1: what one team hands to the next (a brief to production, copy to design,
 * a content package to publishing). Strict everywhere: unknown fields are errors, every string and
 * array is bounded, and the serialized package may not exceed PACKAGE_LIMITS.maxBytes.
 */
export const PACKAGE_SCHEMA_VERSION = '1';

export const PACKAGE_LIMITS = {
  /** UTF-8 bytes of the raw payload (JSON or YAML). */
  maxBytes: 512 * 1024,
  /** Object/array nesting depth of the raw payload, checked before schema validation. */
  maxDepth: 12,
  shortText: 200,
  mediumText: 2_000,
  longText: 20_000,
  maxChannels: 12,
  maxDeliverablesPerChannel: 40,
  maxClaims: 50,
  maxEvidencePerClaim: 10,
  maxListItems: 50,
  maxApprovers: 20,
} as const;

const L = PACKAGE_LIMITS;

/** A non-empty, bounded, trimmed-looking string. */
const text = (max: number) => z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max));
const pattern = (max: number, re: RegExp, expected: string) =>
  z.string().check(z.maxLength(max), z.regex(re, expected));
const slug = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(
      /^[a-z0-9][a-z0-9._-]*$/,
      'lowercase letters, digits, ".", "_" or "-", starting with a letter or digit',
    ),
  );
const semver = pattern(
  32,
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/,
  'semantic version MAJOR.MINOR.PATCH',
);
/** Instants are data (never read from a clock): RFC 3339 in UTC with a Z suffix. */
const instant = z.string().check(
  z.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/,
    'RFC 3339 UTC timestamp, e.g. 2026-11-02T09:00:00Z',
  ),
  z.refine((s) => !Number.isNaN(Date.parse(s)), 'a real calendar instant'),
);
const realDay = (s: string) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
};
const day = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'calendar date YYYY-MM-DD'),
  // Date.parse rolls 2027-02-30 over to 2 March: a real date reads back as itself.
  z.refine((s) => realDay(s), 'a real calendar date'),
);
const email = pattern(254, /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address');
const url = pattern(2_000, /^[a-z][a-z0-9+.-]*:\/\/\S+$/i, 'an absolute URL');
const list = <T extends z.ZodMiniType>(item: T, max: number = L.maxListItems) =>
  z.array(item).check(z.maxLength(max));
const nonEmptyList = <T extends z.ZodMiniType>(item: T, max: number, what: string) =>
  z.array(item).check(z.minLength(1, `at least one ${what}`), z.maxLength(max));

export const CHANNELS = [
  'email',
  'sms',
  'push',
  'social-organic',
  'social-paid',
  'influencer',
  'affiliate',
  'search-ad',
  'display-ad',
  'web-landing',
  'video',
  'podcast',
  'print',
  'press-release',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const DELIVERABLE_KINDS = [
  'subject-line',
  'preheader',
  'headline',
  'description',
  'body',
  'caption',
  'script',
  'cta-label',
  'alt-text',
  'message',
  'landing-copy',
] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];

export const CLAIM_CATEGORIES = [
  'general',
  'performance',
  'comparative',
  'pricing',
  'health',
  'finance',
  'environmental',
] as const;
export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number];

export const EVIDENCE_KINDS = [
  'study',
  'internal-data',
  'third-party-report',
  'legal-review',
  'customer-testimonial',
  'certification',
] as const;

/** What a piece of evidence measured the product against (ADR 0022). */
export const EVIDENCE_COMPARISONS = ['nothing', 'own-products', 'named-competitors', 'whole-market'] as const;
export type EvidenceComparison = (typeof EVIDENCE_COMPARISONS)[number];

/** Whether evidence measured the product against something: every stated comparison but `nothing`. */
export const compares = (c: EvidenceComparison | undefined): c is Exclude<EvidenceComparison, 'nothing'> =>
  c !== undefined && c !== 'nothing';

/** How much of what its claim says a piece of evidence covers (ADR 0022). */
export const EVIDENCE_COVERAGE = ['all', 'part'] as const;
export type EvidenceCoverage = (typeof EVIDENCE_COVERAGE)[number];

/** The facts an evidence item may state of itself (ADR 0022); a contract may ask for them. */
export const EVIDENCE_FACTS = ['comparedWith', 'covers', 'likeForLike'] as const;

// Facts a brief states as data rather than prose (ADR 0021): rules read them where a sentence in
// `audience.primary` could not be read reliably (ADR 0020).

/** How the people on a channel's list agreed to receive it. */
export const CONSENT_BASES = [
  'double-opt-in',
  'opt-in',
  'soft-opt-in',
  'implied',
  'none',
  'unknown',
] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];

/** Where a channel's list came from. */
export const LIST_SOURCES = [
  'own-signup',
  'own-customers',
  'event',
  'partner',
  'purchased',
  'rented',
  'unknown',
] as const;
export type ListSource = (typeof LIST_SOURCES)[number];

/** What the package sells, where that decides which rules apply; the rulebook policy maps them to topics. */
export const PRODUCT_CATEGORIES = [
  'general',
  'alcohol',
  'gambling',
  'dietary-supplement',
  'medicine',
  'medical-device',
  'financial-product',
  'investment',
  'credit',
  'crypto-asset',
  'children-product',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** A countdown shown with the copy: none, one that ends at the offer's end for everyone, or one that restarts. */
export const OFFER_TIMERS = ['none', 'fixed-end', 'restarts'] as const;

/**
 * What the brief's owner records of the offer the copy promotes (ADR 0023): when its terms end, how much it
 * can sell, what its countdown does, and whether the same terms run again. Urgency rules read them where
 * a deadline or stock count in the copy could not be checked against anything else.
 */
export const offerSchema = z.strictObject({
  /** The offer's last day in its market, or `no-end-date` for a standing price or an offer until withdrawn. */
  ends: z.optional(
    z
      .string()
      .check(
        z.refine(
          (s) => s === 'no-end-date' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && realDay(s)),
          'a real calendar date YYYY-MM-DD, or "no-end-date"',
        ),
      ),
  ),
  /** Units the offer can still sell when the copy goes out, or `not-limited` when supply does not limit it. */
  stock: z.optional(
    z.union([z.int().check(z.minimum(0), z.maximum(1_000_000_000)), z.literal('not-limited')], {
      error: 'a whole number of units (0 or more), or "not-limited"',
    }),
  ),
  timer: z.optional(z.enum(OFFER_TIMERS)),
  /** The same terms run again within 30 days of the end (a weekly "one-day" sale, a relaunch). */
  repeats: z.optional(z.boolean()),
});
export type Offer = z.infer<typeof offerSchema>;

/** One channel's list: how its people agreed to receive it, and where the list came from. */
export const consentEntrySchema = z.strictObject({
  channel: z.enum(CHANNELS),
  basis: z.enum(CONSENT_BASES),
  source: z.optional(z.enum(LIST_SOURCES)),
});

const person = z.strictObject({ name: text(L.shortText), email });
const team = z.strictObject({ team: text(L.shortText), owner: person });

const kpi = z.strictObject({
  name: text(L.shortText),
  unit: text(32),
  baseline: z.number(),
  target: z.number(),
  direction: z.enum(['increase', 'decrease']),
});

const evidence = z.strictObject({
  ref: text(L.mediumText),
  kind: z.enum(EVIDENCE_KINDS),
  summary: z.optional(text(L.mediumText)),
  /** When the evidence was last verified, as data. */
  verifiedOn: z.optional(day),
  /**
   * What the evidence measured the product against: `nothing` (the product alone), `own-products` (the
   * brand's earlier or other products), `named-competitors` (the rivals it names) or `whole-market`.
   */
  comparedWith: z.optional(z.enum(EVIDENCE_COMPARISONS)),
  /** Does the evidence cover `all` the claim says, or only `part` (the bottle, one model, one tier)? */
  covers: z.optional(z.enum(EVIDENCE_COVERAGE)),
  /** For a comparison: were like things compared (same tier, size, period and terms)? */
  likeForLike: z.optional(z.boolean()),
});

const claim = z.strictObject({
  id: slug,
  text: text(L.mediumText),
  category: z.enum(CLAIM_CATEGORIES),
  evidence: list(evidence, L.maxEvidencePerClaim),
});

const deliverable = z.strictObject({
  id: slug,
  kind: z.enum(DELIVERABLE_KINDS),
  copy: text(L.longText),
  /** BCP 47 language tag of the copy. */
  language: z.optional(
    pattern(35, /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-\d{3})?$/, 'BCP 47 tag like en or en-GB'),
  ),
  /** Claim ids this deliverable asserts; each must exist in /claims. */
  claimRefs: z.optional(list(slug)),
});

const channelPlan = z.strictObject({
  channel: z.enum(CHANNELS),
  deliverables: nonEmptyList(deliverable, L.maxDeliverablesPerChannel, 'deliverable'),
  /** Disclosure lines already attached to this channel's copy (ad disclosure, unsubscribe, address). */
  disclosures: z.optional(list(text(L.mediumText), 10)),
});

const approver = z.strictObject({
  group: slug,
  name: text(L.shortText),
  email,
  /** IANA time zone: the approval page gives the link's expiry in it (UTC when absent or unknown). */
  timeZone: z.optional(
    pattern(64, /^(UTC|[A-Z][A-Za-z_-]+(\/[A-Za-z0-9_+-]+){1,2})$/, 'an IANA time zone like Europe/Berlin'),
  ),
});

export const handoffPackageSchema = z.strictObject({
  schemaVersion: z.literal(PACKAGE_SCHEMA_VERSION),
  contract: z.strictObject({ id: slug, version: semver }),
  streamId: slug,
  packageId: slug,
  submittedAt: instant,
  title: text(L.shortText),
  from: team,
  to: team,
  objective: z.strictObject({
    statement: text(L.mediumText),
    kpis: nonEmptyList(kpi, 20, 'KPI'),
  }),
  audience: z.strictObject({
    primary: text(L.mediumText),
    segments: z.optional(list(text(L.shortText))),
    regions: z.optional(list(pattern(2, /^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 region code'))),
    /** How each channel's list agreed to receive it, one entry per channel. */
    consent: z.optional(
      list(consentEntrySchema, CHANNELS.length).check(
        z.refine(
          (entries) => new Set(entries.map((e) => e.channel)).size === entries.length,
          'one entry per channel (two entries for one channel would contradict each other)',
        ),
      ),
    ),
    /** The youngest age the targeting admits (age gate or platform setting), in years. */
    minAge: z.optional(z.int().check(z.minimum(0), z.maximum(120))),
  }),
  /** What is sold, as categories (ADR 0021); a regulated one never passes without a person. */
  product: z.optional(
    z.strictObject({
      categories: nonEmptyList(z.enum(PRODUCT_CATEGORIES), PRODUCT_CATEGORIES.length, 'category').check(
        z.refine((c) => new Set(c).size === c.length, 'each category once'),
        // "general" beside a regulated category would say two things about one package.
        z.refine(
          (c) => !c.includes('general') || c.length === 1,
          '"general" alone, or only the categories sold',
        ),
      ),
    }),
  ),
  offer: z.optional(offerSchema),
  story: z.strictObject({
    hook: text(L.mediumText),
    tension: text(L.mediumText),
    resolution: text(L.mediumText),
    keyMessage: text(L.mediumText),
    proofPoints: list(text(L.mediumText)),
  }),
  claims: list(claim, L.maxClaims),
  cta: z.strictObject({ text: text(L.shortText), url }),
  channels: nonEmptyList(channelPlan, L.maxChannels, 'channel'),
  brand: z.strictObject({
    voice: list(text(L.shortText), 20),
    mandatories: list(text(L.mediumText), 20),
    forbiddenTerms: z.optional(list(text(L.shortText), 100)),
    /** Competitor names: a comparison with one needs evidence (claim.competitor-comparison). */
    competitors: z.optional(list(text(L.shortText), 100)),
  }),
  deadlines: z.strictObject({
    handoffDue: day,
    launch: day,
    reviewBy: z.optional(day),
  }),
  approvers: nonEmptyList(approver, L.maxApprovers, 'approver'),
  /** Postal address for commercial email footers, when the package carries email. */
  sender: z.optional(z.strictObject({ postalAddress: text(L.mediumText) })),
});

export type HandoffPackage = z.infer<typeof handoffPackageSchema>;
export type Claim = HandoffPackage['claims'][number];
export type ChannelPlan = HandoffPackage['channels'][number];
export type Deliverable = ChannelPlan['deliverables'][number];
export type Approver = HandoffPackage['approvers'][number];
