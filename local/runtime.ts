import { randomUUID } from 'node:crypto';
import { systemClock } from '#adapters/clock';
import type { ThrottleLimits } from '#shared/front-door';
import { type ApprovalServer, startApprovalServer, type UrlHandler } from './approval-server.ts';
import { createLocalClock, type LocalClock } from './clock.ts';
import { type EmulatorOptions, type Emulators, startEmulators, updateEndpointsFile } from './emulators.ts';
import { loadSynthesizedWorkflow, type SynthesizedWorkflow } from './synth.ts';
import { wireTriggers } from './triggers.ts';
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
 * bus) + the approval callback's front door as a local HTTP server. Handlers run in this process and
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
  /** The clock of the Lambdas and the approval waits (default: real time, `createLocalClock()`). */
  clock?: LocalClock;
  /** Port of the approval server (default: a free one). */
  approvalPort?: number;
  /** The approval front door's throttle (default: the stage's, FRONT_DOOR_THROTTLE); 'off' at machine speed. */
  frontDoorThrottle?: ThrottleLimits | 'off';
  /** Start runs from S3 puts and bus events as the EventBridge rules do (default true). */
  triggers?: boolean;
  onEvent?: WorkflowRuntimeOptions['onEvent'];
  /** Called when an execution starts (trigger, StartExecution or direct). */
  onExecutionStarted?(execution: Execution, how: 's3' | 'event' | 'api'): void;
}

export interface LocalRuntime {
  emulators: Emulators;
  /** Every Lambda's clock and the approval waits' timer: `advance` it to reach a reminder or the timeout. */
  clock: LocalClock;
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

type Stop = () => Promise<void>;
type StartedHow = 's3' | 'event' | 'api';
type Start = (input: unknown, how: StartedHow, name?: string) => Execution;
type WaitForExecution = (
  match: (input: unknown) => boolean,
  timeoutMs?: number,
  exclude?: ReadonlySet<Execution>,
) => Promise<Execution>;

/** `process.env` changes that `restore` undoes: handlers read the environment, and tests share a process. */
function envOverlay() {
  const previous = new Map<string, string | undefined>();
  return {
    set(key: string, value: string): void {
      if (!previous.has(key)) previous.set(key, process.env[key]);
      process.env[key] = value;
    },
    unset(key: string): void {
      if (process.env[key] === undefined) return;
      previous.set(key, process.env[key]);
      delete process.env[key];
    },
    restore(): void {
      for (const [key, value] of previous) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    },
  };
}
type EnvOverlay = ReturnType<typeof envOverlay>;

/**
 * The deployed Lambdas' literal environment (sender, approver groups, Powertools names), then the local
 * endpoints and resource names over it, set on `process.env`; a developer's AWS profile is taken away.
 */
function setLambdaEnvironment(
  overlay: EnvOverlay,
  workflow: SynthesizedWorkflow,
  emulators: Emulators,
  opts: LocalRuntimeOptions,
): Record<string, string> {
  const env: Record<string, string> = {
    ...emulators.env,
    ...workflow.lambdaEnv,
    STATE_MACHINE_ARN: workflow.stateMachineArn,
    ...(opts.senderEmail ? { SENDER_EMAIL: opts.senderEmail } : {}),
    ...(opts.approverGroups ? { APPROVER_GROUPS: JSON.stringify(opts.approverGroups) } : {}),
  };
  for (const [k, v] of Object.entries(env)) overlay.set(k, v);
  overlay.unset('AWS_PROFILE');
  return env;
}

/** Handlers are imported only once the environment is set: their modules may read it when first loaded. */
async function loadHandlers(opts: LocalRuntimeOptions): Promise<Record<string, LambdaHandler>> {
  const baseHandlers =
    opts.handlers ??
    ((await import('../functions/handlers/index.ts')).HANDLERS as unknown as Record<string, LambdaHandler>);
  const handlers: Record<string, LambdaHandler> = {};
  for (const [name, handler] of Object.entries(baseHandlers)) {
    handlers[name] = opts.wrapHandler ? opts.wrapHandler(name, handler) : handler;
  }
  return handlers;
}

/** The approval callback's front door as a local server; its URL becomes APPROVAL_BASE_URL. */
async function startApprovalCallback(
  handlers: Record<string, LambdaHandler>,
  env: Record<string, string>,
  overlay: EnvOverlay,
  opts: LocalRuntimeOptions,
  stops: Stop[],
): Promise<string> {
  const callback = handlers['approval-callback'];
  let approval: ApprovalServer | undefined;
  if (callback) {
    approval = await startApprovalServer(callback as unknown as UrlHandler, {
      ...(opts.approvalPort === undefined ? {} : { port: opts.approvalPort }),
      ...(opts.frontDoorThrottle === undefined ? {} : { throttle: opts.frontDoorThrottle }),
    });
    stops.push(approval.close);
  }
  const approvalBaseUrl = approval?.url ?? opts.approvalBaseUrl ?? env.APPROVAL_BASE_URL ?? '';
  env.APPROVAL_BASE_URL = approvalBaseUrl;
  overlay.set('APPROVAL_BASE_URL', approvalBaseUrl);
  return approvalBaseUrl;
}

/** The state machine over the handlers, with a `start` that tells the caller and any waiter. */
function createExecutions(
  workflow: SynthesizedWorkflow,
  emulators: Emulators,
  handlers: Record<string, LambdaHandler>,
  opts: LocalRuntimeOptions,
  clock: LocalClock,
): { runtime: WorkflowRuntime; start: Start; waitForExecution: WaitForExecution } {
  const startedListeners = new Set<(e: Execution) => void>();
  const runtime = createWorkflowRuntime({
    definition: workflow.definition,
    functionOf: (target) => workflow.functionByArn[target] ?? (handlers[target] ? target : undefined),
    handlers,
    tokens: emulators.sfn.tokens,
    stateMachineArn: workflow.stateMachineArn,
    clock,
    ...(opts.retryIntervalMs !== undefined ? { retryIntervalMs: opts.retryIntervalMs } : {}),
    ...(opts.taskTokenTimeoutMs !== undefined ? { taskTokenTimeoutMs: opts.taskTokenTimeoutMs } : {}),
    ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
  });
  const start: Start = (input, how, name) => {
    const execution = runtime.startExecution(input, name ? { name } : {});
    opts.onExecutionStarted?.(execution, how);
    for (const listener of startedListeners) listener(execution);
    return execution;
  };
  const waitForExecution: WaitForExecution = (match, timeoutMs = 30_000, exclude = new Set()) =>
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
  return { runtime, start, waitForExecution };
}

/** StartExecution / DescribeExecution through the local SFN endpoint (e.g. a CLI or a Lambda). */
function serveSfnApi(
  emulators: Emulators,
  workflow: SynthesizedWorkflow,
  runtime: WorkflowRuntime,
  start: Start,
): void {
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
}

/** Put a package under the incoming prefix as a user does; resolves with the run that put starts. */
async function packageSubmitter(
  workflow: SynthesizedWorkflow,
  runtime: WorkflowRuntime,
  waitForExecution: WaitForExecution,
): Promise<{ submitPackage: LocalRuntime['submitPackage']; close(): void }> {
  const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client({ forcePathStyle: true });
  const incomingPrefix = workflow.triggers.find((t) => t.kind === 's3')?.keyPrefix ?? 'incoming/';
  return {
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
    close: () => s3.destroy(),
  };
}

/** The feature flag record, written through the flags adapter as an operator would. */
async function setFlag(
  state: 'off' | 'shadow' | 'on',
  percentage = 100,
  allowlist?: string[],
): Promise<void> {
  const [{ flags }, { SKILL }] = await Promise.all([import('#adapters/flags'), import('#core/identity')]);
  await flags.get().putFlag({
    flag: SKILL.featureFlag,
    state,
    percentage,
    ...(allowlist ? { allowlist } : {}),
    updatedAt: new Date().toISOString(),
    updatedBy: 'local-runtime',
  });
}

/** Servers and subscriptions first, then the emulators, then the environment as it was. */
async function tearDown(stops: Stop[], emulators: Emulators, overlay: EnvOverlay): Promise<void> {
  await Promise.allSettled(stops.map((s) => s()));
  await emulators.stop();
  overlay.restore();
}

export async function startLocalRuntime(opts: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const workflow = opts.workflow ?? (await loadSynthesizedWorkflow());
  const emulators = await startEmulators({ ...opts, resources: workflow.resources });
  const stops: Stop[] = [];
  const overlay = envOverlay();
  try {
    const env = setLambdaEnvironment(overlay, workflow, emulators, opts);
    const clock = opts.clock ?? createLocalClock();
    const restoreClock = systemClock.use(() => clock.now());
    stops.push(async () => restoreClock());
    const handlers = await loadHandlers(opts);
    const approvalBaseUrl = await startApprovalCallback(handlers, env, overlay, opts, stops);
    // `handoff doctor --local` checks the callback URL the links point to.
    if (!emulators.ephemeral)
      await updateEndpointsFile(emulators.dataDir, { APPROVAL_BASE_URL: approvalBaseUrl });
    const { runtime, start, waitForExecution } = createExecutions(workflow, emulators, handlers, opts, clock);
    serveSfnApi(emulators, workflow, runtime, start);
    if (opts.triggers !== false) wireTriggers(emulators, workflow, start, stops);
    const submitter = await packageSubmitter(workflow, runtime, waitForExecution);

    let stopped: Promise<void> | undefined;
    return {
      emulators,
      clock,
      workflow,
      runtime,
      env,
      approvalBaseUrl,
      handlers,
      startExecution: (input, o) => start(input, 'api', o?.name),
      submitPackage: submitter.submitPackage,
      waitForExecution,
      setFlag,
      stop: () => {
        stopped ??= (async () => {
          // Let running executions end (a waiting approval is aborted) before their stores go away.
          for (const e of runtime.executions()) if (e.status() === 'RUNNING') e.abort();
          await Promise.allSettled(runtime.executions().map((e) => e.result));
          submitter.close();
          await tearDown(stops, emulators, overlay);
        })();
        return stopped;
      },
    };
  } catch (error) {
    await tearDown(stops, emulators, overlay);
    throw error;
  }
}

export type { Execution, HistoryEvent };
