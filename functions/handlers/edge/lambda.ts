import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy, { type MiddyfiedHandler } from '@middy/core';
import type { Context } from 'aws-lambda';
import { logger, metrics } from '#app/observability';

/**
 * The logger is built when the module loads; a runtime that sets POWERTOOLS_LOG_LEVEL afterwards (the local
 * stack, tests) still gets its level on the next invocation.
 */
const logLevelFromEnv = {
  before: () => {
    const level = process.env.POWERTOOLS_LOG_LEVEL?.toUpperCase();
    if (level && level !== logger.getLevelName())
      logger.setLogLevel(level as Parameters<Logger['setLogLevel']>[0]);
  },
};

/**
 * Wraps a handler the same way for every function: Powertools context + correlation reset, EMF metrics
 * flushed after each invocation, middleware first and the business handler last.
 */
export function lambda<TEvent, TResult>(
  fn: (event: TEvent, context: Context) => Promise<TResult>,
): MiddyfiedHandler<TEvent, TResult, Error, Context> {
  return middy<TEvent, TResult, Error, Context>()
    .use(logLevelFromEnv)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .handler(fn);
}
