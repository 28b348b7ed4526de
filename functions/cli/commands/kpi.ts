import { writeFileSync } from 'node:fs';
import { kpiReport } from '#app/kpi';
import { formatKpis } from '#core/kpi';
import { parseWindow, WindowError } from '#core/time-window';
import { renderKpiHtml } from '#views/kpi-report';
import { guard, nowOf, type OpsIo, OpsUsageError, parse, withContext } from './util.ts';

export const KPI_HELP = `  handoff kpi [--since 7d] [--until WHEN] [--json] [--html FILE]
                                          Operating figures from the runs table: cycle time vs SLA,
                                          throughput, automation leverage, approval latency, retries,
                                          rollback rate, daily trend, top blocking rules.`;

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
      const report = await kpiReport(ctx, window);
      if (typeof values.html === 'string') {
        writeFileSync(values.html, renderKpiHtml(report));
        if (!values.json) io.out(`wrote ${values.html}\n`);
      }
      io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatKpis(report));
      return 0;
    });
  });
}
