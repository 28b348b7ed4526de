import type { HandoffArtifact } from '#core/artifact-types';
import { computeKpis, type KpiReport } from '#core/kpi';
import type { RunRecord } from '#core/run';
import type { TimeWindow } from '#core/time-window';
import type { Ports } from './ports.ts';
import { readOptional } from './read-optional.ts';

/** Blocking rule ids per artifact digest, read from the stored artifacts of the runs that were blocked. */
export async function blockingRulesOf(
  ports: Pick<Ports, 'artifacts' | 'blobs'>,
  runs: readonly RunRecord[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const run of runs) {
    if (run.outcome !== 'blocked' || !run.artifactDigest || out.has(run.artifactDigest)) continue;
    const item = await ports.artifacts.getArtifact(run.streamId, run.artifactDigest);
    const ref = item?.artifactRef ?? {
      bucket: run.packageRef.bucket,
      key: `artifacts/${run.streamId}/${run.artifactDigest}.json`,
    };
    const bytes = await readOptional(ports.blobs, ref);
    if (!bytes) continue;
    try {
      const artifact = JSON.parse(new TextDecoder().decode(bytes)) as HandoffArtifact;
      out.set(
        run.artifactDigest,
        artifact.findings.filter((f) => f.severity === 'block').map((f) => f.ruleId),
      );
    } catch {
      // an unreadable artifact is the audit command's business; the KPI just lacks its rules
    }
  }
  return out;
}

/** `handoff kpi`: the runs of the window and the blocking rules of the blocked ones, as the KPI report. */
export async function kpiReport(
  ports: Pick<Ports, 'artifacts' | 'blobs' | 'store'>,
  window: TimeWindow,
): Promise<KpiReport> {
  const runs = await ports.store.listRuns(window);
  const blockingRules = await blockingRulesOf(ports, runs);
  return computeKpis({ runs, window, blockingRules });
}
