import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { HistoryEvent, LambdaHandler } from './workflow-types.ts';

/**
 * A Lambda invocation as the local workflow runtime makes it: the handler gets a JSON copy of the payload
 * and a Lambda context, its result is serialized (256 KB at most), and a thrown error becomes the task
 * error named `error.name` with the Lambda error JSON as Cause. Every attempt is in the history.
 */

const MAX_PAYLOAD_BYTES = 256 * 1024;

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

export class NamedError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export interface LambdaInvokerOptions {
  region: string;
  account: string;
  handlers: Record<string, LambdaHandler>;
  /** Remaining-time budget reported by `context.getRemainingTimeInMillis()` (default 30 s). */
  lambdaTimeoutMs?: number | undefined;
  record(event: HistoryEvent): void;
}

function lambdaContext(fn: string, opts: LambdaInvokerOptions, started: number): Context {
  const timeoutMs = opts.lambdaTimeoutMs ?? 30_000;
  return {
    functionName: fn,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${opts.region}:${opts.account}:function:${fn}`,
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
}

/** Calls a function's handler for a Task state of one execution (attempts are counted per state). */
export function lambdaInvoker(
  opts: LambdaInvokerOptions,
): (state: string, fn: string, payload: unknown) => Promise<unknown> {
  const attempts = new Map<string, number>();
  return async (state, fn, payload) => {
    const attempt = (attempts.get(state) ?? 0) + 1;
    attempts.set(state, attempt);
    const handler = opts.handlers[fn] as LambdaHandler;
    const started = performance.now();
    const context = lambdaContext(fn, opts, started);
    const base = { state, function: fn, attempt };
    opts.record({ type: 'LambdaInvoked', at: Date.now(), ...base });
    try {
      // The Lambda service hands the handler a JSON copy and serializes what it returns.
      const result = await handler(structuredClone(payload), context);
      const json = result === undefined ? 'null' : JSON.stringify(result);
      if (Buffer.byteLength(json) > MAX_PAYLOAD_BYTES) {
        throw new NamedError('States.DataLimitExceeded', `The ${fn} result exceeds 256 KB`);
      }
      const durationMs = Math.round(performance.now() - started);
      opts.record({ type: 'LambdaSucceeded', at: Date.now(), ...base, durationMs });
      return JSON.parse(json) as unknown;
    } catch (error) {
      const failure = error instanceof NamedError ? error : new LambdaFunctionError(error);
      opts.record({
        type: 'LambdaFailed',
        at: Date.now(),
        ...base,
        error: failure.name,
        message: error instanceof Error ? error.message : String(error),
        durationMs: Math.round(performance.now() - started),
      });
      throw failure;
    }
  };
}
