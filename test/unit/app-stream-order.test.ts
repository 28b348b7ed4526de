import { auditOf } from '#app/audit';
import { handoff } from '#app/handoff';
import { intake } from '#app/intake';
import { reconcile } from '#app/reconcile';
import { rollback } from '#app/rollback';
import { score } from '#app/score';
import { SKILL } from '#core/identity';
import {
  handoffDuplicateIgnoredDetailSchema,
  handoffRolledBackDetailSchema,
  handoffSupersededDetailSchema,
} from '#shared/event-schemas';
import type { WorkflowState } from '#shared/workflow-types';
import { type MemoryPorts, memoryPorts } from '../support/memory/index.ts';
import { type PackageKind, packageOf } from '../support/packages.ts';

// The stream's order over in-memory ports: the pointer only moves forward in submission order, a rollback
// restores exactly what its run replaced (and only while the pointer holds that write), and a technical end
// gives the dedupe claim back.

const BUCKET = 'handoff-bucket';
const STREAM = 'spring-launch-2027';
const approved = { decision: 'approved' as const, approver: 'ana@example.com', decidedAt: 't' };
const technical = { Error: 'States.Timeout', Cause: 'no answer in time' };

/** Intake (which numbers the submission) of `revision` as execution `run`, with its own object key. */
async function accepted(ports: MemoryPorts, run: string, kind: PackageKind, revision: string, key = run) {
  await ports.flags.putFlag({ flag: SKILL.featureFlag, state: 'on', percentage: 100 });
  const ref = { bucket: BUCKET, key: `incoming/${key}.json` };
  await ports.blobs.putImmutable(ref, JSON.stringify(packageOf(kind, STREAM, revision)), 'application/json');
  const state: WorkflowState = { trigger: 's3', packageRef: ref };
  state.intake = await intake(ports, {
    ...state,
    executionId: `arn:aws:states:us-east-1:000000000000:execution:handoff:${run}`,
  });
  return state;
}

async function scored(state: WorkflowState, ports: MemoryPorts) {
  state.scoring = await score(ports, state);
  return state;
}

const digestOf = (state: WorkflowState) => state.scoring?.artifactDigest ?? '';
const published = (ports: MemoryPorts) => ports.events.published.map((e) => e.detailType);

describe('the stream order', () => {
  it('numbers submissions per stream in the order intake accepts them', async () => {
    const ports = memoryPorts();
    const r3 = await accepted(ports, 'run-r3', 'approval', 'r3');
    const r5 = await accepted(ports, 'run-r5', 'auto', 'r5');
    expect([r3.intake?.streamSeq, r5.intake?.streamSeq]).toEqual([1, 2]);
    expect(ports.runs.runs.get('run-r5')?.streamSeq).toBe(2);
  });

  it('ends an older revision approved after a newer one was handed off as superseded, pointer untouched', async () => {
    const ports = memoryPorts();
    const r3 = await scored(await accepted(ports, 'run-r3', 'approval', 'r3'), ports);
    const r5 = await scored(await accepted(ports, 'run-r5', 'auto', 'r5'), ports);
    expect((await handoff(ports, r5)).status).toBe('handed-off');
    const pointerAfterR5 = await ports.artifacts.getPointer(STREAM);

    expect((await handoff(ports, { ...r3, approval: approved })).status).toBe('superseded');
    expect(await ports.artifacts.getPointer(STREAM)).toEqual(pointerAfterR5);
    expect(pointerAfterR5).toMatchObject({ current: digestOf(r5), seq: 2, runId: 'run-r5' });
    expect((await ports.artifacts.getArtifact(STREAM, digestOf(r3)))?.status).toBe('superseded');
    expect(ports.runs.runs.get('run-r3')).toMatchObject({
      status: 'superseded',
      supersededBy: { runId: 'run-r5', streamSeq: 2, artifactDigest: digestOf(r5) },
      decision: 'approved',
    });
    expect(published(ports)).toEqual(['Handoff Handed Off', 'Handoff Superseded']);
    expect(handoffSupersededDetailSchema.safeParse(ports.events.published[1]?.detail).success).toBe(true);
    expect(ports.events.published[1]?.detail).toMatchObject({
      eventId: 'run-r3:superseded',
      streamSeq: 1,
      supersededBy: { runId: 'run-r5' },
    });
    // A retry of the superseded step publishes nothing more.
    expect((await handoff(ports, { ...r3, approval: approved })).status).toBe('superseded');
    expect(published(ports)).toHaveLength(2);

    const audit = await auditOf(ports, STREAM);
    expect(audit.ok).toBe(true);
    expect(audit.chain.map((c) => c.status)).toEqual(['superseded', 'handed-off']);
  });

  it('leaves a superseded run as it is when its handoff responses were all lost and the Catch rolls back', async () => {
    // Found by the model-based test: the step ended the run superseded and announced it, then every
    // response was lost; the rollback that followed must not add a second outcome or free the claim.
    const ports = memoryPorts();
    const r3 = await scored(await accepted(ports, 'run-r3', 'approval', 'r3'), ports);
    const r5 = await scored(await accepted(ports, 'run-r5', 'auto', 'r5'), ports);
    await handoff(ports, r5);
    expect((await handoff(ports, { ...r3, approval: approved })).status).toBe('superseded');
    const pointer = await ports.artifacts.getPointer(STREAM);

    const result = await rollback(ports, { ...r3, approval: approved, failure: technical });
    expect(result).toEqual({ rolledBackTo: null, pointer: 'not-moved' });
    expect(published(ports)).toEqual(['Handoff Handed Off', 'Handoff Superseded']);
    expect(ports.runs.runs.get('run-r3')).toMatchObject({ status: 'superseded' });
    expect(await ports.artifacts.getPointer(STREAM)).toEqual(pointer);
    // The claim stays: the same bytes again are a duplicate of the superseded run.
    const again = await accepted(ports, 'run-r3-again', 'approval', 'r3', 'run-r3');
    expect(again.intake?.status).toBe('duplicate');
  });

  it('rolls back to exactly what the run replaced, not the stable digest seen when it was scored', async () => {
    const ports = memoryPorts();
    const x = await scored(await accepted(ports, 'run-x', 'auto', 'r1'), ports);
    await handoff(ports, x);
    const b = await accepted(ports, 'run-b', 'auto', 'r2');
    const a = await scored(await accepted(ports, 'run-a', 'auto', 'r3'), ports);
    await scored(b, ports);
    await handoff(ports, b);
    await handoff(ports, a);
    // A was scored while X was stable; B was handed off (and announced) before A replaced it.
    expect((await ports.artifacts.getArtifact(STREAM, digestOf(a)))?.prevStableDigest).toBe(digestOf(x));

    const result = await rollback(ports, { ...a, failure: technical });
    expect(result).toEqual({ rolledBackTo: digestOf(b), pointer: 'restored' });
    expect(await ports.artifacts.getPointer(STREAM)).toMatchObject({
      current: digestOf(b),
      stable: digestOf(b),
      seq: 2,
      runId: 'run-b',
    });
    expect((await auditOf(ports, STREAM)).ok).toBe(true);
  });

  it('leaves a pointer another run wrote since alone, and says so', async () => {
    const ports = memoryPorts();
    const a = await scored(await accepted(ports, 'run-a', 'auto', 'r1'), ports);
    const c = await scored(await accepted(ports, 'run-c', 'auto', 'r2'), ports);
    await handoff(ports, a);
    await handoff(ports, c);
    expect(await rollback(ports, { ...a, failure: technical })).toMatchObject({ pointer: 'left-alone' });
    expect(await ports.artifacts.getPointer(STREAM)).toMatchObject({ current: digestOf(c), runId: 'run-c' });
    expect(ports.events.published.at(-1)).toMatchObject({
      detailType: 'Handoff Rolled Back',
      detail: { pointer: 'left-alone', rolledBackTo: digestOf(c) },
    });
    expect(handoffRolledBackDetailSchema.safeParse(ports.events.published.at(-1)?.detail).success).toBe(true);
  });

  it('a retry whose own write was overtaken ends superseded and never writes the pointer back', async () => {
    const ports = memoryPorts();
    const a = await scored(await accepted(ports, 'run-a', 'auto', 'r1'), ports);
    const c = await scored(await accepted(ports, 'run-c', 'auto', 'r2'), ports);
    // A's first attempt writes the pointer, then its event cannot go out.
    const publish = ports.events.publish;
    ports.events.publish = () => Promise.reject(new Error('EventBridge unavailable'));
    await expect(handoff(ports, a)).rejects.toThrow(/unavailable/);
    ports.events.publish = publish;
    await handoff(ports, c);
    expect((await handoff(ports, a)).status).toBe('superseded');
    expect(await ports.artifacts.getPointer(STREAM)).toMatchObject({ current: digestOf(c), runId: 'run-c' });
    expect(ports.events.published.at(-1)?.detail.reason).toMatch(/had written the pointer/);
    const history = await ports.artifacts.pointerHistory(STREAM);
    expect(history.map((h) => [h.action, h.by])).toEqual([
      ['handoff', 'run-a'],
      ['handoff', 'run-c'],
    ]);
  });

  it('audit flags a pointer that went backwards in the stream order', async () => {
    const ports = memoryPorts();
    const r3 = await scored(await accepted(ports, 'run-r3', 'auto', 'r3'), ports);
    const r5 = await scored(await accepted(ports, 'run-r5', 'auto', 'r5'), ports);
    await handoff(ports, r5);
    // What the workflow before ordering did: write the older revision over the newer one.
    const pointer = await ports.artifacts.getPointer(STREAM);
    await ports.artifacts.writePointer(
      STREAM,
      pointer,
      {
        current: digestOf(r3),
        stable: digestOf(r3),
        seq: 1,
        runId: 'run-r3',
        replaced: pointer,
        by: 'run-r3',
      },
      't',
      { artifactDigest: digestOf(r3), status: 'handed-off' },
    );
    const audit = await auditOf(ports, STREAM);
    expect(audit.ok).toBe(false);
    expect(audit.problems).toContainEqual(
      expect.objectContaining({ check: 'order', message: expect.stringMatching(/went backwards/) }),
    );
  });
});

describe('dedupe that forgives outages', () => {
  it('releases the claim after a technical end, so the same bytes run again', async () => {
    const ports = memoryPorts();
    const first = await scored(await accepted(ports, 'run-1', 'auto', 'r1'), ports);
    await rollback(ports, { ...first, failure: technical });
    expect(ports.runs.runs.get('run-1')).toMatchObject({ status: 'rolled-back', claimReleased: true });
    const again = await accepted(ports, 'run-2', 'auto', 'r1', 'again');
    expect(again.intake?.status).toBe('accepted');
    expect((await handoff(ports, await scored(again, ports))).status).toBe('handed-off');
  });

  it('keeps the claim after a verdict: the same bytes would get the same one', async () => {
    const ports = memoryPorts();
    const first = await scored(await accepted(ports, 'run-1', 'approval', 'r1'), ports);
    await rollback(ports, { ...first, failure: { Error: 'ApprovalRejectedError', Cause: 'no' } });
    expect(ports.runs.runs.get('run-1')?.claimReleased).toBe(false);
    expect((await accepted(ports, 'run-2', 'approval', 'r1', 'again')).intake?.status).toBe('duplicate');
  });

  it('tells the submitter of a duplicate which run holds the claim', async () => {
    const ports = memoryPorts();
    await accepted(ports, 'run-1', 'auto', 'r1');
    await accepted(ports, 'run-2', 'auto', 'r1', 'again');
    expect(ports.events.published).toMatchObject([
      {
        detailType: 'Handoff Duplicate Ignored',
        detail: { eventId: 'run-2:duplicate', runId: 'run-2', duplicateOf: 'run-1', streamId: STREAM },
      },
    ]);
    expect(handoffDuplicateIgnoredDetailSchema.safeParse(ports.events.published[0]?.detail).success).toBe(
      true,
    );
    expect(ports.runs.runs.get('run-2')).toMatchObject({ status: 'duplicate', duplicateOf: 'run-1' });
  });

  // Found by the model-based test (test/simulation/stream-model.test.ts): a lost intake response made
  // the retried intake tell the submitter about the same duplicate a second time.
  it('tells it once when the duplicate intake is retried after its response was lost', async () => {
    const ports = memoryPorts();
    await accepted(ports, 'run-1', 'auto', 'r1');
    await accepted(ports, 'run-2', 'auto', 'r1', 'again');
    const retried = await accepted(ports, 'run-2', 'auto', 'r1', 'again');
    expect(retried.intake).toMatchObject({ status: 'duplicate', duplicateOf: 'run-1' });
    expect(published(ports)).toEqual(['Handoff Duplicate Ignored']);
    expect(ports.runs.runs.get('run-2')).toMatchObject({ status: 'duplicate', duplicateOf: 'run-1' });
  });
});

describe('runs whose execution ended outside the definition', () => {
  const arn = (run: string) => `arn:aws:states:us-east-1:000000000000:execution:handoff:${run}`;

  // Found by the model-based test: intake did its work but every response was lost, so the state reaching
  // Rollback had no $.intake. The rollback said "ended before intake", kept the run in flight and its claim
  // (the same file was a duplicate until the reconciler came), then the reconciler announced a second end.
  it('rolls back the run of an intake whose responses were all lost, found by the execution id', async () => {
    const ports = memoryPorts();
    const { intake: _done, ...lost } = await accepted(ports, 'run-1', 'auto', 'r1');
    const failure = { Error: 'TransientDependencyError', Cause: 'timed out' };
    await rollback(ports, { ...lost, failure }, arn('run-1'));
    expect(ports.runs.runs.get('run-1')).toMatchObject({ status: 'rolled-back', claimReleased: true });
    expect(ports.events.published).toMatchObject([
      { detailType: 'Handoff Rolled Back', detail: { runId: 'run-1', streamId: STREAM } },
    ]);
    expect(await reconcile(ports, { executionArn: arn('run-1'), status: 'FAILED' })).toMatchObject({
      closed: false,
    });
    expect((await accepted(ports, 'run-2', 'auto', 'r1', 'again')).intake?.status).toBe('accepted');
  });

  it('publishes nothing more for a duplicate whose intake responses were all lost', async () => {
    const ports = memoryPorts();
    await accepted(ports, 'run-1', 'auto', 'r1');
    const { intake: _done, ...lost } = await accepted(ports, 'run-2', 'auto', 'r1', 'again');
    const failure = { Error: 'TransientDependencyError', Cause: 'timed out' };
    expect(await rollback(ports, { ...lost, failure }, arn('run-2'))).toEqual({ rolledBackTo: null });
    expect(published(ports)).toEqual(['Handoff Duplicate Ignored']);
  });

  // Found by the model-based test: intake failed its four attempts, then so did the rollback. The execution
  // ended FAILED with no run record, and the reconciler, which knew only the execution, told nobody.
  describe('an execution that never got a run record', () => {
    const ref = { bucket: BUCKET, key: 'incoming/lost.json' };
    const input = JSON.stringify({ trigger: 's3', packageRef: ref });
    const rejected = { Error: 'PackageRejectedError', Cause: 'brief.title: required' };

    it('is told once as interrupted, from its input, when its rollback never ran', async () => {
      const ports = memoryPorts();
      const ended = { executionArn: arn('run-e'), status: 'FAILED' as const, input };
      expect(await reconcile(ports, ended)).toEqual({ runId: 'run-e', closed: false, status: null });
      expect(ports.events.published).toMatchObject([
        {
          detailType: 'Handoff Rolled Back',
          detail: { eventId: 'run-e:interrupted', packageRef: ref, outcome: 'interrupted' },
        },
      ]);
      await reconcile(ports, ended);
      expect(published(ports)).toEqual(['Handoff Rolled Back']);
      expect(ports.runs.runs.has('run-e')).toBe(false);
    });

    it('is not told again when the definition’s rollback told it', async () => {
      const ports = memoryPorts();
      await rollback(ports, { trigger: 's3', packageRef: ref, failure: rejected }, arn('run-r'));
      await rollback(ports, { trigger: 's3', packageRef: ref, failure: rejected }, arn('run-r'));
      await reconcile(ports, { executionArn: arn('run-r'), status: 'FAILED', input });
      expect(ports.events.published).toMatchObject([
        { detailType: 'Handoff Rejected', detail: { eventId: 'run-r:rejected', outcome: 'rejected' } },
      ]);
    });

    it('is told as the rollback kept it, same event id, when the rollback could not publish', async () => {
      const ports = memoryPorts();
      const publish = ports.events.publish;
      ports.events.publish = () => Promise.reject(new Error('bus down'));
      await expect(
        rollback(ports, { trigger: 's3', packageRef: ref, failure: rejected }, arn('run-r')),
      ).rejects.toThrow('bus down');
      ports.events.publish = publish;
      await reconcile(ports, { executionArn: arn('run-r'), status: 'FAILED', input });
      expect(ports.events.published).toMatchObject([
        { detailType: 'Handoff Rejected', detail: { eventId: 'run-r:rejected', outcome: 'rejected' } },
      ]);
    });

    it('tells nothing from an input that names no package', async () => {
      const ports = memoryPorts();
      for (const bad of [
        undefined,
        '',
        'not json',
        '{"trigger":"s3"}',
        '{"trigger":"ftp","packageRef":{}}',
      ]) {
        await reconcile(ports, {
          executionArn: arn('run-x'),
          status: 'ABORTED',
          ...(bad === undefined ? {} : { input: bad }),
        });
      }
      expect(ports.events.published).toEqual([]);
    });
  });

  it('finishes a run left in flight as interrupted: pointer restored, claim released, consumers told', async () => {
    const ports = memoryPorts();
    const x = await scored(await accepted(ports, 'run-x', 'auto', 'r1'), ports);
    await handoff(ports, x);
    const a = await scored(await accepted(ports, 'run-a', 'auto', 'r2'), ports);
    // A wrote the pointer, then its execution was stopped by hand before anything else happened.
    const publish = ports.events.publish;
    ports.events.publish = () => Promise.reject(new Error('stopped'));
    await expect(handoff(ports, a)).rejects.toThrow();
    ports.events.publish = publish;

    expect(await reconcile(ports, { executionArn: arn('run-a'), status: 'ABORTED' })).toEqual({
      runId: 'run-a',
      closed: true,
      status: 'interrupted',
    });
    expect(await ports.artifacts.getPointer(STREAM)).toMatchObject({ current: digestOf(x), runId: 'run-x' });
    expect(ports.runs.runs.get('run-a')).toMatchObject({
      status: 'interrupted',
      pointerAction: 'restored',
      claimReleased: true,
      failure: { Error: 'ExecutionAborted' },
    });
    expect(ports.events.published.at(-1)).toMatchObject({
      detailType: 'Handoff Rolled Back',
      detail: { outcome: 'interrupted', pointer: 'restored', claimReleased: true },
    });
    expect(handoffRolledBackDetailSchema.safeParse(ports.events.published.at(-1)?.detail).success).toBe(true);
    // Idempotent, and with the definition's own rollback: a run that ended is left alone.
    expect((await reconcile(ports, { executionArn: arn('run-a'), status: 'FAILED' })).closed).toBe(false);
    expect((await reconcile(ports, { executionArn: arn('run-x'), status: 'FAILED' })).closed).toBe(false);
    expect((await reconcile(ports, { executionArn: arn('never'), status: 'TIMED_OUT' })).closed).toBe(false);
    expect((await accepted(ports, 'run-b', 'auto', 'r2', 'again')).intake?.status).toBe('accepted');
  });
});
