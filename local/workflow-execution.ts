import { ExecutionError, type StateMachine } from 'aws-local-stepfunctions';
import { TaskTokenRegistry } from './sfn-endpoint.ts';
import { LOCAL_TIMEOUT_FIELD, type TaskPlan, valueAt } from './workflow-definition.ts';
import { lambdaInvoker, NamedError } from './workflow-lambda.ts';
import type {
  Execution,
  ExecutionResult,
  ExecutionStatus,
  HistoryEvent,
  WorkflowRuntimeOptions,
} from './workflow-types.ts';

/**
 * One execution of the local workflow runtime: the local handler of every Task state (a Lambda call, or
 * for `.waitForTaskToken` a Lambda call then a wait for SendTaskSuccess/Failure or the timeout), the run
 * in aws-local-stepfunctions, and its history and result.
 */

export interface ExecutionSetup {
  opts: WorkflowRuntimeOptions;
  machine: StateMachine;
  tasks: Map<string, TaskPlan>;
  tokens: TaskTokenRegistry;
  retryIntervalOverrides: Record<string, number | number[]> | undefined;
  stateMachineArn: string;
  stateMachineName: string;
  region: string;
  account: string;
  executionArn: string;
  name: string;
  input: unknown;
}

type CallLambda = ReturnType<typeof lambdaInvoker>;

/** What the Task handlers of one execution share. */
interface ExecutionScope {
  setup: ExecutionSetup;
  execution: Execution;
  callLambda: CallLambda;
  record(event: HistoryEvent): void;
  /** The token `$$.Task.Token` gave the current `.waitForTaskToken` state; its handler takes it. */
  token: { current?: string | undefined };
  /** Tokens issued and not yet settled: expired when the execution ends. */
  waiting: Set<string>;
}

// Library events reach us through an async generator, a little after the Lambda events recorded inline:
// order by time, and within one millisecond put "entered" before Lambda events before "exited/failed".
const RANK_FIRST = new Set(['ExecutionStarted', 'StateEntered']);
const RANK_LAMBDA = new Set([
  'LambdaInvoked',
  'LambdaSucceeded',
  'LambdaFailed',
  'TaskTokenIssued',
  'TaskTokenSettled',
]);
function ordered(history: HistoryEvent[]): HistoryEvent[] {
  const rank = (e: HistoryEvent) => (RANK_FIRST.has(e.type) ? 0 : RANK_LAMBDA.has(e.type) ? 1 : 2);
  return history
    .map((event, i) => ({ event, i }))
    .sort((a, b) => a.event.at - b.event.at || rank(a.event) - rank(b.event) || a.i - b.i)
    .map(({ event }) => event);
}

/**
 * The timer of a `.waitForTaskToken` state: the test override (real milliseconds), else the definition's
 * seconds on the runtime's clock, which a test may move forward (`LocalClock.advance`).
 */
function tokenTimeout(
  scope: ExecutionScope,
  state: string,
  token: string,
  seconds: number | undefined,
  startedAt: number | undefined,
): { timeout: Promise<never>; clear(): void } {
  const { opts, tokens } = scope.setup;
  const override =
    typeof opts.taskTokenTimeoutMs === 'function'
      ? opts.taskTokenTimeoutMs(scope.execution)
      : opts.taskTokenTimeoutMs;
  const timeoutMs = override ?? (seconds === undefined ? undefined : seconds * 1000);
  if (timeoutMs === undefined)
    return { timeout: new Promise<never>(() => undefined), clear: () => undefined };
  const deadline =
    override === undefined && opts.clock && startedAt !== undefined
      ? opts.clock.at(startedAt + timeoutMs)
      : realTimer(timeoutMs);
  const timeout = deadline.reached.then((): never => {
    tokens.expire(token);
    throw new NamedError('States.Timeout', `${state} waited ${timeoutMs} ms for its task token`);
  });
  // The race may have settled on the token first: a timeout nobody awaits must not be unhandled.
  timeout.catch(() => undefined);
  return { timeout, clear: deadline.cancel };
}

function realTimer(ms: number): { reached: Promise<void>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const reached = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return { reached, cancel: () => clearTimeout(timer) };
}

/** A `.waitForTaskToken` task: register the token, call the function, wait for the token or the timeout. */
async function waitForTaskToken(
  scope: ExecutionScope,
  state: string,
  task: TaskPlan,
  payload: unknown,
  seconds: number | undefined,
): Promise<unknown> {
  const { tokens, executionArn } = scope.setup;
  const token = scope.token.current;
  scope.token.current = undefined;
  if (!token || valueAt(payload, task.tokenPath ?? []) !== token) {
    throw new NamedError('States.Runtime', `${state}: the payload does not carry the task token`);
  }
  let resolve!: (output: unknown) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<unknown>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  tokens.register(token, { executionArn, stateName: state, resolve, reject });
  scope.waiting.add(token);
  scope.record({ type: 'TaskTokenIssued', at: Date.now(), state });
  // As in AWS, the timeout counts from the task's start, the function's invocation included.
  const startedAt = scope.setup.opts.clock?.now().getTime();
  try {
    await scope.callLambda(state, task.fn, payload);
  } catch (error) {
    tokens.expire(token);
    scope.waiting.delete(token);
    throw error;
  }
  const { timeout, clear } = tokenTimeout(scope, state, token, seconds, startedAt);
  try {
    const output = await Promise.race([promise, timeout]);
    scope.record({ type: 'TaskTokenSettled', at: Date.now(), state, outcome: 'success' });
    return output;
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const outcome = name === 'States.Timeout' ? 'timeout' : 'failure';
    scope.record({ type: 'TaskTokenSettled', at: Date.now(), state, outcome, error: name });
    throw error;
  } finally {
    clear();
    scope.waiting.delete(token);
  }
}

/** The local handler aws-local-stepfunctions calls for one Task state. */
function taskHandler(scope: ExecutionScope, state: string, task: TaskPlan) {
  return async (taskInput: unknown): Promise<unknown> => {
    let effective = taskInput;
    let seconds = task.timeoutSeconds;
    if (task.timeoutFromInput) {
      const { [LOCAL_TIMEOUT_FIELD]: fromPath, ...rest } = taskInput as Record<string, unknown>;
      seconds = fromPath as number;
      effective = rest;
    }
    const payload = task.invoke ? (effective as { Payload?: unknown }).Payload : effective;
    if (seconds !== undefined && (!Number.isInteger(seconds) || seconds < 1)) {
      throw new NamedError('States.Runtime', `${state}: TimeoutSecondsPath must select a positive integer`);
    }
    if (task.waitForToken) return waitForTaskToken(scope, state, task, payload, seconds);
    const result = await scope.callLambda(state, task.fn, payload);
    return task.invoke
      ? {
          ExecutedVersion: '$LATEST',
          Payload: result,
          StatusCode: 200,
          SdkHttpMetadata: { HttpStatusCode: 200 },
        }
      : result;
  };
}

/** The execution's result as the Step Functions API reports it. */
function resultOf(error: unknown): ExecutionResult {
  if (error instanceof ExecutionError && error.cause instanceof Error) {
    return { status: 'FAILED', error: error.cause.name, cause: error.cause.message };
  }
  if (error instanceof Error && error.name === 'ExecutionAbortedError') return { status: 'ABORTED' };
  return { status: 'FAILED', error: error instanceof Error ? error.name : 'Error', cause: String(error) };
}

/** Starts one execution in aws-local-stepfunctions; `result` settles once its history is complete. */
export function startLocalExecution(setup: ExecutionSetup): Execution {
  const { opts, executionArn, name, input, account, tokens } = setup;
  const history: HistoryEvent[] = [];
  let status: ExecutionStatus = 'RUNNING';
  const execution: Execution = {
    executionId: executionArn,
    executionArn,
    name,
    input,
    startedAt: new Date(),
    status: () => status,
    result: Promise.resolve({ status: 'ABORTED' }),
    events: () => ordered(history),
    abort: () => undefined,
  };
  const record = (event: HistoryEvent) => {
    history.push(event);
    opts.onEvent?.(execution, event);
  };
  const { handlers, lambdaTimeoutMs } = opts;
  const callLambda = lambdaInvoker({ region: setup.region, account, handlers, lambdaTimeoutMs, record });
  // Rotated by the handler that takes it, so a retry gets a new token (as in AWS).
  const scope: ExecutionScope = { setup, execution, callLambda, record, token: {}, waiting: new Set() };
  const localHandlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [state, task] of setup.tasks) localHandlers[state] = taskHandler(scope, state, task);

  const run = setup.machine.run(input as never, {
    overrides: {
      taskResourceLocalHandlers: localHandlers as never,
      ...(setup.retryIntervalOverrides ? { retryIntervalOverrides: setup.retryIntervalOverrides } : {}),
    },
    context: {
      Execution: { Id: executionArn, Name: name, RoleArn: `arn:aws:iam::${account}:role/local` },
      StateMachine: { Id: setup.stateMachineArn, Name: setup.stateMachineName },
      Task: {
        get Token() {
          scope.token.current ??= TaskTokenRegistry.newToken();
          return scope.token.current;
        },
      },
    },
  });
  execution.abort = run.abort;

  const drainEvents = (async () => {
    for await (const event of run.eventLogs) record({ ...event, at: event.timestamp } as HistoryEvent);
  })();
  execution.result = (async (): Promise<ExecutionResult> => {
    const result = await run.result.then(
      (output: unknown): ExecutionResult => ({ status: 'SUCCEEDED', output }),
      resultOf,
    );
    for (const token of scope.waiting) tokens.expire(token);
    await drainEvents;
    status = result.status;
    return result;
  })();
  return execution;
}
