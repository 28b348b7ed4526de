import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { kpiReport } from '#app/kpi';
import { formatKpis } from '#core/kpi';
import { parseWindow, WindowError } from '#core/time-window';
import { renderKpiHtml } from '#views/kpi-report';
import { UsageError } from '../errors.ts';
import { type Cli, example, nowOf, withContext, withTarget } from './util.ts';

interface KpiOptions {
  since: string;
  until?: string;
  json?: boolean;
  html?: string;
}

/** Parses --since/--until against the io's clock; a bad window is a usage error. */
export function windowOf(since: string, until: string | undefined, now: Date) {
  try {
    return parseWindow(since, until, now);
  } catch (e) {
    if (e instanceof WindowError) throw new UsageError(e.message, 'invalid_window');
    throw e;
  }
}

export function kpiCommand(program: Command, { io, action }: Cli): void {
  const cmd = program
    .command('kpi')
    .summary('operating figures from the runs table')
    .description(
      'Operating figures from the runs table: cycle time vs SLA, throughput, automation leverage, ' +
        'approval latency, retries, rollback rate, daily trend, top blocking rules.',
    )
    .option('--since <when>', 'start of the window (7d, 24h, an ISO date)', '7d')
    .option('--until <when>', 'end of the window (default now)')
    .option('--json', 'the report as JSON')
    .option('--html <file>', 'also write the HTML report to FILE');
  example(withTarget(cmd), 'handoff kpi --since 30d --local', 'handoff kpi --stack handoff-prod --json');
  cmd.action(
    action(async (opts: KpiOptions) => {
      const window = windowOf(opts.since, opts.until, nowOf(io));
      return withContext(io, { ...opts }, async (ctx) => {
        const report = await kpiReport(ctx, window);
        if (typeof opts.html === 'string') {
          writeFileSync(opts.html, renderKpiHtml(report));
          if (!opts.json) io.out(`wrote ${opts.html}\n`);
        }
        io.out(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatKpis(report));
        return 0;
      });
    }),
  );
}
