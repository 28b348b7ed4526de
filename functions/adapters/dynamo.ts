import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { clientConfig, lazy } from './aws.ts';

/** One DynamoDB DocumentClient per container, shared by the artifacts, runs and flags ports. */
export const documentClient = lazy(() =>
  DynamoDBDocumentClient.from(new DynamoDBClient(clientConfig()), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  }),
);

/** Epoch seconds for a DynamoDB TTL attribute. */
export function ttlEpochSeconds(fromMs: number, seconds: number): number {
  return Math.floor(fromMs / 1000) + Math.ceil(seconds);
}
