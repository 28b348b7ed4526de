import { DescribeTimeToLiveCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { artifacts } from '#adapters/artifacts';
import { blobs, s3Client } from '#adapters/blobs';
import { documentClient } from '#adapters/dynamo';
import { dynamoFlagAdmin } from '#adapters/flag-admin';
import { cachedFlags, dynamoFlags, flags, forgetCachedFlags } from '#adapters/flags';
import { dynamoRuns, runs } from '#adapters/runs';
import { updatePointer } from '#app/pointer';
import { type ApprovalRecord, approvalIdFor } from '#core/approval';
import { planFlagChange } from '#core/flag-change';
import type { RunRecord } from '#core/run';
import type { ArtifactItem } from '#core/stream';
import { useLocalStack } from '../support/stack.ts';

const stack = useLocalStack();

// Adapters create their SDK clients lazily from the environment; start each file with fresh ones.
beforeAll(() => {
  for (const c of [documentClient, s3Client, artifacts, blobs, runs, flags]) c.reset();
});

const bucket = () => stack().env.BUCKET as string;
const flag = { flag: 'f', state: 'on' as const, reason: 'allowlist' };

function artifactItem(streamId: string, digest: string): Omit<ArtifactItem, 'createdSeq'> {
  return {
    streamId,
    artifactDigest: digest,
    packageId: 'p1',
    packageDigest: `pkg-${digest}`,
    runId: 'run-1',
    contract: { id: 'c', version: '1.0.0' },
    outcome: 'needs-approval',
    risk: 'medium',
    score: 71,
    confidence: 80,
    status: 'scored',
    artifactRef: { bucket: 'b', key: `artifacts/${streamId}/${digest}.json` },
    prevStableDigest: null,
    createdAt: '2026-11-02T09:00:00.000Z',
    flag,
  };
}

/** Creates the stream's next artifact item (the counter read first, as scoring does). */
async function createArtifact(streamId: string, digest: string) {
  const { lastSeq } = await artifacts.get().getStreamView(streamId, digest);
  return artifacts.get().createArtifact(artifactItem(streamId, digest), lastSeq);
}

function runRecord(runId: string): RunRecord {
  return {
    runId,
    trigger: 's3',
    status: 'running',
    streamId: 'spring-launch',
    packageId: 'p1',
    packageDigest: 'd'.repeat(64),
    packageRef: { bucket: 'b', key: 'packages/x.json' },
    contract: { id: 'c', version: '1.0.0' },
    flag,
    shadow: false,
    submittedAt: '2026-11-02T08:00:00Z',
    intakeAt: '2026-11-02T09:00:00.000Z',
    expiresAt: 1_900_000_000,
  };
}

/** updatePointer's resulting pointer. */
const movePointer = async (...args: Parameters<typeof updatePointer>) =>
  (await updatePointer(...args)).pointer;

describe('blobs port on s3rver', () => {
  it('lets exactly one of several racing writers of a key create it (one conditional PUT each)', async () => {
    const ref = { bucket: bucket(), key: 'packages/race-test.json' };
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        blobs.get().putImmutable(ref, `{"writer":${i}}`, 'application/json'),
      ),
    );
    const winners = results.flatMap((r, i) => (r.created ? [i] : []));
    expect(winners).toHaveLength(1);
    expect(new TextDecoder().decode(await blobs.get().get(ref))).toBe(`{"writer":${winners[0]}}`);
  });
});

describe('artifacts port on DynamoDB Local', () => {
  it('gives racing creators of one stream distinct consecutive numbers, none lost', async () => {
    const digests = Array.from({ length: 6 }, (_, i) => `race-${i}`);
    const results = await Promise.all(
      digests.map((d) => artifacts.get().createArtifact(artifactItem('s-seq-race', d), 0)),
    );
    const numbers = results.map((r) => (r.created ? r.createdSeq : 0)).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await artifacts.get().listByStream('s-seq-race')).map((a) => a.createdSeq)).toEqual(numbers);
  });

  it('reads the pointer, an artifact and the sequence counter in one batch, present or not', async () => {
    const port = artifacts.get();
    expect(await port.getStreamView('s-batch', 'a1')).toEqual({
      pointer: { current: null, stable: null, version: 0 },
      artifact: undefined,
      lastSeq: 0,
    });
    await createArtifact('s-batch', 'a1');
    await port.writePointer(
      's-batch',
      await port.getPointer('s-batch'),
      { current: 'a1', stable: 'a1' },
      't1',
    );
    const view = await port.getStreamView('s-batch', 'a1');
    expect(view.pointer).toEqual({ current: 'a1', stable: 'a1', version: 1 });
    expect(view.artifact).toMatchObject({ artifactDigest: 'a1', score: 71, status: 'scored', createdSeq: 1 });
    expect(view.lastSeq).toBe(1);
  });

  it('resolves contention between runs of one stream by re-reading and re-deciding (updatePointer)', async () => {
    // Eight runs advance one stream at once: every write lands, none is lost, versions count them all.
    const digests = Array.from({ length: 8 }, (_, i) => `d${i}`);
    const seen = await Promise.all(
      digests.map((d) =>
        movePointer(
          artifacts.get(),
          's-race',
          (p) => (p.stable === d ? undefined : { current: d, stable: d }),
          't',
        ),
      ),
    );
    const final = await artifacts.get().getPointer('s-race');
    expect(final.version).toBe(8);
    expect(digests).toContain(final.stable);
    expect(new Set(seen.map((p) => p.version)).size).toBe(8);
  });

  it('writes on a guessed pointer without reading it; a stale guess is read again and never taken as done', async () => {
    const port = artifacts.get();
    const reads = vi.spyOn(port, 'getPointer');
    const toDigest = (d: string) => (p: { current: string | null; stable: string | null }) =>
      p.current === d && p.stable === d ? undefined : { current: d, stable: d };
    try {
      // The guess is current: one conditional write, no read.
      const v1 = await movePointer(
        port,
        's-guess',
        toDigest('g1'),
        't1',
        undefined,
        await port.getPointer('s-guess'),
      );
      reads.mockClear();
      expect(v1).toEqual({ current: 'g1', stable: 'g1', version: 1 });
      const v2 = await movePointer(port, 's-guess', toDigest('g2'), 't2', undefined, v1);
      expect(v2).toEqual({ current: 'g2', stable: 'g2', version: 2 });
      expect(reads).not.toHaveBeenCalled();

      // Stale guess (version 1): the write is refused, the pointer read and the decision taken again.
      const v3 = await movePointer(port, 's-guess', toDigest('g3'), 't3', undefined, v1);
      expect(v3).toEqual({ current: 'g3', stable: 'g3', version: 3 });
      expect(reads).toHaveBeenCalledTimes(1);

      // A guess that says "already there" is not trusted: read, and the write still happens.
      const claimed = { current: 'g4', stable: 'g4', version: 9 };
      const v4 = await movePointer(port, 's-guess', toDigest('g4'), 't4', undefined, claimed);
      expect(v4).toEqual({ current: 'g4', stable: 'g4', version: 4 });
      expect(await port.getPointer('s-guess')).toEqual(v4);
    } finally {
      reads.mockRestore();
    }
  });
});

describe('runs port on DynamoDB Local', () => {
  it('creates a run, patches its timings and counts attempts per step', async () => {
    const port = dynamoRuns();
    await port.putRun(runRecord('run-a'));
    await port.updateRun('run-a', { scoredAt: '2026-11-02T09:00:01.000Z', score: 71 });
    expect(await port.countAttempt('run-a', 'scoring')).toBe(1);
    expect(await port.countAttempt('run-a', 'scoring')).toBe(2);
    expect(await port.getRun('run-a')).toMatchObject({
      scoredAt: '2026-11-02T09:00:01.000Z',
      score: 71,
      attempts: { scoring: 2 },
    });
    await expect(port.updateRun('run-missing', { score: 1 })).rejects.toThrow(/does not exist/);
  });

  it('claims a digest + contract version once; another run is a duplicate, the same run may retry', async () => {
    const port = runs.get();
    const key = { packageDigest: 'e'.repeat(64), contractVersion: '1.0.0' };
    expect(await port.claimAndCreateRun(key, runRecord('run-first'))).toEqual({
      claimed: true,
      repeated: false,
    });
    expect(await port.claimAndCreateRun(key, runRecord('run-first'))).toMatchObject({
      claimed: true,
      repeated: true,
    });
    expect(await port.claimAndCreateRun(key, runRecord('run-second'))).toEqual({
      claimed: false,
      runId: 'run-first',
    });
    expect(await port.getRun('run-second')).toBeUndefined();
    // Another contract version, or the shadow scope, is a different key.
    expect(
      await port.claimAndCreateRun({ ...key, contractVersion: '1.1.0' }, runRecord('run-third')),
    ).toEqual({
      claimed: true,
      repeated: false,
    });
    expect(await port.claimAndCreateRun({ ...key, scope: 'shadow' }, runRecord('run-fourth'))).toEqual({
      claimed: true,
      repeated: false,
    });
  });

  const approval = (approvalId: string, requestId: string, approver: string): ApprovalRecord => ({
    approvalId,
    requestId,
    taskToken: 'token-never-leaves-dynamodb',
    executionId: 'arn:aws:states:us-east-1:000000000000:execution:sm:exec-1',
    runId: 'run-a',
    streamId: 'spring-launch',
    artifactDigest: 'a1',
    group: 'legal',
    approver,
    approvers: ['ana@example.com', 'lee@example.com'],
    status: 'pending',
    createdAt: '2026-11-02T09:00:00.000Z',
    exp: 1_800_000_000,
    expiresAt: 1_800_086_400,
    summary: {
      title: 'T',
      packageId: 'p1',
      streamId: 'spring-launch',
      score: 71,
      risk: 'medium',
      confidence: 80,
      outcome: 'needs-approval',
      blocking: [],
      reasons: [],
    },
  });

  it('writes the approval records and the run status together', async () => {
    const port = dynamoRuns();
    await port.putRun(runRecord('run-approvals'));
    const records = [
      { ...approval('appr-tx-ana', 'req-tx', 'ana@example.com'), runId: 'run-approvals' },
      { ...approval('appr-tx-lee', 'req-tx', 'lee@example.com'), runId: 'run-approvals' },
    ];
    await port.putApprovals(records, {
      runId: 'run-approvals',
      patch: { status: 'awaiting-approval', approvalRequestedAt: 't1' },
    });
    expect(await port.getApproval('appr-tx-lee')).toMatchObject({
      approver: 'lee@example.com',
      status: 'pending',
    });
    expect(await port.getRun('run-approvals')).toMatchObject({
      status: 'awaiting-approval',
      approvalRequestedAt: 't1',
    });
    // An approval id written before (a replayed write) cancels the whole transaction: the run keeps its status.
    await port.updateRun('run-approvals', { status: 'running' });
    await expect(
      port.putApprovals([records[0] as ApprovalRecord], {
        runId: 'run-approvals',
        patch: { status: 'awaiting-approval' },
      }),
    ).rejects.toThrow();
    expect((await port.getRun('run-approvals'))?.status).toBe('running');
  });

  it('reads an approval and the decision of its request for the page in one batch, older ids in two reads', async () => {
    const port = runs.get();
    const requestId = 'ab'.repeat(16);
    const ana = approvalIdFor(requestId, '0123456789abcdef');
    const lee = approvalIdFor(requestId, 'fedcba9876543210');
    await port.putApprovals([
      approval(ana, requestId, 'ana@example.com'),
      approval(lee, requestId, 'lee@example.com'),
      approval('3f2b0c1e-legacy-uuid-0001', 'req-legacy', 'old@example.com'),
    ]);
    const reads = vi.spyOn(port, 'getApproval');
    try {
      expect(await port.getApprovalForPage(lee)).toMatchObject({
        record: { approver: 'lee@example.com' },
        decided: false,
      });
      await port.consumeApproval(ana, { status: 'approved', decidedAt: '2026-11-02T09:30:00.000Z' });
      reads.mockClear(); // consuming read the record itself
      // Lee's own record is still pending; the request is decided.
      expect(await port.getApprovalForPage(lee)).toMatchObject({
        record: { status: 'pending' },
        decided: true,
      });
      expect(reads).not.toHaveBeenCalled();
      expect(await port.getApprovalForPage(approvalIdFor(requestId, '0000000000000000'))).toBeUndefined();

      // An id without its request id (written before approvalIdFor): the record, then its request.
      expect(await port.getApprovalForPage('3f2b0c1e-legacy-uuid-0001')).toMatchObject({
        record: { approver: 'old@example.com' },
        decided: false,
      });
      expect(reads).toHaveBeenCalledTimes(1);
      // An id whose prefix is not its record's request id is not trusted: the record's own request is asked.
      const forged = approvalIdFor('cd'.repeat(16), '0123456789abcdef');
      await port.putApprovals([approval(forged, requestId, 'eve@example.com')]);
      expect(await port.getApprovalForPage(forged)).toMatchObject({ decided: true });
    } finally {
      reads.mockRestore();
    }
  });

  it('stores approvals with an expiresAt TTL on a table whose TTL is enabled on expiresAt', async () => {
    const ttl = await new DynamoDBClient({}).send(
      new DescribeTimeToLiveCommand({ TableName: stack().env.RUNS_TABLE }),
    );
    expect(ttl.TimeToLiveDescription).toMatchObject({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: 'expiresAt',
    });
    await runs.get().putApprovals([approval('appr-ttl-0001', 'req-3', 'ana@example.com')]);
    expect((await runs.get().getApproval('appr-ttl-0001'))?.expiresAt).toBe(1_800_086_400);
  });
});

describe('document layer (util-dynamodb around the plain client) on DynamoDB Local', () => {
  it('round-trips JavaScript values, drops undefined, and pages a query and a scan', async () => {
    const db = await documentClient.get();
    const TableName = stack().env.ARTIFACTS_TABLE as string;
    const value = {
      text: 'ä ✓',
      n: 12.5,
      big: 2 ** 40,
      yes: true,
      none: null,
      list: [1, 'two', { three: [3] }],
      map: { nested: { deep: 'x' }, gone: undefined },
      set: new Set(['a', 'b']),
    };
    await db.put({ TableName, Item: { pk: 'DOC#1', sk: 'A', ...value } });
    const got = await db.get({ TableName, Key: { pk: 'DOC#1', sk: 'A' }, ConsistentRead: true });
    const { gone: _, ...map } = value.map;
    expect(got.Item).toEqual({ pk: 'DOC#1', sk: 'A', ...value, map });
    expect(await db.get({ TableName, Key: { pk: 'DOC#1', sk: 'missing' } })).toEqual({});

    const updated = await db.update({
      TableName,
      Key: { pk: 'DOC#1', sk: 'A' },
      UpdateExpression: 'SET #m.#n = :v ADD #c :one',
      ExpressionAttributeNames: { '#m': 'map', '#n': 'added', '#c': 'count' },
      ExpressionAttributeValues: { ':v': { at: ['t'] }, ':one': 1 },
      ReturnValues: 'ALL_NEW',
    });
    expect(updated.Attributes).toMatchObject({
      count: 1,
      map: { nested: { deep: 'x' }, added: { at: ['t'] } },
    });

    for (let i = 0; i < 5; i++) await db.put({ TableName, Item: { pk: 'DOC#2', sk: `S${i}`, i } });
    const seen: number[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await db.query({
        TableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'DOC#2' },
        Limit: 2,
        ExclusiveStartKey: start,
      });
      seen.push(...(page.Items ?? []).map((item) => item.i as number));
      start = page.LastEvaluatedKey;
    } while (start);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    const scanned = await db.scan({
      TableName,
      FilterExpression: 'pk = :pk AND i >= :min',
      ExpressionAttributeValues: { ':pk': 'DOC#2', ':min': 3 },
    });
    expect((scanned.Items ?? []).map((item) => item.i).sort()).toEqual([3, 4]);

    const batch = await db.batchGet({
      RequestItems: {
        [TableName]: {
          Keys: [
            { pk: 'DOC#2', sk: 'S1' },
            { pk: 'DOC#2', sk: 'nope' },
          ],
        },
      },
    });
    expect(batch.Responses?.[TableName]).toEqual([{ pk: 'DOC#2', sk: 'S1', i: 1 }]);
  });
});

describe('flags port on DynamoDB Local', () => {
  it('round-trips a flag record, reading a string-set allowlist as a list', async () => {
    const port = dynamoFlags();
    await port.putFlag({
      flag: 'f-list',
      state: 'shadow',
      percentage: 25,
      allowlist: ['a', 'b'],
      updatedBy: 'ops',
    });
    expect(await port.getFlag('f-list')).toMatchObject({
      state: 'shadow',
      percentage: 25,
      allowlist: ['a', 'b'],
    });
    await (await documentClient.get()).put({
      TableName: stack().env.FLAGS_TABLE,
      Item: { flag: 'f-set', state: 'on', percentage: 0, allowlist: new Set(['vip']) },
    });
    expect((await port.getFlag('f-set'))?.allowlist).toEqual(['vip']);
    expect(await port.getFlag('f-missing')).toBeUndefined();
  });

  it('answers intake from a copy for up to the cache age; its own writes and flag-admin changes apply at once', async () => {
    const table = () => stack().env.FLAGS_TABLE as string;
    const store = dynamoFlags(table);
    let clock = 1_000_000;
    const cached = cachedFlags(store, 5, table, () => clock);
    const reads = vi.spyOn(store, 'getFlag');
    try {
      await store.putFlag({ flag: 'f-cache', state: 'on', percentage: 100 });
      expect(await cached.getFlag('f-cache')).toMatchObject({ state: 'on' });
      // Another process turns it off: this container keeps its copy until it is 5 s old.
      await store.putFlag({ flag: 'f-cache', state: 'off', percentage: 100 });
      clock += 4_999;
      expect(await cached.getFlag('f-cache')).toMatchObject({ state: 'on' });
      expect(reads).toHaveBeenCalledTimes(1);
      clock += 1;
      expect(await cached.getFlag('f-cache')).toMatchObject({ state: 'off' });
      expect(reads).toHaveBeenCalledTimes(2);

      // Written through this port: the next read sees it without reading.
      await cached.putFlag({ flag: 'f-cache', state: 'shadow', percentage: 100 });
      expect(await cached.getFlag('f-cache')).toMatchObject({ state: 'shadow' });
      expect(reads).toHaveBeenCalledTimes(2);

      // Changed by flag-admin in this process (the ops CLI, auto-fallback): forgotten, read again.
      const admin = dynamoFlagAdmin(table);
      const current = await admin.get('f-cache');
      const change = planFlagChange(
        'f-cache',
        current,
        { kind: 'rollout', percentage: 50 },
        { by: 'test', why: 'cache test', at: '2026-11-27T00:00:00.000Z' },
      );
      await admin.apply(current, change.record, change.audit);
      expect(await cached.getFlag('f-cache')).toMatchObject({ state: 'shadow', percentage: 50 });

      // A missing flag is cached too (it evaluates to off); no cache at age 0.
      expect(await cached.getFlag('f-none')).toBeUndefined();
      const before = reads.mock.calls.length;
      expect(await cached.getFlag('f-none')).toBeUndefined();
      expect(reads.mock.calls.length).toBe(before);
      expect(cachedFlags(store, 0, table)).toBe(store);
    } finally {
      reads.mockRestore();
      forgetCachedFlags();
    }
  });
});
