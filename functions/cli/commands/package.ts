import type { Command } from 'commander';
import type { Violation } from '#core/errors';
import { checkPackage, formatViolations } from '#core/validate';
import { EXIT, type Io } from '../io.ts';
import { batchOptions, isBatch, scoreBatch } from './batch.ts';
import { loadContractArg } from './contract.ts';
import { formatOf, invalidOut, readInput, scoreFile, summarize } from './scored.ts';
import { type Cli, example } from './util.ts';

/** An invalid package as `validate` reports it (submit checks the same way before it uploads). */
export function reportInvalid(io: Io, file: string, violations: Violation[], json: boolean): number {
  // The violations are this command's output, so they go to stdout (score keeps stdout for the artifact).
  io.out(
    json
      ? `${JSON.stringify({ ok: false, violations })}\n`
      : `${file} is invalid: ${violations.length} violation(s)\n${formatViolations(violations)}\n`,
  );
  return EXIT.failed;
}

function validate(io: Io, file: string, opts: { json?: boolean }): number {
  const result = checkPackage(readInput(file), formatOf(file));
  if (!result.ok) return reportInvalid(io, file, result.error, opts.json === true);
  if (opts.json) {
    io.out(`${JSON.stringify({ ok: true, violations: [] })}\n`);
    return EXIT.ok;
  }
  const { pkg, contract } = result.value;
  const note =
    contract.status === 'deprecated'
      ? ` (warning: contract ${contract.id}@${contract.version} is deprecated)`
      : '';
  io.out(
    `${file}: valid handoff package ${pkg.streamId}/${pkg.packageId} for contract ${contract.id}@${contract.version}${note}\n`,
  );
  return EXIT.ok;
}

export function validateCommand(program: Command, { io, action }: Cli): void {
  const cmd = program
    .command('validate')
    .summary('check a package against schema v1 and its contract')
    .description('Check a package (JSON or YAML) against schema v1 and the contract it references.')
    .argument('<file>', 'the package, .json or .yaml')
    .option('--json', '{"ok", "violations"} on stdout');
  example(cmd, 'handoff validate events/packages/sample-newsletter-copy.yaml');
  cmd.action(action((file: string, opts: { json?: boolean }) => validate(io, file, opts)));
}

interface ScoreOptions {
  json?: boolean;
  format?: string;
  contract?: string;
}

function scoreSingle(io: Io, file: string, opts: ScoreOptions): number {
  const r = scoreFile(file, opts.contract ? loadContractArg(opts.contract) : undefined);
  if (r.kind === 'invalid') invalidOut(io, r, opts.json === true);
  const { artifact } = r;
  io.out(opts.json ? `${JSON.stringify(artifact)}\n` : summarize(artifact, io));
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
