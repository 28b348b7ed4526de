import type { SNSEvent } from 'aws-lambda';
import { dynamoFlagAdmin } from '#adapters/flag-admin';
import { dynamoOpsStore } from '#adapters/ops-store';
import { SKILL } from '#core/identity';
import { lambda, logger, MetricUnit, metrics } from '#shared/observability';
import { applyFallback, type FallbackOutcome } from '../ops/apply-fallback.ts';

/**
 * auto-fallback: subscribed to the alarm topic. When the ExecutionsFailed or RollbackRate alarm fires,
 * apply the same rule as `handoff flags check-fallback` (functions/ops/fallback.ts, default policy): if
 * recent live runs fail or roll back above the thresholds, the flag goes to shadow with an audit entry by
 * `auto-fallback`. OK / INSUFFICIENT_DATA notifications do nothing. Needs RUNS_TABLE + ARTIFACTS_TABLE
 * (read) and FLAGS_TABLE (read/write).
 */
export async function autoFallback(
  event: SNSEvent,
  now: () => Date = () => new Date(),
): Promise<FallbackOutcome | null> {
  const alarming = event.Records.some((r) => {
    try {
      return (JSON.parse(r.Sns.Message) as { NewStateValue?: string }).NewStateValue === 'ALARM';
    } catch {
      return false;
    }
  });
  if (!alarming) return null;
  const outcome = await applyFallback(
    { store: dynamoOpsStore(), flagAdmin: dynamoFlagAdmin() },
    SKILL.featureFlag,
    now(),
  );
  if (outcome.applied) metrics.addMetric('AutoFallback', MetricUnit.Count, 1);
  logger.info('auto-fallback evaluated', { applied: outcome.applied, reason: outcome.verdict.reason });
  return outcome;
}

export const handler = lambda<SNSEvent, FallbackOutcome | null>((event) => autoFallback(event));
