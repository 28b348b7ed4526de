import { writeFileSync } from 'node:fs';
import type { RunRecord } from '#adapters/runs';
import type { HandoffArtifact } from '#core/artifact-types';
import { computeKpis, formatKpis } from '../../ops/kpi.ts';
import { renderKpiHtml } from '../../ops/report-html.ts';
import { parseWindow, WindowError } from '../../ops/time.ts';
import type { OpsContext } from './context.ts';
import { guard, nowOf, type OpsIo, OpsUsageError, parse, readOptional, withContext } from './util.ts';

export const KPI_HELP = `  handoff kpi [--since 7d] [--until WHEN] [--json] [--html FILE]
                                          Operating figures from the runs table: cycle time vs SLA,
                                          throughput, automation leverage, approval latency, retries,
                                          rollback rate, daily trend, top blocking rules.`;

/** Blocking rule ids per artifact digest, read from the stored artifacts of the runs that were blocked. */
export async function blockingRulesOf(
  ctx: OpsContext,
  runs: readonly RunRecord[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const run of runs) {
    if (run.outcome !== 'blocked' || !run.artifactDigest || out.has(run.artifactDigest)) continue;
    const item = await ctx.artifacts.getArtifact(run.streamId, run.artifactDigest);
    const ref = item?.artifactRef ?? {
      bucket: run.packageRef.bucket,
      key: `artifacts/${run.streamId}/${run.artifactDigest}.json`,
    };
    const bytes = await readOptional(ctx.blobs, ref);
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

export function kpiCommand(argv: readonly string[], io: OpsIo): Promise<number> {
  return guard(io, async () => {
    const { values } = parse(
      argv,
      {
        since: { type: 'string', default: '7d' },
        until: { type: 'string' },
        json: { type: 'boolean' },
        html: { type: 'string' },
      },
      0,
    );
    let window: ReturnType<typeof parseWindow>;
    try {
      window = parseWindow(values.since as string, values.until as string | undefined, nowOf(io));
    } catch (e) {
      if (e instanceof WindowError) throw new OpsUsageError(e.message);
      throw e;
    }
    return withContext(io, values, async (ctx) => {
      const runs = await ctx.store.listRuns(window);
      const blockingRules = await blockingRulesOf(ctx, runs);
      const report = computeKpis({ runs, window, blockingRules });
      if (typeof values.html === 'string') {
        writeFileSync(values.html, renderKpiHtml(report));
        if (!values.json) io.out(`wrote ${values.html}\n`);
      }
      io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatKpis(report));
      return 0;
    });
  });
}
