import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as dynamoCommands from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import * as dynamoUtil from '@aws-sdk/util-dynamodb';
import { dynamoArtifacts } from '#adapters/artifacts';
import { clientConfig } from '#adapters/aws';
import { s3Blobs } from '#adapters/blobs';
import { documentDb } from '#adapters/dynamo';
import { dynamoFlagAdmin } from '#adapters/flag-admin';
import { dynamoOpsStore } from '#adapters/ops-store';
import { dynamoRuns } from '#adapters/runs';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';
import { describeStackOutputs, stackTables } from './stack.ts';
import type { OpsContext, TargetOptions } from './target.ts';

export type { OpsContext, TargetOptions } from './target.ts';

/**
 * Where the ops commands read from. Resolution, first match wins per setting:
 *   --stack NAME               the deployed stack: RUNS_TABLE, ARTIFACTS_TABLE and FLAGS_TABLE from its
 *                              CloudFormation outputs (OUTPUT_KEYS in infra/constructs/outputs.ts);
 *   --local [--local-dir DIR]  the running local stack: `<DIR>/endpoints.json` (default DIR .local-data),
 *                              written by the emulators while `npm start` runs;
 *   --endpoint URL             one endpoint for DynamoDB and S3 (e.g. LocalStack);
 *   --region R                 AWS region;
 *   --table-prefix P           tables P + runs / artifacts / flags (the local stack uses `handoff-`);
 *   environment                AWS_ENDPOINT_URL_DYNAMODB / _S3, AWS_REGION, RUNS_TABLE, ARTIFACTS_TABLE,
 *                              FLAGS_TABLE (the names `cdk deploy` prints as outputs), AWS_PROFILE.
 */

/** The settings the ops commands use, as a plain map (never written back to process.env). */
export function resolveTarget(
  opts: TargetOptions,
  root: string,
  base: Record<string, string | undefined> = process.env,
): { env: Record<string, string | undefined>; source: string } {
  const env: Record<string, string | undefined> = { ...base };
  let source = 'environment';
  if (opts.local) {
    const dir = resolve(opts['local-dir'] ?? join(root, '.local-data'));
    const file = join(dir, 'endpoints.json');
    if (!existsSync(file)) {
      throw new UsageError(`${file} not found: start the local stack first (npm start)`, 'no_local_stack');
    }
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { env?: Record<string, string> };
    Object.assign(env, saved.env ?? {});
    delete env.AWS_PROFILE;
    source = `local stack (${file})`;
  }
  if (opts.endpoint) {
    env.AWS_ENDPOINT_URL_DYNAMODB = opts.endpoint;
    env.AWS_ENDPOINT_URL_S3 = opts.endpoint;
    env.HANDOFF_S3_FORCE_PATH_STYLE = 'true';
    source = `endpoint ${opts.endpoint}`;
  }
  if (opts.region) env.AWS_REGION = opts.region;
  if (opts['table-prefix'] !== undefined) {
    env.RUNS_TABLE = `${opts['table-prefix']}runs`;
    env.ARTIFACTS_TABLE = `${opts['table-prefix']}artifacts`;
    env.FLAGS_TABLE = `${opts['table-prefix']}flags`;
  }
  return { env, source };
}

function need(env: Record<string, string | undefined>, name: string): () => string {
  return () => {
    const v = env[name];
    if (!v)
      throw new UsageError(
        `${name} is not set: use --stack, --local, --table-prefix or set ${name}`,
        'no_target',
      );
    return v;
  };
}

export async function opsContext(
  opts: TargetOptions,
  io: Pick<Io, 'root' | 'stackOutputs'>,
): Promise<OpsContext> {
  const target = resolveTarget(opts, io.root);
  const { env } = target;
  let { source } = target;
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (opts.stack) {
    Object.assign(env, await stackTables(opts.stack, region, io.stackOutputs ?? describeStackOutputs));
    source = `stack ${opts.stack}`;
  }
  const credentials =
    opts.local && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY }
      : undefined;
  const common = {
    ...clientConfig(),
    ...(region ? { region } : {}),
    ...(credentials ? { credentials } : {}),
  };
  const dynamo = new dynamoCommands.DynamoDBClient({
    ...common,
    ...(env.AWS_ENDPOINT_URL_DYNAMODB ? { endpoint: env.AWS_ENDPOINT_URL_DYNAMODB } : {}),
  });
  const doc = documentDb(dynamo, dynamoUtil, dynamoCommands);
  const s3 = new S3Client({
    ...common,
    ...(env.AWS_ENDPOINT_URL_S3 ? { endpoint: env.AWS_ENDPOINT_URL_S3 } : {}),
    forcePathStyle: env.HANDOFF_S3_FORCE_PATH_STYLE === 'true',
  });
  const tables = {
    runs: need(env, 'RUNS_TABLE'),
    artifacts: need(env, 'ARTIFACTS_TABLE'),
    flags: need(env, 'FLAGS_TABLE'),
  };
  const client = () => doc;
  return {
    source,
    runs: dynamoRuns(tables.runs, client),
    artifacts: dynamoArtifacts(tables.artifacts, client, tables.runs),
    blobs: s3Blobs(() => s3),
    flagAdmin: dynamoFlagAdmin(tables.flags, client),
    store: dynamoOpsStore({ runs: tables.runs, artifacts: tables.artifacts }, client),
    bucket: need(env, 'BUCKET'),
    setting: (name) => env[name] || undefined,
    clientConfig: (endpointVar) => ({
      ...common,
      ...(env[endpointVar] ? { endpoint: env[endpointVar] } : {}),
    }),
    close: () => {
      dynamo.destroy();
      s3.destroy();
    },
  };
}
