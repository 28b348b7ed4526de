import type { ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import type { OpsStorePort } from '#app/ports';
import type { ApprovalRecord } from '#core/approval';
import type { RunRecord } from '#core/run';
import type { ArtifactItem } from '#core/stream';
import { type ClientSource, call } from './aws.ts';
import { type DocumentDb, documentClient } from './dynamo.ts';
import { requireEnv } from './env.ts';

/**
 * The reads the ops commands need beyond the handlers' ports: all runs of a time window, and an artifact
 * found by digest alone. Both are Scans with a filter: run volume is hundreds a day and these are
 * operator commands (weekly KPIs, an occasional replay), so an index that every write would pay for is
 * not worth it. If volume grows, a GSI on (`sk`, `intakeAt`) turns listRuns into a Query. Pending
 * approvals are a Scan too, run only by the CLI with the operator's credentials (no Lambda role reads it).
 */

function strip<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest as T;
}

async function scanAll(
  client: DocumentDb,
  input: ScanCommandInput,
  operation: string,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await call(operation, () => client.scan({ ...input, ExclusiveStartKey: startKey }));
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
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
      const items = await scanAll(
        await client(),
        {
          TableName: tables.runs(),
          FilterExpression: 'sk = :run AND intakeAt >= :since AND intakeAt < :until',
          ExpressionAttributeValues: { ':run': 'RUN', ':since': window.since, ':until': window.until },
        },
        'DynamoDB Scan runs',
      );
      return items.map((i) => strip<RunRecord>(i));
    },

    async findArtifact(artifactDigest) {
      const items = await scanAll(
        await client(),
        {
          TableName: tables.artifacts(),
          FilterExpression: 'sk = :sk',
          ExpressionAttributeValues: { ':sk': `ARTIFACT#${artifactDigest}` },
        },
        'DynamoDB Scan artifact by digest',
      );
      const first = items[0];
      return first ? strip<ArtifactItem>(first) : undefined;
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
