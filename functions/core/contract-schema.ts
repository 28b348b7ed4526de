import * as z from 'zod/mini';
import { CHANNELS, CLAIM_CATEGORIES, EVIDENCE_FACTS, PRODUCT_CATEGORIES } from './package-schema.ts';

/**
 * A handoff contract: versioned data that says what a given kind of handoff must carry, how it is
 * scored, which rulebooks apply, who approves what, and where the result goes next.
 * Contracts live in `contracts/*.json`; `handoff contract diff` classifies changes between versions.
 */
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const DIMENSIONS = ['completeness', 'evidence', 'policy', 'channelFit', 'consistency'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const CONTRACT_STATUSES = ['draft', 'active', 'deprecated', 'retired'] as const;

const str = (max: number, min = 0) => z.string().check(z.minLength(min), z.maxLength(max));
const slug = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'a lowercase slug'));
const semver = z.string().check(z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'MAJOR.MINOR.PATCH'));
const jsonPointer = z
  .string()
  .check(z.maxLength(256), z.regex(/^(\/[^/]+)+$/, 'JSON pointer such as /story/proofPoints'));
const intIn = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const percent = intIn(0, 100);
const arr = <T extends z.ZodMiniType>(item: T, max: number, min = 0) =>
  z.array(item).check(z.minLength(min), z.maxLength(max));

/** At most this many reminders per route: each is a round of mail and a few state transitions. */
export const MAX_REMINDERS = 5;

export const approvalRouteSchema = z.strictObject({
  id: slug,
  /** Every present condition must hold for the route to apply; routes are evaluated in order. */
  when: z.strictObject({
    minRisk: z.optional(z.enum(RISK_LEVELS)),
    channels: z.optional(arr(z.enum(CHANNELS), 20)),
    claimCategories: z.optional(arr(z.enum(CLAIM_CATEGORIES), 20)),
    /** Regulatory topics (rulebook `topic`s) of the package's findings or claims, e.g. health, alcohol. */
    topics: z.optional(arr(slug, 30)),
  }),
  group: slug,
  /**
   * Reminders to approvers who have not decided, at these percentages of the approval timeout (ascending,
   * 1..99). None by default: the request waits for the whole timeout, as before.
   */
  reminders: z.optional(arr(intIn(1, 99), MAX_REMINDERS, 1)),
  /** The group that also gets the request at the last reminder when nobody has decided by then. */
  escalateTo: z.optional(slug),
});

export const handoffContractSchema = z.strictObject({
  id: slug,
  version: semver,
  status: z.enum(CONTRACT_STATUSES),
  title: str(200, 1),
  description: str(2_000),
  /** Who hands off to whom, e.g. creative → production. */
  handoff: z.strictObject({ from: slug, to: slug }),
  packageSchemaVersion: z.literal('1'),
  /** Fields that must be present and non-empty beyond the base schema (JSON pointers, arrays: non-empty). */
  requiredFields: arr(jsonPointer, 100),
  /**
   * Fields required only when the package has one of the channels or declares one of the product
   * categories (either condition, when both are given): consent for e-mail and SMS lists, the youngest
   * age for alcohol and gambling.
   */
  requiredWhen: z.optional(
    arr(
      z.strictObject({
        when: z.strictObject({
          channels: z.optional(arr(z.enum(CHANNELS), 20, 1)),
          productCategories: z.optional(arr(z.enum(PRODUCT_CATEGORIES), 20, 1)),
        }),
        fields: arr(jsonPointer, 20, 1),
      }),
      20,
    ),
  ),
  /**
   * Facts every evidence item of a claim in one of these categories must state of itself (ADR 0022):
   * `comparedWith`, `covers`, `likeForLike`. `likeForLike` is asked only of an item whose `comparedWith`
   * compares (anything but `nothing`): whether like was compared with like means nothing otherwise.
   */
  requiredEvidenceFacts: z.optional(
    arr(
      z.strictObject({
        claimCategories: arr(z.enum(CLAIM_CATEGORIES), CLAIM_CATEGORIES.length, 1),
        fields: arr(z.enum(EVIDENCE_FACTS), EVIDENCE_FACTS.length, 1),
      }),
      20,
    ),
  ),
  /** Channels this contract accepts; a package using another channel is a finding. */
  allowedChannels: arr(z.enum(CHANNELS), 20, 1),
  /** Competitor names a comparison must be substantiated against (beside the package's brand kit). */
  competitors: z.optional(arr(str(100, 1), 200)),
  scoring: z.strictObject({
    /** Integer weights per dimension; they must sum to 100. */
    weights: z.strictObject({
      completeness: percent,
      evidence: percent,
      policy: percent,
      channelFit: percent,
      consistency: percent,
    }),
    thresholds: z.strictObject({
      /** Total score at or above which a package with no blocking finding may pass without a human. */
      autoPassMin: percent,
      /** Below this total the package is blocked outright. */
      blockBelow: percent,
    }),
    /** Risk band by total score: a score below `highBelow` is high risk, and so on. */
    riskBands: z.strictObject({ criticalBelow: percent, highBelow: percent, mediumBelow: percent }),
    /** Points deducted from the policy dimension per finding of each severity. */
    penalties: z.strictObject({ block: percent, warn: percent, info: percent }),
  }),
  rulebooks: arr(z.strictObject({ id: slug, version: semver }), 10, 1),
  /** Per-rule severity overrides or disabling, by rule id. */
  ruleOverrides: z.optional(
    z.record(str(64, 1), z.strictObject({ severity: z.enum(['block', 'warn', 'info', 'off']) })),
  ),
  approvals: z.strictObject({
    timeoutSeconds: intIn(60, 30 * 24 * 3600),
    defaultGroup: slug,
    routes: arr(approvalRouteSchema, 50),
    /** When may the human gate be skipped? Never for blocking findings. */
    autoApprove: z.strictObject({ enabled: z.boolean(), maxRisk: z.enum(RISK_LEVELS), minScore: percent }),
  }),
  sla: z.strictObject({
    cycleTimeHours: z.strictObject({
      baseline: z.number().check(z.positive()),
      target: z.number().check(z.positive()),
    }),
  }),
  consumes: arr(str(200), 20),
  produces: arr(str(200), 20),
  routing: z.strictObject({
    tag: str(200),
    downstream: arr(
      z.strictObject({
        consumer: slug,
        /** Event detail-type or queue hint the consumer listens on. */
        hint: str(200),
        when: z.enum(['handed-off', 'rejected', 'rolled-back']),
      }),
      20,
    ),
  }),
});

export type HandoffContract = z.infer<typeof handoffContractSchema>;
export type ApprovalRoute = z.infer<typeof approvalRouteSchema>;
