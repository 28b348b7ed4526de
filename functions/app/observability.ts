import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { SKILL } from '#core/identity';

/**
 * One logger and one metrics emitter per container. Correlation keys (executionId/runId, streamId,
 * packageDigest) are appended per invocation and cleared after it; task tokens, signatures and package
 * copy are never logged (the handlers only ever log ids, digests and outcomes).
 */
export const logger = new Logger({ serviceName: SKILL.featureFlag });
export const metrics = new Metrics({
  namespace: 'HandoffContracting',
  serviceName: SKILL.featureFlag,
  // Decisions are emitted as single metrics (own dimension), so a flush with nothing stored is normal:
  // Powertools' "No application metrics to publish" warning goes to debug instead of every invocation's log.
  logger: {
    trace: (...a: unknown[]) => logger.trace(String(a[0]), ...a.slice(1).map((x) => ({ detail: x }))),
    debug: (...a: unknown[]) => logger.debug(String(a[0]), ...a.slice(1).map((x) => ({ detail: x }))),
    info: (...a: unknown[]) => logger.info(String(a[0]), ...a.slice(1).map((x) => ({ detail: x }))),
    warn: (...a: unknown[]) => {
      const message = String(a[0]);
      if (message.startsWith('No application metrics to publish')) logger.debug(message);
      else logger.warn(message, ...a.slice(1).map((x) => ({ detail: x })));
    },
    error: (...a: unknown[]) => logger.error(String(a[0]), ...a.slice(1).map((x) => ({ detail: x }))),
  },
});

export { MetricUnit };

export interface Correlation {
  executionId?: string | undefined;
  runId?: string | undefined;
  streamId?: string | undefined;
  packageDigest?: string | undefined;
  artifactDigest?: string | undefined;
}

/** Adds correlation ids to every later log line of this invocation. */
export function correlate(ids: Correlation): void {
  const keys: Record<string, string> = {};
  for (const [k, v] of Object.entries(ids)) if (typeof v === 'string' && v !== '') keys[k] = v;
  logger.appendKeys(keys);
}
