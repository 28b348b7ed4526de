import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import S3rver, { type S3rverEvent } from 's3rver';
import { closeServer, KEEP_ALIVE_MS } from './aws-json-server.ts';
import { createTables, LOCAL_CREDENTIALS, LOCAL_REGION, startDynamo } from './dynamodb-local.ts';
import { type LocalEventBus, startLocalEventBus } from './eventbridge.ts';
import { type LocalResources, loadLocalResources } from './resources.ts';
import { tuneS3rver } from './s3rver-tuning.ts';
import { type LocalSfnEndpoint, startLocalSfnEndpoint } from './sfn-endpoint.ts';

/**
 * The local AWS parts the Lambdas talk to, each on 127.0.0.1 and a free port so that two instances never
 * collide: DynamoDB Local (Java), s3rver, aws-ses-v2-local, and two small endpoints of this repo for
 * EventBridge PutEvents and the Step Functions task-token callbacks. The Lambdas reach them through the
 * AWS SDK's standard `AWS_ENDPOINT_URL_<SERVICE>` variables: same code paths as in AWS.
 * DynamoDB Local and its tables are in `dynamodb-local.ts`.
 */

export { LOCAL_REGION } from './dynamodb-local.ts';

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

type Timings = Emulators['timings'];
type Stop = () => Promise<void>;

/** Runs `fn` and records how long it took under `part`. */
function timer(timings: Timings) {
  return async <T>(part: keyof Timings, fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await fn();
    timings[part] = Math.round(performance.now() - start);
    return value;
  };
}

async function startS3(dataDir: string, bucket: string): Promise<{ s3: S3rver; url: string }> {
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: join(dataDir, 's3'),
    configureBuckets: [{ name: bucket }],
  });
  tuneS3rver(s3);
  const address = await s3.run();
  return { s3, url: `http://127.0.0.1:${address.port}` };
}

async function startSes(): Promise<{ server: Server; url: string }> {
  const server = await isolatedSesServer()({ host: '127.0.0.1', port: 0 });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}

/** Starts every part at once; each part's stop joins `stops` as soon as it is up. */
async function startParts(
  dataDir: string,
  ephemeral: boolean,
  resources: LocalResources,
  timed: ReturnType<typeof timer>,
  stops: Stop[],
) {
  const dynamoPromise = timed('dynamodb', () =>
    startDynamo(ephemeral ? undefined : join(dataDir, 'dynamodb')),
  );
  const s3Promise = timed('s3', () => startS3(dataDir, resources.bucket));
  const sesPromise = timed('ses', startSes);
  const busPromise = timed('eventbridge', () =>
    startLocalEventBus({ busName: resources.eventBusName, region: LOCAL_REGION }),
  );
  const sfnPromise = timed('sfn', () => startLocalSfnEndpoint());

  // Register each part's stop as soon as it is up, so a failure elsewhere still cleans it up.
  const registered = <T>(promise: Promise<T>, stopOf: (part: T) => Stop) =>
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
  return { dynamo, s3, ses, bus, sfn };
}

type Parts = Awaited<ReturnType<typeof startParts>>;

/** The Lambdas' environment: endpoints, region, dummy credentials, resource names. */
function lambdaEnv(
  parts: Parts,
  resources: LocalResources,
  opts: EmulatorOptions,
  signingKey: string,
): Record<string, string> {
  const { dynamo, s3, ses, bus, sfn } = parts;
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
    SIGNING_KEY_FILE: signingKey,
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
  return env;
}

/** A persistent stack (npm start) tells `handoff … --local` where it listens; the stop removes the file. */
async function writeEndpointsFile(dataDir: string, env: Record<string, string>): Promise<Stop> {
  const endpointsFile = join(dataDir, 'endpoints.json');
  await writeFile(endpointsFile, `${JSON.stringify({ pid: process.pid, env }, null, 2)}\n`, {
    mode: 0o600,
  });
  return () => rm(endpointsFile, { force: true });
}

/** Settings known only after the emulators (the approval server's URL) join the endpoints file. */
export async function updateEndpointsFile(dataDir: string, patch: Record<string, string>): Promise<void> {
  const endpointsFile = join(dataDir, 'endpoints.json');
  const saved = JSON.parse(await readFile(endpointsFile, 'utf8')) as {
    pid: number;
    env: Record<string, string>;
  };
  const env = { ...saved.env, ...patch };
  await writeFile(endpointsFile, `${JSON.stringify({ ...saved, env }, null, 2)}\n`, { mode: 0o600 });
}

interface Handle {
  parts: Parts;
  env: Record<string, string>;
  dataDir: string;
  ephemeral: boolean;
  resources: LocalResources;
  timings: Timings;
  stops: Stop[];
}

function emulatorsOf({ parts, env, dataDir, ephemeral, resources, timings, stops }: Handle): Emulators {
  const { dynamo, s3, ses, bus, sfn } = parts;
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
  return emulators;
}

export async function startEmulators(opts: EmulatorOptions = {}): Promise<Emulators> {
  const t0 = performance.now();
  const ephemeral = opts.dataDir === undefined;
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : await mkdtemp(join(tmpdir(), 'handoff-local-'));
  await mkdir(join(dataDir, 's3'), { recursive: true });
  if (!ephemeral) await mkdir(join(dataDir, 'dynamodb'), { recursive: true });
  const resources = opts.resources ?? loadLocalResources();
  const timings = { dynamodb: 0, s3: 0, ses: 0, eventbridge: 0, sfn: 0, tables: 0, total: 0 };
  const timed = timer(timings);
  const stops: Stop[] = [];

  try {
    const parts = await startParts(dataDir, ephemeral, resources, timed, stops);
    await timed('tables', () => createTables(parts.dynamo.url, resources.tables));
    const env = lambdaEnv(parts, resources, opts, await signingKeyFile(dataDir));
    if (!ephemeral) stops.push(await writeEndpointsFile(dataDir, env));
    const emulators = emulatorsOf({ parts, env, dataDir, ephemeral, resources, timings, stops });
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
