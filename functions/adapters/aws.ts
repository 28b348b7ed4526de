import {
  ConfiguredRetryStrategy,
  isServerError,
  isThrottlingError,
  isTransientError,
} from '@smithy/core/retry';
import { RETRY_POLICY, retryDelayMs } from '#core/identity';
import { TransientDependencyError } from '#shared/errors';

/**
 * Shared SDK configuration of every adapter. Endpoints are never set here: the SDK reads the standard
 * `AWS_ENDPOINT_URL_<SERVICE>` variables, so AWS and the local stack run the same code path.
 */

/**
 * The card's retry policy inside the SDK: standard retry strategy, 4 attempts in total, delays of exactly
 * 750, 1500, 3000 ms (no jitter). The SDK calls the backoff with the 1-based number of the next retry.
 */
export function retryStrategy(): ConfiguredRetryStrategy {
  return new ConfiguredRetryStrategy(RETRY_POLICY.maxAttempts, (retry: number) => retryDelayMs(retry));
}

export function clientConfig(): { retryStrategy: ConfiguredRetryStrategy } {
  return { retryStrategy: retryStrategy() };
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
}

/** Throttling, 5xx, timeouts and network errors: worth another try at the state level. */
export function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as SdkLikeError;
  if (e.$retryable) return true;
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

/** A lazily created, per-container singleton (clients are expensive; configuration is read on first use). */
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
