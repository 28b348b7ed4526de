import { randomUUID } from 'node:crypto';
import type { S3rverEvent } from 's3rver';
import { type ApprovalServer, startApprovalServer, type UrlHandler } from './approval-server.ts';
import { type EmulatorOptions, type Emulators, startEmulators } from './emulators.ts';
import type { BusEvent } from './eventbridge.ts';
import {
  applyInputTransformer,
  LOCAL_ACCOUNT,
  LOCAL_REGION,
  loadSynthesizedWorkflow,
  type SynthesizedWorkflow,
} from './synth.ts';
import {
  createWorkflowRuntime,
  type Execution,
  type HistoryEvent,
  type LambdaHandler,
  type WorkflowRuntime,
  type WorkflowRuntimeOptions,
} from './workflow.ts';

/**
 * The whole stack, locally: emulators + the synthesized state machine running the real handlers + the
 * two triggers of the template (S3 Object Created under the incoming prefix, `Handoff Submitted` on the
 * bus) + the approval-callback Function URL as a local HTTP server. Handlers run in this process and
 * read `process.env`, which this sets: one local runtime per process.
 */

export interface LocalRuntimeOptions extends Omit<EmulatorOptions, 'resources'> {
  /** A preloaded synthesized workflow (default: `loadSynthesizedWorkflow()`, cached). */
  workflow?: SynthesizedWorkflow;
  /** Handlers by function name (default: the real HANDLERS). */
  handlers?: Record<string, LambdaHandler>;
  /** Wrap each handler, e.g. to inject faults; called once per function. */
  wrapHandler?(name: string, handler: LambdaHandler): LambdaHandler;
  retryIntervalMs?: WorkflowRuntimeOptions['retryIntervalMs'];
  taskTokenTimeoutMs?: WorkflowRuntimeOptions['taskTokenTimeoutMs'];
  /** Port of the approval server (default: a free one). */
  approvalPort?: number;
  /** Start runs from S3 puts and bus events as the EventBridge rules do (default true). */
  triggers?: boolean;
  onEvent?: WorkflowRuntimeOptions['onEvent'];
  /** Called when an execution starts (trigger, StartExecution or direct). */
  onExecutionStarted?(execution: Execution, how: 's3' | 'event' | 'api'): void;
}

export interface LocalRuntime {
  emulators: Emulators;
  workflow: SynthesizedWorkflow;
  runtime: WorkflowRuntime;
  env: Record<string, string>;
  /** APPROVAL_BASE_URL: the local approval-callback server. */
  approvalBaseUrl: string;
  handlers: Record<string, LambdaHandler>;
  startExecution(input: unknown, opts?: { name?: string }): Execution;
  /** Put a package under the incoming prefix (the S3 trigger starts the run); resolves with that execution. */
  submitPackage(body: string | object, key?: string): Promise<Execution>;
  /** Write the feature flag record (through the flags adapter, as an operator would). */
  setFlag(state: 'off' | 'shadow' | 'on', percentage?: number, allowlist?: string[]): Promise<void>;
  /** The first execution (already started or to come) whose input matches. */
  waitForExecution(match: (input: unknown) => boolean, timeoutMs?: number): Promise<Execution>;
  stop(): Promise<void>;
}

/** The Object Created event EventBridge delivers for an s3rver notification record. */
function objectCreatedEvent(record: S3rverEvent['Records'][number]): BusEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account: LOCAL_ACCOUNT,
    time: record.eventTime.replace(/\.\d{3}Z$/, 'Z'),
    region: LOCAL_REGION,
    resources: [`arn:aws:s3:::${record.s3.bucket.name}`],
    detail: {
      version: '0',
      bucket: { name: record.s3.bucket.name },
      object: {
        key: record.s3.object.key,
        size: record.s3.object.size,
        etag: record.s3.object.eTag,
        sequencer: record.s3.object.sequencer,
      },
      'request-id': randomUUID(),
      requester: LOCAL_ACCOUNT,
      'source-ip-address': '127.0.0.1',
      reason: 'PutObject',
    },
    'event-bus-name': 'default',
  };
}

export async function startLocalRuntime(opts: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const workflow = opts.workflow ?? (await loadSynthesizedWorkflow());
  const emulators = await startEmulators({ ...opts, resources: workflow.resources });
  const stops: (() => Promise<void>)[] = [];
  const previousEnv = new Map<string, string | undefined>();
  const setEnv = (key: string, value: string) => {
    if (!previousEnv.has(key)) previousEnv.set(key, process.env[key]);
    process.env[key] = value;
  };

  try {
    // The deployed Lambdas' literal environment (sender, approver groups, Powertools names), then the
    // local endpoints and resource names over it.
    const env: Record<string, string> = {
      ...emulators.env,
      ...workflow.lambdaEnv,
      STATE_MACHINE_ARN: workflow.stateMachineArn,
      ...(opts.senderEmail ? { SENDER_EMAIL: opts.senderEmail } : {}),
      ...(opts.approverGroups ? { APPROVER_GROUPS: JSON.stringify(opts.approverGroups) } : {}),
    };
    for (const [k, v] of Object.entries(env)) setEnv(k, v);
    if (process.env.AWS_PROFILE !== undefined) {
      previousEnv.set('AWS_PROFILE', process.env.AWS_PROFILE);
      delete process.env.AWS_PROFILE;
    }

    // Handlers are imported only now: their modules may read the environment when first loaded.
    const baseHandlers =
      opts.handlers ??
      ((await import('../functions/handlers/index.ts')).HANDLERS as unknown as Record<string, LambdaHandler>);
    const handlers: Record<string, LambdaHandler> = {};
    for (const [name, handler] of Object.entries(baseHandlers)) {
      handlers[name] = opts.wrapHandler ? opts.wrapHandler(name, handler) : handler;
    }

    const callback = handlers['approval-callback'];
    let approval: ApprovalServer | undefined;
    if (callback) {
      approval = await startApprovalServer(callback as unknown as UrlHandler, opts.approvalPort);
      stops.push(approval.close);
    }
    const approvalBaseUrl = approval?.url ?? opts.approvalBaseUrl ?? env.APPROVAL_BASE_URL ?? '';
    env.APPROVAL_BASE_URL = approvalBaseUrl;
    setEnv('APPROVAL_BASE_URL', approvalBaseUrl);

    const startedListeners = new Set<(e: Execution) => void>();
    const runtime = createWorkflowRuntime({
      definition: workflow.definition,
      functionOf: (target) => workflow.functionByArn[target] ?? (handlers[target] ? target : undefined),
      handlers,
      tokens: emulators.sfn.tokens,
      stateMachineArn: workflow.stateMachineArn,
      ...(opts.retryIntervalMs !== undefined ? { retryIntervalMs: opts.retryIntervalMs } : {}),
      ...(opts.taskTokenTimeoutMs !== undefined ? { taskTokenTimeoutMs: opts.taskTokenTimeoutMs } : {}),
      ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
    });
    const start = (input: unknown, how: 's3' | 'event' | 'api', name?: string): Execution => {
      const execution = runtime.startExecution(input, name ? { name } : {});
      opts.onExecutionStarted?.(execution, how);
      for (const listener of startedListeners) listener(execution);
      return execution;
    };

    // StartExecution / DescribeExecution through the local SFN endpoint (e.g. a CLI or a Lambda).
    emulators.sfn.attach({
      start: ({ stateMachineArn, name, input }) => {
        if (stateMachineArn !== workflow.stateMachineArn) {
          throw Object.assign(new Error(`State machine does not exist: ${stateMachineArn}`), {
            name: 'StateMachineDoesNotExist',
          });
        }
        const execution = start(input ? JSON.parse(input) : {}, 'api', name);
        return { executionArn: execution.executionArn, startDate: execution.startedAt };
      },
      describe: (executionArn) => {
        const execution = runtime.get(executionArn);
        if (!execution)
          throw Object.assign(new Error('Execution does not exist'), { name: 'ExecutionDoesNotExist' });
        return {
          executionArn,
          stateMachineArn: workflow.stateMachineArn,
          name: execution.name,
          status: execution.status(),
          startDate: execution.startedAt.getTime() / 1000,
          input: JSON.stringify(execution.input),
        };
      },
    });

    if (opts.triggers !== false) {
      for (const trigger of workflow.triggers) {
        if (trigger.kind === 's3') {
          const off = emulators.onS3Event((notification) => {
            for (const record of notification.Records) {
              if (!record.eventName.startsWith('ObjectCreated:')) continue;
              if (record.s3.bucket.name !== workflow.resources.bucket) continue;
              if (!record.s3.object.key.startsWith(trigger.keyPrefix ?? '')) continue;
              start(applyInputTransformer(trigger.transformer, objectCreatedEvent(record)), 's3');
            }
          });
          stops.push(async () => off());
        } else {
          const off = emulators.bus.subscribe((event) => {
            if (event['event-bus-name'] !== workflow.resources.eventBusName) return;
            if (trigger.source && !trigger.source.includes(event.source)) return;
            if (trigger.detailType && !trigger.detailType.includes(event['detail-type'])) return;
            start(applyInputTransformer(trigger.transformer, event), 'event');
          });
          stops.push(async () => off());
        }
      }
    }

    const waitForExecution = (
      match: (input: unknown) => boolean,
      timeoutMs = 30_000,
      exclude: ReadonlySet<Execution> = new Set(),
    ) =>
      new Promise<Execution>((resolve, reject) => {
        const existing = runtime.executions().find((e) => !exclude.has(e) && match(e.input));
        if (existing) return resolve(existing);
        const timer = setTimeout(() => {
          startedListeners.delete(listener);
          reject(new Error(`no matching execution started within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = (e: Execution) => {
          if (!match(e.input)) return;
          clearTimeout(timer);
          startedListeners.delete(listener);
          resolve(e);
        };
        startedListeners.add(listener);
      });

    const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3');
    const s3 = new S3Client({ forcePathStyle: true });
    const incomingPrefix = workflow.triggers.find((t) => t.kind === 's3')?.keyPrefix ?? 'incoming/';

    let stopped: Promise<void> | undefined;
    return {
      emulators,
      workflow,
      runtime,
      env,
      approvalBaseUrl,
      handlers,
      startExecution: (input, o) => start(input, 'api', o?.name),
      submitPackage: async (body, key = `${incomingPrefix}${randomUUID()}.json`) => {
        // Only a run this put starts: an earlier run of the same key is not it.
        const earlier = new Set(runtime.executions());
        const started = waitForExecution(
          (input) => (input as { packageRef?: { key?: string } } | null)?.packageRef?.key === key,
          30_000,
          earlier,
        );
        await s3.send(
          new PutObjectCommand({
            Bucket: workflow.resources.bucket,
            Key: key,
            Body: typeof body === 'string' ? body : JSON.stringify(body),
            ContentType: 'application/json',
          }),
        );
        return started;
      },
      waitForExecution,
      setFlag: async (state, percentage = 100, allowlist) => {
        const [{ flags }, { SKILL }] = await Promise.all([
          import('#adapters/flags'),
          import('#core/identity'),
        ]);
        await flags.get().putFlag({
          flag: SKILL.featureFlag,
          state,
          percentage,
          ...(allowlist ? { allowlist } : {}),
          updatedAt: new Date().toISOString(),
          updatedBy: 'local-runtime',
        });
      },
      stop: () => {
        stopped ??= (async () => {
          // Let running executions end (a waiting approval is aborted) before their stores go away.
          for (const e of runtime.executions()) if (e.status() === 'RUNNING') e.abort();
          await Promise.allSettled(runtime.executions().map((e) => e.result));
          s3.destroy();
          await Promise.allSettled(stops.map((s) => s()));
          await emulators.stop();
          for (const [key, value] of previousEnv) {
            if (value === undefined) delete process.env[key];
            else process.env[key] = value;
          }
        })();
        return stopped;
      },
    };
  } catch (error) {
    await Promise.allSettled(stops.map((s) => s()));
    await emulators.stop();
    for (const [key, value] of previousEnv) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    throw error;
  }
}

export type { Execution, HistoryEvent };
