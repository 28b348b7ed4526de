import type { Command } from 'commander';
import { EXIT, type Io } from '../io.ts';
import { batchOptions, isBatch, scoreBatch } from './batch.ts';
import { loadContractArg } from './input.ts';
import { invalidOut, scoreFile, summarize } from './scored.ts';
import { type Cli, example } from './util.ts';

interface ScoreOptions {
  json?: boolean;
  format?: string;
  contract?: string;
}

function scoreSingle(io: Io, file: string, opts: ScoreOptions): number {
  const r = scoreFile(file, opts.contract ? loadContractArg(opts.contract) : undefined);
  if (r.kind === 'invalid') invalidOut(io, r, opts.json === true);
  const { artifact, pkg } = r;
  io.out(opts.json ? `${JSON.stringify(artifact)}\n` : summarize(artifact, io, pkg));
  return artifact.decision.outcome === 'blocked' ? EXIT.failed : EXIT.ok;
}

export function scoreCommand(program: Command, { io, action }: Cli): void {
  const cmd = program
    .command('score')
    .summary('score packages: decision, score, risk, findings, approval')
    .description(
      'Score one package (a readable summary, or with --json exactly the artifact JSON), or many: ' +
        'files, folders and globs, with a summary table or a CI report (--format).',
    )
    .argument('<paths...>', 'package files, folders (searched for .json/.yaml/.yml) or globs')
    .option('--json', 'one file: the artifact JSON; many: same as --format json')
    .option(
      '--contract <file|id@version>',
      'score against this (draft) contract instead of the referenced one',
    );
  batchOptions(cmd);
  example(
    cmd,
    'handoff score events/packages/sample-spring-launch.json',
    "handoff score 'handoffs/**/*.yaml' --format sarif > handoff.sarif",
  );
  cmd.action(
    action((paths: string[], opts: ScoreOptions) =>
      isBatch(paths, opts) ? scoreBatch(io, paths, opts) : scoreSingle(io, paths[0] as string, opts),
    ),
  );
}
