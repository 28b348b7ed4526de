import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RunsPort } from '#app/ports';
import { type ApprovalRecord, requestIdOf } from '#core/approval';
import type { RunPatch, RunRecord } from '#core/run';
import { runDayOf } from '#shared/table-indexes';
import { type ClientSource, call, cancellationCodes, dependencyError, errorName, lazy } from './aws.ts';
import { type DocumentDb, documentClient, type TransactItem } from './dynamo.ts';
import { requireEnv } from './env.ts';
import { evidenceOps, mailUpdates } from './runs-approval.ts';
import { earlyEndOps } from './runs-early-end.ts';
import { approvalKey, type RunsDb, runKey, strip } from './runs-keys.ts';

const decisionKey = (requestId: string) => ({ pk: `APPROVAL#${requestId}`, sk: 'DECISION' });
/** A run as stored: its key, and `runDay` for the by-day index the ops reads Query. */
const runItem = (run: RunRecord) => ({
  ...runKey(run.runId),
  attempts: {},
  ...run,
  runDay: runDayOf(run.intakeAt),
});

/** SET the patch's defined fields on an existing run; undefined when there is nothing to set. */
export function runUpdate(tableName: string, runId: string, patch: RunPatch) {
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return undefined;
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = entries.map(([k, v], i) => {
    names[`#f${i}`] = k;
    values[`:v${i}`] = v;
    return `#f${i} = :v${i}`;
  });
  return {
    TableName: tableName,
    Key: runKey(runId),
    UpdateExpression: `SET ${sets.join(', ')}`,
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** runUpdate as an item of another port's transaction (the artifact's creation); undefined for an empty patch. */
export function runUpdateItem(tableName: string, runId: string, patch: RunPatch): TransactItem | undefined {
  const update = runUpdate(tableName, runId, patch);
  return update ? { Update: update } : undefined;
}

type ConsumeDecision = Parameters<RunsPort['consumeApproval']>[1];

async function putRun(db: RunsDb, run: RunRecord) {
  await call('DynamoDB PutItem run', async () =>
    (await db.client()).put({ TableName: db.table(), Item: runItem(run) }),
  );
}

async function getRun(db: RunsDb, runId: string) {
  const out = await call('DynamoDB GetItem run', async () =>
    (await db.client()).get({ TableName: db.table(), Key: runKey(runId), ConsistentRead: true }),
  );
  return strip<RunRecord>(out.Item);
}

async function updateRun(db: RunsDb, runId: string, patch: RunPatch) {
  const update = runUpdate(db.table(), runId, patch);
  if (!update) return;
  try {
    await (await db.client()).update(update);
  } catch (error) {
    if (errorName(error) === 'ConditionalCheckFailedException') {
      throw new Error(`run ${runId} does not exist`, { cause: error });
    }
    throw dependencyError('DynamoDB UpdateItem run', error);
  }
}

async function beginAttempt(db: RunsDb, runId: string, step: string) {
  // `attempts` is created with the run, so the nested ADD always has a parent map.
  try {
    const out = await (await db.client()).update({
      TableName: db.table(),
      Key: runKey(runId),
      UpdateExpression: 'ADD attempts.#step :one',
      ConditionExpression: 'attribute_exists(attempts)',
      ExpressionAttributeNames: { '#step': step },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'ALL_NEW',
    });
    const run = strip<RunRecord>(out.Attributes);
    return { attempt: Number(run?.attempts?.[step] ?? 1), run };
  } catch (error) {
    // No run record (or one written without `attempts`): first attempt; read whatever is there.
    if (errorName(error) === 'ConditionalCheckFailedException')
      return { attempt: 1, run: await db.port.getRun(runId) };
    throw dependencyError('DynamoDB UpdateItem attempts', error);
  }
}

const dedupeKey = (key: { packageDigest: string; contractVersion: string; scope?: string }) => ({
  pk: `DEDUPE#${key.packageDigest}#${key.contractVersion}${key.scope ? `#${key.scope}` : ''}`,
  sk: 'DEDUPE',
});

async function nextStreamSeq(db: RunsDb, streamId: string): Promise<number> {
  const out = await call('DynamoDB UpdateItem stream sequence', async () =>
    (await db.client()).update({
      TableName: db.table(),
      Key: { pk: `STREAM#${streamId}`, sk: 'SEQ' },
      UpdateExpression: 'ADD #seq :one',
      ExpressionAttributeNames: { '#seq': 'seq' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(out.Attributes?.seq);
}

async function releaseClaim(db: RunsDb, key: Parameters<RunsPort['releaseClaim']>[0], runId: string) {
  try {
    await (await db.client()).delete({
      TableName: db.table(),
      Key: dedupeKey(key),
      ConditionExpression: 'runId = :runId',
      ExpressionAttributeValues: { ':runId': runId },
    });
    return true;
  } catch (error) {
    // Another run holds the claim (or nobody does): not this run's to release.
    if (errorName(error) === 'ConditionalCheckFailedException') return false;
    throw dependencyError('DynamoDB DeleteItem dedupe', error);
  }
}

const claimAndCreateRun =
  (db: RunsDb): RunsPort['claimAndCreateRun'] =>
  async (key, run) => {
    const dedupe = dedupeKey(key);
    const input: TransactWriteCommandInput = {
      TransactItems: [
        {
          Put: {
            TableName: db.table(),
            Item: {
              ...dedupe,
              runId: run.runId,
              streamId: run.streamId,
              createdAt: run.intakeAt,
              expiresAt: run.expiresAt,
            },
            // Only a first claim writes: a repeat by the same run must keep the stored run and its streamSeq.
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        { Put: { TableName: db.table(), Item: runItem(run) } },
      ],
    };
    try {
      await (await db.client()).transactWrite(input);
      return { claimed: true, repeated: false };
    } catch (error) {
      if (
        errorName(error) === 'TransactionCanceledException' &&
        cancellationCodes(error)[0] === 'ConditionalCheckFailed'
      ) {
        const existing = await call('DynamoDB GetItem dedupe', async () =>
          (await db.client()).get({ TableName: db.table(), Key: dedupe, ConsistentRead: true }),
        );
        const owner = String(existing.Item?.runId ?? 'unknown');
        if (owner !== run.runId) return { claimed: false, runId: owner };
        // Written in the same transaction as the claim, so the run is there; only the rare retry reads it.
        return { claimed: true, repeated: true, streamSeq: (await db.port.getRun(run.runId))?.streamSeq };
      }
      throw dependencyError('DynamoDB TransactWriteItems dedupe', error);
    }
  };

async function putApprovals(db: RunsDb, records: ApprovalRecord[], run?: { runId: string; patch: RunPatch }) {
  const put = (record: ApprovalRecord) => ({
    TableName: db.table(),
    Item: { ...approvalKey(record.approvalId), ...record },
    ConditionExpression: 'attribute_not_exists(pk)',
  });
  if (run && records.length <= 99) {
    const update = runUpdate(db.table(), run.runId, run.patch);
    if (update) {
      await call('DynamoDB TransactWriteItems approvals', async () =>
        (await db.client()).transactWrite({
          TransactItems: [...records.map((r) => ({ Put: put(r) })), { Update: update }],
        }),
      );
      return;
    }
  }
  // Each approver's record is independent; a retried router writes fresh ids (old links stay valid
  // until the request is decided, and all share the one DECISION guard).
  for (const record of records) {
    await call('DynamoDB PutItem approval', async () => (await db.client()).put(put(record)));
  }
  if (run) await db.port.updateRun(run.runId, run.patch);
}

async function getApproval(db: RunsDb, approvalId: string) {
  const out = await call('DynamoDB GetItem approval', async () =>
    (await db.client()).get({ TableName: db.table(), Key: approvalKey(approvalId), ConsistentRead: true }),
  );
  return strip<ApprovalRecord>(out.Item);
}

async function getApprovalForPage(db: RunsDb, approvalId: string) {
  const requestId = requestIdOf(approvalId);
  let record: ApprovalRecord | undefined;
  if (requestId) {
    const out = await call('DynamoDB BatchGetItem approval and decision', async () =>
      (await db.client()).batchGet({
        RequestItems: {
          [db.table()]: { Keys: [approvalKey(approvalId), decisionKey(requestId)], ConsistentRead: true },
        },
      }),
    );
    const items = out.Responses?.[db.table()] ?? [];
    record = strip<ApprovalRecord>(items.find((i) => i.sk === 'APPROVAL'));
    const complete = (out.UnprocessedKeys?.[db.table()]?.Keys ?? []).length === 0;
    if (complete && !record) return undefined;
    // A record whose request id is its id's prefix: the batch answered both questions.
    if (complete && record?.requestId === requestId) {
      return { record, decided: items.some((i) => i.sk === 'DECISION') };
    }
  }
  // An id without its request id (written before approvalIdFor), a record whose request id differs from
  // the prefix, or a batch cut short: read what is missing one by one.
  record ??= await db.port.getApproval(approvalId);
  if (!record) return undefined;
  return { record, decided: await db.port.isRequestDecided(record.requestId) };
}

async function isRequestDecided(db: RunsDb, requestId: string) {
  const out = await call('DynamoDB GetItem decision', async () =>
    (await db.client()).get({ TableName: db.table(), Key: decisionKey(requestId), ConsistentRead: true }),
  );
  return out.Item !== undefined;
}

/** Decide the pending approval and claim its request's DECISION item, in one transaction. */
function decisionWrite(db: RunsDb, record: ApprovalRecord, decision: ConsumeDecision, reason: string) {
  return {
    TransactItems: [
      {
        Update: {
          TableName: db.table(),
          Key: approvalKey(record.approvalId),
          UpdateExpression: 'SET #status = :status, decidedAt = :at, reason = :reason',
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':status': decision.status,
            ':at': decision.decidedAt,
            ':reason': reason,
            ':pending': 'pending',
          },
        },
      },
      {
        Put: {
          TableName: db.table(),
          Item: {
            ...decisionKey(record.requestId),
            approvalId: record.approvalId,
            approver: record.approver,
            status: decision.status,
            decidedAt: decision.decidedAt,
            expiresAt: record.expiresAt,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
  };
}

const consumeApproval =
  (db: RunsDb): RunsPort['consumeApproval'] =>
  async (approvalId, decision, known) => {
    const record = known?.approvalId === approvalId ? known : await db.port.getApproval(approvalId);
    if (!record) return { ok: false, reason: 'unknown' };
    const reason = decision.reason ?? '';
    try {
      await (await db.client()).transactWrite(decisionWrite(db, { ...record, approvalId }, decision, reason));
    } catch (error) {
      if (
        errorName(error) === 'TransactionCanceledException' &&
        cancellationCodes(error).includes('ConditionalCheckFailed')
      ) {
        return { ok: false, reason: 'already-decided' };
      }
      throw dependencyError('DynamoDB TransactWriteItems approval', error);
    }
    return {
      ok: true,
      record: { ...record, status: decision.status, decidedAt: decision.decidedAt, reason },
    };
  };

async function releaseApproval(db: RunsDb, record: ApprovalRecord) {
  await call('DynamoDB TransactWriteItems release approval', async () =>
    (await db.client()).transactWrite({
      TransactItems: [
        {
          Update: {
            TableName: db.table(),
            Key: approvalKey(record.approvalId),
            UpdateExpression: 'SET #status = :pending REMOVE decidedAt, reason',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':pending': 'pending' },
          },
        },
        {
          Delete: {
            TableName: db.table(),
            Key: decisionKey(record.requestId),
            ConditionExpression: 'approvalId = :id',
            ExpressionAttributeValues: { ':id': record.approvalId },
          },
        },
      ],
    }),
  );
}

export function dynamoRuns(
  table: () => string = () => requireEnv('RUNS_TABLE'),
  client: ClientSource<DocumentDb> = documentClient.get,
): RunsPort {
  const db = { table, client } as RunsDb;
  db.port = {
    putRun: (run) => putRun(db, run),
    getRun: (runId) => getRun(db, runId),
    updateRun: (runId, patch) => updateRun(db, runId, patch),
    countAttempt: async (runId, step) => (await db.port.beginAttempt(runId, step)).attempt,
    beginAttempt: (runId, step) => beginAttempt(db, runId, step),
    nextStreamSeq: (streamId) => nextStreamSeq(db, streamId),
    claimAndCreateRun: claimAndCreateRun(db),
    releaseClaim: (key, runId) => releaseClaim(db, key, runId),
    putApprovals: (records, run) => putApprovals(db, records, run),
    getApproval: (approvalId) => getApproval(db, approvalId),
    getApprovalForPage: (approvalId) => getApprovalForPage(db, approvalId),
    isRequestDecided: (requestId) => isRequestDecided(db, requestId),
    consumeApproval: consumeApproval(db),
    releaseApproval: (record) => releaseApproval(db, record),
    ...evidenceOps(db),
    ...mailUpdates(db),
    ...earlyEndOps(db),
  };
  return db.port;
}

export const runs = lazy(() => dynamoRuns());
