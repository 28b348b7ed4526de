import type { ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import type { OpsStorePort } from '#app/ports';
import type { RunRecord } from '#core/run';
import type { ArtifactItem } from '#core/stream';
import { type ClientSource, call } from './aws.ts';
import { type DocumentDb, documentClient } from './dynamo.ts';
import { requireEnv } from './env.ts';

/**
 * The reads the ops commands need beyond the handlers' ports: all runs of a time window, and an artifact
 * found by digest alone. Both are Scans with a filter: run volume is hundreds a day and these are
 * operator commands (weekly KPIs, an occasional replay), so an index that every write would pay for is
 * not worth it. If volume grows, a GSI on (`sk`, `intakeAt`) turns listRuns into a Query.
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
  };
}
