import { eventBridgeClient, events } from '#adapters/events';
import { mailer, sesClient } from '#adapters/mailer';
import { useLocalStack } from '../support/stack.ts';

const stack = useLocalStack();

beforeAll(() => {
  for (const c of [eventBridgeClient, sesClient, events, mailer]) c.reset();
});

describe('messaging adapters against the local endpoints', () => {
  it('sends one email with text and HTML bodies through SES v2', async () => {
    await stack().clearMail();
    const { messageId } = await mailer.get().send({
      to: 'ana@example.com',
      subject: 'Approval needed: Spring launch (risk high)',
      text: 'plain body',
      html: '<p>html body</p>',
    });
    expect(messageId).not.toBe('');
    const mail = await stack().sentMail();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      from: stack().env.SENDER_EMAIL,
      destination: { to: ['ana@example.com'] },
      subject: 'Approval needed: Spring launch (risk high)',
      body: { text: 'plain body', html: '<p>html body</p>' },
    });
  });

  it('puts an event on the bus with the product source and the detail as JSON', async () => {
    stack().clearEvents();
    await events.get().publish('Handoff Handed Off', { streamId: 's1', artifactDigest: 'a1' });
    const [event, ...rest] = stack().events();
    expect(rest).toHaveLength(0);
    expect(event).toMatchObject({
      source: 'handoff-contracting',
      'detail-type': 'Handoff Handed Off',
      'event-bus-name': stack().env.EVENT_BUS_NAME,
      detail: { streamId: 's1', artifactDigest: 'a1' },
    });
  });
});
