import type { QueryCommandInput, ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import type { OpsStorePort } from '#app/ports';
import type { ApprovalRecord } from '#core/approval';
import type { RunRecord } from '#core/run';
import type { ArtifactItem } from '#core/stream';
import { ARTIFACTS_BY_DIGEST_INDEX, RUNS_BY_DAY_INDEX, runDayOf } from '#shared/table-indexes';
import { type ClientSource, call } from './aws.ts';
import { allItems, type DocumentDb, documentClient } from './dynamo.ts';
import { requireEnv } from './env.ts';

/**
 * The reads the ops commands need beyond the handlers' ports: all runs of a time window (one Query per UTC
 * day on the runs table's by-day index), and an artifact found by digest alone (the artifacts table's
 * by-digest index, then the item). Neither reads more than it returns: a weekly review at 10,000 runs a day
 * reads 7 days of runs, not the 400 days the table keeps (README, "Storage and access patterns").
 * Pending approvals are a Scan, run only by the CLI with the operator's credentials (no Lambda role reads
 * it): approvals have no time key to Query by.
 */

function strip<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, runDay: _day, ...rest } = item;
  return rest as T;
}

const scanAll = (client: DocumentDb, input: ScanCommandInput, operation: string) =>
  allItems((startKey) => call(operation, () => client.scan({ ...input, ExclusiveStartKey: startKey })));

const queryAll = (client: DocumentDb, input: QueryCommandInput, operation: string) =>
  allItems((startKey) => call(operation, () => client.query({ ...input, ExclusiveStartKey: startKey })));

/** The UTC days (YYYY-MM-DD) that [since, until) touches, oldest first. */
export function daysOf(since: string, until: string): string[] {
  const days: string[] = [];
  const end = runDayOf(new Date(Date.parse(until) - 1).toISOString());
  for (let d = new Date(`${runDayOf(since)}T00:00:00.000Z`); ; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = runDayOf(d.toISOString());
    if (day > end) break;
    days.push(day);
  }
  return days;
}

export function dynamoOpsStore(
  tables: { runs: () => string; artifacts: () => string } = {
    runs: () => requireEnv('RUNS_TABLE'),
    artifacts: () => requireEnv('ARTIFACTS_TABLE'),
  },
  client: ClientSource<DocumentDb> = documentClient.get,
): OpsStorePort {
  return {
    async listRuns(window) {
      const db = await client();
      const perDay = await Promise.all(
        daysOf(window.since, window.until).map((day) =>
          queryAll(
            db,
            {
              TableName: tables.runs(),
              IndexName: RUNS_BY_DAY_INDEX,
              // BETWEEN is inclusive and a key cannot be filtered on: a run at `until` itself is dropped below.
              KeyConditionExpression: 'runDay = :day AND intakeAt BETWEEN :since AND :until',
              ExpressionAttributeValues: { ':day': day, ':since': window.since, ':until': window.until },
            },
            'DynamoDB Query runs by day',
          ),
        ),
      );
      return perDay
        .flat()
        .filter((i) => String(i.intakeAt) < window.until)
        .map((i) => strip<RunRecord>(i));
    },

    async findArtifact(artifactDigest) {
      const db = await client();
      const keys = await queryAll(
        db,
        {
          TableName: tables.artifacts(),
          IndexName: ARTIFACTS_BY_DIGEST_INDEX,
          KeyConditionExpression: 'artifactDigest = :digest',
          ExpressionAttributeValues: { ':digest': artifactDigest },
        },
        'DynamoDB Query artifact by digest',
      );
      const key = keys[0];
      if (!key) return undefined;
      const out = await call('DynamoDB GetItem artifact', () =>
        db.get({ TableName: tables.artifacts(), Key: { pk: key.pk, sk: key.sk } }),
      );
      return out.Item ? strip<ArtifactItem>(out.Item) : undefined;
    },

    async listPendingApprovals(now) {
      // One Scan reads the live pending links and every decision guard; a decided request drops out.
      const items = await scanAll(
        await client(),
        {
          TableName: tables.runs(),
          FilterExpression: '(sk = :approval AND #status = :pending AND #exp > :now) OR sk = :decision',
          ExpressionAttributeNames: { '#status': 'status', '#exp': 'exp' },
          ExpressionAttributeValues: {
            ':approval': 'APPROVAL',
            ':decision': 'DECISION',
            ':pending': 'pending',
            ':now': Math.floor(now.getTime() / 1000),
          },
        },
        'DynamoDB Scan pending approvals',
      );
      const decided = new Set(
        items.filter((i) => i.sk === 'DECISION').map((i) => String(i.pk).slice('APPROVAL#'.length)),
      );
      return items
        .filter((i) => i.sk === 'APPROVAL' && !decided.has(String(i.requestId)))
        .map((i) => {
          const { taskToken: _token, ...rest } = strip<ApprovalRecord>(i);
          return rest;
        });
    },
  };
}
