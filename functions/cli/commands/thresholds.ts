import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { suggestionsFor } from '#app/thresholds';
import { getContract } from '#core/contracts';
import {
  DEFAULT_MIN_DECISIONS,
  formatSuggestion,
  proposedContract,
  type ThresholdSuggestion,
} from '#core/thresholds';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';
import { windowOf } from './kpi.ts';
import { type Cli, example, nowOf, withContext, withTarget } from './util.ts';

interface SuggestOptions {
  since: string;
  until?: string;
  contract?: string;
  write?: string;
  json?: boolean;
  minDecisions?: string;
}

/** The checks that need no table: --min-decisions, --contract ID@VER, --write FILE. */
function checked(opts: SuggestOptions) {
  const minDecisions = opts.minDecisions === undefined ? DEFAULT_MIN_DECISIONS : Number(opts.minDecisions);
  if (!Number.isInteger(minDecisions) || minDecisions < 1)
    throw new UsageError('--min-decisions must be a positive integer', 'invalid_option');
  let only: { id: string; version: string } | undefined;
  if (typeof opts.contract === 'string') {
    const m = /^([^@\s]+)@(\d+\.\d+\.\d+)$/.exec(opts.contract);
    if (!m) throw new UsageError(`--contract must be ID@VERSION (got '${opts.contract}')`, 'invalid_option');
    only = { id: m[1] as string, version: m[2] as string };
    if (!getContract(only.id, only.version))
      throw new UsageError(`unknown contract ${opts.contract}`, 'unknown_contract');
  }
  if (typeof opts.write === 'string' && !only)
    throw new UsageError('--write needs --contract ID@VERSION', 'invalid_option');
  if (typeof opts.write === 'string' && existsSync(opts.write)) {
    throw new UsageError(
      `${opts.write} exists: a proposal is always a new file, never an edit in place`,
      'file_exists',
    );
  }
  return { minDecisions, only };
}

function writeProposal(
  opts: SuggestOptions,
  only: { id: string; version: string } | undefined,
  first: ThresholdSuggestion | undefined,
): string | undefined {
  if (typeof opts.write !== 'string' || !only || !first?.proposed) return undefined;
  const contract = getContract(only.id, only.version);
  if (!contract) return undefined;
  const next = proposedContract(contract, first.proposed);
  writeFileSync(opts.write, `${JSON.stringify(next, null, 2)}\n`, { flag: 'wx' });
  return `${opts.write} (${next.id}@${next.version}, draft)`;
}

async function suggest(io: Io, opts: SuggestOptions): Promise<number> {
  const window = windowOf(opts.since, opts.until, nowOf(io));
  const { minDecisions, only } = checked(opts);
  return withContext(io, { ...opts }, async (ctx) => {
    const suggestions = await suggestionsFor(ctx, window, only, minDecisions);
    const written = writeProposal(opts, only, suggestions[0]);
    if (opts.json) {
      io.out(`${JSON.stringify({ window, suggestions, written: written ?? null }, null, 2)}\n`);
      return 0;
    }
    if (suggestions.length === 0) io.out(`no runs in ${window.since} → ${window.until}\n`);
    for (const s of suggestions) io.out(formatSuggestion(s));
    if (written)
      io.out(`wrote ${written}; review it with: handoff contract diff ${opts.contract} ${opts.write}\n`);
    else if (typeof opts.write === 'string') io.out('nothing written: no change proposed\n');
    return 0;
  });
}

export function thresholdsCommand(program: Command, { io, action }: Cli): void {
  const group = program.command('thresholds').summary('threshold proposals from observed decisions');
  const cmd = group
    .command('suggest')
    .summary('propose autoPassMin / blockBelow from observed decisions')
    .description(
      'Propose autoPassMin / blockBelow from observed decisions (never lets a past rejection ' +
        "through); --write saves a new draft contract version (minor bump) for 'contract diff'.",
    )
    .option('--since <when>', 'start of the window', '30d')
    .option('--until <when>', 'end of the window (default now)')
    .option('--contract <id@version>', 'only this contract')
    .option('--write <file>', 'write the proposed draft contract to FILE (never overwrites)')
    .option('--min-decisions <n>', 'fewest decisions to propose a change')
    .option('--json', 'JSON output');
  example(
    withTarget(cmd),
    'handoff thresholds suggest --contract copy-to-design@1.0.0 --write draft.json --local',
  );
  cmd.action(action((opts: SuggestOptions) => suggest(io, opts)));
}
