import type { Command } from 'commander';
import { approvalsOfRun, type PendingRequest, pendingRequests } from '#app/follow';
import { progressLine, progressOf, type RunProgress } from '#core/run-progress';
import { InputError, UsageError } from '../errors.ts';
import { EXIT, type Io } from '../io.ts';
import { windowOf } from './kpi.ts';
import { approvalLines, relative, stageText } from './submit.ts';
import { type Cli, example, nowOf, num, withContext, withTarget } from './util.ts';

interface StatusOptions {
  json?: boolean;
  stream?: string;
  since: string;
  limit?: string;
}

type RunStatusView = RunProgress & { approvals: PendingRequest[] };

function statusText(v: RunStatusView): string {
  const t = v.timings;
  const lines = [
    progressLine(v),
    `  stream ${v.streamId}, package ${v.packageId}, step ${v.step}${v.outcome ? `, outcome ${v.outcome}` : ''}`,
    `  submitted ${t.submittedAt}, intake ${t.intakeAt}${t.finishedAt ? `, finished ${t.finishedAt}` : ''}${t.elapsedMs !== undefined ? ` (${(t.elapsedMs / 1000).toFixed(1)} s)` : ''}`,
  ];
  if (v.artifactDigest) lines.push(`  artifact ${v.artifactDigest}`);
  return `${lines.join('\n')}\n${approvalLines(v.approvals)}`;
}

async function status(io: Io, runId: string | undefined, opts: StatusOptions): Promise<number> {
  if (!runId === !opts.stream) throw new UsageError('give a RUN id or --stream ID (one of them)', 'usage');
  const now = nowOf(io);
  return withContext(io, { ...opts }, async (ctx) => {
    const view = async (run: Parameters<typeof progressOf>[0]): Promise<RunStatusView> => {
      const p = progressOf(run);
      const approvals = p.step === 'awaiting-approval' ? await approvalsOfRun(ctx.store, run.runId, now) : [];
      return { ...p, approvals };
    };
    let views: RunStatusView[];
    if (runId) {
      const run = await ctx.runs.getRun(runId);
      if (!run) throw new InputError(`run ${runId} not found`, 'run_not_found');
      views = [await view(run)];
    } else {
      const window = windowOf(opts.since, undefined, now);
      const runs = (await ctx.store.listRuns(window))
        .filter((r) => r.streamId === opts.stream)
        .sort((a, b) => (a.intakeAt < b.intakeAt ? 1 : -1))
        .slice(0, num(opts.limit, 'limit', 5));
      if (runs.length === 0)
        throw new InputError(`no runs of stream ${opts.stream} since ${window.since}`, 'stream_not_found');
      views = await Promise.all(runs.map(view));
    }
    io.out(
      opts.json ? `${JSON.stringify(runId ? views[0] : views, null, 2)}\n` : views.map(statusText).join('\n'),
    );
    return EXIT.ok;
  });
}

export function statusCommand(program: Command, { io, action }: Cli): void {
  const cmd = program
    .command('status')
    .summary('where a run stands: step, outcome, decision, approval, timings')
    .description(
      'Where a run stands: its step, status and outcome, the decision and approver, the approval it waits on ' +
        "(group, approvers, expiry), timings and the artifact digest. --stream ID: the stream's latest runs.",
    )
    .argument('[run]', 'the run id (the execution name)')
    .option('--stream <id>', "the stream's latest runs instead of one run")
    .option('--since <when>', 'with --stream: how far back to look (7d, 24h, an ISO date)', '7d')
    .option('--limit <n>', 'with --stream: at most this many runs, newest first (default 5)')
    .option('--json', 'the run (or with --stream an array) as JSON');
  example(
    withTarget(cmd),
    'handoff status 3f9c2a… --local',
    'handoff status --stream spring-launch --stack handoff-prod',
  );
  cmd.action(action((run: string | undefined, opts: StatusOptions) => status(io, run, opts)));
}

function approvalsText(requests: PendingRequest[]): string {
  if (requests.length === 0) return 'no approvals waiting\n';
  return requests
    .map(
      (r) =>
        `${r.streamId}/${r.packageId} run ${r.runId}\n  group ${r.group}: ${r.approvers.join(', ')}${stageText(r)}\n  asked ${relative(r.ageSeconds, true)} (${r.createdAt}), expires ${relative(r.expiresInSeconds)} (${r.expiresAt})\n`,
    )
    .join('');
}

export function approvalsCommand(program: Command, { io, action }: Cli): void {
  const group = program
    .command('approvals')
    .summary('approvals still waiting for a decision')
    .description('Approvals still waiting for a decision.');
  const cmd = group
    .command('pending')
    .summary('approvals still waiting, with group, approvers, age and expiry')
    .description(
      'Approval requests still waiting: stream, run, group, approvers, reminders sent, escalation, age and ' +
        'expiry. Never a task token ' +
        'or a link. Reads the runs table with a Scan (operator credentials; no Lambda role does this).',
    )
    .option('--stream <id>', "only this stream's approvals")
    .option('--json', 'the requests as a JSON array');
  example(
    withTarget(cmd),
    'handoff approvals pending --local',
    'handoff approvals pending --stream spring-launch --json',
  );
  cmd.action(
    action(async (opts: { json?: boolean; stream?: string }) =>
      withContext(io, { ...opts }, async (ctx) => {
        const now = nowOf(io);
        const requests = pendingRequests(await ctx.store.listPendingApprovals(now), now).filter(
          (r) => !opts.stream || r.streamId === opts.stream,
        );
        io.out(opts.json ? `${JSON.stringify(requests, null, 2)}\n` : approvalsText(requests));
        return EXIT.ok;
      }),
    ),
  );
}
