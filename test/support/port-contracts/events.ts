import { EVENT_SOURCE, type EventsPort, type HandoffDetailType } from '#app/ports';
import { fresh } from './storage.ts';

/**
 * The events port's behaviours, declared once: the in-memory port runs them in the unit suite, the
 * EventBridge adapter against the local PutEvents endpoint (local/eventbridge.ts) in the integration suite.
 * `published()` reads what reached the bus (the memory list, or the events the local bus accepted), as a
 * rule target would see it. Every test marks its events with a fresh id, so a shared bus needs no cleanup.
 */

export interface PublishedEvent {
  source: string;
  detailType: string;
  detail: unknown;
}

export interface EventsHarness {
  events: EventsPort;
  /** Every event on the bus so far, oldest first. */
  published(): Promise<PublishedEvent[]>;
}

export function describeEventsContract(name: string, make: () => EventsHarness): void {
  describe(`events port contract: ${name}`, () => {
    const mine = async (bus: EventsHarness, mark: string) =>
      (await bus.published()).filter((e) => (e.detail as { mark?: unknown } | null)?.mark === mark);

    it('puts one event per call, in order, with the product source, the detail type and the detail', async () => {
      const bus = make();
      const mark = fresh('evt');
      const types: HandoffDetailType[] = ['Handoff Handed Off', 'Handoff Rejected', 'Handoff Rolled Back'];
      for (const [i, detailType] of types.entries()) {
        await bus.events.publish(detailType, { mark, i, nested: { list: [1, 'two', null], ok: true } });
      }
      expect(await mine(bus, mark)).toEqual(
        types.map((detailType, i) => ({
          source: EVENT_SOURCE,
          detailType,
          detail: { mark, i, nested: { list: [1, 'two', null], ok: true } },
        })),
      );
    });

    it('delivers the detail as JSON: undefined fields dropped, dates as ISO strings', async () => {
      const bus = make();
      const mark = fresh('evt');
      await bus.events.publish('Handoff Rejected', {
        mark,
        reason: undefined,
        at: new Date('2026-11-02T10:00:00.000Z'),
      });
      const [event] = await mine(bus, mark);
      expect(event?.detail).toStrictEqual({ mark, at: '2026-11-02T10:00:00.000Z' });
    });

    it('refuses a detail that is not JSON (a bigint) and puts nothing on the bus', async () => {
      const bus = make();
      const mark = fresh('evt');
      await expect(bus.events.publish('Handoff Handed Off', { mark, n: 1n })).rejects.toBeInstanceOf(
        TypeError,
      );
      expect(await mine(bus, mark)).toEqual([]);
    });
  });
}
