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

/** The custom trigger put on the product's bus. */
export const handoffSubmittedEventSchema = z.object({
  ...envelope,
  'detail-type': z.literal('Handoff Submitted'),
  source: z.literal('handoff-contracting'),
  detail: z.object({ packageRef: objectRef }),
});

/** Lambda Function URL request, payload format 2.0 (the fields the approval callback relies on). */
export const functionUrlRequestSchema = z.object({
  version: z.literal('2.0'),
  routeKey: z.string(),
  rawPath: z.string().check(z.regex(/^\//)),
  rawQueryString: z.string(),
  headers: z.record(z.string(), z.string()),
  queryStringParameters: z.optional(z.record(z.string(), z.string())),
  body: z.optional(z.string()),
  isBase64Encoded: z.boolean(),
  requestContext: z.object({
    accountId: z.string(),
    apiId: z.string(),
    domainName: z.string(),
    http: z.object({
      method: z.string(),
      path: z.string(),
      protocol: z.string(),
      sourceIp: z.string(),
      userAgent: z.optional(z.string()),
    }),
    requestId: z.string(),
    time: z.string(),
    timeEpoch: z.number(),
  }),
});

/** The execution input a trigger event starts, or undefined for an event that starts nothing. */
export function executionInputFromEvent(
  event: unknown,
  incomingPrefix = 'incoming/',
): ExecutionInput | undefined {
  const s3 = s3ObjectCreatedEventSchema.safeParse(event);
  if (s3.success) {
    const key = s3.data.detail.object.key;
    if (!key.startsWith(incomingPrefix)) return undefined;
    return { trigger: 's3', packageRef: { bucket: s3.data.detail.bucket.name, key } };
  }
  const submitted = handoffSubmittedEventSchema.safeParse(event);
  if (submitted.success) return { trigger: 'event', packageRef: submitted.data.detail.packageRef };
  return undefined;
}
