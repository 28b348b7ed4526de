import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { ExecutionError, StateMachine } from 'aws-local-stepfunctions';
import { TaskTokenRegistry } from './sfn-endpoint.ts';

/**
 * Runs a state machine definition (the synthesized one, see `synth.ts`) in-process with
 * aws-local-stepfunctions, every Lambda task calling the REAL handler with the payload the definition
 * builds. What AWS does around a Lambda task and the library does not, this module does:
 * - `lambda:invoke` unwrapping (`{FunctionName, Payload}` in, `{Payload, StatusCode}` out) and direct ARNs;
 * - a handler's thrown error becomes the task error named `error.name`, Cause the Lambda error JSON;
 * - `.waitForTaskToken`: a fresh token at `$$.Task.Token`, the task waits for SendTaskSuccess/Failure on
 *   the local SFN endpoint, `TimeoutSeconds(Path)` ends it with `States.Timeout`;
 * - the execution history (states, Lambda attempts, retries, catches) for tests and the console.
 */

/** An event of aws-local-stepfunctions' execution log (its type is not exported). */
export type EventLog = Exclude<
  Awaited<ReturnType<ReturnType<StateMachine['run']>['eventLogs']['next']>>['value'],
  undefined
>;

/** A Lambda handler as the HANDLERS record exports it (middy-wrapped, async). */
export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

// The definition types of aws-local-stepfunctions are not exported; this is the part we read.
export interface AslState {
  Type: string;
  Resource?: string;
  Parameters?: Record<string, unknown>;
  Retry?: { ErrorEquals: string[]; [field: string]: unknown }[];
  TimeoutSeconds?: number;
  TimeoutSecondsPath?: string;
  [field: string]: unknown;
}
export interface AslDefinition {
  StartAt: string;
  States: Record<string, AslState>;
  TimeoutSeconds?: number;
  [field: string]: unknown;
}

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';

export interface ExecutionResult {
  status: 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  output?: unknown;
  error?: string;
  cause?: string;
}

/** One entry of the execution history: the library's events plus the Lambda and token events of this runtime. */
export type HistoryEvent =
  | (EventLog & { at: number })
  | { type: 'LambdaInvoked'; at: number; state: string; function: string; attempt: number }
  | {
      type: 'LambdaSucceeded';
      at: number;
      state: string;
      function: string;
      attempt: number;
      durationMs: number;
    }
  | {
      type: 'LambdaFailed';
      at: number;
      state: string;
      function: string;
      attempt: number;
      error: string;
      message: string;
      durationMs: number;
    }
  | { type: 'TaskTokenIssued'; at: number; state: string }
  | {
      type: 'TaskTokenSettled';
      at: number;
      state: string;
      outcome: 'success' | 'failure' | 'timeout';
      error?: string;
    };

export interface Execution {
  executionId: string;
  executionArn: string;
  name: string;
  input: unknown;
  startedAt: Date;
  status(): ExecutionStatus;
  result: Promise<ExecutionResult>;
  /** The history so far, in order. */
  events(): HistoryEvent[];
  abort(): void;
}

export interface WorkflowRuntimeOptions {
  /** Definition with resources already resolved to local ARNs (see `synth.ts`). */
  definition: AslDefinition;
  /** The function a resolved Lambda ARN or function name designates. */
  functionOf(arnOrName: string): string | undefined;
  /** Handler per function name (default: the real HANDLERS, given by the caller). */
  handlers: Record<string, LambdaHandler>;
  /** Shared with the local SFN endpoint, which settles the tokens. */
  tokens?: TaskTokenRegistry;
  stateMachineArn?: string;
  /**
   * Delay before each retry, in ms: one number for every retrier of every state, or per state name (a
   * number, or one per retrier). Omit for the definition's real schedule (1 s, 2 s, 4 s).
   */
  retryIntervalMs?: number | Record<string, number | number[]>;
  /**
   * Shortens a `.waitForTaskToken` timeout (ms) instead of the definition's TimeoutSeconds(Path): one value
   * for every execution, or decided per execution (undefined keeps the definition's timeout).
   */
  taskTokenTimeoutMs?: number | ((execution: Execution) => number | undefined);
  /** Remaining-time budget reported to handlers by `context.getRemainingTimeInMillis()`. */
  lambdaTimeoutMs?: number;
  /** Called for every history event as it happens (the console printer uses it). */
  onEvent?(execution: Execution, event: HistoryEvent): void;
}

export interface WorkflowRuntime {
  readonly stateMachineArn: string;
  readonly tokens: TaskTokenRegistry;
  startExecution(input: unknown, opts?: { name?: string }): Execution;
  executions(): Execution[];
  get(executionArn: string): Execution | undefined;
  /** Settles when every execution started so far has ended. */
  idle(): Promise<void>;
}

const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';
const WAIT_FOR_TOKEN = '.waitForTaskToken';
const MAX_PAYLOAD_BYTES = 256 * 1024;
/** Parameters field carrying a waitForTaskToken state's TimeoutSecondsPath value to its local handler. */
const LOCAL_TIMEOUT_FIELD = '__localTaskTimeoutSeconds';
/** Largest timeout a Node timer holds (2^31 - 1 ms): the library's own timer for such states. */
const MAX_TIMER_SECONDS = 2_147_483;

/** An error as the Lambda service reports a handler's failure to Step Functions. */
class LambdaFunctionError extends Error {
  constructor(error: unknown) {
    const errorType = error instanceof Error ? error.name : 'Error';
    const errorMessage = error instanceof Error ? error.message : String(error);
    const trace = error instanceof Error ? (error.stack ?? '').split('\n') : [];
    // Step Functions' Cause for a Lambda error is this JSON document.
    super(JSON.stringify({ errorType, errorMessage, trace }));
    this.name = errorType;
  }
}

class NamedError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

function localArnParts(stateMachineArn: string): { region: string; account: string } {
  const [, , , region = 'us-east-1', account = '000000000000'] = stateMachineArn.split(':');
  return { region, account };
}

/** The key of a Parameters template whose value is `$$.Task.Token` (where the router finds its token). */
function findTokenPath(template: unknown, path: string[] = []): string[] | undefined {
  if (!template || typeof template !== 'object') return undefined;
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$') && value === '$$.Task.Token') return [...path, key.slice(0, -2)];
    const nested = findTokenPath(value, [...path, key]);
    if (nested) return nested;
  }
  return undefined;
}

function valueAt(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (const key of path)
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
  return cur;
}

function retryOverrides(
  definition: AslDefinition,
  spec: WorkflowRuntimeOptions['retryIntervalMs'],
): Record<string, number | number[]> | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec !== 'number') return spec;
  const out: Record<string, number> = {};
  for (const [name, state] of Object.entries(definition.States)) if (state.Retry) out[name] = spec;
  return out;
}

/**
 * aws-local-stepfunctions evaluates TimeoutSecondsPath against the task's Parameters output, AWS against
 * the state input. For a waitForTaskToken state the local copy therefore carries the path's value in an
 * extra Parameters field (evaluated against the state input, as AWS does) for the local handler, which
 * enforces the timeout itself (and can be shortened in tests); the library's own timer is set out of reach.
 */
export function localDefinition(definition: AslDefinition): AslDefinition {
  const copy = structuredClone(definition);
  for (const state of Object.values(copy.States)) {
    if (state.Type !== 'Task' || !state.Resource?.endsWith(WAIT_FOR_TOKEN)) continue;
    if (state.TimeoutSecondsPath) {
      state.Parameters = { ...state.Parameters, [`${LOCAL_TIMEOUT_FIELD}.$`]: state.TimeoutSecondsPath };
      delete state.TimeoutSecondsPath;
      state.TimeoutSeconds = MAX_TIMER_SECONDS;
    }
  }
  return copy;
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

export function createWorkflowRuntime(opts: WorkflowRuntimeOptions): WorkflowRuntime {
  const stateMachineArn =
    opts.stateMachineArn ?? 'arn:aws:states:us-east-1:000000000000:stateMachine:handoff-local';
  const { region, account } = localArnParts(stateMachineArn);
  const stateMachineName = stateMachineArn.split(':').pop() ?? 'handoff-local';
  const tokens = opts.tokens ?? new TaskTokenRegistry();
  const all = new Map<string, Execution>();
  const overrides = retryOverrides(opts.definition, opts.retryIntervalMs);

  // Which function each Task state calls, decided once from the definition.
  const tasks = new Map<
    string,
    {
      fn: string;
      invoke: boolean;
      waitForToken: boolean;
      tokenPath?: string[];
      timeoutSeconds?: number;
      timeoutFromInput?: boolean;
    }
  >();
  for (const [name, state] of Object.entries(opts.definition.States)) {
    if (state.Type !== 'Task' || !state.Resource) continue;
    const invoke = state.Resource === LAMBDA_INVOKE || state.Resource === LAMBDA_INVOKE + WAIT_FOR_TOKEN;
    const target = invoke ? String(state.Parameters?.FunctionName ?? '') : state.Resource;
    const fn = opts.functionOf(target);
    if (!fn) throw new Error(`Task state ${name}: no local handler for resource ${target}`);
    if (!opts.handlers[fn]) throw new Error(`Task state ${name}: function ${fn} has no handler`);
    const waitForToken = state.Resource.endsWith(WAIT_FOR_TOKEN);
    // Where the handler finds the token, in the payload it receives (unwrapped from lambda:invoke).
    const tokenPath = waitForToken
      ? findTokenPath(invoke ? state.Parameters?.Payload : state.Parameters)
      : undefined;
    if (waitForToken && !tokenPath)
      throw new Error(`Task state ${name}: waitForTaskToken without $$.Task.Token`);
    tasks.set(name, {
      fn,
      invoke,
      waitForToken,
      ...(tokenPath ? { tokenPath } : {}),
      ...(waitForToken && state.TimeoutSeconds ? { timeoutSeconds: state.TimeoutSeconds } : {}),
      ...(waitForToken && state.TimeoutSecondsPath ? { timeoutFromInput: true } : {}),
    });
  }
  const machine = new StateMachine(localDefinition(opts.definition) as never, {
    validationOptions: { checkPaths: true, checkArn: true },
  });

  const startExecution = (input: unknown, startOpts: { name?: string } = {}): Execution => {
    const name = startOpts.name ?? randomUUID();
    const executionArn = `arn:aws:states:${region}:${account}:execution:${stateMachineName}:${name}`;
    if (all.has(executionArn))
      throw new NamedError('ExecutionAlreadyExists', `Execution already exists: ${executionArn}`);
    const history: HistoryEvent[] = [];
    const attempts = new Map<string, number>();
    let status: ExecutionStatus = 'RUNNING';
    // The token the current `.waitForTaskToken` state's Parameters read from `$$.Task.Token`; rotated by
    // its handler, so a retry gets a new one (as in AWS).
    let currentToken: string | undefined;
    const waiting = new Set<string>();

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

    const callLambda = async (state: string, fn: string, payload: unknown): Promise<unknown> => {
      const attempt = (attempts.get(state) ?? 0) + 1;
      attempts.set(state, attempt);
      const handler = opts.handlers[fn] as LambdaHandler;
      const timeoutMs = opts.lambdaTimeoutMs ?? 30_000;
      const started = performance.now();
      const context = {
        functionName: fn,
        functionVersion: '$LATEST',
        invokedFunctionArn: `arn:aws:lambda:${region}:${account}:function:${fn}`,
        memoryLimitInMB: '512',
        awsRequestId: randomUUID(),
        logGroupName: `/aws/lambda/${fn}`,
        logStreamName: 'local',
        callbackWaitsForEmptyEventLoop: true,
        getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (performance.now() - started)),
        done: () => undefined,
        fail: () => undefined,
        succeed: () => undefined,
      } satisfies Context;
      record({ type: 'LambdaInvoked', at: Date.now(), state, function: fn, attempt });
      try {
        // The Lambda service hands the handler a JSON copy and serializes what it returns.
        const result = await handler(structuredClone(payload), context);
        const json = result === undefined ? 'null' : JSON.stringify(result);
        if (Buffer.byteLength(json) > MAX_PAYLOAD_BYTES) {
          throw new NamedError('States.DataLimitExceeded', `The ${fn} result exceeds 256 KB`);
        }
        record({
          type: 'LambdaSucceeded',
          at: Date.now(),
          state,
          function: fn,
          attempt,
          durationMs: Math.round(performance.now() - started),
        });
        return JSON.parse(json) as unknown;
      } catch (error) {
        const failure = error instanceof NamedError ? error : new LambdaFunctionError(error);
        record({
          type: 'LambdaFailed',
          at: Date.now(),
          state,
          function: fn,
          attempt,
          error: failure.name,
          message: error instanceof Error ? error.message : String(error),
          durationMs: Math.round(performance.now() - started),
        });
        throw failure;
      }
    };

    const localHandlers: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const [state, task] of tasks) {
      localHandlers[state] = async (taskInput: unknown) => {
        let effective = taskInput;
        let seconds = task.timeoutSeconds;
        if (task.timeoutFromInput) {
          const { [LOCAL_TIMEOUT_FIELD]: fromPath, ...rest } = taskInput as Record<string, unknown>;
          seconds = fromPath as number;
          effective = rest;
        }
        const payload = task.invoke ? (effective as { Payload?: unknown }).Payload : effective;
        if (seconds !== undefined && (!Number.isInteger(seconds) || seconds < 1)) {
          throw new NamedError(
            'States.Runtime',
            `${state}: TimeoutSecondsPath must select a positive integer`,
          );
        }
        if (!task.waitForToken) {
          const result = await callLambda(state, task.fn, payload);
          return task.invoke
            ? {
                ExecutedVersion: '$LATEST',
                Payload: result,
                StatusCode: 200,
                SdkHttpMetadata: { HttpStatusCode: 200 },
              }
            : result;
        }
        const token = currentToken;
        currentToken = undefined;
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
        waiting.add(token);
        record({ type: 'TaskTokenIssued', at: Date.now(), state });
        try {
          await callLambda(state, task.fn, payload);
        } catch (error) {
          tokens.expire(token);
          waiting.delete(token);
          throw error;
        }
        const override =
          typeof opts.taskTokenTimeoutMs === 'function'
            ? opts.taskTokenTimeoutMs(execution)
            : opts.taskTokenTimeoutMs;
        const timeoutMs = override ?? (seconds === undefined ? undefined : seconds * 1000);
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, rejectTimeout) => {
          if (timeoutMs === undefined) return;
          timer = setTimeout(() => {
            tokens.expire(token);
            rejectTimeout(
              new NamedError('States.Timeout', `${state} waited ${timeoutMs} ms for its task token`),
            );
          }, timeoutMs);
        });
        try {
          const output = await Promise.race([promise, timeout]);
          record({ type: 'TaskTokenSettled', at: Date.now(), state, outcome: 'success' });
          return output;
        } catch (error) {
          const name = error instanceof Error ? error.name : 'Error';
          record({
            type: 'TaskTokenSettled',
            at: Date.now(),
            state,
            outcome: name === 'States.Timeout' ? 'timeout' : 'failure',
            error: name,
          });
          throw error;
        } finally {
          clearTimeout(timer);
          waiting.delete(token);
        }
      };
    }

    const run = machine.run(input as never, {
      overrides: {
        taskResourceLocalHandlers: localHandlers as never,
        ...(overrides ? { retryIntervalOverrides: overrides } : {}),
      },
      context: {
        Execution: { Id: executionArn, Name: name, RoleArn: `arn:aws:iam::${account}:role/local` },
        StateMachine: { Id: stateMachineArn, Name: stateMachineName },
        Task: {
          get Token() {
            currentToken ??= TaskTokenRegistry.newToken();
            return currentToken;
          },
        },
      },
    });
    execution.abort = run.abort;

    const drainEvents = (async () => {
      for await (const event of run.eventLogs) {
        record({ ...event, at: event.timestamp } as HistoryEvent);
      }
    })();

    execution.result = (async (): Promise<ExecutionResult> => {
      let result: ExecutionResult;
      try {
        const output = await run.result;
        result = { status: 'SUCCEEDED', output };
      } catch (error) {
        if (error instanceof ExecutionError && error.cause instanceof Error) {
          result = { status: 'FAILED', error: error.cause.name, cause: error.cause.message };
        } else if (error instanceof Error && error.name === 'ExecutionAbortedError') {
          result = { status: 'ABORTED' };
        } else {
          result = {
            status: 'FAILED',
            error: error instanceof Error ? error.name : 'Error',
            cause: String(error),
          };
        }
      }
      for (const token of waiting) tokens.expire(token);
      await drainEvents;
      status = result.status;
      return result;
    })();

    all.set(executionArn, execution);
    return execution;
  };

  return {
    stateMachineArn,
    tokens,
    startExecution,
    executions: () => [...all.values()],
    get: (arn) => all.get(arn),
    idle: async () => {
      // Executions may start others while we wait (e.g. a trigger): loop until none is running.
      for (;;) {
        const running = [...all.values()].filter((e) => e.status() === 'RUNNING');
        if (running.length === 0) return;
        await Promise.all(running.map((e) => e.result));
      }
    },
  };
}
