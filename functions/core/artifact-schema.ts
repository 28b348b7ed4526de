import * as z from 'zod/mini';
import type { HandoffArtifact } from './artifact-types.ts';
import { RULE_FAMILIES } from './artifact-types.ts';
import { DIMENSIONS, RISK_LEVELS } from './contract-schema.ts';
import { SKILL } from './identity.ts';
import { CHANNELS } from './package-schema.ts';

/**
 * zod/mini schema of the primary artifact (mirrors `artifact-types.ts`; a type-level check below keeps
 * the two in step). Consumers validate artifacts they receive with it, and `handoff schemas --write`
 * publishes it as `schemas/handoff-artifact.v1.schema.json`.
 */

const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256 digest'));
const int0to100 = z.int().check(z.minimum(0), z.maximum(100));
const semverLike = z.string().check(z.minLength(1), z.maxLength(64));
const ref = z.strictObject({ id: z.string(), version: semverLike });

const finding = z.strictObject({
  ruleId: z.string().check(z.minLength(1)),
  family: z.enum(RULE_FAMILIES),
  severity: z.enum(['block', 'warn', 'info']),
  pointer: z.string(),
  span: z.nullable(z.tuple([z.int().check(z.minimum(0)), z.int().check(z.minimum(0))])),
  message: z.string().check(z.minLength(1)),
  excerpt: z.optional(z.string().check(z.maxLength(120))),
  topic: z.optional(z.string()),
  quote: z.optional(z.string().check(z.maxLength(120))),
  why: z.optional(z.string()),
  fix: z.optional(z.string()),
});

const dimensionScore = z.strictObject({ score: int0to100, weight: int0to100 });

const person = z.strictObject({ name: z.string(), email: z.string() });

export const handoffArtifactSchema = z.strictObject({
  artifact: z.literal(SKILL.artifactName),
  artifactVersion: z.literal(SKILL.artifactVersion),
  package: z.strictObject({
    streamId: z.string(),
    packageId: z.string(),
    title: z.string(),
    submittedAt: z.string(),
    digest: sha256,
    channels: z.array(z.enum(CHANNELS)),
  }),
  contract: ref,
  scorecard: z.strictObject({
    total: int0to100,
    dimensions: z.strictObject(
      Object.fromEntries(DIMENSIONS.map((d) => [d, dimensionScore])) as Record<
        (typeof DIMENSIONS)[number],
        typeof dimensionScore
      >,
    ),
  }),
  findings: z.array(finding),
  decision: z.strictObject({
    outcome: z.enum(['pass', 'needs-approval', 'blocked']),
    reasons: z.array(z.string()),
  }),
  risk: z.enum(RISK_LEVELS),
  confidence: z.strictObject({ value: int0to100, basis: z.array(z.string()) }),
  approval: z.strictObject({
    required: z.boolean(),
    reason: z.string(),
    routeId: z.string(),
    group: z.string(),
    approvers: z.array(person),
    timeoutSeconds: z.int().check(z.positive()),
  }),
  routing: z.strictObject({
    tag: z.literal(SKILL.routingTag),
    downstream: z.array(
      z.strictObject({
        consumer: z.string(),
        hint: z.string(),
        when: z.enum(['handed-off', 'rejected', 'rolled-back']),
      }),
    ),
  }),
  evidence: z.array(z.strictObject({ claimId: z.string(), category: z.string(), refs: z.array(z.string()) })),
  languages: z.optional(
    z.array(
      z.strictObject({
        pointer: z.string(),
        language: z.string(),
        source: z.enum(['declared', 'detected']),
        covered: z.boolean(),
      }),
    ),
  ),
  trace: z.strictObject({
    engineVersion: z.string(),
    contract: ref,
    rulebooks: z.array(ref),
    steps: z.array(z.strictObject({ step: z.string(), inputDigest: sha256, outputDigest: sha256 })),
  }),
  report: z.string(),
  digest: sha256,
  delivery: z.optional(z.record(z.string(), z.unknown())),
});

type Parsed = z.infer<typeof handoffArtifactSchema>;
// Compile-time guard: the schema and the hand-written interface must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _inSync: Same<Parsed, HandoffArtifact> = true;
void _inSync;
