import { randomUUID } from 'node:crypto';
import type { S3rverEvent } from 's3rver';
import type { Emulators } from './emulators.ts';
import { matchesPattern } from './event-pattern.ts';
import type { BusEvent } from './eventbridge.ts';
import { applyInputTransformer, LOCAL_ACCOUNT, LOCAL_REGION, type SynthesizedWorkflow } from './synth.ts';

/**
 * The two triggers of the template, locally: S3 Object Created under the incoming prefix and
 * `Handoff Submitted` on the bus, each turned into the state machine's input by its rule's transformer.
 */

/** The Object Created event EventBridge delivers for an s3rver notification record. */
function objectCreatedEvent(record: S3rverEvent['Records'][number]): BusEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account: LOCAL_ACCOUNT,
    time: record.eventTime.replace(/\.\d{3}Z$/, 'Z'),
    region: LOCAL_REGION,
    resources: [`arn:aws:s3:::${record.s3.bucket.name}`],
    detail: {
      version: '0',
      bucket: { name: record.s3.bucket.name },
      object: {
        key: record.s3.object.key,
        size: record.s3.object.size,
        etag: record.s3.object.eTag,
        sequencer: record.s3.object.sequencer,
      },
      'request-id': randomUUID(),
      requester: LOCAL_ACCOUNT,
      'source-ip-address': '127.0.0.1',
      reason: 'PutObject',
    },
    'event-bus-name': 'default',
  };
}

/** The template's EventBridge rules: runs start from S3 puts under the prefix and from matching bus events. */
export function wireTriggers(
  emulators: Emulators,
  workflow: SynthesizedWorkflow,
  start: (input: unknown, how: 's3' | 'event') => unknown,
  stops: (() => Promise<void>)[],
): void {
  for (const trigger of workflow.triggers) {
    if (trigger.kind === 's3') {
      const off = emulators.onS3Event((notification) => {
        for (const record of notification.Records) {
          if (!record.eventName.startsWith('ObjectCreated:')) continue;
          const event = objectCreatedEvent(record);
          if (!matchesPattern(trigger.pattern, event)) continue;
          start(applyInputTransformer(trigger.transformer, event), 's3');
        }
      });
      stops.push(async () => off());
    } else {
      const off = emulators.bus.subscribe((event) => {
        if (event['event-bus-name'] !== workflow.resources.eventBusName) return;
        if (!matchesPattern(trigger.pattern, event)) return;
        start(applyInputTransformer(trigger.transformer, event), 'event');
      });
      stops.push(async () => off());
    }
  }
}
