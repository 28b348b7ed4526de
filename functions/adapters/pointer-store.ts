import type { ArtifactsPort } from '#app/ports';
import type {
  ArtifactStatus,
  PointerHistoryEntry,
  PointerMark,
  PointerWrite,
  StreamPointer,
} from '#core/stream';
import { ConcurrentUpdateError } from '#shared/errors';
import {
  type ClientSource,
  call,
  cancellationCodes,
  dependencyError,
  errorName,
  isTransactionConflict,
} from './aws.ts';
import { allItems, type DocumentDb, type TransactItem } from './dynamo.ts';

/**
 * The stream pointer on DynamoDB (part of the artifacts port): `POINTER` holds the value, and every write
 * also puts an immutable `POINTER#<version>` history entry in the same transaction, which `handoff audit`
 * reads to prove the pointer only ever moved forward.
 */

export const streamPk = (streamId: string) => `STREAM#${streamId}`;
export const artifactSk = (digest: string) => `ARTIFACT#${digest}`;

/** Where the port's operations read and write: the artifacts table and its client, both resolved per call. */
export interface ArtifactsDb {
  table: () => string;
  client: ClientSource<DocumentDb>;
  runsTable: () => string;
}

/** SET an existing artifact item's status (for UpdateItem or a transaction's Update). */
export function statusUpdate(
  db: ArtifactsDb,
  streamId: string,
  artifactDigest: string,
  status: ArtifactStatus,
  at: string,
) {
  return {
    TableName: db.table(),
    Key: { pk: streamPk(streamId), sk: artifactSk(artifactDigest) },
    UpdateExpression: 'SET #status = :status, statusChangedAt = :at',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':status': status, ':at': at },
  };
}

export const missingArtifact = (streamId: string, artifactDigest: string, cause: unknown) =>
  new Error(`artifact ${artifactDigest} of stream ${streamId} does not exist`, { cause });

const historySk = (version: number) => `POINTER#${String(version).padStart(12, '0')}`;

function markOf(item: Record<string, unknown>): PointerMark {
  return {
    current: (item.current as string | null | undefined) ?? null,
    stable: (item.stable as string | null | undefined) ?? null,
    ...(typeof item.seq === 'number' ? { seq: item.seq } : {}),
    ...(typeof item.runId === 'string' ? { runId: item.runId } : {}),
  };
}

export function pointerOf(item: Record<string, unknown> | undefined): StreamPointer {
  if (!item) return { current: null, stable: null, version: 0 };
  const replaced = item.replaced as Record<string, unknown> | undefined;
  return {
    ...markOf(item),
    version: Number(item.version ?? 0),
    ...(replaced ? { replaced: markOf(replaced) } : {}),
  };
}

export async function getPointer(db: ArtifactsDb, streamId: string) {
  const out = await call('DynamoDB GetItem pointer', async () =>
    (await db.client()).get({
      TableName: db.table(),
      Key: { pk: streamPk(streamId), sk: 'POINTER' },
      ConsistentRead: true,
    }),
  );
  return pointerOf(out.Item);
}

const storedMark = (p: PointerMark): PointerMark => ({
  current: p.current,
  stable: p.stable,
  ...(p.seq !== undefined ? { seq: p.seq } : {}),
  ...(p.runId !== undefined ? { runId: p.runId } : {}),
});

/** The pointer's value as stored: the mark, and what it replaced when a handoff wrote it. */
const pointerValue = (next: PointerWrite) => ({
  ...storedMark(next),
  ...(next.replaced ? { replaced: storedMark(next.replaced) } : {}),
});

/** The conditional Put of the pointer's next version over `expected`. */
function pointerPut(
  db: ArtifactsDb,
  streamId: string,
  expected: StreamPointer,
  next: PointerWrite,
  at: string,
) {
  return {
    TableName: db.table(),
    Item: {
      pk: streamPk(streamId),
      sk: 'POINTER',
      ...pointerValue(next),
      version: expected.version + 1,
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
}

/** The immutable history entry of a pointer write (same transaction as the write). */
function historyPut(db: ArtifactsDb, streamId: string, version: number, next: PointerWrite, at: string) {
  return {
    TableName: db.table(),
    Item: {
      pk: streamPk(streamId),
      sk: historySk(version),
      ...pointerValue(next),
      version,
      action: next.action ?? 'handoff',
      ...(next.by ? { by: next.by } : {}),
      at,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  };
}

const lostRace = (streamId: string, expected: StreamPointer, cause: unknown) =>
  new ConcurrentUpdateError(`stream ${streamId} pointer changed since version ${expected.version}`, {
    cause,
  });

export const writePointer =
  (db: ArtifactsDb): ArtifactsPort['writePointer'] =>
  async (streamId, expected, next, at, withStatus) => {
    const version = expected.version + 1;
    const items: TransactItem[] = [
      { Put: pointerPut(db, streamId, expected, next, at) },
      { Put: historyPut(db, streamId, version, next, at) },
      ...(withStatus
        ? [{ Update: statusUpdate(db, streamId, withStatus.artifactDigest, withStatus.status, at) }]
        : []),
    ];
    try {
      await (await db.client()).transactWrite({ TransactItems: items });
    } catch (error) {
      // Another writer held the pointer or the artifact item at that moment: re-read and re-decide.
      if (isTransactionConflict(error)) throw lostRace(streamId, expected, error);
      if (errorName(error) === 'TransactionCanceledException') {
        const [pointerCode, historyCode, artifactCode] = cancellationCodes(error);
        // Another writer changed the pointer (its history entry of this version exists then too).
        if (pointerCode === 'ConditionalCheckFailed' || historyCode === 'ConditionalCheckFailed') {
          throw lostRace(streamId, expected, error);
        }
        if (withStatus && artifactCode === 'ConditionalCheckFailed') {
          throw missingArtifact(streamId, withStatus.artifactDigest, error);
        }
      }
      throw dependencyError('DynamoDB TransactWriteItems pointer', error);
    }
    return { ...pointerValue(next), version };
  };

/** Every item of a stream's partition whose sort key starts with `prefix`, all pages. */
export function streamItems(
  db: ArtifactsDb,
  streamId: string,
  prefix: 'POINTER#' | 'ARTIFACT#',
  opts: { label: string; consistent?: boolean },
): Promise<Record<string, unknown>[]> {
  return allItems(async (startKey) =>
    call(opts.label, async () =>
      (await db.client()).query({
        TableName: db.table(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': streamPk(streamId), ':prefix': prefix },
        ...(opts.consistent ? { ConsistentRead: true } : {}),
        ExclusiveStartKey: startKey,
      }),
    ),
  );
}

export async function pointerHistory(db: ArtifactsDb, streamId: string): Promise<PointerHistoryEntry[]> {
  const raws = await streamItems(db, streamId, 'POINTER#', {
    label: 'DynamoDB Query pointer history',
    consistent: true,
  });
  const entries = raws.map((raw): PointerHistoryEntry => {
    const replaced = raw.replaced as Record<string, unknown> | undefined;
    return {
      ...markOf(raw),
      ...(replaced ? { replaced: markOf(replaced) } : {}),
      version: Number(raw.version),
      action: raw.action as PointerHistoryEntry['action'],
      ...(typeof raw.by === 'string' ? { by: raw.by } : {}),
      at: String(raw.at),
    };
  });
  return entries.sort((a, b) => a.version - b.version);
}
