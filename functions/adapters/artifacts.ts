import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Outcome } from '#core/artifact-types';
import type { RiskLevel } from '#core/contract-schema';
import { requireEnv } from '#shared/env';
import { ConcurrentUpdateError } from '#shared/errors';
import type { EvaluatedFlag, ObjectRef } from '#shared/workflow-types';
import {
  type ClientSource,
  call,
  cancellationCodes,
  dependencyError,
  errorName,
  isTransactionConflict,
  lazy,
} from './aws.ts';
import { documentClient, documentSdk } from './dynamo.ts';

export type ArtifactStatus = 'scored' | 'handed-off' | 'shadow' | 'rolled-back' | 'rejected';

/** `pk=STREAM#<streamId>, sk=ARTIFACT#<artifactDigest>`: written once; only `status` changes later. */
export interface ArtifactItem {
  streamId: string;
  artifactDigest: string;
  packageId: string;
  packageDigest: string;
  runId: string;
  contract: { id: string; version: string };
  outcome: Outcome;
  risk: RiskLevel;
  score: number;
  confidence: number;
  status: ArtifactStatus;
  artifactRef: ObjectRef;
  /** The stream's stable digest when this artifact was scored: where a rollback returns to. */
  prevStableDigest: string | null;
  /** Monotonic per stream (atomic counter), orders the stream's history. */
  createdSeq: number;
  createdAt: string;
  flag: EvaluatedFlag;
  statusChangedAt?: string;
}

/** `pk=STREAM#<streamId>, sk=POINTER`: what consumers should use now (`current`) and the last good one (`stable`). */
export interface StreamPointer {
  current: string | null;
  stable: string | null;
  /** 0 when the stream has no pointer item yet; every change increments it under a condition. */
  version: number;
}

export interface ArtifactsPort {
  /** Conditional put (attribute_not_exists); an existing item is left as is and reported `created: false`. */
  putArtifact(item: ArtifactItem): Promise<{ created: boolean }>;
  getArtifact(streamId: string, artifactDigest: string): Promise<ArtifactItem | undefined>;
  setStatus(streamId: string, artifactDigest: string, status: ArtifactStatus, at: string): Promise<void>;
  /** Next value of the stream's sequence counter (atomic ADD). */
  nextSeq(streamId: string): Promise<number>;
  getPointer(streamId: string): Promise<StreamPointer>;
  /** The stream pointer and one artifact item, in one strongly consistent batch read. */
  getPointerAndArtifact(
    streamId: string,
    artifactDigest: string,
  ): Promise<{ pointer: StreamPointer; artifact: ArtifactItem | undefined }>;
  /**
   * Replaces current/stable if the stored version still equals `expected.version`; else
   * ConcurrentUpdateError. Returns the new pointer (version + 1).
   */
  writePointer(
    streamId: string,
    expected: StreamPointer,
    next: { current: string | null; stable: string | null },
    at: string,
    /** Also set this artifact's status, in the same transaction (the artifact must exist). */
    withStatus?: { artifactDigest: string; status: ArtifactStatus },
  ): Promise<StreamPointer>;
  /** The stream's artifacts, oldest first. */
  listByStream(streamId: string, limit?: number): Promise<ArtifactItem[]>;
}

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

export function dynamoArtifacts(
  table: () => string = () => requireEnv('ARTIFACTS_TABLE'),
  client: ClientSource<DynamoDBDocumentClient> = documentClient.get,
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
    async putArtifact(item) {
      const { PutCommand } = await documentSdk();
      try {
        await (await client()).send(
          new PutCommand({
            TableName: table(),
            Item: { pk: streamPk(item.streamId), sk: artifactSk(item.artifactDigest), ...item },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return { created: true };
      } catch (error) {
        if (errorName(error) === 'ConditionalCheckFailedException') return { created: false };
        throw dependencyError('DynamoDB PutItem artifact', error);
      }
    },

    async getArtifact(streamId, artifactDigest) {
      const { GetCommand } = await documentSdk();
      const out = await call('DynamoDB GetItem artifact', async () =>
        (await client()).send(
          new GetCommand({
            TableName: table(),
            Key: { pk: streamPk(streamId), sk: artifactSk(artifactDigest) },
            ConsistentRead: true,
          }),
        ),
      );
      return stripKeys<ArtifactItem>(out.Item);
    },

    async setStatus(streamId, artifactDigest, status, at) {
      const { UpdateCommand } = await documentSdk();
      try {
        await (await client()).send(new UpdateCommand(statusUpdate(streamId, artifactDigest, status, at)));
      } catch (error) {
        if (errorName(error) === 'ConditionalCheckFailedException') {
          throw new Error(`artifact ${artifactDigest} of stream ${streamId} does not exist`, {
            cause: error,
          });
        }
        throw dependencyError('DynamoDB UpdateItem artifact status', error);
      }
    },

    async nextSeq(streamId) {
      const { UpdateCommand } = await documentSdk();
      const out = await call('DynamoDB UpdateItem sequence', async () =>
        (await client()).send(
          new UpdateCommand({
            TableName: table(),
            Key: { pk: streamPk(streamId), sk: 'SEQ' },
            UpdateExpression: 'ADD #seq :one',
            ExpressionAttributeNames: { '#seq': 'seq' },
            ExpressionAttributeValues: { ':one': 1 },
            ReturnValues: 'UPDATED_NEW',
          }),
        ),
      );
      return Number(out.Attributes?.seq ?? 0);
    },

    async getPointer(streamId) {
      const { GetCommand } = await documentSdk();
      const out = await call('DynamoDB GetItem pointer', async () =>
        (await client()).send(
          new GetCommand({
            TableName: table(),
            Key: { pk: streamPk(streamId), sk: 'POINTER' },
            ConsistentRead: true,
          }),
        ),
      );
      return pointerOf(out.Item);
    },

    async getPointerAndArtifact(streamId, artifactDigest) {
      const { BatchGetCommand } = await documentSdk();
      const pointerKey = { pk: streamPk(streamId), sk: 'POINTER' };
      const artifactKey = { pk: streamPk(streamId), sk: artifactSk(artifactDigest) };
      const out = await call('DynamoDB BatchGetItem pointer and artifact', async () =>
        (await client()).send(
          new BatchGetCommand({
            RequestItems: { [table()]: { Keys: [pointerKey, artifactKey], ConsistentRead: true } },
          }),
        ),
      );
      // Keys the batch left unprocessed (throttling) are read one by one.
      const unprocessed = out.UnprocessedKeys?.[table()]?.Keys ?? [];
      if (unprocessed.length > 0) {
        const [pointer, artifact] = await Promise.all([
          port.getPointer(streamId),
          port.getArtifact(streamId, artifactDigest),
        ]);
        return { pointer, artifact };
      }
      const items = out.Responses?.[table()] ?? [];
      return {
        pointer: pointerOf(items.find((i) => i.sk === 'POINTER')),
        artifact: stripKeys<ArtifactItem>(items.find((i) => i.sk === artifactKey.sk)),
      };
    },

    async writePointer(streamId, expected, next, at, withStatus) {
      const { PutCommand, TransactWriteCommand } = await documentSdk();
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
          await (await client()).send(new PutCommand(put));
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
        await (await client()).send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: put },
              { Update: statusUpdate(streamId, withStatus.artifactDigest, withStatus.status, at) },
            ],
          }),
        );
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
      const { QueryCommand } = await documentSdk();
      const items: ArtifactItem[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await call('DynamoDB Query artifacts', async () =>
          (await client()).send(
            new QueryCommand({
              TableName: table(),
              KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
              ExpressionAttributeValues: { ':pk': streamPk(streamId), ':prefix': 'ARTIFACT#' },
              ExclusiveStartKey: startKey,
            }),
          ),
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
