import type { AttributeValue, DynamoDBClient, QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import type {
  BatchGetCommandInput,
  DeleteCommandInput,
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  ScanCommandInput,
  TransactWriteCommandInput,
  UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { clientConfig, lazyAsync } from './aws.ts';
import { traced } from './tracing.ts';

/** A DynamoDB item as JavaScript values (strings, numbers, booleans, null, lists, maps, sets). */
export type Item = Record<string, unknown>;

/** One item of a TransactWriteItems request (a port may take another port's item into its transaction). */
/** Every item of a paginated Query or Scan; `page` fetches the page that starts at `startKey`. */
export async function allItems(
  page: (startKey: Item | undefined) => Promise<{ Items?: Item[]; LastEvaluatedKey?: Item }>,
): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const out = await page(startKey);
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * The item operations the ports use, on JavaScript values: the DocumentClient's inputs and outputs, marshalled
 * here with `@aws-sdk/util-dynamodb` around the plain DynamoDBClient. The DocumentClient does the same
 * marshalling but builds a second middleware stack on every call, CPU an approval run's 12 DynamoDB calls
 * would pay each time (the measurement: docs/adr/0004-document-layer-over-dynamodbclient.md).
 */
export interface DocumentDb {
  get(input: GetCommandInput): Promise<{ Item?: Item }>;
  put(input: PutCommandInput): Promise<void>;
  update(input: UpdateCommandInput): Promise<{ Attributes?: Item }>;
  delete(input: DeleteCommandInput): Promise<void>;
  query(input: QueryCommandInput): Promise<{ Items?: Item[]; LastEvaluatedKey?: Item }>;
  scan(input: ScanCommandInput): Promise<{ Items?: Item[]; LastEvaluatedKey?: Item }>;
  batchGet(input: BatchGetCommandInput): Promise<{
    Responses?: Record<string, Item[]>;
    UnprocessedKeys?: Record<string, { Keys?: Item[]; ConsistentRead?: boolean }>;
  }>;
  transactWrite(input: TransactWriteCommandInput): Promise<void>;
}

type Util = typeof import('@aws-sdk/util-dynamodb');
type Values = Record<string, AttributeValue>;

const MARSHALL_OPTIONS = { removeUndefinedValues: true, convertClassInstanceToMap: false } as const;

/** The marshalling functions and commands, imported on first use (a handler's cold import does not load them). */
const sdk = lazyAsync(async () => {
  const [util, commands] = await Promise.all([
    import('@aws-sdk/util-dynamodb'),
    import('@aws-sdk/client-dynamodb'),
  ]);
  return { util, commands };
}).get;

function marshaller(util: Util) {
  const m = (value: Item | undefined): Values | undefined =>
    value === undefined ? undefined : (util.marshall(value, MARSHALL_OPTIONS) as Values);
  const u = (value: Values | undefined): Item | undefined =>
    value === undefined ? undefined : util.unmarshall(value);
  /** ExpressionAttributeValues, Key, Item: whichever the input has, marshalled; the rest as is. */
  const fields = <T extends { Key?: Item; Item?: Item; ExpressionAttributeValues?: Item }>(input: T) => ({
    ...input,
    ...(input.Key !== undefined ? { Key: m(input.Key) } : {}),
    ...(input.Item !== undefined ? { Item: m(input.Item) } : {}),
    ...(input.ExpressionAttributeValues !== undefined
      ? { ExpressionAttributeValues: m(input.ExpressionAttributeValues) }
      : {}),
  });
  return { m, u, fields };
}

export function documentDb(
  client: DynamoDBClient,
  util: Util,
  commands: typeof import('@aws-sdk/client-dynamodb'),
): DocumentDb {
  const { m, u, fields } = marshaller(util);
  /** Query and Scan: the same marshalling of values and start key, the same page of items back. */
  const paged = async (
    input: QueryCommandInput | ScanCommandInput,
    command: (marshalled: never) => QueryCommand | ScanCommand,
  ) => {
    const { ExclusiveStartKey, ...rest } = input;
    const marshalled = {
      ...fields(rest),
      ...(ExclusiveStartKey ? { ExclusiveStartKey: m(ExclusiveStartKey) } : {}),
    };
    const out = (await client.send(command(marshalled as never) as never)) as {
      Items?: Values[];
      LastEvaluatedKey?: Values;
    };
    return {
      ...(out.Items ? { Items: out.Items.map((i) => util.unmarshall(i)) } : {}),
      ...(out.LastEvaluatedKey ? { LastEvaluatedKey: util.unmarshall(out.LastEvaluatedKey) } : {}),
    };
  };
  return {
    async get(input) {
      const out = await client.send(new commands.GetItemCommand(fields(input) as never));
      return out.Item ? { Item: u(out.Item) } : {};
    },
    async put(input) {
      await client.send(new commands.PutItemCommand(fields(input) as never));
    },
    async update(input) {
      const out = await client.send(new commands.UpdateItemCommand(fields(input) as never));
      return out.Attributes ? { Attributes: u(out.Attributes) } : {};
    },
    async delete(input) {
      await client.send(new commands.DeleteItemCommand(fields(input) as never));
    },
    query: (input) => paged(input, (marshalled) => new commands.QueryCommand(marshalled)),
    scan: (input) => paged(input, (marshalled) => new commands.ScanCommand(marshalled)),
    async batchGet(input) {
      const RequestItems: Record<string, unknown> = {};
      for (const [table, request] of Object.entries(input.RequestItems ?? {})) {
        RequestItems[table] = { ...request, Keys: (request.Keys ?? []).map((k) => m(k)) };
      }
      const out = await client.send(new commands.BatchGetItemCommand({ ...input, RequestItems } as never));
      const Responses: Record<string, Item[]> = {};
      for (const [table, items] of Object.entries(out.Responses ?? {})) {
        Responses[table] = items.map((i) => util.unmarshall(i));
      }
      // Unprocessed requests keep everything but their keys as sent (ConsistentRead, projections).
      const UnprocessedKeys: Record<string, { Keys?: Item[] }> = {};
      for (const [table, request] of Object.entries(out.UnprocessedKeys ?? {})) {
        UnprocessedKeys[table] = { ...request, Keys: (request.Keys ?? []).map((k) => util.unmarshall(k)) };
      }
      return { Responses, UnprocessedKeys };
    },
    async transactWrite(input) {
      const TransactItems = (input.TransactItems ?? []).map((t) => ({
        ...(t.Put ? { Put: fields(t.Put) } : {}),
        ...(t.Update ? { Update: fields(t.Update) } : {}),
        ...(t.Delete ? { Delete: fields(t.Delete) } : {}),
        ...(t.ConditionCheck ? { ConditionCheck: fields(t.ConditionCheck) } : {}),
      }));
      await client.send(new commands.TransactWriteItemsCommand({ ...input, TransactItems } as never));
    },
  };
}

/** One DynamoDB client per container, shared by the artifacts, runs, flags and ops ports. */
export const documentClient = lazyAsync<DocumentDb>(async () => {
  const { util, commands } = await sdk();
  return documentDb(await traced(new commands.DynamoDBClient(clientConfig())), util, commands);
});

/** Epoch seconds for a DynamoDB TTL attribute. */
export function ttlEpochSeconds(fromMs: number, seconds: number): number {
  return Math.floor(fromMs / 1000) + Math.ceil(seconds);
}
