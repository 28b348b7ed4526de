import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoArtifacts } from '#adapters/artifacts';
import { ConcurrentUpdateError } from '#shared/errors';

// DynamoDB Local serializes requests, so it never refuses a write because another transaction holds the item:
// these faults are produced by a client that answers as DynamoDB does under contention.
const refusing = (error: Error) =>
  ({ send: () => Promise.reject(error) }) as unknown as DynamoDBDocumentClient;
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
