import { artifacts } from '#adapters/artifacts';
import { blobs } from '#adapters/blobs';
import { runs } from '#adapters/runs';
import { auditOf } from '#app/audit';
import { reconcileLostRuns } from '../../local/reconcile.ts';
import { FaultInjector } from '../support/faults.ts';
import { packageOf } from '../support/packages.ts';
import { decideFromMail, useLocalRuntime, waitForMail } from '../support/stack.ts';
import { artifactOf, busEventsOf, entered, outputOf, pointerOf, submit } from './support.ts';

// The stream's order and the forgiving dedupe, as a user meets them: the synthesized state machine running
// the real handlers on the emulators, runs started by S3 puts, approvals decided through the mailed link.

const faults = new FaultInjector();
const runtime = useLocalRuntime({ retryIntervalMs: 0, wrapHandler: faults.wrap });

beforeAll(async () => {
  await runtime().setFlag('on', 100);
});

const busDetails = (stream: string) =>
  runtime()
    .emulators.bus.events()
    .filter((e) => (e.detail as { streamId?: string }).streamId === stream);

describe('an order per stream', () => {
  it('r3 waits for approval, r5 is handed off, then r3 is approved: r5 stays current, r3 ends superseded', async () => {
    const stream = 'spring-launch-2027';
    const mail = { contains: `(stream ${stream})` };
    const r3 = await runtime().submitPackage(
      packageOf('approval', stream, 'r3'),
      `incoming/${stream}-r3.json`,
    );
    await waitForMail(runtime(), mail, 60_000);

    const r5 = await submit(runtime(), 'auto', stream, { revision: 'r5', key: `incoming/${stream}-r5.json` });
    expect(outputOf(r5).handoff?.status).toBe('handed-off');
    const r5Digest = outputOf(r5).scoring?.artifactDigest as string;

    await decideFromMail(runtime(), mail, 'approve');
    const r3Result = await r3.result;
    expect(r3Result.status).toBe('SUCCEEDED');
    const r3Output = r3Result.output as {
      handoff?: { status: string };
      scoring?: { artifactDigest: string };
    };
    expect(r3Output.handoff?.status).toBe('superseded');

    expect(await pointerOf(runtime(), stream)).toMatchObject({ current: r5Digest, stable: r5Digest });
    expect((await artifactOf(runtime(), stream, r3Output.scoring?.artifactDigest as string))?.status).toBe(
      'superseded',
    );
    expect(await runs.get().getRun(r3.name)).toMatchObject({
      status: 'superseded',
      streamSeq: 1,
      supersededBy: { runId: r5.execution.name, streamSeq: 2, artifactDigest: r5Digest },
    });
    expect(busEventsOf(runtime(), stream)).toEqual(['Handoff Handed Off', 'Handoff Superseded']);

    const audit = await auditOf({ artifacts: artifacts.get(), blobs: blobs.get(), runs: runs.get() }, stream);
    expect(audit.problems).toEqual([]);
    expect(audit.ok).toBe(true);
    expect(audit.chain.map((c) => c.status)).toEqual(['superseded', 'handed-off']);
  });

  it('a failure after the pointer write restores what the run replaced, not the baseline seen at scoring', async () => {
    const stream = 'order-restore';
    const mailOf = (revision: string) => ({ contains: `${stream}-${revision} (stream ${stream})` });
    const x = await submit(runtime(), 'auto', stream, { revision: 'r1', key: `incoming/${stream}-r1.json` });
    const xDigest = outputOf(x).scoring?.artifactDigest as string;
    // B (r2) and A (r3) both wait for their approvers; A is scored while X is the stable baseline.
    const b = await runtime().submitPackage(
      packageOf('approval', stream, 'r2'),
      `incoming/${stream}-r2.json`,
    );
    await waitForMail(runtime(), mailOf('r2'), 60_000);
    const a = await runtime().submitPackage(
      packageOf('approval', stream, 'r3'),
      `incoming/${stream}-r3.json`,
    );
    await waitForMail(runtime(), mailOf('r3'), 60_000);

    await decideFromMail(runtime(), mailOf('r2'), 'approve');
    const bDigest = ((await b.result).output as { scoring: { artifactDigest: string } }).scoring
      .artifactDigest;
    // A's handoff completes every time, but its response never arrives: the workflow gives up and rolls back.
    faults.plan({ fn: 'handoff', stream, times: 4, timing: 'after' });
    await decideFromMail(runtime(), mailOf('r3'), 'approve');
    expect(await a.result).toMatchObject({ status: 'FAILED', error: 'TransientDependencyError' });

    // B was announced before A replaced it: the stream goes back to B, not to X.
    expect(xDigest).not.toBe(bDigest);
    expect(await pointerOf(runtime(), stream)).toMatchObject({ current: bDigest, stable: bDigest, seq: 2 });
    const rolledBack = busDetails(stream).find((e) => e['detail-type'] === 'Handoff Rolled Back');
    expect(rolledBack?.detail).toMatchObject({
      pointer: 'restored',
      rolledBackTo: bDigest,
      claimReleased: true,
    });
    const audit = await auditOf({ artifacts: artifacts.get(), blobs: blobs.get(), runs: runs.get() }, stream);
    expect(audit.problems.filter((p) => p.check === 'order')).toEqual([]);
  });
});

describe('dedupe that forgives outages', () => {
  it('runs the same file again after a technical failure; a true duplicate names the run holding the claim', async () => {
    const stream = 'dedupe-outage';
    faults.plan({ fn: 'handoff', stream, times: 4 });
    const failed = await submit(runtime(), 'auto', stream, { key: `incoming/${stream}-1.json` });
    expect(failed.result).toMatchObject({ status: 'FAILED', error: 'TransientDependencyError' });

    const again = await submit(runtime(), 'auto', stream, { key: `incoming/${stream}-2.json` });
    expect(outputOf(again).handoff?.status).toBe('handed-off');

    const duplicate = await submit(runtime(), 'auto', stream, { key: `incoming/${stream}-3.json` });
    expect(entered(duplicate.execution)).toEqual(['Intake', 'IntakeStatus', 'DuplicateIgnored']);
    expect(busEventsOf(runtime(), stream)).toEqual([
      'Handoff Rolled Back',
      'Handoff Handed Off',
      'Handoff Duplicate Ignored',
    ]);
    expect(busDetails(stream).at(-1)?.detail).toMatchObject({
      runId: duplicate.execution.name,
      duplicateOf: again.execution.name,
    });
    expect(await runs.get().getRun(duplicate.execution.name)).toMatchObject({
      status: 'duplicate',
      duplicateOf: again.execution.name,
    });
  });
});

describe('an intake whose responses were all lost', () => {
  // Found by the model-based test: the state reaching Rollback has no $.intake, yet intake recorded the run
  // and claimed the package. Rollback finds the run by the execution id: one outcome, the claim released.
  it('rolls its run back once, and the same file then runs again', async () => {
    const stream = 'intake-lost';
    faults.plan({ fn: 'intake', packageId: `${stream}-r1`, times: 4, timing: 'after' });
    const lost = await submit(runtime(), 'auto', stream, { key: `incoming/${stream}-r1.json` });
    expect(lost.result).toMatchObject({ status: 'FAILED', error: 'TransientDependencyError' });
    expect(await runs.get().getRun(lost.execution.name)).toMatchObject({
      status: 'rolled-back',
      claimReleased: true,
    });
    expect(busEventsOf(runtime(), stream)).toEqual(['Handoff Rolled Back']);

    const again = await submit(runtime(), 'auto', stream, { key: `incoming/${stream}-r1.json` });
    expect(outputOf(again).handoff?.status).toBe('handed-off');
  });
});

describe('runs whose execution ended elsewhere', () => {
  it('closes a run whose execution was lost while it waited for approval; the same file then runs again', async () => {
    const stream = 'restart-lost';
    const mail = { contains: `(stream ${stream})` };
    const lost = await runtime().submitPackage(
      packageOf('approval', stream, 'r1'),
      `incoming/${stream}-1.json`,
    );
    await waitForMail(runtime(), mail, 60_000);
    // What a restart of `npm start` does to an execution: it is gone.
    lost.abort();
    await lost.result;
    expect(await runs.get().getRun(lost.name)).toMatchObject({ status: 'awaiting-approval' });

    const closed = await reconcileLostRuns(runtime());
    expect(closed.map((r) => r.runId)).toContain(lost.name);
    expect(await runs.get().getRun(lost.name)).toMatchObject({
      status: 'interrupted',
      claimReleased: true,
      failure: { Error: 'ExecutionAborted' },
    });
    expect(busDetails(stream).at(-1)).toMatchObject({
      'detail-type': 'Handoff Rolled Back',
      detail: { outcome: 'interrupted' },
    });
    // Nothing left to close the second time.
    expect((await reconcileLostRuns(runtime())).map((r) => r.runId)).not.toContain(lost.name);

    const again = await runtime().submitPackage(
      packageOf('approval', stream, 'r1'),
      `incoming/${stream}-2.json`,
    );
    await vi.waitFor(
      async () => {
        expect((await runs.get().getRun(again.name))?.status).toBe('awaiting-approval');
      },
      { timeout: 60_000 },
    );
    again.abort();
  });
});
