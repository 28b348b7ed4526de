import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RunsPort } from '#app/ports';
import { type ApprovalRecord, requestIdOf } from '#core/approval';
import type { RunPatch, RunRecord } from '#core/run';
import { type ClientSource, call, cancellationCodes, dependencyError, errorName, lazy } from './aws.ts';
import { type DocumentDb, documentClient, type TransactItem } from './dynamo.ts';
import { requireEnv } from './env.ts';

const runKey = (runId: string) => ({ pk: `RUN#${runId}`, sk: 'RUN' });
const approvalKey = (approvalId: string) => ({ pk: `APPROVAL#${approvalId}`, sk: 'APPROVAL' });
const decisionKey = (requestId: string) => ({ pk: `APPROVAL#${requestId}`, sk: 'DECISION' });

function strip<T>(item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest as T;
}

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

export function dynamoRuns(
  table: () => string = () => requireEnv('RUNS_TABLE'),
  client: ClientSource<DocumentDb> = documentClient.get,
): RunsPort {
  const send = <T>(operation: string, fn: () => Promise<T>) => call(operation, fn);
  const port: RunsPort = {
    async putRun(run) {
      await send('DynamoDB PutItem run', async () =>
        (await client()).put({ TableName: table(), Item: { ...runKey(run.runId), attempts: {}, ...run } }),
      );
    },

    async getRun(runId) {
      const out = await send('DynamoDB GetItem run', async () =>
        (await client()).get({ TableName: table(), Key: runKey(runId), ConsistentRead: true }),
      );
      return strip<RunRecord>(out.Item);
    },

    async updateRun(runId, patch) {
      const update = runUpdate(table(), runId, patch);
      if (!update) return;
      try {
        await (await client()).update(update);
      } catch (error) {
        if (errorName(error) === 'ConditionalCheckFailedException') {
          throw new Error(`run ${runId} does not exist`, { cause: error });
        }
        throw dependencyError('DynamoDB UpdateItem run', error);
      }
    },

    async countAttempt(runId, step) {
      return (await port.beginAttempt(runId, step)).attempt;
    },

    async beginAttempt(runId, step) {
      // `attempts` is created with the run, so the nested ADD always has a parent map.
      try {
        const out = await (await client()).update({
          TableName: table(),
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
          return { attempt: 1, run: await port.getRun(runId) };
        throw dependencyError('DynamoDB UpdateItem attempts', error);
      }
    },

    async claimAndCreateRun(key, run) {
      const dedupe = {
        pk: `DEDUPE#${key.packageDigest}#${key.contractVersion}${key.scope ? `#${key.scope}` : ''}`,
        sk: 'DEDUPE',
      };
      const input: TransactWriteCommandInput = {
        TransactItems: [
          {
            Put: {
              TableName: table(),
              Item: {
                ...dedupe,
                runId: run.runId,
                streamId: run.streamId,
                createdAt: run.intakeAt,
                expiresAt: run.expiresAt,
              },
              ConditionExpression: 'attribute_not_exists(pk) OR runId = :runId',
              ExpressionAttributeValues: { ':runId': run.runId },
            },
          },
          { Put: { TableName: table(), Item: { ...runKey(run.runId), attempts: {}, ...run } } },
        ],
      };
      try {
        await (await client()).transactWrite(input);
        return { claimed: true };
      } catch (error) {
        if (
          errorName(error) === 'TransactionCanceledException' &&
          cancellationCodes(error)[0] === 'ConditionalCheckFailed'
        ) {
          const existing = await send('DynamoDB GetItem dedupe', async () =>
            (await client()).get({ TableName: table(), Key: dedupe, ConsistentRead: true }),
          );
          return { claimed: false, runId: String(existing.Item?.runId ?? 'unknown') };
        }
        throw dependencyError('DynamoDB TransactWriteItems dedupe', error);
      }
    },

    async putApprovals(records, run) {
      const put = (record: ApprovalRecord) => ({
        TableName: table(),
        Item: { ...approvalKey(record.approvalId), ...record },
        ConditionExpression: 'attribute_not_exists(pk)',
      });
      if (run && records.length <= 99) {
        const update = runUpdate(table(), run.runId, run.patch);
        if (update) {
          await send('DynamoDB TransactWriteItems approvals', async () =>
            (await client()).transactWrite({
              TransactItems: [...records.map((r) => ({ Put: put(r) })), { Update: update }],
            }),
          );
          return;
        }
      }
      // Each approver's record is independent; a retried router writes fresh ids (old links stay valid
      // until the request is decided, and all share the one DECISION guard).
      for (const record of records) {
        await send('DynamoDB PutItem approval', async () => (await client()).put(put(record)));
      }
      if (run) await port.updateRun(run.runId, run.patch);
    },

    async getApproval(approvalId) {
      const out = await send('DynamoDB GetItem approval', async () =>
        (await client()).get({ TableName: table(), Key: approvalKey(approvalId), ConsistentRead: true }),
      );
      return strip<ApprovalRecord>(out.Item);
    },

    async getApprovalForPage(approvalId) {
      const requestId = requestIdOf(approvalId);
      let record: ApprovalRecord | undefined;
      if (requestId) {
        const out = await send('DynamoDB BatchGetItem approval and decision', async () =>
          (await client()).batchGet({
            RequestItems: {
              [table()]: { Keys: [approvalKey(approvalId), decisionKey(requestId)], ConsistentRead: true },
            },
          }),
        );
        const items = out.Responses?.[table()] ?? [];
        record = strip<ApprovalRecord>(items.find((i) => i.sk === 'APPROVAL'));
        const complete = (out.UnprocessedKeys?.[table()]?.Keys ?? []).length === 0;
        if (complete && !record) return undefined;
        // A record whose request id is its id's prefix: the batch answered both questions.
        if (complete && record?.requestId === requestId) {
          return { record, decided: items.some((i) => i.sk === 'DECISION') };
        }
      }
      // An id without its request id (written before approvalIdFor), a record whose request id differs from
      // the prefix, or a batch cut short: read what is missing one by one.
      record ??= await port.getApproval(approvalId);
      if (!record) return undefined;
      return { record, decided: await port.isRequestDecided(record.requestId) };
    },

    async isRequestDecided(requestId) {
      const out = await send('DynamoDB GetItem decision', async () =>
        (await client()).get({ TableName: table(), Key: decisionKey(requestId), ConsistentRead: true }),
      );
      return out.Item !== undefined;
    },

    async consumeApproval(approvalId, decision, known) {
      const record = known?.approvalId === approvalId ? known : await port.getApproval(approvalId);
      if (!record) return { ok: false, reason: 'unknown' };
      const reason = decision.reason ?? '';
      try {
        await (await client()).transactWrite({
          TransactItems: [
            {
              Update: {
                TableName: table(),
                Key: approvalKey(approvalId),
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
                TableName: table(),
                Item: {
                  ...decisionKey(record.requestId),
                  approvalId,
                  approver: record.approver,
                  status: decision.status,
                  decidedAt: decision.decidedAt,
                  expiresAt: record.expiresAt,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        });
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
    },

    async releaseApproval(record) {
      await send('DynamoDB TransactWriteItems release approval', async () =>
        (await client()).transactWrite({
          TransactItems: [
            {
              Update: {
                TableName: table(),
                Key: approvalKey(record.approvalId),
                UpdateExpression: 'SET #status = :pending REMOVE decidedAt, reason',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':pending': 'pending' },
              },
            },
            {
              Delete: {
                TableName: table(),
                Key: decisionKey(record.requestId),
                ConditionExpression: 'approvalId = :id',
                ExpressionAttributeValues: { ':id': record.approvalId },
              },
            },
          ],
        }),
      );
    },
  };
  return port;
}

export const runs = lazy(() => dynamoRuns());
