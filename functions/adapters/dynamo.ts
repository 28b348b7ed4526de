import type { DynamoDBDocumentClient, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { clientConfig, lazyAsync } from './aws.ts';

/**
 * The DynamoDB document SDK (commands and client), imported on first use: a handler's cold import does not
 * load it. The module promise is kept, as in the other adapters: a repeated `import()` resolves its specifier
 * again each time, which under a module loader (tsx: `npm start`, the benches) is a round trip to the loader
 * thread, ~0.4 ms CPU per SDK call (measured by bench/e2e.ts).
 */
export const documentSdk = lazyAsync(() => import('@aws-sdk/lib-dynamodb')).get;

/** One item of a TransactWriteItems request (a port may take another port's item into its transaction). */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** One DynamoDB DocumentClient per container, shared by the artifacts, runs and flags ports. */
export const documentClient = lazyAsync<DynamoDBDocumentClient>(async () => {
  const [{ DynamoDBClient }, { DynamoDBDocumentClient }] = await Promise.all([
    import('@aws-sdk/client-dynamodb'),
    documentSdk(),
  ]);
  return DynamoDBDocumentClient.from(new DynamoDBClient(clientConfig()), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
});

/** Epoch seconds for a DynamoDB TTL attribute. */
export function ttlEpochSeconds(fromMs: number, seconds: number): number {
  return Math.floor(fromMs / 1000) + Math.ceil(seconds);
}
