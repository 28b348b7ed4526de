import { randomBytes } from 'node:crypto';
import { AwsServiceError, type Operation, startAwsJsonServer } from './aws-json-server.ts';

/**
 * The part of Step Functions the Lambdas call back into, over JSON 1.0 as `@aws-sdk/client-sfn` speaks it:
 * `SendTaskSuccess` / `SendTaskFailure` / `SendTaskHeartbeat` settle the pending `.waitForTaskToken` task
 * of a local execution by its token. Unknown, settled or timed-out tokens get the errors AWS returns.
 * `StartExecution` / `DescribeExecution` are served when the local workflow runtime attaches itself.
 */

/** How a task token callback ended a waiting task. */
export class TaskCallbackError extends Error {
  constructor(errorName: string, cause: string) {
    super(cause);
    this.name = errorName;
  }
}

export interface PendingTask {
  executionArn: string;
  stateName: string;
  resolve(output: unknown): void;
  reject(error: Error): void;
}

type TokenState =
  | { status: 'pending'; task: PendingTask; heartbeats: number }
  | { status: 'settled' | 'timed-out' };

/** The tokens of the tasks currently waiting, shared by the local runtime and the callback endpoint. */
export class TaskTokenRegistry {
  readonly #tokens = new Map<string, TokenState>();

  /** A fresh opaque token (never derived from anything guessable), not yet waiting. */
  static newToken(): string {
    return randomBytes(96).toString('base64');
  }

  /** Issue a fresh token for a waiting task. */
  issue(task: PendingTask): string {
    const token = TaskTokenRegistry.newToken();
    this.register(token, task);
    return token;
  }

  /** Make a token (already handed to the task's Lambda in its payload) settle `task`. */
  register(token: string, task: PendingTask): void {
    if (this.#tokens.has(token)) throw new Error('task token registered twice');
    this.#tokens.set(token, { status: 'pending', task, heartbeats: 0 });
  }

  succeed(token: string, output: unknown): void {
    this.#settle(token).resolve(output);
  }

  fail(token: string, errorName: string, cause: string): void {
    this.#settle(token).reject(new TaskCallbackError(errorName, cause));
  }

  heartbeat(token: string): void {
    const state = this.#require(token);
    state.heartbeats += 1;
  }

  /** The task stopped waiting (timeout, abort): later callbacks get `TaskTimedOut`, as in AWS. */
  expire(token: string): void {
    if (this.#tokens.get(token)?.status === 'pending') this.#tokens.set(token, { status: 'timed-out' });
  }

  pending(): { token: string; executionArn: string; stateName: string }[] {
    const out: { token: string; executionArn: string; stateName: string }[] = [];
    for (const [token, state] of this.#tokens) {
      if (state.status === 'pending')
        out.push({ token, executionArn: state.task.executionArn, stateName: state.task.stateName });
    }
    return out;
  }

  #require(token: string): { status: 'pending'; task: PendingTask; heartbeats: number } {
    const state = this.#tokens.get(token);
    if (!state) throw new AwsServiceError('TaskDoesNotExist', 'Task does not exist anymore');
    if (state.status !== 'pending') throw new AwsServiceError('TaskTimedOut', 'Task Timed Out');
    return state;
  }

  #settle(token: string): PendingTask {
    const { task } = this.#require(token);
    this.#tokens.set(token, { status: 'settled' });
    return task;
  }
}

/** What the local runtime plugs in to serve StartExecution / DescribeExecution. */
export interface ExecutionService {
  start(input: { stateMachineArn: string; name?: string; input?: string }): {
    executionArn: string;
    startDate: Date;
  };
  describe(executionArn: string): Record<string, unknown>;
}

export interface LocalSfnEndpoint {
  url: string;
  tokens: TaskTokenRegistry;
  /** Attach the local workflow runtime (StartExecution / DescribeExecution). */
  attach(service: ExecutionService): void;
  close(): Promise<void>;
}

const MAX_PAYLOAD_BYTES = 256 * 1024;

function requireToken(input: Record<string, unknown>): string {
  const token = input.taskToken;
  if (typeof token !== 'string' || token.length === 0 || token.length > 2048) {
    throw new AwsServiceError('InvalidToken', 'Invalid Token');
  }
  return token;
}

export async function startLocalSfnEndpoint(tokens = new TaskTokenRegistry()): Promise<LocalSfnEndpoint> {
  let service: ExecutionService | undefined;
  const requireService = () => {
    if (!service) throw new AwsServiceError('StateMachineDoesNotExist', 'No local state machine is running');
    return service;
  };

  const operations: Record<string, Operation> = {
    SendTaskSuccess: (input) => {
      const token = requireToken(input);
      const output = typeof input.output === 'string' ? input.output : '';
      if (Buffer.byteLength(output) > MAX_PAYLOAD_BYTES) {
        throw new AwsServiceError('InvalidOutput', 'Output exceeds the 262144 bytes limit');
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(output);
      } catch {
        throw new AwsServiceError('InvalidOutput', 'Invalid Output: output is not valid JSON');
      }
      tokens.succeed(token, parsed);
      return {};
    },
    SendTaskFailure: (input) => {
      const token = requireToken(input);
      const errorName =
        typeof input.error === 'string' && input.error !== '' ? input.error : 'States.TaskFailed';
      tokens.fail(token, errorName, typeof input.cause === 'string' ? input.cause : '');
      return {};
    },
    SendTaskHeartbeat: (input) => {
      tokens.heartbeat(requireToken(input));
      return {};
    },
    StartExecution: (input) => {
      if (typeof input.stateMachineArn !== 'string') {
        throw new AwsServiceError('ValidationException', 'stateMachineArn is required');
      }
      const started = requireService().start({
        stateMachineArn: input.stateMachineArn,
        ...(typeof input.name === 'string' ? { name: input.name } : {}),
        ...(typeof input.input === 'string' ? { input: input.input } : {}),
      });
      // JSON 1.0 timestamps are epoch seconds.
      return { executionArn: started.executionArn, startDate: started.startDate.getTime() / 1000 };
    },
    DescribeExecution: (input) => {
      if (typeof input.executionArn !== 'string') {
        throw new AwsServiceError('ValidationException', 'executionArn is required');
      }
      return requireService().describe(input.executionArn);
    },
  };

  const running = await startAwsJsonServer({
    targetPrefix: 'AWSStepFunctions',
    jsonVersion: '1.0',
    operations,
    errorNamespace: 'com.amazonaws.swf.service.v2.model',
  });

  return {
    url: running.url,
    tokens,
    attach: (s) => {
      service = s;
    },
    close: () => running.close(),
  };
}
