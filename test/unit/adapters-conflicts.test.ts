import { dynamoArtifacts } from '#adapters/artifacts';
import type { DocumentDb } from '#adapters/dynamo';
import { ConcurrentUpdateError } from '#shared/errors';

// DynamoDB Local serializes requests, so it never refuses a write because another transaction holds the item:
// these faults are produced by a client that answers as DynamoDB does under contention.
const refusing = (error: Error): DocumentDb => {
  const refuse = () => Promise.reject(error);
  return {
    get: refuse,
    put: refuse,
    update: refuse,
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

  it('reports a plain pointer put refused by a running transaction as a lost race', async () => {
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
