import { dynamoArtifacts } from '#adapters/artifacts';
import type { DocumentDb } from '#adapters/dynamo';
import { flagCacheSeconds } from '#adapters/flags';
import { dynamoRuns } from '#adapters/runs';
import { approvalIdFor } from '#core/approval';
import { ConcurrentUpdateError } from '#shared/errors';

// DynamoDB Local serializes requests, so it never refuses a write because another transaction holds the item:
// these faults are produced by a client that answers as DynamoDB does under contention.
const refusing = (error: Error): DocumentDb => {
  const refuse = () => Promise.reject(error);
  return {
    get: refuse,
    put: refuse,
    update: refuse,
    delete: refuse,
    query: refuse,
    scan: refuse,
    batchGet: refuse,
    transactWrite: refuse,
  };
};
const http400 = { $metadata: { httpStatusCode: 400 } };
const pointer = { current: 'a1', stable: 'a1', version: 1 };
const next = { current: 'b1', stable: 'b1' };

describe('stream pointer writes under transaction contention', () => {
  it('reports a pointer transaction cancelled by a conflict as a lost race (updatePointer re-reads)', async () => {
    const error = Object.assign(new Error('cancelled'), {
      name: 'TransactionCanceledException',
      CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }],
      ...http400,
    });
    const port = dynamoArtifacts(
      () => 'artifacts',
      () => refusing(error),
    );
    await expect(
      port.writePointer('s', pointer, next, 't', { artifactDigest: 'b1', status: 'handed-off' }),
    ).rejects.toBeInstanceOf(ConcurrentUpdateError);
  });

  it('reports a pointer write refused by a running transaction as a lost race', async () => {
    const error = Object.assign(new Error('conflict'), { name: 'TransactionConflictException', ...http400 });
    const port = dynamoArtifacts(
      () => 'artifacts',
      () => refusing(error),
    );
    await expect(port.writePointer('s', pointer, next, 't')).rejects.toBeInstanceOf(ConcurrentUpdateError);
  });
});

describe('artifact creation under transaction contention', () => {
  const item = {
    streamId: 's',
    artifactDigest: 'a1',
    packageId: 'p',
    packageDigest: 'd',
    runId: 'r',
    contract: { id: 'c', version: '1.0.0' },
    outcome: 'pass' as const,
    risk: 'low' as const,
    score: 90,
    confidence: 90,
    status: 'scored' as const,
    artifactRef: { bucket: 'b', key: 'k' },
    prevStableDigest: null,
    createdAt: 't',
    flag: { flag: 'f', state: 'on' as const, reason: 'allowlist' },
  };

  it('re-reads the counter when another transaction held it, and takes the next free number', async () => {
    const sent: string[] = [];
    let transactions = 0;
    const client: DocumentDb = {
      ...refusing(new Error('not expected')),
      get: async () => {
        sent.push('get');
        return { Item: { seq: 4 } };
      },
      transactWrite: async () => {
        sent.push('transactWrite');
        transactions++;
        if (transactions === 1) {
          throw Object.assign(new Error('cancelled'), {
            name: 'TransactionCanceledException',
            CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }],
            ...http400,
          });
        }
      },
    };
    const port = dynamoArtifacts(
      () => 'artifacts',
      () => client,
    );
    expect(await port.createArtifact(item, 2)).toEqual({ created: true, createdSeq: 5 });
    expect(sent).toEqual(['transactWrite', 'get', 'transactWrite']);
  });

  it('passes any other cancellation on as it came, without trying again', async () => {
    const error = Object.assign(new Error('cancelled'), {
      name: 'TransactionCanceledException',
      CancellationReasons: [{ Code: 'None' }, { Code: 'ValidationError' }],
      ...http400,
    });
    let sends = 0;
    const port = dynamoArtifacts(
      () => 'artifacts',
      () => {
        sends++;
        return refusing(error);
      },
    );
    await expect(port.createArtifact(item, 0)).rejects.toBe(error);
    expect(sends).toBe(1);
  });
});

describe('batch reads that DynamoDB cuts short (UnprocessedKeys, which the emulator never returns)', () => {
  /** A client whose batch reads leave every key unprocessed; single reads answer from `items`. */
  const throttledBatches = (items: Record<string, Record<string, unknown>>) => {
    const reads: string[] = [];
    const client: DocumentDb = {
      ...refusing(new Error('not expected')),
      batchGet: async (input) => {
        reads.push('batchGet');
        const [table, request] = Object.entries(input.RequestItems ?? {})[0] ?? ['', {}];
        return { Responses: { [table]: [] }, UnprocessedKeys: { [table]: request } };
      },
      get: async (input) => {
        const key = `${input.Key?.pk}/${input.Key?.sk}`;
        reads.push(`get ${key}`);
        const item = items[key];
        return item ? { Item: item } : {};
      },
    };
    return { client, reads };
  };

  it('reads the stream view key by key', async () => {
    const { client, reads } = throttledBatches({
      'STREAM#s/POINTER': { pk: 'STREAM#s', sk: 'POINTER', current: 'a1', stable: 'a1', version: 3 },
      'STREAM#s/SEQ': { pk: 'STREAM#s', sk: 'SEQ', seq: 7 },
    });
    const port = dynamoArtifacts(
      () => 'artifacts',
      () => client,
    );
    expect(await port.getStreamView('s', 'b2')).toEqual({
      pointer: { current: 'a1', stable: 'a1', version: 3 },
      artifact: undefined,
      lastSeq: 7,
    });
    expect(reads).toEqual([
      'batchGet',
      'get STREAM#s/POINTER',
      'get STREAM#s/ARTIFACT#b2',
      'get STREAM#s/SEQ',
    ]);
  });

  it('reads the approval page key by key, and still sees a decision', async () => {
    const requestId = 'ab'.repeat(16);
    const approvalId = approvalIdFor(requestId, '0123456789abcdef');
    const { client, reads } = throttledBatches({
      [`APPROVAL#${approvalId}/APPROVAL`]: {
        pk: `APPROVAL#${approvalId}`,
        sk: 'APPROVAL',
        approvalId,
        requestId,
        status: 'pending',
      },
      [`APPROVAL#${requestId}/DECISION`]: { pk: `APPROVAL#${requestId}`, sk: 'DECISION' },
    });
    const port = dynamoRuns(
      () => 'runs',
      () => client,
    );
    expect(await port.getApprovalForPage(approvalId)).toMatchObject({
      record: { approvalId, status: 'pending' },
      decided: true,
    });
    expect(reads).toEqual([
      'batchGet',
      `get APPROVAL#${approvalId}/APPROVAL`,
      `get APPROVAL#${requestId}/DECISION`,
    ]);
  });
});

describe('FLAG_CACHE_SECONDS', () => {
  afterEach(() => {
    delete process.env.FLAG_CACHE_SECONDS;
  });

  it('defaults to 5 s when unset or empty, takes 0 to read every time, and refuses anything else', () => {
    expect(flagCacheSeconds()).toBe(5);
    process.env.FLAG_CACHE_SECONDS = '';
    expect(flagCacheSeconds()).toBe(5);
    process.env.FLAG_CACHE_SECONDS = '0';
    expect(flagCacheSeconds()).toBe(0);
    process.env.FLAG_CACHE_SECONDS = '2.5';
    expect(flagCacheSeconds()).toBe(2.5);
    for (const bad of ['-1', 'five', 'Infinity']) {
      process.env.FLAG_CACHE_SECONDS = bad;
      expect(() => flagCacheSeconds(), bad).toThrow(/FLAG_CACHE_SECONDS must be a number of seconds/);
    }
  });
});

describe('reading a stream’s artifacts across pages', () => {
  it('returns the newest artifacts even when they sit on the last page (items come in digest order)', async () => {
    const item = (digest: string, createdSeq: number) => ({
      pk: 'STREAM#s',
      sk: `ARTIFACT#${digest}`,
      streamId: 's',
      artifactDigest: digest,
      createdSeq,
    });
    const pages = [
      { Items: [item('a', 1), item('b', 2)], LastEvaluatedKey: { pk: 'STREAM#s', sk: 'ARTIFACT#b' } },
      { Items: [item('c', 3)] },
    ];
    const starts: unknown[] = [];
    const client = {
      ...refusing(new Error('not used')),
      query: async (input: { ExclusiveStartKey?: unknown }) => {
        starts.push(input.ExclusiveStartKey);
        return pages[starts.length - 1] ?? {};
      },
    } as DocumentDb;
    const port = dynamoArtifacts(
      () => 'artifacts',
      () => client,
    );
    expect((await port.listByStream('s', 2)).map((a) => a.artifactDigest)).toEqual(['b', 'c']);
    expect(starts).toEqual([undefined, { pk: 'STREAM#s', sk: 'ARTIFACT#b' }]);
  });
});
