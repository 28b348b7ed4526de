import type { RunRecord } from '#core/run';
import type { IntakeResult } from '#shared/workflow-types';

/** The intake result of a run, rebuilt from its record (what intake returned when it accepted it). */
export function intakeOfRun(run: RunRecord): IntakeResult {
  return {
    status: 'accepted',
    runId: run.runId,
    streamId: run.streamId,
    ...(run.streamSeq !== undefined ? { streamSeq: run.streamSeq } : {}),
    packageId: run.packageId,
    packageDigest: run.packageDigest,
    contract: run.contract,
    flag: run.flag,
    packageRef: run.packageRef,
    shadow: run.shadow,
  };
}
