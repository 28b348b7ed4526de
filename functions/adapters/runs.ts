import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Outcome } from '#core/artifact-types';
import type { RiskLevel } from '#core/contract-schema';
import type { ApprovalSummary } from '#shared/approval-summary';
import { requireEnv } from '#shared/env';
import type { EvaluatedFlag, FailureInfo, ObjectRef } from '#shared/workflow-types';
import { type ClientSource, call, cancellationCodes, dependencyError, errorName, lazy } from './aws.ts';
import { type DocumentDb, documentClient, type TransactItem } from './dynamo.ts';

export type RunStatus =
  | 'running'
  | 'duplicate'
  | 'flag-off'
  | 'awaiting-approval'
  | 'handed-off'
  | 'shadow'
  | 'rejected'
  | 'rolled-back';

/** `RUN#<runId>/RUN`: one run of the workflow, with its timings (ISO instants) and attempts per step. */
export interface RunRecord {
  runId: string;
  executionId?: string;
  trigger: 's3' | 'event';
  status: RunStatus;
  streamId: string;
  packageId: string;
  packageDigest: string;
  packageRef: ObjectRef;
  contract: { id: string; version: string };
  flag: EvaluatedFlag;
  shadow: boolean;
  /** The package's own submission instant (data). */
  submittedAt: string;
  /** When intake ran (the Lambda's clock). */
  intakeAt: string;
  scoredAt?: string;
  approvalRequestedAt?: string;
  decidedAt?: string;
  handedOffAt?: string;
  /** When rollback-to-last-stable-baseline ran (rejections included). */
  rolledBackAt?: string;
  finishedAt?: string;
  artifactDigest?: string;
  outcome?: Outcome;
  risk?: RiskLevel;
  score?: number;
  decision?: 'approved' | 'rejected';
  approver?: string;
  /** For duplicates: the run that first accepted this digest + contract version. */
  duplicateOf?: string;
  failure?: FailureInfo;
  rolledBackTo?: string | null;
  attempts?: Record<string, number>;
  /** TTL, epoch seconds. */
  expiresAt: number;
}

export type RunPatch = Partial<Omit<RunRecord, 'runId' | 'attempts' | 'expiresAt'>>;

export type ApprovalStatus = 'pending' | 'approved' | 'rejected';

/**
 * `APPROVAL#<approvalId>/APPROVAL`: one per approver (so the decision names who decided), sharing a
 * `requestId`. The task token lives only here. A request is decided once: consuming writes
 * `APPROVAL#<requestId>/DECISION` under attribute_not_exists in the same transaction.
 */
export interface ApprovalRecord {
  approvalId: string;
  requestId: string;
  taskToken: string;
  executionId: string;
  runId: string;
  streamId: string;
  artifactDigest: string;
  group: string;
  /** The approver this link was sent to. */
  approver: string;
  approverName?: string;
  /** Every approver of the request. */
  approvers: string[];
  status: ApprovalStatus;
  createdAt: string;
  /** Link expiry, epoch seconds (the workflow's approval timeout). */
  exp: number;
  /** TTL, epoch seconds: exp + 1 day. */
  expiresAt: number;
  summary: ApprovalSummary;
  decidedAt?: string;
  reason?: string;
}

export type ConsumeResult =
  | { ok: true; record: ApprovalRecord }
  | { ok: false; reason: 'unknown' | 'already-decided' };

export interface RunsPort {
  /** Writes the run; rewriting the same runId (a retried intake) replaces it. */
  putRun(run: RunRecord): Promise<void>;
  getRun(runId: string): Promise<RunRecord | undefined>;
  updateRun(runId: string, patch: RunPatch): Promise<void>;
  /** updateRun as an item of another port's transaction (the run must exist); undefined for an empty patch. */
  runUpdateItem(runId: string, patch: RunPatch): TransactItem | undefined;
  /** ADD 1 to attempts.<step>; returns the attempt number (1 on the first try). */
  countAttempt(runId: string, step: string): Promise<number>;
  /** countAttempt that also returns the run as it is after the increment (one write, no extra read). */
  beginAttempt(runId: string, step: string): Promise<{ attempt: number; run: RunRecord | undefined }>;
  /**
   * Idempotency claim for (packageDigest, contractVersion) together with the run record, atomically.
   * Claimed by another run → `{ claimed: false, runId: <first run> }`; the same runId may claim again.
   */
  claimAndCreateRun(
    key: { packageDigest: string; contractVersion: string; scope?: string },
    run: RunRecord,
  ): Promise<{ claimed: true } | { claimed: false; runId: string }>;
  /**
   * Writes the approval records (each once); with `run`, also patches that run in the same transaction
   * (up to 99 records; beyond that the records are written one by one, then the run).
   */
  putApprovals(records: ApprovalRecord[], run?: { runId: string; patch: RunPatch }): Promise<void>;
  getApproval(approvalId: string): Promise<ApprovalRecord | undefined>;
  /**
   * The approval and whether its request already has a decision (by any approver): one batch read when the
   * id carries its request id (`approvalIdFor`), else two reads.
   */
  getApprovalForPage(approvalId: string): Promise<{ record: ApprovalRecord; decided: boolean } | undefined>;
  /** Whether the request already has a decision (by any approver). */
  isRequestDecided(requestId: string): Promise<boolean>;
  /**
   * pending → approved/rejected under a condition, once per request. `known` is the record the caller has
   * just read (the condition still guards the write); without it the record is read first.
   */
  consumeApproval(
    approvalId: string,
    decision: { status: 'approved' | 'rejected'; decidedAt: string; reason?: string },
    known?: ApprovalRecord,
  ): Promise<ConsumeResult>;
  /** Undoes a consumption whose workflow callback could not be delivered (transient), so it can be retried. */
  releaseApproval(record: ApprovalRecord): Promise<void>;
}

/** Runs and dedupe keys are kept ~13 months; approvals a day beyond their expiry. */
export const RUN_RETENTION_SECONDS = 400 * 24 * 3600;

/**
 * An approval id: the request id (32 hex, shared by the request's approvers) and 16 hex of randomness, so
 * the confirmation page reads the approval and the request's decision guard in one batch. The link's
 * signature covers the whole id; the request id is a hash prefix of the task token, never the token.
 */
export function approvalIdFor(requestId: string, random: string): string {
  return `${requestId}-${random}`;
}
const APPROVAL_ID = /^([0-9a-f]{32})-[0-9a-f]{16}$/;

const runKey = (runId: string) => ({ pk: `RUN#${runId}`, sk: 'RUN' });
const approvalKey = (approvalId: string) => ({ pk: `APPROVAL#${approvalId}`, sk: 'APPROVAL' });
const decisionKey = (requestId: string) => ({ pk: `APPROVAL#${requestId}`, sk: 'DECISION' });

function strip<T>(item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest as T;
}

/** SET the patch's defined fields on an existing run; undefined when there is nothing to set. */
function runUpdate(tableName: string, runId: string, patch: RunPatch) {
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

    runUpdateItem(runId, patch) {
      const update = runUpdate(table(), runId, patch);
      return update ? { Update: update } : undefined;
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
      const requestId = APPROVAL_ID.exec(approvalId)?.[1];
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
