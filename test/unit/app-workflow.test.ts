import { handoff } from '#app/handoff';
import { intake } from '#app/intake';
import { metrics } from '#app/observability';
import { rollback } from '#app/rollback';
import { score } from '#app/score';
import { SKILL } from '#core/identity';
import { runIdFor } from '#core/run';
import { ContractUnavailableError, IntegrityError, PackageRejectedError } from '#shared/errors';
import type { ExecutionInput, WorkflowState } from '#shared/workflow-types';
import { type MemoryPorts, memoryPorts } from '../support/memory/index.ts';
import { type PackageKind, packageOf } from '../support/packages.ts';

// The workflow's use cases over in-memory ports: every branch, no emulator.

const BUCKET = 'handoff-bucket';
const EXECUTION = 'arn:aws:states:us-east-1:000000000000:execution:handoff:run-1';

type Ports = MemoryPorts & { setNow(d: Date): void };

async function submitted(ports: Ports, body: unknown, key = 'incoming/p.json'): Promise<ExecutionInput> {
  await ports.blobs.putImmutable(
    { bucket: BUCKET, key },
    typeof body === 'string' ? body : JSON.stringify(body),
    'application/json',
  );
  return { trigger: 's3', packageRef: { bucket: BUCKET, key }, executionId: EXECUTION };
}

async function flagOn(ports: Ports, state: 'on' | 'shadow' | 'off' = 'on') {
  await ports.flags.putFlag({ flag: SKILL.featureFlag, state, percentage: 100 });
}

/** A run through intake and scoring: the state handoff or rollback starts from. */
async function scored(ports: Ports, kind: PackageKind = 'auto', stream = 's1'): Promise<WorkflowState> {
  await flagOn(ports);
  const input = await submitted(ports, packageOf(kind, stream, 'r1'), `incoming/${stream}.json`);
  const state: WorkflowState = { trigger: input.trigger, packageRef: input.packageRef };
  state.intake = await intake(ports, input);
  state.scoring = await score(ports, state);
  return state;
}

describe('intake', () => {
  it('accepts a valid package: claims it, keeps an immutable copy and creates the running run', async () => {
    const ports = memoryPorts();
    await flagOn(ports);
    const result = await intake(ports, await submitted(ports, packageOf('auto', 's1', 'r1')));
    expect(result).toMatchObject({ status: 'accepted', runId: 'run-1', streamId: 's1', shadow: false });
    expect(ports.blobs.objects.has(`s3://${BUCKET}/packages/${result.packageDigest}.json`)).toBe(true);
    expect(ports.runs.runs.get('run-1')).toMatchObject({ status: 'running', attempts: {} });
  });

  it('records a flag-off run as finished, without a claim, when the flag is missing', async () => {
    const ports = memoryPorts();
    const result = await intake(ports, await submitted(ports, packageOf('auto', 's1', 'r1')));
    expect(result.status).toBe('flag-off');
    expect(ports.runs.runs.get('run-1')).toMatchObject({
      status: 'flag-off',
      finishedAt: expect.any(String),
    });
  });

  it('reports a second run of the same package as a duplicate of the first', async () => {
    const ports = memoryPorts();
    await flagOn(ports);
    const input = await submitted(ports, packageOf('auto', 's1', 'r1'));
    await intake(ports, input);
    const second = await intake(ports, { ...input, executionId: `${EXECUTION}-again` });
    expect(second.status).toBe('duplicate');
    expect(ports.runs.runs.get('run-1-again')).toMatchObject({ status: 'duplicate', duplicateOf: 'run-1' });
  });

  it('counts a run once and keeps its streamSeq when intake is retried after its claim', async () => {
    const counted = vi.spyOn(metrics, 'addMetric');
    try {
      const ports = memoryPorts();
      await flagOn(ports);
      const input = await submitted(ports, packageOf('auto', 's1', 'r1'));
      const first = await intake(ports, input);
      const retry = await intake(ports, input); // the first attempt's response was lost
      expect(retry).toMatchObject({ status: 'accepted', streamSeq: first.streamSeq });
      expect(ports.runs.runs.get('run-1')?.streamSeq).toBe(first.streamSeq);
      expect(counted.mock.calls.filter(([name]) => name === 'Runs')).toHaveLength(1);
    } finally {
      counted.mockRestore();
    }
  });

  it('dedupes shadow runs apart from live ones', async () => {
    const ports = memoryPorts();
    await flagOn(ports, 'shadow');
    const input = await submitted(ports, packageOf('auto', 's1', 'r1'));
    expect(await intake(ports, input)).toMatchObject({ status: 'accepted', shadow: true });
    await flagOn(ports, 'on');
    const live = await intake(ports, { ...input, executionId: `${EXECUTION}-live` });
    expect(live).toMatchObject({ status: 'accepted', shadow: false });
  });

  it('reads exactly the S3 version the trigger names, so two quick writes of one key run each once', async () => {
    const ports = memoryPorts();
    await flagOn(ports);
    const ref = { bucket: BUCKET, key: 'incoming/same.json' };
    ports.blobs.putVersion(ref, JSON.stringify(packageOf('auto', 's1', 'r1')), 'v1');
    ports.blobs.putVersion(ref, JSON.stringify(packageOf('auto', 's1', 'r2')), 'v2');
    const run = (versionId: string) =>
      intake(ports, {
        trigger: 's3',
        packageRef: { ...ref, versionId },
        executionId: `${EXECUTION}-${versionId}`,
      });
    expect((await run('v1')).packageId).toBe('s1-r1');
    expect((await run('v2')).packageId).toBe('s1-r2');
  });

  it('rejects a Handoff Submitted event that names no package of this stack, saying why', async () => {
    const ports = memoryPorts();
    const error = await intake(ports, {
      trigger: 'event',
      packageRef: { unusable: { package: 'incoming/x.json' } },
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(PackageRejectedError);
    expect((error as Error).message).toMatch(/unusable_package_ref.*incoming\/x\.json/);
  });

  it('rejects a package that does not parse, naming the violations', async () => {
    const ports = memoryPorts();
    await expect(intake(ports, await submitted(ports, '{"nope":'))).rejects.toBeInstanceOf(
      PackageRejectedError,
    );
  });

  it('rejects a missing package as not_found, after trying the decoded forms of an S3 key', async () => {
    const ports = memoryPorts();
    await ports.blobs.putImmutable(
      { bucket: BUCKET, key: 'incoming/a b.json' },
      JSON.stringify(packageOf('auto', 's1', 'r1')),
      'application/json',
    );
    await flagOn(ports);
    const found = await intake(ports, {
      trigger: 's3',
      packageRef: { bucket: BUCKET, key: 'incoming/a+b.json' },
    });
    expect(found.status).toBe('accepted');
    await expect(
      intake(ports, { trigger: 's3', packageRef: { bucket: BUCKET, key: 'incoming/none.json' } }),
    ).rejects.toThrow(/not_found/);
  });

  it('rejects a package larger than the limit without reading it all', async () => {
    const ports = memoryPorts();
    await expect(
      intake(ports, await submitted(ports, `{"x":"${'a'.repeat(5 * 1024 * 1024)}"}`)),
    ).rejects.toThrow(/payload_too_large/);
  });

  it('refuses an unknown contract and one that breaks its contract', async () => {
    const ports = memoryPorts();
    const unknown = {
      ...packageOf('auto', 's1', 'r1'),
      contract: { id: 'no-such-contract', version: '1.0.0' },
    };
    await expect(intake(ports, await submitted(ports, unknown, 'incoming/u.json'))).rejects.toBeInstanceOf(
      ContractUnavailableError,
    );
    const broken = { ...packageOf('auto', 's1', 'r1'), channels: ['carrier-pigeon'] };
    await expect(intake(ports, await submitted(ports, broken, 'incoming/b.json'))).rejects.toBeInstanceOf(
      PackageRejectedError,
    );
  });
});

describe('score', () => {
  it('stores the artifact, its item with the stream sequence and the run fields in one write', async () => {
    const ports = memoryPorts();
    const state = await scored(ports);
    const scoring = state.scoring;
    expect(scoring).toMatchObject({ outcome: expect.any(String), pointerSeen: { version: 0 } });
    expect(ports.blobs.objects.has(`s3://${BUCKET}/${scoring?.artifactRef.key}`)).toBe(true);
    expect(await ports.artifacts.getArtifact('s1', scoring?.artifactDigest ?? '')).toMatchObject({
      status: 'scored',
      createdSeq: 1,
      prevStableDigest: null,
    });
    expect(ports.runs.runs.get('run-1')).toMatchObject({
      artifactDigest: scoring?.artifactDigest,
      attempts: { scoring: 1 },
    });
  });

  it('passes the approval request along only when a human must approve', async () => {
    expect((await scored(memoryPorts(), 'auto')).scoring?.approvalRequest).toBeUndefined();
    const approval = (await scored(memoryPorts(), 'approval')).scoring;
    expect(approval?.approval.required).toBe(true);
    expect(approval?.approvalRequest?.summary.title).toBeTruthy();
  });

  it('on a retry finds its artifact item and updates only the run', async () => {
    const ports = memoryPorts();
    const state = await scored(ports);
    const again = await score(ports, state);
    expect(again.artifactDigest).toBe(state.scoring?.artifactDigest);
    expect(await ports.artifacts.listByStream('s1')).toHaveLength(1);
    expect(ports.runs.runs.get('run-1')?.attempts).toEqual({ scoring: 2 });
  });

  it('fails closed on a missing intake, a stored copy that is not JSON, or a digest that moved', async () => {
    const ports = memoryPorts();
    const state = await scored(ports);
    await expect(score(ports, { ...state, intake: undefined })).rejects.toBeInstanceOf(IntegrityError);
    const intakeResult = state.intake;
    if (!intakeResult) throw new Error('no intake');
    await ports.blobs.putImmutable({ bucket: BUCKET, key: 'packages/bad.json' }, 'not json', 'text/plain');
    const bad = { ...intakeResult, packageRef: { bucket: BUCKET, key: 'packages/bad.json' } };
    await expect(score(ports, { ...state, intake: bad })).rejects.toThrow(/is not JSON/);
    await expect(
      score(ports, { ...state, intake: { ...intakeResult, packageDigest: 'other' } }),
    ).rejects.toThrow(/differs from the intake digest/);
  });
});

describe('handoff', () => {
  it('makes the artifact current and stable, publishes once and marks the run handed off', async () => {
    const ports = memoryPorts();
    const state = await scored(ports);
    const digest = state.scoring?.artifactDigest;
    expect(await handoff(ports, state)).toEqual({ status: 'handed-off', pointerVersion: 1 });
    expect(await ports.artifacts.getPointer('s1')).toMatchObject({
      current: digest,
      stable: digest,
      version: 1,
      runId: 'run-1',
    });
    expect((await ports.artifacts.getArtifact('s1', digest ?? ''))?.status).toBe('handed-off');
    expect(ports.events.published).toMatchObject([
      {
        detailType: 'Handoff Handed Off',
        detail: { eventId: 'run-1:handed-off', reason: 'passed without human approval' },
      },
    ]);
    expect(ports.runs.runs.get('run-1')).toMatchObject({
      status: 'handed-off',
      handedOffAt: expect.any(String),
    });
  });

  it('does nothing more on a retry after the run was handed off', async () => {
    const ports = memoryPorts();
    const state = await scored(ports);
    await handoff(ports, state);
    expect(await handoff(ports, state)).toEqual({ status: 'handed-off', pointerVersion: 1 });
    expect(ports.events.published).toHaveLength(1);
  });

  it('records a shadow run without moving the pointer or publishing', async () => {
    const ports = memoryPorts();
    const state = await scored(ports);
    const shadow = { ...state, intake: state.intake && { ...state.intake, shadow: true } };
    expect(await handoff(ports, shadow)).toEqual({ status: 'shadow-recorded', pointerVersion: 0 });
    expect((await ports.artifacts.getArtifact('s1', state.scoring?.artifactDigest ?? ''))?.status).toBe(
      'shadow',
    );
    expect(ports.events.published).toEqual([]);
    expect(ports.runs.runs.get('run-1')?.status).toBe('shadow');
  });

  it('re-reads the pointer when another run moved it since scoring', async () => {
    const ports = memoryPorts();
    const state = await scored(ports);
    await ports.artifacts.writePointer(
      's1',
      { current: null, stable: null, version: 0 },
      { current: 'x', stable: 'x' },
      't',
    );
    expect((await handoff(ports, state)).pointerVersion).toBe(2);
  });

  it('refuses a blocked artifact and an unapproved one that needs approval', async () => {
    const ports = memoryPorts();
    const blocked = await scored(ports, 'blocked', 's-blocked');
    await expect(handoff(ports, blocked)).rejects.toThrow(/blocked artifact/);
    const needsApproval = await scored(ports, 'approval', 's-approval');
    await expect(handoff(ports, needsApproval)).rejects.toThrow(/without one/);
    const approved = { decision: 'approved' as const, approver: 'ana@example.com', decidedAt: 't' };
    expect((await handoff(ports, { ...needsApproval, approval: approved })).status).toBe('handed-off');
    expect(ports.runs.runs.get(needsApproval.intake?.runId ?? '')).toMatchObject({ decision: 'approved' });
  });
});

describe('rollback', () => {
  const failure = (name: string) => ({
    Error: name,
    Cause: JSON.stringify({ errorMessage: `${name} happened` }),
  });

  it('tells the submitter when the run ended before intake', async () => {
    const ports = memoryPorts();
    const state: WorkflowState = {
      trigger: 's3',
      packageRef: { bucket: BUCKET, key: 'k' },
      failure: failure('PackageRejectedError'),
    };
    expect(await rollback(ports, state)).toEqual({ rolledBackTo: null });
    expect(ports.events.published).toMatchObject([
      {
        detailType: 'Handoff Rejected',
        detail: { outcome: 'rejected', reason: 'PackageRejectedError happened' },
      },
    ]);
    // With the execution id the end is kept before it is told: a retry (its response lost) finds it told.
    const arn = 'arn:aws:states:eu-west-1:123456789012:execution:handoff:exec-7';
    await rollback(ports, state, arn);
    await rollback(ports, state, arn);
    expect(ports.events.published.slice(1).map((e) => e.detail.eventId)).toEqual([
      `${runIdFor(arn)}:rejected`,
    ]);
    expect(ports.runs.earlyEnds.get(runIdFor(arn))).toMatchObject({ told: true });
  });

  it('restores the last stable artifact after a handoff failed, and marks artifact and run', async () => {
    const ports = memoryPorts();
    const state = await scored(ports);
    const digest = state.scoring?.artifactDigest ?? '';
    await handoff(ports, state);
    const result = await rollback(ports, { ...state, failure: failure('States.Timeout') });
    expect(result).toEqual({ rolledBackTo: null, pointer: 'restored' });
    expect(await ports.artifacts.getPointer('s1')).toMatchObject({ current: null, stable: null });
    expect((await ports.artifacts.getArtifact('s1', digest))?.status).toBe('rolled-back');
    expect(ports.events.published.at(-1)).toMatchObject({ detailType: 'Handoff Rolled Back' });
    expect(ports.runs.runs.get('run-1')).toMatchObject({
      status: 'rolled-back',
      failure: { Error: 'States.Timeout' },
    });
  });

  it('counts Rollbacks once per run intake counted: not for an intake failure, not again on a retry', async () => {
    const counted = vi.spyOn(metrics, 'addMetric');
    const rollbacks = () => counted.mock.calls.filter(([name]) => name === 'Rollbacks').length;
    try {
      const early = memoryPorts();
      await rollback(early, {
        trigger: 's3',
        packageRef: { bucket: BUCKET, key: 'k' },
        failure: failure('PackageRejectedError'),
      });
      expect(rollbacks()).toBe(0);

      const ports = memoryPorts();
      const state = await scored(ports);
      const runs = () => counted.mock.calls.filter(([name]) => name === 'Runs').length;
      expect(runs()).toBe(1);
      await rollback(ports, { ...state, failure: failure('States.Timeout') });
      await rollback(ports, { ...state, failure: failure('States.Timeout') }); // a retry, response lost
      expect(rollbacks()).toBe(1);
      expect(rollbacks()).toBeLessThanOrEqual(runs());
    } finally {
      counted.mockRestore();
    }
  });

  it('counts an approver rejection as rejected and records the decision', async () => {
    const ports = memoryPorts();
    const state = await scored(ports, 'approval');
    await rollback(ports, { ...state, failure: failure('ApprovalRejectedError') });
    expect(ports.events.published.at(-1)).toMatchObject({ detailType: 'Handoff Rejected' });
    expect(ports.runs.runs.get('run-1')).toMatchObject({ status: 'rejected', decision: 'rejected' });
  });

  it('publishes nothing for a shadow run and never relabels a published artifact', async () => {
    const ports = memoryPorts();
    const state = await scored(ports);
    await handoff(ports, state);
    const shadow = {
      ...state,
      intake: state.intake && { ...state.intake, shadow: true },
      failure: failure('X'),
    };
    await rollback(ports, shadow);
    expect(ports.events.published).toHaveLength(1);
    expect((await ports.artifacts.getArtifact('s1', state.scoring?.artifactDigest ?? ''))?.status).toBe(
      'handed-off',
    );
  });

  it('does nothing on a retry after an earlier attempt finished', async () => {
    const ports = memoryPorts();
    const state = { ...(await scored(ports)), failure: failure('X') };
    await rollback(ports, state);
    await rollback(ports, state);
    expect(ports.events.published).toHaveLength(1);
  });
});
