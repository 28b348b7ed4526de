import type { ArtifactsPort } from '#app/ports';
import { jitterPause } from '#core/identity';
import type { ArtifactItem, ArtifactStatus } from '#core/stream';
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
import { type DocumentDb, documentClient, type TransactItem } from './dynamo.ts';
import { requireEnv } from './env.ts';
import {
  type ArtifactsDb,
  artifactSk,
  getPointer,
  missingArtifact,
  pointerHistory,
  pointerOf,
  statusUpdate,
  streamItems,
  streamPk,
  writePointer,
} from './pointer-store.ts';
import { runUpdateItem } from './runs.ts';

type ArtifactItemInput = Omit<ArtifactItem, 'createdSeq'>;

/** Rounds of re-reading the sequence counter before a lost race is handed on as ConcurrentUpdateError. */
const SEQUENCE_ROUNDS = 10;

const seqKey = (streamId: string) => ({ pk: streamPk(streamId), sk: 'SEQ' });

function stripKeys<T>(item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest as T;
}

async function getArtifact(db: ArtifactsDb, streamId: string, artifactDigest: string) {
  const out = await call('DynamoDB GetItem artifact', async () =>
    (await db.client()).get({
      TableName: db.table(),
      Key: { pk: streamPk(streamId), sk: artifactSk(artifactDigest) },
      ConsistentRead: true,
    }),
  );
  return stripKeys<ArtifactItem>(out.Item);
}

async function setStatus(
  db: ArtifactsDb,
  streamId: string,
  artifactDigest: string,
  status: ArtifactStatus,
  at: string,
) {
  try {
    await (await db.client()).update(statusUpdate(db, streamId, artifactDigest, status, at));
  } catch (error) {
    if (errorName(error) === 'ConditionalCheckFailedException') {
      throw missingArtifact(streamId, artifactDigest, error);
    }
    throw dependencyError('DynamoDB UpdateItem artifact status', error);
  }
}

/** The transaction that takes sequence number `seen + 1` and puts the artifact under it, with `alongside`. */
function creation(db: ArtifactsDb, item: ArtifactItemInput, seen: number, alongside: TransactItem[]) {
  const createdSeq = seen + 1;
  return {
    TransactItems: [
      {
        Update: {
          TableName: db.table(),
          Key: seqKey(item.streamId),
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
          TableName: db.table(),
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
  };
}

/**
 * What a cancelled creation means: 'exists' when the artifact was already there, 'retry' when another artifact
 * of the stream took the number (or held the counter); anything else is thrown.
 */
function creationLost(error: unknown, artifactDigest: string): 'exists' | 'retry' {
  if (errorName(error) !== 'TransactionCanceledException') {
    throw dependencyError('DynamoDB TransactWriteItems artifact', error);
  }
  const [seqCode, artifactCode, ...others] = cancellationCodes(error);
  if (artifactCode === 'ConditionalCheckFailed') return 'exists';
  const failed = others.indexOf('ConditionalCheckFailed');
  if (failed >= 0) {
    throw new Error(`item ${failed + 1} written alongside artifact ${artifactDigest} failed its condition`, {
      cause: error,
    });
  }
  if (seqCode !== 'ConditionalCheckFailed' && !isTransactionConflict(error)) {
    throw dependencyError('DynamoDB TransactWriteItems artifact', error);
  }
  return 'retry';
}

async function readSequence(db: ArtifactsDb, streamId: string): Promise<number> {
  const out = await call('DynamoDB GetItem sequence', async () =>
    (await db.client()).get({ TableName: db.table(), Key: seqKey(streamId), ConsistentRead: true }),
  );
  return Number(out.Item?.seq ?? 0);
}

const createArtifact =
  (db: ArtifactsDb): ArtifactsPort['createArtifact'] =>
  async (item, lastSeq, withRun) => {
    const runItem = withRun && runUpdateItem(db.runsTable(), withRun.runId, withRun.patch);
    const alongside = runItem ? [runItem] : [];
    let seen = lastSeq;
    let lost: unknown;
    for (let round = 0; round < SEQUENCE_ROUNDS; round++) {
      try {
        await (await db.client()).transactWrite(creation(db, item, seen, alongside));
        return { created: true, createdSeq: seen + 1 };
      } catch (error) {
        if (creationLost(error, item.artifactDigest) === 'exists') return { created: false };
        // Another artifact of the stream took this number (or held the counter): read it again.
        lost = error;
        await jitterPause(round);
        seen = await readSequence(db, item.streamId);
      }
    }
    throw new ConcurrentUpdateError(`stream ${item.streamId} sequence kept changing`, { cause: lost });
  };

async function getStreamView(db: ArtifactsDb, streamId: string, artifactDigest: string) {
  const keys = [
    { pk: streamPk(streamId), sk: 'POINTER' },
    { pk: streamPk(streamId), sk: artifactSk(artifactDigest) },
    { pk: streamPk(streamId), sk: 'SEQ' },
  ];
  const out = await call('DynamoDB BatchGetItem stream view', async () =>
    (await db.client()).batchGet({ RequestItems: { [db.table()]: { Keys: keys, ConsistentRead: true } } }),
  );
  const items = [...(out.Responses?.[db.table()] ?? [])];
  // Keys the batch left unprocessed (throttling) are read one by one.
  for (const key of out.UnprocessedKeys?.[db.table()]?.Keys ?? []) {
    const one = await call('DynamoDB GetItem stream view', async () =>
      (await db.client()).get({ TableName: db.table(), Key: key, ConsistentRead: true }),
    );
    if (one.Item) items.push(one.Item);
  }
  const bySk = (sk: string) => items.find((i) => i.sk === sk);
  return {
    pointer: pointerOf(bySk('POINTER')),
    artifact: stripKeys<ArtifactItem>(bySk(artifactSk(artifactDigest))),
    lastSeq: Number(bySk('SEQ')?.seq ?? 0),
  };
}

/**
 * The newest `limit` artifacts, oldest first. Every page is read: items come in digest order (the sort
 * key), so the newest ones can sit on any page.
 */
async function listByStream(db: ArtifactsDb, streamId: string, limit = 100) {
  const raws = await streamItems(db, streamId, 'ARTIFACT#', { label: 'DynamoDB Query artifacts' });
  const items = raws.flatMap((raw) => stripKeys<ArtifactItem>(raw) ?? []);
  return items.sort((a, b) => a.createdSeq - b.createdSeq).slice(-limit);
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
  const db: ArtifactsDb = { table, client, runsTable };
  return {
    getArtifact: (streamId, artifactDigest) => getArtifact(db, streamId, artifactDigest),
    setStatus: (streamId, artifactDigest, status, at) => setStatus(db, streamId, artifactDigest, status, at),
    createArtifact: createArtifact(db),
    getPointer: (streamId) => getPointer(db, streamId),
    getStreamView: (streamId, artifactDigest) => getStreamView(db, streamId, artifactDigest),
    writePointer: writePointer(db),
    pointerHistory: (streamId) => pointerHistory(db, streamId),
    listByStream: (streamId, limit) => listByStream(db, streamId, limit),
  };
}

export const artifacts = lazy(() => dynamoArtifacts());
