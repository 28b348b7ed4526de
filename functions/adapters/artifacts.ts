import type { ArtifactsPort } from '#app/ports';
import { jitterPause } from '#core/identity';
import type { ArtifactItem, ArtifactStatus, StreamPointer } from '#core/stream';
import { ConcurrentUpdateError } from '#shared/errors';
import {
  type ClientSource,
  call,
  cancellationCodes,
  dependencyError,
  errorName,
  isTransactionConflict,
  lazy,
} from './aws.ts';
import { type DocumentDb, documentClient } from './dynamo.ts';
import { requireEnv } from './env.ts';
import { runUpdateItem } from './runs.ts';

/** Rounds of re-reading the sequence counter before a lost race is handed on as ConcurrentUpdateError. */
const SEQUENCE_ROUNDS = 10;

const streamPk = (streamId: string) => `STREAM#${streamId}`;
const artifactSk = (digest: string) => `ARTIFACT#${digest}`;

function pointerOf(item: Record<string, unknown> | undefined): StreamPointer {
  if (!item) return { current: null, stable: null, version: 0 };
  return {
    current: (item.current as string | null | undefined) ?? null,
    stable: (item.stable as string | null | undefined) ?? null,
    version: Number(item.version ?? 0),
  };
}

function stripKeys<T>(item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest as T;
}

/**
 * The artifacts port on DynamoDB. `runsTable` names the table of the run a `createArtifact` patches in its
 * transaction (the runs adapter builds that item).
 */
export function dynamoArtifacts(
  table: () => string = () => requireEnv('ARTIFACTS_TABLE'),
  client: ClientSource<DocumentDb> = documentClient.get,
  runsTable: () => string = () => requireEnv('RUNS_TABLE'),
): ArtifactsPort {
  /** SET an existing artifact item's status (for UpdateItem or a transaction's Update). */
  const statusUpdate = (streamId: string, artifactDigest: string, status: ArtifactStatus, at: string) => ({
    TableName: table(),
    Key: { pk: streamPk(streamId), sk: artifactSk(artifactDigest) },
    UpdateExpression: 'SET #status = :status, statusChangedAt = :at',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':status': status, ':at': at },
  });
  const port: ArtifactsPort = {
    async getArtifact(streamId, artifactDigest) {
      const out = await call('DynamoDB GetItem artifact', async () =>
        (await client()).get({
          TableName: table(),
          Key: { pk: streamPk(streamId), sk: artifactSk(artifactDigest) },
          ConsistentRead: true,
        }),
      );
      return stripKeys<ArtifactItem>(out.Item);
    },

    async setStatus(streamId, artifactDigest, status, at) {
      try {
        await (await client()).update(statusUpdate(streamId, artifactDigest, status, at));
      } catch (error) {
        if (errorName(error) === 'ConditionalCheckFailedException') {
          throw new Error(`artifact ${artifactDigest} of stream ${streamId} does not exist`, {
            cause: error,
          });
        }
        throw dependencyError('DynamoDB UpdateItem artifact status', error);
      }
    },

    async createArtifact(item, lastSeq, withRun) {
      const runItem = withRun && runUpdateItem(runsTable(), withRun.runId, withRun.patch);
      const alongside = runItem ? [runItem] : [];
      const seqKey = { pk: streamPk(item.streamId), sk: 'SEQ' };
      let seen = lastSeq;
      let lost: unknown;
      for (let round = 0; round < SEQUENCE_ROUNDS; round++) {
        const createdSeq = seen + 1;
        try {
          await (await client()).transactWrite({
            TransactItems: [
              {
                Update: {
                  TableName: table(),
                  Key: seqKey,
                  UpdateExpression: 'SET #seq = :next',
                  ConditionExpression: seen === 0 ? 'attribute_not_exists(pk)' : '#seq = :seen',
                  ExpressionAttributeNames: { '#seq': 'seq' },
                  ExpressionAttributeValues: {
                    ':next': createdSeq,
                    ...(seen === 0 ? {} : { ':seen': seen }),
                  },
                },
              },
              {
                Put: {
                  TableName: table(),
                  Item: {
                    pk: streamPk(item.streamId),
                    sk: artifactSk(item.artifactDigest),
                    ...item,
                    createdSeq,
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              ...alongside,
            ],
          });
          return { created: true, createdSeq };
        } catch (error) {
          if (errorName(error) !== 'TransactionCanceledException') {
            throw dependencyError('DynamoDB TransactWriteItems artifact', error);
          }
          const [seqCode, artifactCode, ...others] = cancellationCodes(error);
          if (artifactCode === 'ConditionalCheckFailed') return { created: false };
          const failed = others.indexOf('ConditionalCheckFailed');
          if (failed >= 0) {
            throw new Error(
              `item ${failed + 1} written alongside artifact ${item.artifactDigest} failed its condition`,
              { cause: error },
            );
          }
          if (seqCode !== 'ConditionalCheckFailed' && !isTransactionConflict(error)) {
            throw dependencyError('DynamoDB TransactWriteItems artifact', error);
          }
          // Another artifact of the stream took this number (or held the counter): read it again.
          lost = error;
          await jitterPause(round);
          const out = await call('DynamoDB GetItem sequence', async () =>
            (await client()).get({ TableName: table(), Key: seqKey, ConsistentRead: true }),
          );
          seen = Number(out.Item?.seq ?? 0);
        }
      }
      throw new ConcurrentUpdateError(`stream ${item.streamId} sequence kept changing`, { cause: lost });
    },

    async getPointer(streamId) {
      const out = await call('DynamoDB GetItem pointer', async () =>
        (await client()).get({
          TableName: table(),
          Key: { pk: streamPk(streamId), sk: 'POINTER' },
          ConsistentRead: true,
        }),
      );
      return pointerOf(out.Item);
    },

    async getStreamView(streamId, artifactDigest) {
      const keys = [
        { pk: streamPk(streamId), sk: 'POINTER' },
        { pk: streamPk(streamId), sk: artifactSk(artifactDigest) },
        { pk: streamPk(streamId), sk: 'SEQ' },
      ];
      const out = await call('DynamoDB BatchGetItem stream view', async () =>
        (await client()).batchGet({ RequestItems: { [table()]: { Keys: keys, ConsistentRead: true } } }),
      );
      const items = [...(out.Responses?.[table()] ?? [])];
      // Keys the batch left unprocessed (throttling) are read one by one.
      for (const key of out.UnprocessedKeys?.[table()]?.Keys ?? []) {
        const one = await call('DynamoDB GetItem stream view', async () =>
          (await client()).get({ TableName: table(), Key: key, ConsistentRead: true }),
        );
        if (one.Item) items.push(one.Item);
      }
      const bySk = (sk: string) => items.find((i) => i.sk === sk);
      return {
        pointer: pointerOf(bySk('POINTER')),
        artifact: stripKeys<ArtifactItem>(bySk(artifactSk(artifactDigest))),
        lastSeq: Number(bySk('SEQ')?.seq ?? 0),
      };
    },

    async writePointer(streamId, expected, next, at, withStatus) {
      const version = expected.version + 1;
      const put = {
        TableName: table(),
        Item: {
          pk: streamPk(streamId),
          sk: 'POINTER',
          current: next.current,
          stable: next.stable,
          version,
          updatedAt: at,
        },
        ConditionExpression: expected.version === 0 ? 'attribute_not_exists(pk)' : '#version = :expected',
        ...(expected.version === 0
          ? {}
          : {
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':expected': expected.version },
            }),
      };
      const lostRace = (cause: unknown) =>
        new ConcurrentUpdateError(`stream ${streamId} pointer changed since version ${expected.version}`, {
          cause,
        });
      if (!withStatus) {
        try {
          await (await client()).put(put);
        } catch (error) {
          // A handoff's transaction holding the pointer counts as a lost race too: re-read and re-decide.
          if (errorName(error) === 'ConditionalCheckFailedException' || isTransactionConflict(error)) {
            throw lostRace(error);
          }
          throw dependencyError('DynamoDB PutItem pointer', error);
        }
        return { ...next, version };
      }
      try {
        await (await client()).transactWrite({
          TransactItems: [
            { Put: put },
            { Update: statusUpdate(streamId, withStatus.artifactDigest, withStatus.status, at) },
          ],
        });
      } catch (error) {
        if (errorName(error) === 'TransactionCanceledException') {
          const [pointerCode, artifactCode] = cancellationCodes(error);
          // Another writer changed the pointer, or held the pointer or the artifact item at that moment.
          if (pointerCode === 'ConditionalCheckFailed' || isTransactionConflict(error)) throw lostRace(error);
          if (artifactCode === 'ConditionalCheckFailed') {
            throw new Error(`artifact ${withStatus.artifactDigest} of stream ${streamId} does not exist`, {
              cause: error,
            });
          }
        }
        throw dependencyError('DynamoDB TransactWriteItems pointer and status', error);
      }
      return { ...next, version };
    },

    async listByStream(streamId, limit = 100) {
      const items: ArtifactItem[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await call('DynamoDB Query artifacts', async () =>
          (await client()).query({
            TableName: table(),
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': streamPk(streamId), ':prefix': 'ARTIFACT#' },
            ExclusiveStartKey: startKey,
          }),
        );
        for (const raw of out.Items ?? []) {
          const item = stripKeys<ArtifactItem>(raw);
          if (item) items.push(item);
        }
        startKey = out.LastEvaluatedKey;
      } while (startKey && items.length < limit);
      return items.sort((a, b) => a.createdSeq - b.createdSeq).slice(-limit);
    },
  };
  return port;
}

export const artifacts = lazy(() => dynamoArtifacts());
