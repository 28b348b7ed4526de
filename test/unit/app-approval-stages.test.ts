import { decide } from '#app/decide';
import { intake } from '#app/intake';
import { logger, metrics } from '#app/observability';
import { requestApproval } from '#app/request-approval';
import { score } from '#app/score';
import { SKILL } from '#core/identity';
import { computeKpis } from '#core/kpi';
import type { ApprovalRouterInput, WorkflowState } from '#shared/workflow-types';
import { memoryPorts } from '../support/memory/index.ts';
import { packageOf } from '../support/packages.ts';

// Reminders and escalation over in-memory ports: each stage of the wait runs the router again with a new
// task token (the state machine's loop); these tests play the stages as the definition orders them.

const BUCKET = 'handoff-bucket';
const CLIENT = { address: '203.0.113.7', userAgent: 'Mozilla/5.0 (X11; Linux) Chromium/156' };
const FIRST = 'priya.nair@greenhouse-goods.co'; // legal: the regulated-claims route's group
const BACKUP = 'jonas.weber@greenhouse-goods.co'; // marketing-lead: the route's escalateTo

/** The spring launch (an environmental claim: legal) under contract 1.1.0: reminders at 50 % and 90 %, escalation to marketing-lead. */
async function awaitingApproval() {
  const ports = memoryPorts();
  ports.approvalSettings = { baseUrl: () => 'https://approvals.example/', groups: () => ({}) };
  await ports.flags.putFlag({ flag: SKILL.featureFlag, state: 'on', percentage: 100 });
  const packageRef = { bucket: BUCKET, key: 'incoming/p.json' };
  const pkg = packageOf('approval', 's1', 'r1') as { contract: { version: string } };
  pkg.contract.version = '1.1.0';
  await ports.blobs.putImmutable(packageRef, JSON.stringify(pkg), 'application/json');
  const state: WorkflowState = { trigger: 's3', packageRef };
  state.intake = await intake(ports, { trigger: 's3', packageRef, executionId: 'exec:run-1' });
  state.scoring = await score(ports, state);
  const base: ApprovalRouterInput = {
    taskToken: 'token-0',
    executionId: 'exec:run-1',
    intake: state.intake,
    scoring: state.scoring,
  };
  const requestedAt = ports.clock().getTime();
  /** Stage `n` of the wait as the state machine starts it: at its checkpoint, a new token, `wait` moved on. */
  const stage = (n: number, taskToken = `token-${n}`): ApprovalRouterInput => {
    const { approval } = base.scoring;
    const at = requestedAt + (n === 0 ? 0 : (approval.checkpoints?.[n - 1] ?? 0) * 1000);
    ports.clock = () => new Date(at);
    ports.workflow.waiting.add(taskToken);
    return {
      ...base,
      taskToken,
      scoring: {
        ...base.scoring,
        approval: { ...approval, wait: { stage: n, seconds: approval.waits?.[n] ?? 1 } },
      },
    };
  };
  return { ports, stage };
}

/** The link mailed to `to` (the last one), as the approver follows it. */
function linkTo(ports: ReturnType<typeof memoryPorts>, to: string) {
  const mail = ports.mailer.sent.filter((m) => m.to === to).at(-1);
  const url = new URL(/https:\/\/\S+/.exec(mail?.text ?? '')?.[0] ?? 'https://none/');
  return {
    approvalId: url.pathname.split('/')[2] ?? '',
    exp: url.searchParams.get('exp') ?? '',
    sig: url.searchParams.get('sig') ?? '',
  };
}

describe('requestApproval in stages (reminders, escalation)', () => {
  it('carries the route plan in the scoring result: 50 % and 90 % of a day, escalation to marketing-lead', async () => {
    const { stage } = await awaitingApproval();
    expect(stage(0).scoring.approval).toMatchObject({
      group: 'legal',
      wait: { stage: 0, seconds: 43_200 },
      waits: [43_200, 34_560, 8_640],
      lastStage: 2,
      escalation: { group: 'marketing-lead', approvers: [{ email: BACKUP }] },
    });
  });

  it('reminds who has not decided at a checkpoint, once per stage even when the stage is retried', async () => {
    const { ports, stage } = await awaitingApproval();
    await requestApproval(ports, stage(0));
    const firstLink = linkTo(ports, FIRST);
    await requestApproval(ports, stage(1));
    expect(ports.mailer.sent.map((m) => [m.to, m.subject.split(':')[0]])).toEqual([
      [FIRST, 'Approval needed'],
      [FIRST, 'Reminder'],
    ]);
    const reminder = ports.mailer.sent[1]?.text ?? '';
    expect(reminder).toMatch(
      /^Reminder: nobody has decided on this request yet\. It expires in 12 hours, at .+ UTC\./,
    );
    // The same link: the reminder points at the same approval, now bound to the waiting stage's token.
    expect(linkTo(ports, FIRST)).toEqual(firstLink);
    expect([...ports.runs.approvals.values()].map((r) => r.taskToken)).toEqual(['token-1']);
    await requestApproval(ports, stage(1, 'token-1-retry'));
    expect(ports.mailer.sent).toHaveLength(2);
  });

  it('escalates at the last checkpoint: the backup group gets a link and why, the first group a reminder', async () => {
    const { ports, stage } = await awaitingApproval();
    await requestApproval(ports, stage(0));
    await requestApproval(ports, stage(1));
    await requestApproval(ports, stage(2));
    const [toFirst, toBackup] = ports.mailer.sent.slice(2);
    expect([toFirst?.to, toBackup?.to]).toEqual([FIRST, BACKUP]);
    expect(toFirst?.subject).toMatch(/^Reminder: /);
    expect(toBackup?.subject).toMatch(/^Escalated to you: Approval needed: /);
    expect(toBackup?.text).toMatch(
      /^You receive this because legal did not decide by .+ UTC, so the request is escalated to marketing-lead\. The first decision by anyone asked counts\. It expires in 2 hours/,
    );
    const records = [...ports.runs.approvals.values()];
    expect(records.map((r) => [r.approver, r.group, r.stage, r.taskToken])).toEqual([
      [FIRST, 'legal', undefined, 'token-2'],
      [BACKUP, 'marketing-lead', 2, 'token-2'],
    ]);
    // One request: the same request id (one decision) and the same expiry (fail closed at the timeout).
    expect(new Set(records.map((r) => `${r.requestId} ${r.exp}`)).size).toBe(1);
    expect(ports.runs.runs.get('run-1')).toMatchObject({ approvalStage: 2, approvalLastStage: 2 });
  });

  it("ends the request with the backup approver's decision; the first group's link then says already decided", async () => {
    const { ports, stage } = await awaitingApproval();
    for (const n of [0, 1, 2]) await requestApproval(ports, stage(n));
    const byBackup = await decide(ports, linkTo(ports, BACKUP), { decision: 'approve', reason: '' }, CLIENT);
    expect(byBackup).toMatchObject({ ok: true, decision: 'approved' });
    expect(ports.workflow.outcomes).toEqual([
      { taskToken: 'token-2', output: expect.objectContaining({ decision: 'approved', approver: BACKUP }) },
    ]);
    const byFirst = await decide(ports, linkTo(ports, FIRST), { decision: 'reject', reason: 'late' }, CLIENT);
    expect(byFirst).toEqual({ ok: false, refusal: 'already-decided' });
    expect(ports.workflow.outcomes).toHaveLength(1);
  });

  it('lands a decision made between a checkpoint and the next stage once: the next stage delivers it', async () => {
    const { ports, stage } = await awaitingApproval();
    await requestApproval(ports, stage(0));
    // The checkpoint's timeout ended the wait: token-0 is gone, and no stage has rebound the approval yet.
    ports.workflow.waiting.delete('token-0');
    const decided = await decide(ports, linkTo(ports, FIRST), { decision: 'reject', reason: 'no' }, CLIENT);
    expect(decided).toMatchObject({ ok: true, decision: 'rejected', delivery: 'pending' });
    expect(ports.workflow.outcomes).toEqual([]);

    await requestApproval(ports, stage(1));
    expect(ports.workflow.outcomes).toEqual([
      { taskToken: 'token-1', error: 'ApprovalRejectedError', cause: `rejected by ${FIRST}: no` },
    ]);
    expect(ports.mailer.sent).toHaveLength(1); // no reminder for a decided request
  });

  it('answers closed to a decision after the last stage ended: the run rolled back, nothing delivers it', async () => {
    const { ports, stage } = await awaitingApproval();
    for (const n of [0, 1, 2]) await requestApproval(ports, stage(n));
    // The last stage timed out: its token is gone and the rollback has written the run.
    ports.workflow.waiting.delete('token-2');
    await ports.runs.updateRun('run-1', { status: 'rolled-back' });
    const decided = await decide(ports, linkTo(ports, BACKUP), { decision: 'approve', reason: '' }, CLIENT);
    expect(decided).toEqual({ ok: false, refusal: 'closed' });
  });

  it('says "being delivered" when a router delivered it and the handoff already wrote the run', async () => {
    const { ports, stage } = await awaitingApproval();
    await requestApproval(ports, stage(0));
    await requestApproval(ports, stage(1));
    ports.workflow.waiting.delete('token-1');
    const succeed = ports.workflow.succeed.bind(ports.workflow);
    let escalated = false;
    ports.workflow.succeed = async (token, output) => {
      if (!escalated) {
        escalated = true;
        await requestApproval(ports, stage(2)); // delivers to token-2; the handoff then runs at once
        const { decidedAt, approver } = output;
        await ports.runs.updateRun('run-1', {
          status: 'handed-off',
          decision: 'approved',
          decidedAt,
          approver,
        });
      }
      return succeed(token, output);
    };
    const decided = await decide(ports, linkTo(ports, FIRST), { decision: 'approve', reason: '' }, CLIENT);
    expect(decided).toMatchObject({ ok: true, delivery: 'pending' });
  });

  it('answers closed when the link expired while the decision was being sent, the run still waiting', async () => {
    const { ports, stage } = await awaitingApproval();
    for (const n of [0, 1, 2]) await requestApproval(ports, stage(n));
    const link = linkTo(ports, FIRST);
    ports.workflow.waiting.delete('token-2');
    const succeed = ports.workflow.succeed.bind(ports.workflow);
    ports.workflow.succeed = (token, output) => {
      ports.clock = () => new Date(Number(link.exp) * 1000); // the timeout is reached meanwhile
      return succeed(token, output);
    };
    expect(await decide(ports, link, { decision: 'approve', reason: '' }, CLIENT)).toEqual({
      ok: false,
      refusal: 'closed',
    });
  });

  it('says "being delivered", not closed, when the last stage\'s router rebinds and delivers meanwhile', async () => {
    const { ports, stage } = await awaitingApproval();
    await requestApproval(ports, stage(0));
    await requestApproval(ports, stage(1));
    const link = linkTo(ports, FIRST);
    // The checkpoint ended stage 1's wait; the callback consumes and sends to token-1, and before that
    // send fails the escalation stage's router rebinds, finds the decision and delivers it to token-2.
    ports.workflow.waiting.delete('token-1');
    const succeed = ports.workflow.succeed.bind(ports.workflow);
    let escalated = false;
    ports.workflow.succeed = async (token, output) => {
      if (!escalated) {
        escalated = true;
        await requestApproval(ports, stage(2));
      }
      return succeed(token, output);
    };
    const decided = await decide(ports, link, { decision: 'approve', reason: '' }, CLIENT);
    expect(decided).toMatchObject({ ok: true, decision: 'approved', delivery: 'pending' });
    expect(ports.runs.runs.get('run-1')).toMatchObject({ approvalStage: 2, approvalLastStage: 2 });
    expect(ports.workflow.outcomes).toEqual([
      { taskToken: 'token-2', output: expect.objectContaining({ decision: 'approved', approver: FIRST }) },
    ]);
  });
});

describe('router attempts are counted per stage', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The approval router's retries as the KPI report counts them, and the Retries metrics emitted. */
  function retriesOf(ports: ReturnType<typeof memoryPorts>, counted: { mock: { calls: unknown[][] } }) {
    const run = ports.runs.runs.get('run-1');
    if (!run) throw new Error('no run');
    const t = Date.parse(run.intakeAt);
    const window = { since: new Date(t - 1000).toISOString(), until: new Date(t + 1000).toISOString() };
    const byStep = computeKpis({ runs: [run], window }).retries.byStep;
    return {
      kpi: byStep.find((s) => s.step === 'approval-router'),
      metric: counted.mock.calls.filter(([name]) => name === 'Retries').length,
    };
  }

  it('a run through two stages with no retry records no retry', async () => {
    const { ports, stage } = await awaitingApproval();
    const counted = vi.spyOn(metrics, 'addMetric');
    await requestApproval(ports, stage(0));
    await requestApproval(ports, stage(1));
    expect(retriesOf(ports, counted)).toEqual({
      kpi: { step: 'approval-router', attempts: 2, retries: 0, runsWithRetries: 0 },
      metric: 0,
    });
  });

  it('one real retry within a stage records one retry', async () => {
    const { ports, stage } = await awaitingApproval();
    const counted = vi.spyOn(metrics, 'addMetric');
    await requestApproval(ports, stage(0));
    await requestApproval(ports, stage(1));
    await requestApproval(ports, stage(1, 'token-1-retry'));
    expect(retriesOf(ports, counted)).toEqual({
      kpi: { step: 'approval-router', attempts: 3, retries: 1, runsWithRetries: 1 },
      metric: 1,
    });
  });
});

describe('reminder mails in stages', () => {
  const OTHER = 'other.legal@example.com';
  afterEach(() => vi.restoreAllMocks());

  /** Fails every send to `to`, passing the others to the in-memory mailer; returns the undo. */
  function failFor(ports: ReturnType<typeof memoryPorts>, to: string) {
    const send = ports.mailer.send.bind(ports.mailer);
    ports.mailer.send = (email) => (email.to === to ? Promise.reject(new Error('SES refused')) : send(email));
    return () => {
      ports.mailer.send = send;
    };
  }

  async function withTwoApprovers() {
    const setup = await awaitingApproval();
    setup.ports.approvalSettings = {
      baseUrl: () => 'https://approvals.example/',
      groups: () => ({ legal: [OTHER] }),
    };
    return setup;
  }

  const approvalOf = (ports: ReturnType<typeof memoryPorts>, to: string) =>
    [...ports.runs.approvals.values()].find((r) => r.approver === to);

  it("words an approver's first mail in a later stage as the request, and the stage's retry adds no reminder", async () => {
    const { ports, stage } = await withTwoApprovers();
    const heal = failFor(ports, FIRST);
    await requestApproval(ports, stage(0)); // OTHER is mailed, FIRST's mail fails
    heal();
    await requestApproval(ports, stage(1));
    await requestApproval(ports, stage(1, 'token-1-retry'));
    expect(ports.mailer.sent.map((m) => [m.to, m.subject.split(':')[0]])).toEqual([
      [OTHER, 'Approval needed'],
      [FIRST, 'Approval needed'],
      [OTHER, 'Reminder'],
    ]);
    expect(ports.mailer.sent[1]?.text).not.toMatch(/^Reminder/);
  });

  it('counts as mailed only approvers who still have a pending link, read after the refused claim', async () => {
    const { ports, stage } = await withTwoApprovers();
    const input = stage(0);
    const info = vi.spyOn(logger, 'info');
    const claim = ports.runs.claimMail.bind(ports.runs);
    // FIRST decides (on a link of an earlier attempt) between the router's read and its claim.
    ports.runs.claimMail = async (approvalId, at, n) => {
      const record = await ports.runs.getApproval(approvalId);
      if (record?.approver === FIRST) {
        await ports.runs.consumeApproval(approvalId, { status: 'approved', decidedAt: at }, record);
      }
      return claim(approvalId, at, n);
    };
    await requestApproval(ports, input);
    const requested = info.mock.calls.find(([message]) => message === 'approval requested');
    expect(requested?.[1]).toMatchObject({ mailed: 1, failed: 0 });
  });

  it('a failed reminder puts back what the record had: the earlier stage and when it was reminded', async () => {
    const { ports, stage } = await awaitingApproval();
    await requestApproval(ports, stage(0));
    await requestApproval(ports, stage(1));
    const reminded = approvalOf(ports, FIRST);
    expect(reminded).toMatchObject({ mailedStage: 1, remindedAt: expect.any(String) });
    failFor(ports, FIRST);
    await requestApproval(ports, stage(2)); // the backup group is mailed; FIRST's reminder fails
    expect(approvalOf(ports, FIRST)).toMatchObject({
      mailedStage: 1,
      remindedAt: reminded?.remindedAt,
    });
  });

  it('a failed first reminder leaves no reminder stage behind', async () => {
    const { ports, stage } = await awaitingApproval();
    await requestApproval(ports, stage(0));
    failFor(ports, FIRST);
    await expect(requestApproval(ports, stage(1))).rejects.toThrow('SES refused');
    const record = approvalOf(ports, FIRST);
    expect(record?.mailedStage).toBeUndefined();
    expect(record?.remindedAt).toBeUndefined();
  });
});
