import type { SNSEvent } from 'aws-lambda';
import { awsPorts } from '#adapters/index';
import { applyFallback, type FallbackOutcome } from '#app/fallback';
import { logger, MetricUnit, metrics } from '#app/observability';
import type { Ports } from '#app/ports';
import { SKILL } from '#core/identity';
import { lambda } from './edge/lambda.ts';

/** Whether any notification of the alarm topic is a transition into ALARM (OK / INSUFFICIENT_DATA are not). */
export function isAlarm(event: SNSEvent): boolean {
  return event.Records.some((r) => {
    try {
      return (JSON.parse(r.Sns.Message) as { NewStateValue?: string }).NewStateValue === 'ALARM';
    } catch {
      return false;
    }
  });
}

/**
 * auto-fallback: subscribed to the alarm topic. When the ExecutionsFailed or RollbackRate alarm fires,
 * apply the same rule as `handoff flags check-fallback` (app/fallback.ts, default policy): if recent live
 * runs fail or roll back above the thresholds, the flag goes to shadow with an audit entry by
 * `auto-fallback`. Needs RUNS_TABLE + ARTIFACTS_TABLE (read) and FLAGS_TABLE (read/write).
 */
export async function autoFallback(
  event: SNSEvent,
  ports: Pick<Ports, 'store' | 'flagAdmin' | 'clock'>,
): Promise<FallbackOutcome | null> {
  if (!isAlarm(event)) return null;
  const outcome = await applyFallback(ports, SKILL.featureFlag, ports.clock());
  if (outcome.applied) metrics.addMetric('AutoFallback', MetricUnit.Count, 1);
  logger.info('auto-fallback evaluated', { applied: outcome.applied, reason: outcome.verdict.reason });
  return outcome;
}

const ports = awsPorts();

export const handler = lambda<SNSEvent, FallbackOutcome | null>((event) => autoFallback(event, ports));
