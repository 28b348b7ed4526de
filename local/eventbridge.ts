import { randomUUID } from 'node:crypto';
import { AwsServiceError, type RunningServer, startAwsJsonServer } from './aws-json-server.ts';

/**
 * A local EventBridge bus: `PutEvents` over JSON 1.1, the same call `@aws-sdk/client-eventbridge` makes
 * in AWS. Events are kept in memory as the envelope a rule target receives, and delivered to
 * subscribers (the local runtime's rules) in order.
 */

/** An event as EventBridge delivers it to a target. */
export interface BusEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: unknown;
  'event-bus-name': string;
}

export type BusListener = (event: BusEvent) => void;

export interface LocalEventBus {
  url: string;
  busName: string;
  /** Every event accepted so far, oldest first. */
  events(): BusEvent[];
  clear(): void;
  /** Called for every accepted event; returns an unsubscribe function. */
  subscribe(listener: BusListener): () => void;
  close(): Promise<void>;
}

export const LOCAL_ACCOUNT = '000000000000';

interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Resources?: string[];
  Time?: string | number;
}

function busNameOf(nameOrArn: string): string {
  const marker = ':event-bus/';
  const at = nameOrArn.indexOf(marker);
  return at >= 0 ? nameOrArn.slice(at + marker.length) : nameOrArn;
}

/** A serialized Time is epoch seconds (the SDK's JSON 1.1 serializer); keep ISO strings as given. */
function eventTime(time: PutEventsEntry['Time']): string {
  if (typeof time === 'number') return new Date(time * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (typeof time === 'string') return time;
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

interface EntryError {
  ErrorCode: string;
  ErrorMessage: string;
}

/** The event a rule target would receive for one entry, or the error PutEvents reports for it. */
function busEventOf(entry: PutEventsEntry, opts: { busName: string; region: string }): BusEvent | EntryError {
  const fail = (ErrorCode: string, ErrorMessage: string): EntryError => ({ ErrorCode, ErrorMessage });
  const bus = busNameOf(entry.EventBusName ?? 'default');
  if (bus !== opts.busName && bus !== 'default') {
    return fail('NotFoundException', `Event bus ${bus} does not exist.`);
  }
  if (!entry.Source)
    return fail('InvalidArgument', 'Parameter Source is not valid. Reason: Source is a required argument.');
  if (!entry.DetailType) {
    return fail(
      'InvalidArgument',
      'Parameter DetailType is not valid. Reason: DetailType is a required argument.',
    );
  }
  let detail: unknown;
  try {
    detail = JSON.parse(entry.Detail ?? '');
  } catch {
    return fail('MalformedDetail', 'Detail is malformed.');
  }
  if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) {
    return fail('MalformedDetail', 'Detail is malformed.');
  }
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': entry.DetailType,
    source: entry.Source,
    account: LOCAL_ACCOUNT,
    time: eventTime(entry.Time),
    region: opts.region,
    resources: entry.Resources ?? [],
    detail,
    'event-bus-name': bus,
  };
}

export async function startLocalEventBus(opts: { busName: string; region: string }): Promise<LocalEventBus> {
  const accepted: BusEvent[] = [];
  const listeners = new Set<BusListener>();

  const putEvents = (input: Record<string, unknown>) => {
    const entries = input.Entries;
    if (!Array.isArray(entries) || entries.length === 0 || entries.length > 10) {
      throw new AwsServiceError('ValidationException', 'Entries must hold between 1 and 10 entries');
    }
    let failed = 0;
    const results = (entries as PutEventsEntry[]).map((entry) => {
      const event = busEventOf(entry, opts);
      if ('ErrorCode' in event) {
        failed += 1;
        return event;
      }
      accepted.push(event);
      // Deliver after the response, as EventBridge does: a slow subscriber never blocks the producer.
      setImmediate(() => {
        for (const listener of listeners) listener(event);
      });
      return { EventId: event.id };
    });
    return { FailedEntryCount: failed, Entries: results };
  };

  const running: RunningServer = await startAwsJsonServer({
    targetPrefix: 'AWSEvents',
    jsonVersion: '1.1',
    operations: { PutEvents: putEvents },
  });

  return {
    url: running.url,
    busName: opts.busName,
    events: () => [...accepted],
    clear: () => {
      accepted.length = 0;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      listeners.clear();
      await running.close();
    },
  };
}
