import { eventBridgeClient, events } from '#adapters/events';
import { mailer, sesClient } from '#adapters/mailer';
import { signingKey } from '#adapters/signing-key';
import { sfnClient, workflow } from '#adapters/workflow';
import { TaskGoneError } from '#app/ports';
import { useLocalStack } from '../support/stack.ts';

const stack = useLocalStack();

beforeAll(() => {
  for (const c of [eventBridgeClient, sesClient, sfnClient, events, mailer, workflow, signingKey]) c.reset();
});

/** Registers a waiting task with the local Step Functions endpoint and returns how it ends. */
function waitingTask(token: string): Promise<{ ok: true; output: unknown } | { ok: false; error: Error }> {
  return new Promise((resolve) => {
    stack().emulators.sfn.tokens.register(token, {
      executionArn: 'arn:aws:states:us-east-1:000000000000:execution:sm:adapters',
      stateName: 'RequestApproval',
      resolve: (output) => resolve({ ok: true, output }),
      reject: (error) => resolve({ ok: false, error }),
    });
  });
}

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

  it('resumes a waiting task with the decision, and rejects with ApprovalRejectedError and the reason', async () => {
    const approved = waitingTask('token-approve-1');
    await workflow
      .get()
      .succeed('token-approve-1', { decision: 'approved', approver: 'ana@example.com', decidedAt: 't' });
    expect(await approved).toEqual({
      ok: true,
      output: { decision: 'approved', approver: 'ana@example.com', decidedAt: 't' },
    });
    const rejected = waitingTask('token-reject-1');
    await workflow.get().fail('token-reject-1', 'ApprovalRejectedError', 'no evidence');
    const result = await rejected;
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({ name: 'ApprovalRejectedError', message: 'no evidence' });
  });

  it('reports a token nobody waits on (settled, unknown) as TaskGoneError, not as a transient failure', async () => {
    const once = waitingTask('token-once-1');
    await workflow.get().succeed('token-once-1', { decision: 'approved', approver: 'a', decidedAt: 't' });
    await once;
    await expect(
      workflow.get().succeed('token-once-1', { decision: 'approved', approver: 'a', decidedAt: 't' }),
    ).rejects.toBeInstanceOf(TaskGoneError);
    await expect(workflow.get().fail('token-never-issued', 'X', 'y')).rejects.toBeInstanceOf(TaskGoneError);
  });

  it('reads the signing key from SIGNING_KEY_FILE once per container', async () => {
    const key = await signingKey.get().get();
    expect(key.byteLength).toBeGreaterThanOrEqual(32);
    expect(await signingKey.get().get()).toBe(key);
  });
});
