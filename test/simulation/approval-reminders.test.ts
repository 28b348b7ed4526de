import { dynamoOpsStore } from '#adapters/ops-store';
import { pendingRequests } from '#app/follow';
import type { LambdaHandler } from '../../local/workflow.ts';
import { packageOf } from '../support/packages.ts';
import { decideFromMail, useLocalRuntime, waitForMail } from '../support/stack.ts';
import { busEventsOf, entered, outputOf, type Run } from './support.ts';

// Reminders and escalation on the local stack: the synthesized loop, the real handlers, and the local
// clock moved forward instead of waiting a day. Contract campaign-package-to-publishing@1.1.0 reminds at
// 50 % and 90 % of its 24 h timeout and escalates the spring launch (routed to legal) to marketing-lead.

const LEGAL = 'priya.nair@greenhouse-goods.co';
const BACKUP = 'jonas.weber@greenhouse-goods.co';
const HOUR_MS = 3_600_000;
/** Checkpoints of a 24 h timeout at 50 % and 90 %: 12 h, 21.6 h, then the timeout at 24 h. */
const STEPS_MS = [12 * HOUR_MS, 9.6 * HOUR_MS, 2.4 * HOUR_MS];

/** Holds the router of one stream's stage until released: a decision then meets no waiting task. */
const held: { stream?: string; stage?: number; release?: () => void } = {};
const holdRouter = (name: string, handler: LambdaHandler): LambdaHandler =>
  name !== 'approval-router'
    ? handler
    : async (event, context) => {
        const input = event as {
          intake?: { streamId?: string };
          scoring?: { approval?: { wait?: { stage?: number } } };
        };
        if (input.intake?.streamId === held.stream && input.scoring?.approval?.wait?.stage === held.stage) {
          await new Promise<void>((resolve) => {
            held.release = resolve;
          });
        }
        return handler(event, context);
      };

const runtime = useLocalRuntime({ retryIntervalMs: 0, wrapHandler: holdRouter });

beforeAll(async () => {
  await runtime().setFlag('on', 100);
});

async function submitWithReminders(stream: string) {
  const pkg = packageOf('approval', stream, 'r1') as { contract: { version: string } };
  pkg.contract.version = '1.1.0';
  const execution = await runtime().submitPackage(pkg, `incoming/${stream}.json`);
  await waitForMail(runtime(), { to: LEGAL, contains: `(stream ${stream})` }, 60_000);
  return execution;
}

const mailTo = async (to: string, stream: string) =>
  (await runtime().emulators.sentMail()).filter(
    (m) => m.destination.to.includes(to) && m.body.text?.includes(`(stream ${stream})`),
  );

/**
 * Moves the local clock past the next checkpoint and waits for the mail that stage sends to `to` about this
 * stream: an earlier test's mail of the same stage must not count, or the clock moves on before the stage ran.
 */
async function reachStage(stepMs: number, to: string, contains: string, stream: string): Promise<void> {
  runtime().clock.advance(stepMs + 1_000);
  await vi.waitFor(
    async () => {
      const found = (await mailTo(to, stream)).some((m) => `${m.body.text ?? ''}`.includes(contains));
      if (!found) throw new Error(`no mail to ${to} for ${stream} containing ${contains} yet`);
    },
    { timeout: 60_000, interval: 50 },
  );
}

describe('reminders and escalation on the local stack', () => {
  it('reminds at 50 %, escalates at 90 %, and the backup approver decides: handed off once', async () => {
    const execution = await submitWithReminders('remind-escalate');
    await reachStage(STEPS_MS[0] as number, LEGAL, 'Reminder: nobody has decided', 'remind-escalate');
    await reachStage(
      STEPS_MS[1] as number,
      BACKUP,
      'You receive this because legal did not decide by',
      'remind-escalate',
    );
    // What `handoff approvals pending` shows the operator now, read from DynamoDB Local.
    const pending = pendingRequests(
      await dynamoOpsStore().listPendingApprovals(runtime().clock.now()),
      runtime().clock.now(),
    ).filter((r) => r.streamId === 'remind-escalate');
    expect(pending).toEqual([
      expect.objectContaining({
        group: 'legal',
        approvers: expect.arrayContaining([LEGAL]),
        reminders: 2,
        escalatedTo: { group: 'marketing-lead', approvers: [BACKUP] },
      }),
    ]);

    const decided = await decideFromMail(runtime(), { to: BACKUP, contains: 'remind-escalate' }, 'approve');
    expect(decided.status).toBe(200);
    const run: Run = { execution, result: await execution.result };
    expect(run.result.status).toBe('SUCCEEDED');
    expect(outputOf(run).approval).toMatchObject({ decision: 'approved', approver: BACKUP });
    expect(entered(execution).filter((s) => s === 'NextApprovalStage')).toHaveLength(2);
    expect(busEventsOf(runtime(), 'remind-escalate')).toEqual(['Handoff Handed Off']);

    // The first group's link (first mail and reminder alike) now answers that the request is decided.
    const late = await decideFromMail(
      runtime(),
      { to: LEGAL, contains: 'remind-escalate' },
      'reject',
      'late',
    );
    expect(late.status).toBe(409);
    // One mail per approver per stage: legal got the request and two reminders, the backup one mail.
    expect((await mailTo(LEGAL, 'remind-escalate')).map((m) => m.subject.split(':')[0])).toEqual([
      'Approval needed',
      'Reminder',
      'Reminder',
    ]);
    expect(await mailTo(BACKUP, 'remind-escalate')).toHaveLength(1);
  });

  it('fails closed at the timeout when nobody decides, as it did before reminders', async () => {
    const execution = await submitWithReminders('remind-timeout');
    await reachStage(STEPS_MS[0] as number, LEGAL, 'Reminder: nobody has decided', 'remind-timeout');
    await reachStage(
      STEPS_MS[1] as number,
      BACKUP,
      'You receive this because legal did not decide by',
      'remind-timeout',
    );
    runtime().clock.advance((STEPS_MS[2] as number) + 1_000);
    const result = await execution.result;
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(entered(execution).slice(-5)).toEqual([
      'ApprovalCheckpoint',
      'ApprovalExpired',
      'Rollback',
      'VerdictOrFailure',
      'FailClosed',
    ]);
    expect(busEventsOf(runtime(), 'remind-timeout')).toEqual(['Handoff Rolled Back']);
    // Past the timeout the link has expired, for the backup group as for the first.
    const late = await decideFromMail(runtime(), { to: BACKUP, contains: 'remind-timeout' }, 'approve');
    expect(late.status).toBe(410);
  });

  it('lands a decision made between a checkpoint and the next stage once: that stage delivers it', async () => {
    const execution = await submitWithReminders('remind-between');
    held.stream = 'remind-between';
    held.stage = 1;
    runtime().clock.advance((STEPS_MS[0] as number) + 1_000);
    // The first wait has ended and the next stage's router is held before it rebinds the approval.
    await vi.waitFor(
      () => {
        if (!held.release) throw new Error('stage 1 not started yet');
      },
      { timeout: 60_000, interval: 20 },
    );
    const decided = await decideFromMail(runtime(), { to: LEGAL, contains: 'remind-between' }, 'approve');
    expect(decided.status).toBe(200);
    held.release?.();
    const run: Run = { execution, result: await execution.result };
    expect(run.result.status).toBe('SUCCEEDED');
    expect(outputOf(run).approval).toMatchObject({ decision: 'approved', approver: LEGAL });
    expect(busEventsOf(runtime(), 'remind-between')).toEqual(['Handoff Handed Off']);
    expect(await mailTo(LEGAL, 'remind-between')).toHaveLength(1); // no reminder for a decided request
  });
});
