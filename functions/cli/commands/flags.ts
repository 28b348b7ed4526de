import type { Command } from 'commander';
import { applyFallback } from '#app/fallback';
import { changeFlag } from '#app/flags';
import { DEFAULT_FALLBACK_POLICY, type FallbackPolicy } from '#core/fallback';
import {
  describeSnapshot,
  FLAG_STATES,
  type FlagChange,
  FlagChangeError,
  formatAudit,
  snapshotOf,
} from '#core/flag-change';
import type { FlagState } from '#core/flags';
import { SKILL } from '#core/identity';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';
import { type Cli, example, noOptionAsValue, nowOf, num, withContext, withTarget } from './util.ts';

interface FlagOptions {
  flag: string;
  json?: boolean;
}
interface ChangeOptions extends FlagOptions {
  by?: string;
  why?: string;
  allow?: string[];
}
interface FallbackOptions extends FlagOptions {
  dryRun?: boolean;
  last?: string;
  minRuns?: string;
  windowHours?: string;
  maxFailureRate?: string;
  maxRollbackRate?: string;
}

/** A flags subcommand with the options they all share. */
function sub(group: Command, name: string, summary: string, ...examples: string[]): Command {
  const cmd = group
    .command(name)
    .summary(summary)
    .description(summary)
    .option('--flag <name>', 'the flag', SKILL.featureFlag)
    .option('--json', 'JSON output');
  return example(withTarget(cmd), ...examples);
}

async function get(io: Io, opts: FlagOptions): Promise<number> {
  return withContext(io, { ...opts }, async (ctx) => {
    const record = await ctx.flagAdmin.get(opts.flag);
    if (opts.json) io.out(`${JSON.stringify(record ?? null)}\n`);
    else if (!record) io.out(`${opts.flag}: not set (intake treats a missing flag as off)\n`);
    else
      io.out(
        `${opts.flag}: ${describeSnapshot(snapshotOf(record))} (updated ${record.updatedAt ?? 'unknown'} by ${record.updatedBy ?? 'unknown'})\n`,
      );
    return 0;
  });
}

function changeOf(kind: 'set' | 'rollout', arg: string, opts: ChangeOptions): FlagChange {
  if (kind === 'set') {
    if (!FLAG_STATES.includes(arg as FlagState)) {
      throw new UsageError(`state must be one of ${FLAG_STATES.join(', ')}`, 'invalid_argument');
    }
    return { kind: 'set', state: arg as FlagState };
  }
  const percentage = Number(arg.replace(/%$/, ''));
  return { kind: 'rollout', percentage, ...(opts.allow ? { allow: opts.allow } : {}) };
}

async function change(io: Io, kind: 'set' | 'rollout', arg: string, opts: ChangeOptions): Promise<number> {
  noOptionAsValue({ ...opts });
  const planned = changeOf(kind, arg, opts);
  if (typeof opts.by !== 'string' || typeof opts.why !== 'string') {
    throw new UsageError(
      `flags ${kind} needs --by WHO and --why TEXT (they go into the audit trail)`,
      'missing_reason',
    );
  }
  const meta = { by: opts.by, why: opts.why, at: nowOf(io).toISOString() };
  return withContext(io, { ...opts }, async (ctx) => {
    try {
      const { audit } = await changeFlag(ctx, opts.flag, planned, meta);
      io.out(
        opts.json
          ? `${JSON.stringify(audit)}\n`
          : `${audit.flag}: ${describeSnapshot(audit.from)} → ${describeSnapshot(audit.to)} (by ${audit.by} at ${audit.at})\n`,
      );
      return 0;
    } catch (e) {
      if (e instanceof FlagChangeError) throw new UsageError(e.message, 'invalid_flag_change');
      throw e;
    }
  });
}

async function checkFallback(io: Io, opts: FallbackOptions): Promise<number> {
  const d = DEFAULT_FALLBACK_POLICY;
  const policy: FallbackPolicy = {
    lastRuns: num(opts.last, 'last', d.lastRuns),
    minRuns: num(opts.minRuns, 'min-runs', d.minRuns),
    windowHours: num(opts.windowHours, 'window-hours', d.windowHours),
    maxFailureRate: num(opts.maxFailureRate, 'max-failure-rate', d.maxFailureRate),
    maxRollbackRate: num(opts.maxRollbackRate, 'max-rollback-rate', d.maxRollbackRate),
  };
  const now = nowOf(io);
  return withContext(io, { ...opts }, async (ctx) => {
    const r = await applyFallback(ctx, opts.flag, now, policy, opts.dryRun === true);
    io.out(
      opts.json
        ? `${JSON.stringify(r)}\n`
        : `${r.applied ? 'FALLBACK APPLIED' : r.verdict.trigger ? 'fallback due (dry run)' : 'no fallback'}: ${r.verdict.reason}\n`,
    );
    return 0;
  });
}

export function flagsCommand(program: Command, { io, action }: Cli): void {
  const group = program.command('flags').summary('read and change the rollout flag, with an audit trail');
  sub(
    group,
    'get',
    'the rollout flag as stored (state, percentage, allowlist)',
    'handoff flags get --local',
  ).action(action((opts: FlagOptions) => get(io, opts)));
  sub(
    group,
    'set',
    'off | shadow | on, written with an audit entry (one transaction)',
    'handoff flags set shadow --by maria --why "first look" --local',
  )
    .argument('<state>', FLAG_STATES.join(' | '))
    .option('--by <who>', 'who changes it (audit trail)')
    .option('--why <text>', 'why (audit trail)')
    .action(action((state: string, opts: ChangeOptions) => change(io, 'set', state, opts)));
  sub(
    group,
    'rollout',
    'share of streams that get the state; --allow replaces the allowlist',
    'handoff flags rollout 25 --allow pilot-stream --by maria --why pilot --local',
  )
    .argument('<percent>', '0-100')
    .option('--allow <stream...>', 'streams that always get the state (repeatable)')
    .option('--by <who>', 'who changes it (audit trail)')
    .option('--why <text>', 'why (audit trail)')
    .action(action((percent: string, opts: ChangeOptions) => change(io, 'rollout', percent, opts)));
  sub(group, 'audit', 'the audit trail: when, who, from → to, why', 'handoff flags audit --local').action(
    action((opts: FlagOptions) =>
      withContext(io, { ...opts }, async (ctx) => {
        const entries = await ctx.flagAdmin.audit(opts.flag);
        io.out(opts.json ? `${JSON.stringify(entries, null, 2)}\n` : formatAudit(entries));
        return 0;
      }),
    ),
  );
  sub(
    group,
    'check-fallback',
    'apply the automatic fallback rule: flag → shadow when recent runs fail or roll back',
    'handoff flags check-fallback --dry-run --local',
  )
    .option('--dry-run', 'report, change nothing')
    .option('--last <n>', 'runs looked at', String(DEFAULT_FALLBACK_POLICY.lastRuns))
    .option('--min-runs <n>', 'fewest runs to judge')
    .option('--window-hours <h>', 'how far back')
    .option('--max-failure-rate <r>', 'failure rate that triggers')
    .option('--max-rollback-rate <r>', 'rollback rate that triggers')
    .action(action((opts: FallbackOptions) => checkFallback(io, opts)));
}
