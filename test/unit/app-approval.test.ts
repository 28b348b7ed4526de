import { decide, showApproval } from '#app/decide';
import { handoff } from '#app/handoff';
import { intake } from '#app/intake';
import { requestApproval } from '#app/request-approval';
import { score } from '#app/score';
import { signApproval } from '#core/approval-link';
import { SKILL } from '#core/identity';
import { IntegrityError, TransientDependencyError } from '#shared/errors';
import type { ApprovalRouterInput, WorkflowState } from '#shared/workflow-types';
import { memoryPorts, memorySigningKey } from '../support/memory/index.ts';
import { packageOf } from '../support/packages.ts';

// Requesting and deciding an approval over in-memory ports: links, one decision per request, the callback.

const BUCKET = 'handoff-bucket';
const TOKEN = 'task-token-1';
const CLIENT = { address: '203.0.113.7', userAgent: 'Mozilla/5.0 (X11; Linux) Chromium/156' };

async function awaitingApproval(groups: Record<string, string[]> = {}) {
  const ports = memoryPorts();
  ports.approvalSettings = { baseUrl: () => 'https://approvals.example/', groups: () => groups };
  await ports.flags.putFlag({ flag: SKILL.featureFlag, state: 'on', percentage: 100 });
  const packageRef = { bucket: BUCKET, key: 'incoming/p.json' };
  await ports.blobs.putImmutable(
    packageRef,
    JSON.stringify(packageOf('approval', 's1', 'r1')),
    'application/json',
  );
  const state: WorkflowState = { trigger: 's3', packageRef };
  state.intake = await intake(ports, { trigger: 's3', packageRef, executionId: 'exec:run-1' });
  state.scoring = await score(ports, state);
  const input: ApprovalRouterInput = {
    taskToken: TOKEN,
    executionId: 'exec:run-1',
    intake: state.intake,
    scoring: state.scoring,
  };
  ports.workflow.waiting.add(TOKEN);
  return { ports, state, input };
}

/** The link of the first mail: approval id, exp and sig as the approver follows it. */
function linkOf(ports: ReturnType<typeof memoryPorts>, index = 0) {
  const url = new URL(/https:\/\/\S+/.exec(ports.mailer.sent[index]?.text ?? '')?.[0] ?? 'https://none/');
  return {
    approvalId: url.pathname.split('/')[2] ?? '',
    exp: url.searchParams.get('exp') ?? '',
    sig: url.searchParams.get('sig') ?? '',
  };
}

describe('requestApproval', () => {
  it('stores one approval per approver with the run awaiting approval, then mails each a signed link', async () => {
    const { ports, input } = await awaitingApproval({ brand: ['extra@example.com'] });
    const result = await requestApproval(ports, input);
    expect(result.approvers).toBe(ports.mailer.sent.length);
    expect(ports.runs.approvals.size).toBe(result.approvers);
    expect(ports.runs.runs.get('run-1')).toMatchObject({ status: 'awaiting-approval' });
    const link = linkOf(ports);
    expect(link.sig).toBe(
      signApproval({ approvalId: link.approvalId, exp: Number(link.exp) }, await ports.signingKey.get()),
    );
    expect(ports.mailer.sent[0]?.subject).toMatch(/^Approval needed: /);
    // The task token stays in the store; the mail carries only the link.
    expect(ports.mailer.sent.some((m) => m.text.includes(TOKEN))).toBe(false);
  });

  it('adds the configured approvers of the group, once per address', async () => {
    const { ports, input } = await awaitingApproval();
    const group = input.scoring.approval.group;
    const pkgApprover = input.scoring.approvalRequest?.approvers[0]?.email ?? '';
    ports.approvalSettings = {
      baseUrl: () => 'https://approvals.example',
      groups: () => ({ [group]: [pkgApprover.toUpperCase(), 'extra@example.com'] }),
    };
    await requestApproval(ports, input);
    expect(ports.mailer.sent.map((m) => m.to)).toContain('extra@example.com');
    expect(ports.mailer.sent.filter((m) => m.to.toLowerCase() === pkgApprover.toLowerCase())).toHaveLength(1);
  });

  it('reads the approval request from the artifact when the scoring result does not carry it', async () => {
    const { ports, input } = await awaitingApproval();
    const { approvalRequest: _omitted, ...scoring } = input.scoring;
    await requestApproval(ports, { ...input, scoring });
    expect(ports.mailer.sent.length).toBeGreaterThan(0);
  });

  it('fails closed when nobody can approve', async () => {
    const { ports, input } = await awaitingApproval();
    const request = input.scoring.approvalRequest;
    if (!request) throw new Error('no request');
    const scoring = { ...input.scoring, approvalRequest: { ...request, approvers: [] } };
    await expect(requestApproval(ports, { ...input, scoring })).rejects.toBeInstanceOf(IntegrityError);
    expect(ports.mailer.sent).toEqual([]);
  });
});

describe('requestApproval mails once per approver per request', () => {
  const groups = {
    brand: ['extra@example.com'],
    legal: ['extra@example.com'],
    default: ['extra@example.com'],
  };

  /** Fails every send to `to` with `error`, passing the others to the real in-memory mailer. */
  function failFor(ports: ReturnType<typeof memoryPorts>, to: string, error: Error) {
    const send = ports.mailer.send.bind(ports.mailer);
    ports.mailer.send = (email) => (email.to === to ? Promise.reject(error) : send(email));
    return () => {
      ports.mailer.send = send;
    };
  }

  it('mails the others when one recipient fails, and a retry (new token) mails only that one', async () => {
    const { ports, input } = await awaitingApproval(groups);
    await requestApproval(ports, { ...input });
    const everyone = ports.mailer.sent.map((m) => m.to).sort();
    expect(everyone.length).toBeGreaterThanOrEqual(2);
    ports.mailer.sent.length = 0;
    ports.runs.approvals.clear();
    const run = ports.runs.runs.get('run-1');
    if (run) ports.runs.runs.set('run-1', { ...run, approvalIds: [] });

    const unlucky = everyone[0] ?? '';
    const heal = failFor(ports, unlucky, new TransientDependencyError('SES throttled'));
    await requestApproval(ports, input);
    expect(ports.mailer.sent.map((m) => m.to).sort()).toEqual(everyone.filter((e) => e !== unlucky));
    const firstLinks = ports.mailer.sent.map((_, i) => linkOf(ports, i));

    heal();
    ports.workflow.waiting.delete(TOKEN);
    ports.workflow.waiting.add('task-token-2');
    await requestApproval(ports, { ...input, taskToken: 'task-token-2' });
    const retried = ports.mailer.sent.slice(firstLinks.length);
    expect(retried.map((m) => m.to)).toEqual([unlucky]);
    // Every approval of the request now answers to the retried task's token; the first links still decide.
    expect([...ports.runs.approvals.values()].map((r) => r.taskToken)).toEqual(
      [...ports.runs.approvals.values()].map(() => 'task-token-2'),
    );
    const decided = await decide(
      ports,
      firstLinks[0] ?? linkOf(ports),
      { decision: 'approve', reason: '' },
      CLIENT,
    );
    expect(decided.ok).toBe(true);
    expect(ports.workflow.outcomes).toEqual([
      { taskToken: 'task-token-2', output: expect.objectContaining({ decision: 'approved' }) },
    ]);
  });

  it('fails the step only when nobody could be mailed, and then a retry mails everyone', async () => {
    const { ports, input } = await awaitingApproval();
    const to = input.scoring.approvalRequest?.approvers[0]?.email ?? '';
    const heal = failFor(ports, to, new TransientDependencyError('SES down'));
    await expect(requestApproval(ports, input)).rejects.toBeInstanceOf(TransientDependencyError);
    expect(ports.mailer.sent).toEqual([]);
    expect([...ports.runs.approvals.values()].map((r) => r.mailedAt)).toEqual([undefined]);
    heal();
    await requestApproval(ports, { ...input, taskToken: 'task-token-2' });
    expect(ports.mailer.sent.map((m) => m.to)).toEqual([to]);
    expect(ports.runs.approvals.size).toBe(1);
  });

  it('delivers a decision read with the old token to the retried task the approval was rebound to', async () => {
    const { ports, input } = await awaitingApproval();
    await requestApproval(ports, input);
    const link = linkOf(ports);
    const stale = await ports.runs.getApproval(link.approvalId);
    // The retry rebinds the approval between the callback's read and its SendTaskSuccess.
    await requestApproval(ports, { ...input, taskToken: 'task-token-2' });
    const read = ports.runs.getApproval.bind(ports.runs);
    let reads = 0;
    ports.runs.getApproval = async (id) => (reads++ === 0 ? stale : read(id));
    ports.workflow.waiting.delete(TOKEN);
    ports.workflow.waiting.add('task-token-2');
    const decided = await decide(ports, link, { decision: 'approve', reason: '' }, CLIENT);
    expect(decided.ok).toBe(true);
    expect(reads).toBe(2); // the stale read, then the re-read after the old token was refused
    expect(ports.workflow.outcomes.map((o) => o.taskToken)).toEqual(['task-token-2']);
  });

  it('a retry after every mail went out mails nobody again', async () => {
    const { ports, input } = await awaitingApproval(groups);
    await requestApproval(ports, input);
    const count = ports.mailer.sent.length;
    await requestApproval(ports, { ...input, taskToken: 'task-token-2' });
    expect(ports.mailer.sent).toHaveLength(count);
  });
});

describe('showApproval and decide', () => {
  it('keeps who opened the link and what they decided with the run, never the raw address', async () => {
    const { ports, input } = await awaitingApproval();
    await requestApproval(ports, input);
    const link = linkOf(ports);
    await showApproval(ports, link, CLIENT);
    await showApproval(ports, link, { address: '198.51.100.1', userAgent: 'SafeLinks-Scanner/1.0' });
    await decide(ports, link, { decision: 'approve', reason: 'Fine to go.' }, CLIENT);
    const record = await ports.runs.getApproval(link.approvalId);
    const evidence = await ports.runs.listEvidence('run-1');
    expect(evidence.map((e) => [e.event, e.userAgent, e.decision, e.comment])).toEqual([
      ['opened', CLIENT.userAgent, undefined, undefined],
      ['opened', 'SafeLinks-Scanner/1.0', undefined, undefined],
      ['decided', CLIENT.userAgent, 'approved', 'Fine to go.'],
    ]);
    for (const e of evidence) {
      expect(e).toMatchObject({ approver: record?.approver, artifactDigest: input.scoring.artifactDigest });
      expect(e.clientHash).toMatch(/^[0-9a-f]{32}$/);
    }
    // The same client hashes the same; a different one does not; the address is nowhere.
    expect(evidence[0]?.clientHash).toBe(evidence[2]?.clientHash);
    expect(evidence[1]?.clientHash).not.toBe(evidence[0]?.clientHash);
    expect(JSON.stringify(evidence)).not.toContain('203.0.113.7');
  });

  it('keeps no evidence for a link that cannot decide', async () => {
    const { ports, input } = await awaitingApproval();
    await requestApproval(ports, input);
    await showApproval(ports, { ...linkOf(ports), sig: 'x' }, CLIENT);
    expect(ports.runs.evidence).toEqual([]);
  });

  it('shows a pending approval, then an approval resumes the workflow and a second decision is refused', async () => {
    const { ports, input, state } = await awaitingApproval();
    await requestApproval(ports, input);
    const link = linkOf(ports);
    expect(await showApproval(ports, link, CLIENT)).toMatchObject({
      ok: true,
      record: { status: 'pending' },
    });
    const decided = await decide(ports, link, { decision: 'approve', reason: '' }, CLIENT);
    expect(decided).toMatchObject({ ok: true, decision: 'approved', delivery: 'sent' });
    expect(ports.workflow.outcomes).toMatchObject([{ taskToken: TOKEN, output: { decision: 'approved' } }]);
    expect(await showApproval(ports, link, CLIENT)).toEqual({ ok: false, refusal: 'already-decided' });
    // Another approver of the same request can no longer decide either.
    if (ports.mailer.sent.length > 1) {
      expect(await decide(ports, linkOf(ports, 1), { decision: 'reject', reason: '' }, CLIENT)).toEqual({
        ok: false,
        refusal: 'already-decided',
      });
    }
    const approval = ports.workflow.outcomes[0]?.output;
    expect((await handoff(ports, { ...state, ...(approval ? { approval } : {}) })).status).toBe('handed-off');
  });

  it('fails the task with ApprovalRejectedError on a rejection and records it on the run', async () => {
    const { ports, input } = await awaitingApproval();
    await requestApproval(ports, input);
    expect(await decide(ports, linkOf(ports), { decision: 'reject', reason: '' }, CLIENT)).toMatchObject({
      ok: true,
    });
    expect(ports.workflow.outcomes[0]).toMatchObject({
      error: 'ApprovalRejectedError',
      cause: expect.stringMatching(/\(no reason given\)$/),
    });
    expect(ports.runs.runs.get('run-1')).toMatchObject({ decision: 'rejected' });
  });

  it('refuses an expired link, a tampered one and an unknown approval, changing nothing', async () => {
    const { ports, input } = await awaitingApproval();
    await requestApproval(ports, input);
    const link = linkOf(ports);
    ports.setNow(new Date((Number(link.exp) + 1) * 1000));
    expect(await decide(ports, link, { decision: 'approve', reason: '' }, CLIENT)).toEqual({
      ok: false,
      refusal: 'expired',
    });
    ports.setNow(new Date((Number(link.exp) - 60) * 1000));
    expect(await showApproval(ports, { ...link, sig: 'x' }, CLIENT)).toEqual({
      ok: false,
      refusal: 'invalid-link',
    });
    const key = await ports.signingKey.get();
    const later = String(Number(link.exp) + 1);
    const resigned = {
      ...link,
      exp: later,
      sig: signApproval({ approvalId: link.approvalId, exp: Number(later) }, key),
    };
    expect(await showApproval(ports, resigned, CLIENT)).toEqual({ ok: false, refusal: 'invalid-link' });
    const unknownId = `${link.approvalId.slice(0, 33)}0000000000000000`;
    const unknown = {
      approvalId: unknownId,
      exp: link.exp,
      sig: signApproval({ approvalId: unknownId, exp: Number(link.exp) }, key),
    };
    expect(await decide(ports, unknown, { decision: 'approve', reason: '' }, CLIENT)).toEqual({
      ok: false,
      refusal: 'not-found',
    });
    expect(ports.workflow.outcomes).toEqual([]);
  });

  it('verifies a link signed before a key rotation with the previous key, and refuses one of neither', async () => {
    const { ports, input } = await awaitingApproval();
    const old = await ports.signingKey.get();
    await requestApproval(ports, input);
    ports.signingKey = memorySigningKey(
      () => new TextEncoder().encode('n'.repeat(40)),
      () => old,
    );
    expect((await showApproval(ports, linkOf(ports), CLIENT)).ok).toBe(true);
    ports.signingKey = memorySigningKey(() => new TextEncoder().encode('n'.repeat(40)));
    expect(await showApproval(ports, linkOf(ports), CLIENT)).toEqual({ ok: false, refusal: 'invalid-link' });
  });

  it('answers closed when the workflow no longer waits and the run has left awaiting-approval', async () => {
    const { ports, input } = await awaitingApproval();
    await requestApproval(ports, input);
    ports.workflow.waiting.clear();
    await ports.runs.updateRun('run-1', { status: 'interrupted' });
    expect(await decide(ports, linkOf(ports), { decision: 'approve', reason: '' }, CLIENT)).toEqual({
      ok: false,
      refusal: 'closed',
    });
    expect(ports.runs.decisions.size).toBe(1);
  });

  it('a decision between a failed router attempt and its retry is taken, and the retry delivers it', async () => {
    // A route without reminders: one stage, so the run is at its last stage the whole time.
    const { ports, input } = await awaitingApproval();
    await requestApproval(ports, input);
    expect(input.scoring.approval.lastStage ?? 0).toBe(0);
    ports.workflow.waiting.delete(TOKEN); // the attempt failed after mailing; its retry has not run yet
    const decided = await decide(ports, linkOf(ports), { decision: 'approve', reason: '' }, CLIENT);
    expect(decided).toMatchObject({ ok: true, decision: 'approved', delivery: 'pending' });
    ports.workflow.waiting.add('task-token-2');
    await requestApproval(ports, { ...input, taskToken: 'task-token-2' });
    expect(ports.workflow.outcomes).toEqual([
      { taskToken: 'task-token-2', output: expect.objectContaining({ decision: 'approved' }) },
    ]);
  });

  it('releases the approval when the callback fails transiently, so the approver can try again', async () => {
    const { ports, input } = await awaitingApproval();
    await requestApproval(ports, input);
    const succeed = ports.workflow.succeed;
    ports.workflow.succeed = () => Promise.reject(new TransientDependencyError('SFN throttled'));
    const link = linkOf(ports);
    expect(await decide(ports, link, { decision: 'approve', reason: '' }, CLIENT)).toEqual({
      ok: false,
      refusal: 'retry',
    });
    expect(ports.runs.decisions.size).toBe(0);
    ports.workflow.succeed = succeed;
    expect(await decide(ports, link, { decision: 'approve', reason: '' }, CLIENT)).toMatchObject({
      ok: true,
    });
  });

  it('releases and rethrows a callback failure that is not transient', async () => {
    const { ports, input } = await awaitingApproval();
    await requestApproval(ports, input);
    ports.workflow.fail = () => Promise.reject(new Error('AccessDenied'));
    await expect(decide(ports, linkOf(ports), { decision: 'reject', reason: 'no' }, CLIENT)).rejects.toThrow(
      'AccessDenied',
    );
    expect(ports.runs.decisions.size).toBe(0);
  });
});
