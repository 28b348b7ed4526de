import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE, type EventsPort } from '#app/ports';
import { TransientDependencyError } from '#shared/errors';
import { type ClientSource, call, clientConfig, lazy, lazyAsync } from './aws.ts';
import { requireEnv } from './env.ts';
import { traced } from './tracing.ts';

/** The EventBridge SDK, imported on first use (see `lazyAsync`). */
const eventBridgeSdk = lazyAsync(() => import('@aws-sdk/client-eventbridge')).get;

export const eventBridgeClient = lazyAsync<EventBridgeClient>(async () => {
  const { EventBridgeClient } = await eventBridgeSdk();
  return traced(new EventBridgeClient(clientConfig()));
});

export function eventBridgeEvents(
  bus: () => string = () => requireEnv('EVENT_BUS_NAME'),
  client: ClientSource<EventBridgeClient> = eventBridgeClient.get,
): EventsPort {
  return {
    async publish(detailType, detail) {
      const { PutEventsCommand } = await eventBridgeSdk();
      const out = await call('EventBridge PutEvents', async () =>
        (await client()).send(
          new PutEventsCommand({
            Entries: [
              {
                EventBusName: bus(),
                Source: EVENT_SOURCE,
                DetailType: detailType,
                Detail: JSON.stringify(detail),
              },
            ],
          }),
        ),
      );
      // PutEvents answers 200 even when an entry failed; a failed entry is retried at the state level.
      if ((out.FailedEntryCount ?? 0) > 0) {
        const entry = out.Entries?.[0];
        throw new TransientDependencyError(
          `EventBridge PutEvents rejected the entry (${entry?.ErrorCode ?? 'unknown'}: ${entry?.ErrorMessage ?? ''})`,
        );
      }
    },
  };
}

export const events = lazy(() => eventBridgeEvents());
