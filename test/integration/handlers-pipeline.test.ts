import { readFileSync } from 'node:fs';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context } from 'aws-lambda';
import { artifacts } from '#adapters/artifacts';
import { blobs, s3Client } from '#adapters/blobs';
import { documentClient } from '#adapters/dynamo';
import { eventBridgeClient, events } from '#adapters/events';
import { flags } from '#adapters/flags';
import { runs } from '#adapters/runs';
import { digestOf } from '#core/canonical';
import type { FlagRecord } from '#core/flags';
import { SKILL } from '#core/identity';
import { parsePackage } from '#core/validate';
import type {
  ExecutionInput,
  IntakeResult,
  ObjectRef,
  ScoringResult,
  WorkflowState,
} from '#shared/workflow-types';
import { HANDLERS } from '../../functions/handlers/index.ts';
import { useLocalStack } from '../support/stack.ts';

const stack = useLocalStack();
beforeAll(() => {
  for (const c of [documentClient, s3Client, eventBridgeClient, artifacts, blobs, events, flags, runs])
    c.reset();
});

const SAMPLE = readFileSync(
  new URL('../../events/packages/sample-spring-launch.json', import.meta.url),
  'utf8',
);
const context = {
  functionName: 'local',
  awsRequestId: 'req-1',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:local',
  getRemainingTimeInMillis: () => 30_000,
} as unknown as Context;

// The real middy-wrapped handlers, invoked as Lambda would.
const intake = (e: ExecutionInput) => HANDLERS.intake(e, context) as Promise<IntakeResult>;
const scoring = (s: WorkflowState) => HANDLERS.scoring(s, context) as Promise<ScoringResult>;
const handoff = (s: WorkflowState) => HANDLERS.handoff(s, context);
const rollback = (s: WorkflowState) => HANDLERS.rollback(s, context);

const execution = (name: string) => `arn:aws:states:us-east-1:000000000000:execution:handoff:${name}`;

async function submit(key: string, body: string): Promise<ObjectRef> {
  const bucket = stack().env.BUCKET as string;
  await (await s3Client.get()).send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  return { bucket, key };
}

/** The sample package under another stream/package id, so each scenario has its own stream. */
function variant(streamId: string, packageId = streamId): string {
  return JSON.stringify({ ...JSON.parse(SAMPLE), streamId, packageId });
}

async function setFlag(over: Partial<FlagRecord>) {
  await flags
    .get()
    .putFlag({ flag: SKILL.featureFlag, state: 'on', percentage: 100, allowlist: [], ...over });
}

const approved = {
  decision: 'approved' as const,
  approver: 'priya.nair@greenhouse-goods.co',
  decidedAt: 'now',
};

describe('intake → scoring → handoff → rollback on the local stack', () => {
  beforeEach(() => stack().clearEvents());

  it('accepts a valid package, keeps an immutable copy and records the run with the evaluated flag', async () => {
    await setFlag({ state: 'on' });
    const packageRef = await submit('incoming/accept.json', variant('stream-accept'));
    const result = await intake({ trigger: 's3', packageRef, executionId: execution('accept-1') });
    expect(result).toMatchObject({
      status: 'accepted',
      runId: 'accept-1',
      streamId: 'stream-accept',
      shadow: false,
      flag: { state: 'on', reason: expect.stringMatching(/^bucket \d+ < 100%$/) },
      packageRef: { key: `packages/${result.packageDigest}.json` },
    });
    expect(new TextDecoder().decode(await blobs.get().get(result.packageRef))).toBe(variant('stream-accept'));
    expect(await runs.get().getRun('accept-1')).toMatchObject({
      status: 'running',
      submittedAt: JSON.parse(SAMPLE).submittedAt,
      flag: { state: 'on' },
    });
  });

  it('ignores a second trigger for the same digest and contract version, but lets the same execution retry', async () => {
    await setFlag({ state: 'on' });
    const packageRef = await submit('incoming/dup.json', variant('stream-dup'));
    expect((await intake({ trigger: 's3', packageRef, executionId: execution('dup-1') })).status).toBe(
      'accepted',
    );
    expect((await intake({ trigger: 's3', packageRef, executionId: execution('dup-1') })).status).toBe(
      'accepted',
    );
    const second = await intake({ trigger: 'event', packageRef, executionId: execution('dup-2') });
    expect(second.status).toBe('duplicate');
    expect(await runs.get().getRun('dup-2')).toMatchObject({ status: 'duplicate', duplicateOf: 'dup-1' });
  });

  it('rejects an invalid package with the JSON list of violations as the error message', async () => {
    const bad = JSON.stringify({ ...JSON.parse(SAMPLE), title: '', surprise: true });
    const packageRef = await submit('incoming/bad.json', bad);
    const error = await intake({ trigger: 's3', packageRef }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'PackageRejectedError' });
    const parsed = JSON.parse((error as Error).message);
    expect(parsed.violations.map((v: { pointer: string }) => v.pointer)).toEqual(['/surprise', '/title']);
  });

  /** Submits the sample with `over` applied; expects intake to reject it and store nothing, and returns why. */
  async function rejectedUnstored(name: string, over: Record<string, unknown>) {
    await setFlag({ state: 'on' });
    const body = JSON.stringify({ ...JSON.parse(SAMPLE), streamId: name, packageId: name, ...over });
    const packageRef = await submit(`incoming/${name}.json`, body);
    const error = await intake({ trigger: 's3', packageRef, executionId: execution(`${name}-1`) }).catch(
      (e: Error) => e,
    );
    expect(error).toMatchObject({ name: 'PackageRejectedError' });
    // No run record and no immutable copy under the package's digest.
    expect(await runs.get().getRun(`${name}-1`)).toBeUndefined();
    const parsed = parsePackage(new TextEncoder().encode(body));
    if (!parsed.ok) throw new Error('the package itself is schema-valid');
    const stored = { bucket: packageRef.bucket, key: `packages/${digestOf(parsed.value)}.json` };
    await expect(blobs.get().get(stored)).rejects.toMatchObject({ name: 'BlobNotFoundError' });
    return JSON.parse((error as Error).message).violations;
  }

  it('rejects a contract 2.0.0 package with e-mail copy but no consent, naming the field, and stores nothing', async () => {
    const violations = await rejectedUnstored('stream-no-consent', {
      contract: { id: 'campaign-package-to-publishing', version: '2.0.0' },
      product: { categories: ['general'] },
    });
    expect(violations).toEqual([
      {
        pointer: '/audience/consent',
        rule: 'required_field',
        message:
          'is required by contract campaign-package-to-publishing@2.0.0 because the package has email copy, and must not be empty',
        expected: 'a present, non-empty value',
        received: 'missing',
      },
    ]);
  });

  it('rejects a contract 3.0.0 package whose evidence does not say what it covers, and stores nothing', async () => {
    const sample = JSON.parse(SAMPLE);
    const violations = await rejectedUnstored('stream-no-covers', {
      contract: { id: 'campaign-package-to-publishing', version: '3.0.0' },
      product: { categories: ['general'] },
      audience: { ...sample.audience, consent: [{ channel: 'email', basis: 'double-opt-in' }] },
    });
    expect(violations.map((v: { pointer: string; message: string }) => `${v.pointer} ${v.message}`)).toEqual([
      '/claims/0/evidence/0/covers is required by contract campaign-package-to-publishing@3.0.0 because the claim “harvest-in-30-days” is about performance, and must not be empty',
      '/claims/1/evidence/0/covers is required by contract campaign-package-to-publishing@3.0.0 because the claim “recycled-pods” is environmental, and must not be empty',
    ]);
  });

  it('reads an S3 key that arrived URL-encoded in the event', async () => {
    await setFlag({ state: 'on' });
    const stored = await submit('incoming/spring launch/brief+final.json', variant('stream-encoded'));
    const result = await intake({
      trigger: 's3',
      packageRef: { bucket: stored.bucket, key: 'incoming/spring%20launch/brief%2Bfinal.json' },
    });
    expect(result.status).toBe('accepted');
  });

  it('ends the run as flag-off when the flag is off or missing for the stream (fail closed)', async () => {
    await setFlag({ state: 'off' });
    const packageRef = await submit('incoming/off.json', variant('stream-off'));
    const result = await intake({ trigger: 's3', packageRef, executionId: execution('off-1') });
    expect(result).toMatchObject({ status: 'flag-off', flag: { state: 'off', reason: 'flag-off' } });
    expect(await runs.get().getRun('off-1')).toMatchObject({ status: 'flag-off' });
    await setFlag({ state: 'on' });
  });

  it('scores, hands off (pointer advanced, event with downstream hints) and is idempotent on retry', async () => {
    await setFlag({ state: 'on' });
    const packageRef = await submit('incoming/live.json', variant('stream-live'));
    const state: WorkflowState = { trigger: 's3', packageRef };
    state.intake = await intake({ ...state, executionId: execution('live-1') });
    state.scoring = await scoring(state);
    expect(state.scoring).toMatchObject({
      outcome: 'needs-approval',
      risk: 'high',
      approval: { required: true, group: 'legal', timeoutSeconds: 86_400 },
      artifactRef: { key: `artifacts/stream-live/${state.scoring.artifactDigest}.json` },
    });
    const stored = JSON.parse(new TextDecoder().decode(await blobs.get().get(state.scoring.artifactRef)));
    expect(stored.digest).toBe(state.scoring.artifactDigest);
    expect(stored.delivery).toMatchObject({ flag: { state: 'on' }, prevStableDigest: null, runId: 'live-1' });
    expect(await artifacts.get().getArtifact('stream-live', state.scoring.artifactDigest)).toMatchObject({
      status: 'scored',
      prevStableDigest: null,
      createdSeq: 1,
    });

    // Fail closed: an artifact that needs approval cannot be handed off without one.
    await expect(handoff(state)).rejects.toMatchObject({ name: 'IntegrityError' });

    state.approval = approved;
    expect(await handoff(state)).toEqual({ status: 'handed-off', pointerVersion: 1 });
    expect(await handoff(state)).toEqual({ status: 'handed-off', pointerVersion: 1 });
    const digest = state.scoring.artifactDigest;
    expect(await artifacts.get().getPointer('stream-live')).toEqual({
      current: digest,
      stable: digest,
      version: 1,
      seq: 1,
      runId: 'live-1',
      replaced: { current: null, stable: null },
    });
    expect((await artifacts.get().getArtifact('stream-live', digest))?.status).toBe('handed-off');
    const handedOff = stack()
      .events()
      .filter((e) => e['detail-type'] === 'Handoff Handed Off');
    expect(handedOff[0]?.detail).toMatchObject({
      streamId: 'stream-live',
      artifactDigest: digest,
      routingTag: SKILL.routingTag,
      downstream: [
        { consumer: 'publishing-scheduler', when: 'handed-off' },
        { consumer: 'partner-desk', when: 'handed-off' },
      ],
    });
    // The refused call failed its guard before counting; the two real attempts are counted.
    expect(await runs.get().getRun('live-1')).toMatchObject({
      status: 'handed-off',
      attempts: { handoff: 2 },
      decision: 'approved',
      approver: approved.approver,
      decidedAt: approved.decidedAt,
    });

    // A later failure of this run returns the stream to its previous stable baseline (none yet).
    const result = await rollback({
      ...state,
      failure: { Error: 'TransientDependencyError', Cause: JSON.stringify({ errorMessage: 'bus down' }) },
    });
    expect(result).toEqual({ rolledBackTo: null, pointer: 'restored' });
    expect(await artifacts.get().getPointer('stream-live')).toEqual({
      current: null,
      stable: null,
      version: 2,
    });
    // Every pointer write is kept: the handoff, then the rollback that undid exactly it.
    expect(
      (await artifacts.get().pointerHistory('stream-live')).map((h) => [h.version, h.action, h.by]),
    ).toEqual([
      [1, 'handoff', 'live-1'],
      [2, 'rollback', 'live-1'],
    ]);
    expect((await artifacts.get().getArtifact('stream-live', digest))?.status).toBe('rolled-back');
    const rolled = stack()
      .events()
      .find((e) => e['detail-type'] === 'Handoff Rolled Back');
    expect(rolled?.detail).toMatchObject({ reason: 'bus down', downstream: [{ consumer: 'marketing-ops' }] });
    expect(await runs.get().getRun('live-1')).toMatchObject({
      status: 'rolled-back',
      failure: { Error: 'TransientDependencyError' },
    });
  });

  it('hands off two runs of one stream scored before either: the later one re-reads the moved pointer', async () => {
    await setFlag({ state: 'on' });
    const scored = async (revision: string, id: string): Promise<WorkflowState> => {
      const state: WorkflowState = {
        trigger: 's3',
        packageRef: await submit(`incoming/two-${revision}.json`, variant('stream-two', revision)),
      };
      state.intake = await intake({ ...state, executionId: execution(id) });
      state.scoring = await scoring(state);
      state.approval = approved;
      return state;
    };
    const first = await scored('p1', 'two-1');
    const second = await scored('p2', 'two-2');
    // Both saw the empty pointer when they were scored.
    expect(first.scoring?.pointerSeen).toEqual({ current: null, stable: null, version: 0 });
    expect(second.scoring?.pointerSeen).toEqual({ current: null, stable: null, version: 0 });

    expect(await handoff(first)).toEqual({ status: 'handed-off', pointerVersion: 1 });
    // The second guess (version 0) is refused; it reads version 1 and moves the pointer on.
    expect(await handoff(second)).toEqual({ status: 'handed-off', pointerVersion: 2 });
    const digest = second.scoring?.artifactDigest ?? '';
    // The second submission is later in the stream's order: it moves the pointer on and remembers the first.
    expect(await artifacts.get().getPointer('stream-two')).toMatchObject({
      current: digest,
      stable: digest,
      version: 2,
      seq: 2,
      replaced: { seq: 1, runId: 'two-1' },
    });
    for (const state of [first, second]) {
      expect(
        (await artifacts.get().getArtifact('stream-two', state.scoring?.artifactDigest ?? ''))?.status,
      ).toBe('handed-off');
    }
    // A retry of the second handoff after its write changes nothing.
    expect(await handoff(second)).toEqual({ status: 'handed-off', pointerVersion: 2 });
    // Nor does one whose earlier attempt moved the pointer but crashed before marking the run: its stale
    // guess is refused, the read finds the pointer in place, and it only completes the run.
    await runs.get().updateRun('two-2', { status: 'running' });
    expect(await handoff(second)).toEqual({ status: 'handed-off', pointerVersion: 2 });
    expect(await artifacts.get().getPointer('stream-two')).toMatchObject({ current: digest, version: 2 });
    expect(await runs.get().getRun('two-2')).toMatchObject({ status: 'handed-off' });
  });

  it('records the approval with the rollback when the approved run cannot be handed off', async () => {
    await setFlag({ state: 'on' });
    const state: WorkflowState = {
      trigger: 's3',
      packageRef: await submit('incoming/ap-fail.json', variant('stream-approved-fail')),
    };
    state.intake = await intake({ ...state, executionId: execution('approved-fail-1') });
    state.scoring = await scoring(state);
    state.approval = approved;
    await rollback({ ...state, failure: { Error: 'TransientDependencyError', Cause: 'bus down' } });
    expect(await runs.get().getRun('approved-fail-1')).toMatchObject({
      status: 'rolled-back',
      decision: 'approved',
      approver: approved.approver,
      decidedAt: approved.decidedAt,
    });
  });

  it('records a rejection by the approver as rejected and keeps the stable baseline', async () => {
    await setFlag({ state: 'on' });
    const first: WorkflowState = {
      trigger: 's3',
      packageRef: await submit('incoming/r1.json', variant('stream-rej', 'p1')),
    };
    first.intake = await intake({ ...first, executionId: execution('rej-1') });
    first.scoring = await scoring(first);
    first.approval = approved;
    await handoff(first);
    const baseline = first.scoring.artifactDigest;

    const second: WorkflowState = {
      trigger: 's3',
      packageRef: await submit('incoming/r2.json', variant('stream-rej', 'p2')),
    };
    second.intake = await intake({ ...second, executionId: execution('rej-2') });
    second.scoring = await scoring(second);
    expect(await artifacts.get().getArtifact('stream-rej', second.scoring.artifactDigest)).toMatchObject({
      prevStableDigest: baseline,
    });
    stack().clearEvents();
    const result = await rollback({
      ...second,
      failure: { Error: 'ApprovalRejectedError', Cause: 'rejected by ana: needs the study' },
    });
    expect(result).toEqual({ rolledBackTo: baseline, pointer: 'not-moved' });
    expect(await artifacts.get().getPointer('stream-rej')).toMatchObject({
      current: baseline,
      stable: baseline,
    });
    expect((await artifacts.get().getArtifact('stream-rej', second.scoring.artifactDigest))?.status).toBe(
      'rejected',
    );
    expect(await runs.get().getRun('rej-2')).toMatchObject({ status: 'rejected', decision: 'rejected' });
    expect(
      stack()
        .events()
        .map((e) => e['detail-type']),
    ).toEqual(['Handoff Rejected']);
  });

  it('runs a shadow stream fully but publishes nothing and leaves the baseline alone', async () => {
    await setFlag({ state: 'shadow', percentage: 0, allowlist: ['stream-shadow'] });
    const state: WorkflowState = {
      trigger: 's3',
      packageRef: await submit('incoming/sh.json', variant('stream-shadow')),
    };
    state.intake = await intake({ ...state, executionId: execution('shadow-1') });
    expect(state.intake).toMatchObject({ status: 'accepted', shadow: true, flag: { reason: 'allowlist' } });
    state.scoring = await scoring(state);
    expect(await handoff(state)).toEqual({ status: 'shadow-recorded', pointerVersion: 0 });
    expect(await artifacts.get().getPointer('stream-shadow')).toEqual({
      current: null,
      stable: null,
      version: 0,
    });
    expect((await artifacts.get().getArtifact('stream-shadow', state.scoring.artifactDigest))?.status).toBe(
      'shadow',
    );
    expect(stack().events()).toEqual([]);
    expect(await runs.get().getRun('shadow-1')).toMatchObject({ status: 'shadow', shadow: true });
    await setFlag({ state: 'on' });
  });

  it('tells the submitter why when intake itself failed (no run, no stream yet)', async () => {
    const result = await rollback({
      trigger: 'event',
      packageRef: { bucket: 'b', key: 'incoming/bad.json' },
      failure: {
        Error: 'PackageRejectedError',
        Cause: JSON.stringify({
          errorType: 'PackageRejectedError',
          errorMessage: '{"message":"package rejected"}',
        }),
      },
    });
    expect(result).toEqual({ rolledBackTo: null });
    expect(stack().events()[0]).toMatchObject({
      'detail-type': 'Handoff Rejected',
      detail: { packageRef: { key: 'incoming/bad.json' }, reason: '{"message":"package rejected"}' },
    });
  });
});
