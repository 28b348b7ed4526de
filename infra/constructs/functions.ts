import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CfnResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { SKILL } from '#core/identity';

// `functions/handlers/<name>.ts` exports `handler` for each of these names.
import type { FunctionName } from '#shared/function-names';

export { FUNCTION_NAMES, type FunctionName } from '#shared/function-names';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a function's entry file. */
export function handlerEntry(name: FunctionName): string {
  return path.join(PROJECT_ROOT, 'functions', 'handlers', `${name}.ts`);
}

/** Metadata key on each CfnFunction: lets the local runtime map a definition's function ARN to a handler. */
export const FUNCTION_METADATA_KEY = 'handoff:function';

/** Powertools metrics namespace (EMF); the alarms and dashboard read metrics from it. */
export const METRICS_NAMESPACE = 'HandoffContracting';

/** Names of the environment variables the handlers read. */
export const ENV = {
  artifactsTable: 'ARTIFACTS_TABLE',
  flagsTable: 'FLAGS_TABLE',
  runsTable: 'RUNS_TABLE',
  bucket: 'BUCKET',
  eventBusName: 'EVENT_BUS_NAME',
  senderEmail: 'SENDER_EMAIL',
  approvalBaseUrl: 'APPROVAL_BASE_URL',
  signingSecretArn: 'SIGNING_SECRET_ARN',
  approverGroups: 'APPROVER_GROUPS',
  stateMachineArn: 'STATE_MACHINE_ARN',
} as const;

/**
 * esbuild settings shared by the CDK construct and `bench/bundle.ts`, so the benchmark measures what ships.
 * ESM output (`index.mjs`) for top-level await and tree shaking; the banner gives CommonJS dependencies a
 * `require` for Node built-ins. Target node22: the oldest runtime the code must run on.
 */
export const BUNDLE = {
  runtime: lambda.Runtime.NODEJS_24_X,
  architecture: lambda.Architecture.ARM_64,
  target: 'node22',
  format: 'esm',
  minify: true,
  sourcemap: true,
  mainFields: ['module', 'main'],
  /**
   * The Lambda Node.js runtime ships AWS SDK v3; keeping it out keeps bundles under 300 KB (bundled, the SDK
   * is 400-800 KB: its schema files do not tree-shake with esbuild). The adapters `import()` it on first use,
   * so the handler's import does not load it; `bench/bundle.ts` reports both importMs and coldStartMs.
   */
  external: ['@aws-sdk/*'],
  banner: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
} as const;

export interface HandoffFunctionProps {
  name: FunctionName;
  memorySize: number;
  timeout?: Duration;
  /** Reserved concurrency: caps this function and keeps the rest of the account's concurrency for others. */
  reservedConcurrency?: number;
  logRetention: logs.RetentionDays;
  logRemovalPolicy?: RemovalPolicy;
  /** false: inline placeholder code (fast assertion tests; same role, env, tracing, logging). */
  bundling: boolean;
  environment?: Record<string, string>;
}

/** The DynamoDB actions a function may be granted; `Scan` is left to the operator's CLI and auto-fallback. */
export type DynamoAction =
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query'
  | 'Scan'
  | 'PutItem'
  | 'UpdateItem'
  | 'DeleteItem'
  | 'ConditionCheckItem';

/**
 * Access to a table: the actions a function uses (item writes inside TransactWriteItems need the item
 * action itself), and for a table shared by several item types the partition-key prefixes it may touch
 * (`dynamodb:LeadingKeys`). 'read' / 'readwrite' are CDK's broad grants, kept for the operator side only.
 */
export type TableAccess = 'read' | 'readwrite' | TableGrant | TableGrant[];
export interface TableGrant {
  actions: DynamoAction[];
  /** Partition-key prefixes, e.g. `RUN#`: a request for any other key is denied. */
  leadingKeys?: string[];
  /** Grant on this index of the table instead of the table itself (a Query of the index only). */
  index?: string;
}
export interface BucketAccess {
  /** Key prefixes ending in '/': s3:GetObject on `<prefix>*`, s3:ListBucket limited to those prefixes. */
  read?: string[];
  /** Key prefixes ending in '/': s3:PutObject on `<prefix>*`. */
  write?: string[];
  /** Read prefixes whose objects are read by version id (s3:GetObjectVersion): the triggers' prefix. */
  readVersions?: string[];
}

/**
 * The house Lambda: Node.js 24 on arm64, esbuild-bundled ESM with source maps, its own log group with a
 * retention, X-Ray active, Powertools env, and a role that starts empty (no AWS managed policy) and only
 * grows through the `bind*` methods, each of which sets the env var and the least-privilege grant together.
 */
export class HandoffFunction extends Construct {
  readonly fn: lambda.Function;
  readonly name: FunctionName;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: HandoffFunctionProps) {
    super(scope, id);
    this.name = props.name;
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.DESTROY,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `handoff-contracting ${props.name}`,
    });
    // Instead of AWSLambdaBasicExecutionRole (logs:* on every log group): write to this log group only.
    this.logGroup.grantWrite(this.role);

    const common = {
      runtime: BUNDLE.runtime,
      architecture: BUNDLE.architecture,
      memorySize: props.memorySize,
      timeout: props.timeout ?? Duration.seconds(20),
      ...(props.reservedConcurrency === undefined
        ? {}
        : { reservedConcurrentExecutions: props.reservedConcurrency }),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        // One service for all functions (the handlers' Powertools default dimension); the function name is
        // already in every log line and in the Lambda metrics.
        POWERTOOLS_SERVICE_NAME: SKILL.featureFlag,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        ...props.environment,
      },
    };

    this.fn = props.bundling
      ? new nodejs.NodejsFunction(this, 'Function', {
          ...common,
          environment: {
            ...common.environment,
            // Stack traces point into functions/**/*.ts instead of minified index.mjs.
            NODE_OPTIONS: '--enable-source-maps',
          },
          entry: handlerEntry(props.name),
          handler: 'handler',
          projectRoot: PROJECT_ROOT,
          depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
          bundling: {
            format: nodejs.OutputFormat.ESM,
            target: BUNDLE.target,
            minify: BUNDLE.minify,
            sourceMap: BUNDLE.sourcemap,
            sourcesContent: false,
            mainFields: [...BUNDLE.mainFields],
            externalModules: [...BUNDLE.external],
            banner: BUNDLE.banner,
            forceDockerBundling: false,
          },
        })
      : new lambda.Function(this, 'Function', {
          ...common,
          handler: 'index.handler',
          code: lambda.Code.fromInline(
            `exports.handler = async () => { throw new Error('${props.name}: synthesized without bundling'); };`,
          ),
        });

    (this.fn.node.defaultChild as CfnResource).addMetadata(FUNCTION_METADATA_KEY, props.name);

    // X-Ray's PutTraceSegments / PutTelemetryRecords have no resource-level permissions.
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Active X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords accept only "*".',
    });
  }

  /** Sets a plain (non-secret) environment variable. */
  bindEnv(name: string, value: string): this {
    this.fn.addEnvironment(name, value);
    return this;
  }

  /** Sets `envName` to the table name and grants item-level read or read/write on that table only. */
  bindTable(envName: string, table: dynamodb.ITable, access: TableAccess): this {
    this.fn.addEnvironment(envName, table.tableName);
    if (access === 'read') table.grantReadData(this.fn);
    else if (access === 'readwrite') table.grantReadWriteData(this.fn);
    else {
      for (const grant of Array.isArray(access) ? access : [access]) {
        const keys = grant.leadingKeys ?? [];
        this.role.addToPrincipalPolicy(
          new iam.PolicyStatement({
            actions: grant.actions.map((a) => `dynamodb:${a}`),
            resources: [grant.index ? `${table.tableArn}/index/${grant.index}` : table.tableArn],
            ...(keys.length > 0
              ? {
                  conditions: {
                    'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': keys.map((k) => `${k}*`) },
                  },
                }
              : {}),
          }),
        );
      }
    }
    return this;
  }

  /** Sets BUCKET and grants GetObject / PutObject under the given prefixes only. */
  bindBucket(bucket: s3.IBucket, access: BucketAccess): this {
    this.fn.addEnvironment(ENV.bucket, bucket.bucketName);
    const read = access.read ?? [];
    const write = access.write ?? [];
    if (read.length > 0) {
      this.role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['s3:GetObject'],
          resources: read.map((p) => bucket.arnForObjects(`${p}*`)),
        }),
      );
      // Without ListBucket a missing key reads as 403 instead of 404; limit it to the same prefixes.
      this.role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': read.map((p) => `${p}*`) } },
        }),
      );
    }
    if ((access.readVersions ?? []).length > 0) {
      this.role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['s3:GetObjectVersion'],
          resources: (access.readVersions ?? []).map((p) => bucket.arnForObjects(`${p}*`)),
        }),
      );
    }
    if (write.length > 0) {
      this.role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['s3:PutObject'],
          resources: write.map((p) => bucket.arnForObjects(`${p}*`)),
        }),
      );
    }
    for (const p of new Set([...read, ...write])) {
      Validations.of(this.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnResource)}.Arn>/${p}*]`,
        reason: `Object keys under ${p} are content digests / stream ids known only at run time; the grant is limited to that prefix.`,
      });
    }
    return this;
  }

  /** Sets EVENT_BUS_NAME and grants events:PutEvents on that bus only. */
  bindEventBus(bus: events.IEventBus): this {
    this.fn.addEnvironment(ENV.eventBusName, bus.eventBusName);
    bus.grantPutEventsTo(this.fn);
    return this;
  }

  /** Sets SIGNING_SECRET_ARN (the ARN, never the value) and grants GetSecretValue on that secret only. */
  bindSecret(secret: secretsmanager.ISecret): this {
    this.fn.addEnvironment(ENV.signingSecretArn, secret.secretArn);
    secret.grantRead(this.fn);
    return this;
  }

  /** Sets SENDER_EMAIL and grants ses:SendEmail / SendRawEmail on the sender identity only. */
  bindEmailSender(senderEmail: string, identityArn: string): this {
    this.fn.addEnvironment(ENV.senderEmail, senderEmail);
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: [identityArn] }),
    );
    return this;
  }
}
