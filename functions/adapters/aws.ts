import {
  isServerError,
  isThrottlingError,
  isTransientError,
  StandardRetryStrategy,
} from '@smithy/core/retry';
import { SDK_BUDGET } from '#core/identity';
import { TransientDependencyError } from '#shared/errors';

/**
 * Shared SDK configuration of every adapter. Endpoints are never set here: the SDK reads the standard
 * `AWS_ENDPOINT_URL_<SERVICE>` variables, so AWS and the local stack run the same code path.
 */

export interface ClientConfig {
  retryStrategy: StandardRetryStrategy;
  requestHandler: { connectionTimeout: number; requestTimeout: number; throwOnRequestTimeout: true };
}

/**
 * Every SDK client's small budget (SDK_BUDGET): the standard strategy (full jitter, so executions that fail
 * together do not retry in step), 2 attempts, and connection / request timeouts. The card's 4-attempt policy
 * lives at the state level only; a timeout surfaces as TimeoutError, which `isTransient` maps for that retry.
 */
export function clientConfig(): ClientConfig {
  return {
    retryStrategy: new StandardRetryStrategy(SDK_BUDGET.maxAttempts),
    requestHandler: {
      connectionTimeout: SDK_BUDGET.connectionTimeoutMs,
      requestTimeout: SDK_BUDGET.requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
  };
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

interface SdkLikeError {
  name?: string;
  code?: string;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: number };
  cause?: unknown;
  CancellationReasons?: { Code?: string }[];
}

/** Reasons a DynamoDB transaction (or an item write racing one) is refused that go away on a retry. */
const TRANSIENT_CANCELLATIONS = new Set([
  'TransactionConflict',
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
]);

/** The cancellation reason codes of a TransactionCanceledException, one per item in request order. */
export function cancellationCodes(error: unknown): string[] {
  const reasons = (error as SdkLikeError | null)?.CancellationReasons ?? [];
  return reasons.map((r) => r.Code ?? 'None');
}

/**
 * A write refused because another transaction held one of its items at that moment (TransactionConflict as a
 * cancellation reason, or TransactionConflictException on a plain write): the SDK does not retry these.
 */
export function isTransactionConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as SdkLikeError;
  if (e.name === 'TransactionConflictException') return true;
  return (
    e.name === 'TransactionCanceledException' &&
    cancellationCodes(e).some((c) => TRANSIENT_CANCELLATIONS.has(c))
  );
}

/** Throttling, 5xx, timeouts and network errors: worth another try at the state level. */
export function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as SdkLikeError;
  if (e.$retryable || isTransactionConflict(error)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  if (e.code !== undefined && NETWORK_CODES.has(e.code)) return true;
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return true;
  try {
    // biome-ignore lint/suspicious/noExplicitAny: the smithy classifiers accept any SDK error shape.
    const sdk = error as any;
    if (isThrottlingError(sdk) || isTransientError(sdk) || isServerError(sdk)) return true;
  } catch {
    // classification is best effort
  }
  return e.cause !== undefined && e.cause !== error && isTransient(e.cause);
}

/**
 * Maps an error that survived the SDK's own retries: transient → TransientDependencyError (the state
 * machine retries it), anything else is rethrown unchanged (e.g. AccessDenied: a deployment bug).
 */
export function dependencyError(operation: string, error: unknown): Error {
  if (isTransient(error)) {
    const name = (error as SdkLikeError).name ?? 'Error';
    return new TransientDependencyError(`${operation} failed transiently (${name})`, { cause: error });
  }
  return error instanceof Error ? error : new Error(`${operation} failed: ${String(error)}`);
}

/** Runs one SDK call and maps its failure. */
export async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw dependencyError(operation, error);
  }
}

export function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as SdkLikeError).name : undefined;
}

/** A lazily created, per-container singleton (ports; configuration is read on first use). */
export function lazy<T>(create: () => T): { get: () => T; reset: () => void } {
  let value: T | undefined;
  return {
    get: () => {
      value ??= create();
      return value;
    },
    reset: () => {
      value = undefined;
    },
  };
}

/**
 * Where an adapter gets its SDK client: the adapters' own lazy singletons (async: the SDK package is imported on
 * first use) or a ready client that a caller injects (the ops CLI, tests).
 */
export type ClientSource<T> = () => T | Promise<T>;

/**
 * A per-container singleton created asynchronously on first use. The adapters build their SDK clients with it
 * after a dynamic `import()` of the SDK package, so importing a handler does not load the AWS SDK (in Lambda
 * the runtime's copy, whose CommonJS build loads every command of a client): that cost moves to the first
 * invocation, which `bench/bundle.ts` reports as `coldStartMs`. A failed creation is retried on the next call.
 */
export function lazyAsync<T>(create: () => Promise<T>): { get: () => Promise<T>; reset: () => void } {
  let value: Promise<T> | undefined;
  return {
    get: () => {
      value ??= create().catch((error: unknown) => {
        value = undefined;
        throw error;
      });
      return value;
    },
    reset: () => {
      value = undefined;
    },
  };
}
