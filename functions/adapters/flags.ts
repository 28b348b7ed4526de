import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FlagRecord } from '#core/flags';
import { requireEnv } from '#shared/env';
import { type ClientSource, call, lazy } from './aws.ts';
import { documentClient, documentSdk } from './dynamo.ts';

/** Port: the feature flag record (`flags` table, pk `flag`). */
export interface FlagsPort {
  getFlag(flag: string): Promise<FlagRecord | undefined>;
  putFlag(record: FlagRecord): Promise<void>;
}

export function dynamoFlags(
  table: () => string = () => requireEnv('FLAGS_TABLE'),
  client: ClientSource<DynamoDBDocumentClient> = documentClient.get,
): FlagsPort {
  return {
    async getFlag(flag) {
      const { GetCommand } = await documentSdk();
      const out = await call('DynamoDB GetItem flag', async () =>
        (await client()).send(new GetCommand({ TableName: table(), Key: { flag }, ConsistentRead: true })),
      );
      if (!out.Item) return undefined;
      const item = out.Item;
      // An allowlist may be stored as a string set (the DocumentClient returns a Set) or a list.
      const allowlist = item.allowlist instanceof Set ? [...item.allowlist] : item.allowlist;
      return { ...item, allowlist } as FlagRecord;
    },

    async putFlag(record) {
      const { PutCommand } = await documentSdk();
      await call('DynamoDB PutItem flag', async () =>
        (await client()).send(new PutCommand({ TableName: table(), Item: { ...record } })),
      );
    },
  };
}

export const flags = lazy(() => dynamoFlags());
