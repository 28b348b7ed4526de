import { decide } from '../../local/approver.ts';
import { FaultInjector } from '../support/faults.ts';
import { useLocalRuntime, waitForMail } from '../support/stack.ts';
import {
  artifactOf,
  attempts,
  busEventsOf,
  entered,
  outputOf,
  pointerOf,
  retries,
  scoredDigest,
  submit,
} from './support.ts';

// Every path of the synthesized state machine, with the real handlers on the emulators: happy path,
// transient faults k times in each Lambda step (k <= 3 recovers, k = 4 fails closed and rolls back),
// rejection, approval timeout, duplicate trigger, and the feature flag's off / shadow / on.

const faults = new FaultInjector();
const runtime = useLocalRuntime({
  retryIntervalMs: 0,
  wrapHandler: faults.wrap,
  // Streams named *timeout* wait 300 ms for their approval instead of the scored timeout.
  taskTokenTimeoutMs: (execution) => (JSON.stringify(execution.input).includes('timeout') ? 300 : undefined),
});

beforeAll(async () => {
  await runtime().setFlag('on', 100);
});

describe('happy path and human decisions', () => {
  it('hands off an approved package: pointer moves to its artifact and consumers hear Handed Off', async () => {
    const run = await submit(runtime(), 'approval', 'happy', { decision: 'approve' });
    expect(run.result.status).toBe('SUCCEEDED');
    expect(entered(run.execution)).toEqual([
      'Intake',
      'IntakeStatus',
      'Score',
      'PolicyConstraintCheck',
      'RequestApproval',
      'Handoff',
      'HandedOff',
    ]);
    const digest = outputOf(run).scoring?.artifactDigest as string;
    expect(await pointerOf(runtime(), 'happy')).toMatchObject({ current: digest, stable: digest });
    expect((await artifactOf(runtime(), 'happy', digest))?.status).toBe('handed-off');
    expect(busEventsOf(runtime(), 'happy')).toEqual(['Handoff Handed Off']);
  });

  it('fails closed on a rejection: the baseline stays and consumers hear Rejected', async () => {
    const baseline = await submit(runtime(), 'auto', 'rejected', { revision: 'r0' });
    const stable = outputOf(baseline).scoring?.artifactDigest as string;
    const run = await submit(runtime(), 'approval', 'rejected', {
      decision: 'reject',
      reason: 'Claims need legal',
    });
    // A verdict: rolled back, but the execution succeeds (ExecutionsFailed counts faults only).
    expect(run.result).toMatchObject({
      status: 'SUCCEEDED',
      output: { failure: { Error: 'ApprovalRejectedError' } },
    });
    expect(entered(run.execution).slice(-3)).toEqual(['Rollback', 'VerdictOrFailure', 'ClosedOnVerdict']);
    expect(await pointerOf(runtime(), 'rejected')).toMatchObject({ current: stable, stable });
    const digest = scoredDigest(run.execution) as string;
    expect((await artifactOf(runtime(), 'rejected', digest))?.status).toBe('rejected');
    expect(busEventsOf(runtime(), 'rejected')).toEqual(['Handoff Handed Off', 'Handoff Rejected']);
  });

  it('times out an unanswered approval, rolls back, and refuses the late decision', async () => {
    const run = await submit(runtime(), 'approval', 'timeout');
    expect(run.result).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    // Without reminders the wait has one stage: its timeout is the last checkpoint, which fails closed.
    expect(entered(run.execution).slice(-6)).toEqual([
      'RequestApproval',
      'ApprovalCheckpoint',
      'ApprovalExpired',
      'Rollback',
      'VerdictOrFailure',
      'FailClosed',
    ]);

    await waitForMail(runtime(), { contains: '(stream timeout)' });
    const mail = (await runtime().emulators.sentMail()).find((m) =>
      m.body.text?.includes('(stream timeout)'),
    );
    const link = mail?.body.text?.match(/http:\/\/127\.0\.0\.1:\d+\/approvals\/\S+/)?.[0] as string;
    const late = await decide(link, 'approve');
    expect(late.status).toBeGreaterThanOrEqual(400);
    const pointer = await pointerOf(runtime(), 'timeout');
    expect([pointer?.current ?? null, pointer?.stable ?? null]).toEqual([null, null]);
  });

  it('runs a package triggered twice only once: the second run ends DuplicateIgnored and says so', async () => {
    const first = await submit(runtime(), 'auto', 'twice');
    const second = await submit(runtime(), 'auto', 'twice');
    expect(outputOf(first).handoff?.status).toBe('handed-off');
    expect(entered(second.execution)).toEqual(['Intake', 'IntakeStatus', 'DuplicateIgnored']);
    expect(busEventsOf(runtime(), 'twice')).toEqual(['Handoff Handed Off', 'Handoff Duplicate Ignored']);
  });
});

const STATE_OF = {
  intake: 'Intake',
  scoring: 'Score',
  'approval-router': 'RequestApproval',
  handoff: 'Handoff',
} as const;

describe('transient faults in each Lambda step', () => {
  const cases = Object.keys(STATE_OF).flatMap((fn) => [1, 2, 3, 4].map((k) => ({ fn, k })));

  it.each(cases)(
    '$fn failing $k time(s) in a row: recovers when k <= 3, else fails closed to the baseline',
    async ({ fn, k }) => {
      const stream = `fault-${fn}-${k}`;
      const baseline = await submit(runtime(), 'auto', stream, {
        revision: 'r0',
        key: `incoming/${stream}-r0.json`,
      });
      const stable = outputOf(baseline).scoring?.artifactDigest as string;
      // Intake sees the object key (its base name), every later step the stream id.
      faults.plan({ fn, stream: fn === 'intake' ? `${stream}-r1` : stream, times: k });
      const kind = fn === 'approval-router' ? 'approval' : 'auto';
      const started = Date.now();
      const run = await submit(runtime(), kind, stream, {
        key: `incoming/${stream}-r1.json`,
        ...(k <= 3 && kind === 'approval' ? { decision: 'approve' as const } : {}),
      });
      const state = STATE_OF[fn as keyof typeof STATE_OF];
      console.log(
        JSON.stringify({
          suite: 'simulation-faults',
          fn,
          k,
          attempts: attempts(run.execution, state),
          retries: retries(run.execution, state),
          status: run.result.status,
          error: run.result.error ?? null,
          ms: Date.now() - started,
        }),
      );

      expect(attempts(run.execution, state)).toBe(Math.min(k + 1, 4));
      expect(retries(run.execution, state)).toBe(Math.min(k, 3));
      const pointer = await pointerOf(runtime(), stream);
      if (k <= 3) {
        expect(run.result.status).toBe('SUCCEEDED');
        expect(outputOf(run).handoff?.status).toBe('handed-off');
        expect(pointer?.stable).not.toBe(stable);
      } else {
        expect(run.result).toMatchObject({ status: 'FAILED', error: 'TransientDependencyError' });
        expect(entered(run.execution).slice(-3)).toEqual(['Rollback', 'VerdictOrFailure', 'FailClosed']);
        expect(pointer).toMatchObject({ current: stable, stable });
      }
    },
  );

  it.each([1, 2, 3, 4])(
    'rollback failing %i time(s): retried like every step; a 4th failure ends RollbackFailed',
    async (k) => {
      const stream = `fault-rollback-${k}`;
      faults.plan({ fn: 'rollback', stream, times: k });
      const run = await submit(runtime(), 'blocked', stream);
      console.log(
        JSON.stringify({
          suite: 'simulation-faults',
          fn: 'rollback',
          k,
          attempts: attempts(run.execution, 'Rollback'),
          status: run.result.status,
          error: run.result.error ?? null,
        }),
      );
      expect(entered(run.execution)).toContain('PolicyBlocked');
      expect(attempts(run.execution, 'Rollback')).toBe(Math.min(k + 1, 4));
      expect(run.result).toMatchObject(
        k <= 3
          ? { status: 'SUCCEEDED', output: { failure: { Error: 'PolicyBlocked' } } }
          : { status: 'FAILED', error: 'RollbackFailed' },
      );
    },
  );
});

describe('rollback whose response was lost', () => {
  it('retries without publishing the rollback event a second time', async () => {
    const stream = 'after-rollback';
    const before = faults.injected.rollback ?? 0;
    faults.plan({ fn: 'rollback', stream, times: 1, timing: 'after' });
    const run = await submit(runtime(), 'blocked', stream);
    expect(faults.injected.rollback).toBe(before + 1);
    expect(attempts(run.execution, 'Rollback')).toBe(2);
    expect(run.result).toMatchObject({
      status: 'SUCCEEDED',
      output: { failure: { Error: 'PolicyBlocked' } },
    });
    expect(busEventsOf(runtime(), stream)).toEqual(['Handoff Rejected']);
  });
});

describe('feature flag', () => {
  afterEach(async () => {
    await runtime().setFlag('on', 100);
  });

  it('off: the run ends FlagOff with no artifact, mail or event', async () => {
    await runtime().setFlag('off', 100);
    const run = await submit(runtime(), 'approval', 'flag-off');
    expect(entered(run.execution)).toEqual(['Intake', 'IntakeStatus', 'FlagOff']);
    expect(await pointerOf(runtime(), 'flag-off')).toBeUndefined();
    expect(busEventsOf(runtime(), 'flag-off')).toEqual([]);
    const mail = await runtime().emulators.sentMail();
    expect(mail.filter((m) => m.body.text?.includes('(stream flag-off)'))).toEqual([]);
  });

  it('shadow: the run scores and records, but asks nobody, publishes nothing and keeps the baseline', async () => {
    const baseline = await submit(runtime(), 'auto', 'flag-shadow', {
      revision: 'r0',
      key: 'incoming/flag-shadow-r0.json',
    });
    const stable = outputOf(baseline).scoring?.artifactDigest as string;
    await runtime().setFlag('shadow', 100);
    const run = await submit(runtime(), 'approval', 'flag-shadow');
    expect(run.result.status).toBe('SUCCEEDED');
    expect(entered(run.execution)).not.toContain('RequestApproval');
    expect(outputOf(run).handoff?.status).toBe('shadow-recorded');
    expect(await pointerOf(runtime(), 'flag-shadow')).toMatchObject({ current: stable, stable });
    expect(busEventsOf(runtime(), 'flag-shadow')).toEqual(['Handoff Handed Off']);
    const mail = await runtime().emulators.sentMail();
    expect(mail.filter((m) => m.body.text?.includes('(stream flag-shadow)'))).toEqual([]);
  });

  it('on at 0% with an allowlist: only the allowlisted stream runs', async () => {
    await runtime().setFlag('on', 0, ['flag-allowed']);
    const allowed = await submit(runtime(), 'auto', 'flag-allowed');
    const other = await submit(runtime(), 'auto', 'flag-not-allowed');
    expect(outputOf(allowed).handoff?.status).toBe('handed-off');
    expect(entered(other.execution)).toEqual(['Intake', 'IntakeStatus', 'FlagOff']);
  });
});

// Lambda errors after the work was done (timeout, lost response) are retried too: each step must recognise
// its own earlier attempt (intake re-claims its dedupe key by execution id; handoff and rollback mark the
// run only after publishing, and skip when the mark is there).
describe('transient faults after a step has done its work (the response was lost)', () => {
  it.each(['intake', 'scoring', 'handoff'])(
    '%s: the retry completes the run without a second effect',
    async (fn) => {
      const before = faults.injected[fn] ?? 0;
      const stream = `after-${fn}`;
      faults.plan({ fn, packageId: `${stream}-r1`, times: 1, timing: 'after' });
      const run = await submit(runtime(), 'auto', stream, { key: `incoming/${stream}-r1.json` });
      console.log(
        JSON.stringify({
          suite: 'simulation-faults-after',
          fn,
          status: run.result.status,
          states: entered(run.execution),
        }),
      );
      expect(faults.injected[fn]).toBe(before + 1);
      expect(run.result.status).toBe('SUCCEEDED');
      expect(outputOf(run).handoff?.status).toBe('handed-off');
      expect(busEventsOf(runtime(), stream)).toEqual(['Handoff Handed Off']);
      const digest = outputOf(run).scoring?.artifactDigest as string;
      expect(await pointerOf(runtime(), stream)).toMatchObject({
        current: digest,
        stable: digest,
        version: 1,
      });
    },
  );
});
