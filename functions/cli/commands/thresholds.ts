import { existsSync, writeFileSync } from 'node:fs';
import { suggestionsFor } from '#app/thresholds';
import { getContract } from '#core/contracts';
import { DEFAULT_MIN_DECISIONS, formatSuggestion, proposedContract } from '#core/thresholds';
import { parseWindow, WindowError } from '#core/time-window';
import { guard, nowOf, type OpsIo, OpsUsageError, parse, withContext } from './util.ts';

export const THRESHOLDS_HELP = `  handoff thresholds suggest [--since 30d] [--contract ID@VER] [--write FILE] [--json]
                                          Propose autoPassMin / blockBelow from observed decisions
                                          (never lets a past rejection through); --write saves a new
                                          draft contract version (minor bump) for 'contract diff'.`;

export function thresholdsCommand(argv: readonly string[], io: OpsIo): Promise<number> {
  return guard(io, async () => {
    const [sub, ...rest] = argv;
    if (sub !== 'suggest') {
      throw new OpsUsageError(
        sub ? `unknown thresholds command '${sub}'` : 'missing thresholds command (suggest)',
      );
    }
    const { values } = parse(
      rest,
      {
        since: { type: 'string', default: '30d' },
        until: { type: 'string' },
        contract: { type: 'string' },
        write: { type: 'string' },
        json: { type: 'boolean' },
        'min-decisions': { type: 'string' },
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
    const minDecisions =
      values['min-decisions'] === undefined ? DEFAULT_MIN_DECISIONS : Number(values['min-decisions']);
    if (!Number.isInteger(minDecisions) || minDecisions < 1)
      throw new OpsUsageError('--min-decisions must be a positive integer');
    let only: { id: string; version: string } | undefined;
    if (typeof values.contract === 'string') {
      const m = /^([^@\s]+)@(\d+\.\d+\.\d+)$/.exec(values.contract);
      if (!m) throw new OpsUsageError(`--contract must be ID@VERSION (got '${values.contract}')`);
      only = { id: m[1] as string, version: m[2] as string };
      if (!getContract(only.id, only.version)) throw new OpsUsageError(`unknown contract ${values.contract}`);
    }
    if (typeof values.write === 'string' && !only)
      throw new OpsUsageError('--write needs --contract ID@VERSION');
    if (typeof values.write === 'string' && existsSync(values.write)) {
      throw new OpsUsageError(
        `${values.write} exists: a proposal is always a new file, never an edit in place`,
      );
    }

    return withContext(io, values, async (ctx) => {
      const suggestions = await suggestionsFor(ctx, window, only, minDecisions);
      let written: string | undefined;
      const first = suggestions[0];
      if (typeof values.write === 'string' && only && first?.proposed) {
        const contract = getContract(only.id, only.version);
        if (contract) {
          const next = proposedContract(contract, first.proposed);
          writeFileSync(values.write, `${JSON.stringify(next, null, 2)}\n`, { flag: 'wx' });
          written = `${values.write} (${next.id}@${next.version}, draft)`;
        }
      }
      if (values.json) {
        io.out(`${JSON.stringify({ window, suggestions, written: written ?? null }, null, 2)}\n`);
      } else {
        if (suggestions.length === 0) io.out(`no runs in ${window.since} → ${window.until}\n`);
        for (const s of suggestions) io.out(formatSuggestion(s));
        if (written)
          io.out(
            `wrote ${written}; review it with: handoff contract diff ${values.contract} ${values.write}\n`,
          );
        else if (typeof values.write === 'string') io.out('nothing written: no change proposed\n');
      }
      return 0;
    });
  });
}
