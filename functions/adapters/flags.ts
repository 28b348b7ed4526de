import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { FlagRecord } from '#core/flags';
import { requireEnv } from '#shared/env';
import { call, lazy } from './aws.ts';
import { documentClient } from './dynamo.ts';

/** Port: the feature flag record (`flags` table, pk `flag`). */
export interface FlagsPort {
  getFlag(flag: string): Promise<FlagRecord | undefined>;
  putFlag(record: FlagRecord): Promise<void>;
}

export function dynamoFlags(
  table: () => string = () => requireEnv('FLAGS_TABLE'),
  client = documentClient.get,
): FlagsPort {
  return {
    async getFlag(flag) {
      const out = await call('DynamoDB GetItem flag', () =>
        client().send(new GetCommand({ TableName: table(), Key: { flag }, ConsistentRead: true })),
      );
      if (!out.Item) return undefined;
      const item = out.Item;
      // An allowlist may be stored as a string set (the DocumentClient returns a Set) or a list.
      const allowlist = item.allowlist instanceof Set ? [...item.allowlist] : item.allowlist;
      return { ...item, allowlist } as FlagRecord;
    },

    async putFlag(record) {
      await call('DynamoDB PutItem flag', () =>
        client().send(new PutCommand({ TableName: table(), Item: { ...record } })),
      );
    },
  };
}

export const flags = lazy(() => dynamoFlags());
