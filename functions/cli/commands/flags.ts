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
import { guard, nowOf, type OpsIo, OpsUsageError, parse, withContext } from './util.ts';

export const FLAGS_HELP = `  handoff flags get [--json]              The rollout flag as stored (state, percentage, allowlist).
  handoff flags set STATE --by WHO --why TEXT
                                          off | shadow | on, written with an audit entry (one transaction).
  handoff flags rollout PERCENT [--allow STREAM…] --by WHO --why TEXT
                                          Share of streams that get the state; --allow (repeatable)
                                          replaces the allowlist.
  handoff flags audit [--json]            The audit trail: when, who, from → to, why.
  handoff flags check-fallback [--dry-run] [--json]
                                          Apply the automatic fallback rule: flag → shadow when recent
                                          runs fail or roll back above the thresholds
                                          (--last 20 --min-runs 5 --window-hours 24
                                          --max-failure-rate 0.2 --max-rollback-rate 0.5).`;

const num = (v: unknown, name: string, fallback: number): number => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new OpsUsageError(`--${name} must be a non-negative number`);
  return n;
};

export function flagsCommand(argv: readonly string[], io: OpsIo): Promise<number> {
  return guard(io, async () => {
    const [sub, ...rest] = argv;
    const common = {
      flag: { type: 'string', default: SKILL.featureFlag },
      json: { type: 'boolean' },
    } as const;
    switch (sub) {
      case 'get': {
        const { values } = parse(rest, common, 0);
        return withContext(io, values, async (ctx) => {
          const record = await ctx.flagAdmin.get(values.flag as string);
          if (values.json) io.out(`${JSON.stringify(record ?? null)}\n`);
          else if (!record) io.out(`${values.flag}: not set (intake treats a missing flag as off)\n`);
          else
            io.out(
              `${values.flag}: ${describeSnapshot(snapshotOf(record))} (updated ${record.updatedAt ?? 'unknown'} by ${record.updatedBy ?? 'unknown'})\n`,
            );
          return 0;
        });
      }
      case 'set':
      case 'rollout': {
        const { values, pos } = parse(
          rest,
          {
            ...common,
            by: { type: 'string' },
            why: { type: 'string' },
            ...(sub === 'rollout' ? { allow: { type: 'string', multiple: true } } : {}),
          },
          1,
        );
        const arg = pos[0] as string;
        let change: FlagChange;
        if (sub === 'set') {
          if (!FLAG_STATES.includes(arg as FlagState)) {
            throw new OpsUsageError(`state must be one of ${FLAG_STATES.join(', ')}`);
          }
          change = { kind: 'set', state: arg as FlagState };
        } else {
          const percentage = Number(arg.replace(/%$/, ''));
          change = {
            kind: 'rollout',
            percentage,
            ...(values.allow ? { allow: values.allow as string[] } : {}),
          };
        }
        if (typeof values.by !== 'string' || typeof values.why !== 'string') {
          throw new OpsUsageError(
            `flags ${sub} needs --by WHO and --why TEXT (they go into the audit trail)`,
          );
        }
        const meta = { by: values.by, why: values.why, at: nowOf(io).toISOString() };
        return withContext(io, values, async (ctx) => {
          try {
            const { audit } = await changeFlag(ctx, values.flag as string, change, meta);
            io.out(
              values.json
                ? `${JSON.stringify(audit)}\n`
                : `${audit.flag}: ${describeSnapshot(audit.from)} → ${describeSnapshot(audit.to)} (by ${audit.by} at ${audit.at})\n`,
            );
            return 0;
          } catch (e) {
            if (e instanceof FlagChangeError) throw new OpsUsageError(e.message);
            throw e;
          }
        });
      }
      case 'audit': {
        const { values } = parse(rest, common, 0);
        return withContext(io, values, async (ctx) => {
          const entries = await ctx.flagAdmin.audit(values.flag as string);
          io.out(values.json ? `${JSON.stringify(entries, null, 2)}\n` : formatAudit(entries));
          return 0;
        });
      }
      case 'check-fallback': {
        const { values } = parse(
          rest,
          {
            ...common,
            'dry-run': { type: 'boolean' },
            last: { type: 'string' },
            'min-runs': { type: 'string' },
            'window-hours': { type: 'string' },
            'max-failure-rate': { type: 'string' },
            'max-rollback-rate': { type: 'string' },
          },
          0,
        );
        const d = DEFAULT_FALLBACK_POLICY;
        const policy: FallbackPolicy = {
          lastRuns: num(values.last, 'last', d.lastRuns),
          minRuns: num(values['min-runs'], 'min-runs', d.minRuns),
          windowHours: num(values['window-hours'], 'window-hours', d.windowHours),
          maxFailureRate: num(values['max-failure-rate'], 'max-failure-rate', d.maxFailureRate),
          maxRollbackRate: num(values['max-rollback-rate'], 'max-rollback-rate', d.maxRollbackRate),
        };
        const now = nowOf(io);
        return withContext(io, values, (ctx) =>
          applyFallback(ctx, values.flag as string, now, policy, values['dry-run'] === true).then((r) => {
            io.out(
              values.json
                ? `${JSON.stringify(r)}\n`
                : `${r.applied ? 'FALLBACK APPLIED' : r.verdict.trigger ? 'fallback due (dry run)' : 'no fallback'}: ${r.verdict.reason}\n`,
            );
            return 0;
          }),
        );
      }
      default:
        throw new OpsUsageError(
          sub
            ? `unknown flags command '${sub}'`
            : 'missing flags command (get, set, rollout, audit, check-fallback)',
        );
    }
  });
}
