import type { Command } from 'commander';
import type { Violation } from '#core/errors';
import { checkPackage, formatViolations } from '#core/validate';
import { EXIT, type Io } from '../io.ts';
import { formatOf, readInput } from './input.ts';
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
