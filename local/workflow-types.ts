import type { Context } from 'aws-lambda';
import type { StateMachine } from 'aws-local-stepfunctions';
import type { LocalClock } from './clock.ts';
import type { TaskTokenRegistry } from './sfn-endpoint.ts';

/** The types of the local workflow runtime (`workflow.ts`), shared by its parts and its callers. */

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
  /**
   * The clock `.waitForTaskToken` timeouts run on (default: real time); tests move it forward to reach an
   * approval's checkpoints and its timeout without sleeping. `taskTokenTimeoutMs` stays in real time.
   */
  clock?: Pick<LocalClock, 'now' | 'at'>;
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
