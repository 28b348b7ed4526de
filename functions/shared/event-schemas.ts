import * as z from 'zod/mini';
import type { ExecutionInput } from './workflow-types.ts';

/**
 * The events that start a run, as AWS delivers them. The EventBridge rules' input transformers do the
 * same mapping in AWS; the local runtime and the tests use these schemas to map fixtures and s3rver events.
 */

const envelope = {
  version: z.string(),
  id: z.string(),
  account: z.string(),
  time: z.string(),
  region: z.string(),
  resources: z.array(z.string()),
};

const objectRef = z.object({
  bucket: z.string().check(z.minLength(3), z.maxLength(63)),
  key: z.string().check(z.minLength(1), z.maxLength(1024)),
  versionId: z.optional(z.nullable(z.string())),
});

/** S3 `Object Created` via EventBridge (bucket notifications to EventBridge enabled). */
export const s3ObjectCreatedEventSchema = z.object({
  ...envelope,
  'detail-type': z.literal('Object Created'),
  source: z.literal('aws.s3'),
  detail: z.object({
    version: z.string(),
    bucket: z.object({ name: z.string().check(z.minLength(3)) }),
    object: z.object({
      key: z.string().check(z.minLength(1)),
      size: z.optional(z.number()),
      etag: z.optional(z.string()),
      'version-id': z.optional(z.string()),
      sequencer: z.optional(z.string()),
    }),
    'request-id': z.optional(z.string()),
    requester: z.optional(z.string()),
    'source-ip-address': z.optional(z.string()),
    reason: z.optional(z.string()),
  }),
});

/**
 * An execution's input as the trigger rules built it, read back later (a Step Functions status-change event
 * carries it as the string `detail.input`): its trigger and package, other fields dropped. Lenient on the
 * reference (no length checks): it names whatever the execution was started with.
 */
export const executionInputSchema = z.object({
  trigger: z.enum(['s3', 'event']),
  packageRef: z.union([
    z.object({ bucket: z.string(), key: z.string(), versionId: z.optional(z.nullable(z.string())) }),
    z.object({ unusable: z.unknown() }),
  ]),
});

/**
 * Step Functions `Execution Status Change` on the default bus. The reconciler's rule matches its
 * `stateMachineArn` and `status` and passes `executionArn`, `status` and `input` (the execution's input as a
 * JSON string, read with `executionInputSchema`) to the rollback function (infra/constructs/reconciler.ts).
 */
export const executionStatusChangeEventSchema = z.object({
  ...envelope,
  'detail-type': z.literal('Step Functions Execution Status Change'),
  source: z.literal('aws.states'),
  detail: z.object({
    executionArn: z.string(),
    stateMachineArn: z.string(),
    name: z.string(),
    status: z.string(),
    startDate: z.number(),
    stopDate: z.nullable(z.number()),
    input: z.optional(z.nullable(z.string())),
  }),
});

/** The custom trigger put on the product's bus. */
export const handoffSubmittedEventSchema = z.object({
  ...envelope,
  'detail-type': z.literal('Handoff Submitted'),
  source: z.literal('handoff-contracting'),
  detail: z.object({ packageRef: objectRef }),
});

/** Any `Handoff Submitted` event, usable or not (the rule for unusable ones starts a rejection). */
const handoffSubmittedEnvelopeSchema = z.object({
  ...envelope,
  'detail-type': z.literal('Handoff Submitted'),
  source: z.literal('handoff-contracting'),
  detail: z.record(z.string(), z.unknown()),
});

/**
 * Details of outcome events this product publishes on its bus (at least once: consumers dedupe on
 * `eventId`). Consumers should accept fields added later; these list what each type always carries.
 */
const outcomeDetail = {
  eventId: z.string(),
  streamId: z.string(),
  packageId: z.string(),
  runId: z.string(),
  routingTag: z.string(),
  reason: z.string(),
};

/** `Handoff Superseded`: a later revision of the stream already holds the pointer; this one left it alone. */
export const handoffSupersededDetailSchema = z.object({
  ...outcomeDetail,
  outcome: z.literal('superseded'),
  /** The revision's place in the stream's submission order (null for a run from before ordering). */
  streamSeq: z.nullable(z.number()),
  artifactDigest: z.string(),
  supersededBy: z.object({
    runId: z.nullable(z.string()),
    streamSeq: z.nullable(z.number()),
    artifactDigest: z.nullable(z.string()),
  }),
});

/** `Handoff Duplicate Ignored`: the same package is held by another run (`duplicateOf`); nothing ran. */
export const handoffDuplicateIgnoredDetailSchema = z.object({
  ...outcomeDetail,
  outcome: z.literal('duplicate'),
  packageDigest: z.string(),
  contract: z.object({ id: z.string(), version: z.string() }),
  duplicateOf: z.string(),
});

/** `Handoff Rolled Back` (and `Handoff Rejected` of a run that got past intake): where the pointer went. */
export const handoffRolledBackDetailSchema = z.object({
  ...outcomeDetail,
  outcome: z.enum(['rolled-back', 'rejected', 'interrupted']),
  error: z.string(),
  rolledBackTo: z.nullable(z.string()),
  pointer: z.enum(['restored', 'left-alone', 'not-moved']),
  pointerNote: z.string(),
  /** A technical end released the package's dedupe claim: the same file can be submitted again. */
  claimReleased: z.boolean(),
});

/**
 * API Gateway REST API request with Lambda proxy integration, payload format 1.0 (the fields the approval
 * callback relies on): `path` is the resource path without the stage, `requestContext.path` the path the
 * browser asked for, stage included.
 */
export const restApiRequestSchema = z.object({
  resource: z.string(),
  path: z.string().check(z.regex(/^\//)),
  httpMethod: z.string(),
  headers: z.nullable(z.record(z.string(), z.string())),
  queryStringParameters: z.nullable(z.record(z.string(), z.string())),
  pathParameters: z.nullable(z.record(z.string(), z.string())),
  body: z.nullable(z.string()),
  isBase64Encoded: z.boolean(),
  requestContext: z.object({
    accountId: z.string(),
    apiId: z.string(),
    domainName: z.string(),
    path: z.string(),
    stage: z.string(),
    requestId: z.string(),
    requestTimeEpoch: z.number(),
    identity: z.object({ sourceIp: z.string(), userAgent: z.nullable(z.string()) }),
  }),
});

/**
 * The execution input a trigger event starts, or undefined for an event that starts nothing: what the two
 * S3 / `Handoff Submitted` rules and the rule for unusable `Handoff Submitted` events do in AWS. `bucket`:
 * the stack's bucket (when given, a `Handoff Submitted` naming another one is unusable).
 */
export function executionInputFromEvent(
  event: unknown,
  incomingPrefix = 'incoming/',
  bucket?: string,
): ExecutionInput | undefined {
  const s3 = s3ObjectCreatedEventSchema.safeParse(event);
  if (s3.success) {
    const { object } = s3.data.detail;
    if (!object.key.startsWith(incomingPrefix)) return undefined;
    const packageRef = {
      bucket: s3.data.detail.bucket.name,
      key: object.key,
      versionId: object['version-id'] ?? null,
    };
    return { trigger: 's3', packageRef };
  }
  const submitted = handoffSubmittedEnvelopeSchema.safeParse(event);
  if (!submitted.success) return undefined;
  const ref = objectRef.safeParse(submitted.data.detail.packageRef);
  const usable =
    ref.success &&
    ref.data.key.startsWith(incomingPrefix) &&
    (bucket === undefined || ref.data.bucket === bucket);
  return usable
    ? { trigger: 'event', packageRef: ref.data }
    : { trigger: 'event', packageRef: { unusable: submitted.data.detail } };
}
