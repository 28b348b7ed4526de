import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { ENGINE_VERSION, SKILL } from '#core/identity';
import type { Cli, Register } from './commands/util.ts';
import { reportError, UsageError, wantsJson } from './errors.ts';
import { EXIT, type Io } from './io.ts';

export { EXIT, type Io } from './io.ts';

/**
 * Every command's module by command name, in the order they register. A run loads only the module of the
 * command it names, so `handoff validate` never loads the scoring engine nor `score` the AWS adapters;
 * any other first word (a typo, `help`) loads them all, which "did you mean" and help need.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register[]>>> = {
  validate: async () => [(await import('./commands/validate.ts')).validateCommand],
  score: async () => [(await import('./commands/score.ts')).scoreCommand],
  diff: async () => [(await import('./commands/package-diff.ts')).diffCommand],
  contract: async () => [(await import('./commands/contract.ts')).contractCommand],
  explain: async () => [(await import('./commands/contract.ts')).explainCommand],
  schemas: async () => [(await import('./commands/contract.ts')).schemasCommand],
  kpi: async () => [(await import('./commands/kpi.ts')).kpiCommand],
  flags: async () => [(await import('./commands/flags.ts')).flagsCommand],
  replay: async () => [(await import('./commands/replay.ts')).replayCommand],
  audit: async () => [(await import('./commands/audit.ts')).auditCommand],
  thresholds: async () => [(await import('./commands/thresholds.ts')).thresholdsCommand],
  submit: async () => [(await import('./commands/submit.ts')).submitCommand],
  status: async () => [(await import('./commands/runs.ts')).statusCommand],
  approvals: async () => [(await import('./commands/runs.ts')).approvalsCommand],
  doctor: async () => [(await import('./commands/doctor.ts')).doctorCommand],
};

/** The registrations a run needs: the named command's, or every command's. */
async function registrations(first: string | undefined): Promise<Register[]> {
  const one = first !== undefined && Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (one) return one();
  return (await Promise.all(Object.values(COMMANDS).map((load) => load()))).flat();
}

/**
 * The `handoff` command line, on commander: one parser and one usage error for every command, per-command
 * `--help` with an example, "did you mean" for unknown commands and options. `run` is a pure function of
 * (argv, io) returning an exit code, so tests run it in-process; `main.ts` wires it to the real process.
 */

export const HELP = `handoff — validate, score and compare marketing handoff packages and contracts

Usage:
  handoff validate FILE [--json]          Check a package (JSON or YAML) against schema v1 and the
                                          contract it references.
  handoff score FILE [--json] [--contract FILE|ID@VER]
                                          Score a package: decision, score, risk, confidence, findings,
                                          approval. --json prints exactly the artifact JSON and a newline.
  handoff score PATH… [--format table|json|sarif|junit|github]
                                          Score files, folders and globs; a summary table, or a report
                                          for CI (SARIF 2.1.0, JUnit XML, GitHub annotations).
  handoff diff OLD NEW [--json]           What changed between two revisions of a package, and how the
                                          score, decision and findings moved.
  handoff contract diff OLD NEW [--json]  Classify changes between two contracts (file paths or
                                          id@version, e.g. campaign-package-to-publishing@0.9.0).
  handoff contract list [--json]          List the bundled contracts.
  handoff explain RULE_ID [--json]        Show a rule's family, severity, channels and rationale.
  handoff explain --list [--json]         List every rule id.
  handoff schemas --write | --check       Write (or verify) the JSON Schemas in schemas/.
  handoff COMMAND --help                  Options and an example for one command.
  handoff --help | --version

Operating (read the runs/artifacts/flags tables; see RUNBOOK.md):
  handoff kpi [--since 7d] [--until WHEN] [--json] [--html FILE]
  handoff flags get | set STATE | rollout PERCENT | audit | check-fallback
  handoff replay RUN_ID|ARTIFACT_DIGEST [--json]
  handoff audit STREAM [--json]
  handoff thresholds suggest [--since 30d] [--contract ID@VER] [--write FILE] [--json]
  handoff submit FILE [--no-wait] [--timeout S] [--json]   put under incoming/, follow the run
  handoff status RUN_ID | --stream ID [--json]             where a run stands
  handoff approvals pending [--stream ID] [--json]         approvals still waiting
  handoff doctor [--json]          SES sender and sandbox, flag, alarm mail, callback URL: what to do
  Where: --stack NAME (the deployed stack's outputs), --local (the running npm start stack),
  --endpoint URL, --region R, --table-prefix P, or the environment (AWS_REGION, AWS_PROFILE,
  RUNS_TABLE, ARTIFACTS_TABLE, FLAGS_TABLE).

Output:
  --json on every command prints JSON on stdout; errors then come as one JSON object on stderr
  ({"error":{"code","message","exitCode"}}). Colour only on a terminal, never with NO_COLOR.

Exit codes:
  0  ok: valid package, outcome pass or needs-approval, no breaking change
  1  blocked package, invalid input (violations are listed) or a breaking contract change
  2  usage error: unknown command or flag, missing argument or file

  needs-approval exits 0 on purpose: it is a valid outcome that routes the package to a human
  approver, not a failure of the package. Scripts that must stop on it can read the decision from
  \`handoff score FILE --json\` (.decision.outcome).

Files ending in .yaml/.yml are read as YAML, .json as JSON, anything else is detected from content.`;

function version(root: string): string {
  let pkg = '0.0.0';
  try {
    pkg =
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? pkg;
  } catch {
    // A missing or unreadable package.json only loses the version number.
  }
  return `handoff ${pkg} (engine ${ENGINE_VERSION}, package schema v1, artifact v${SKILL.artifactVersion})`;
}

/** commander's error as the CLI's one usage error: its code in snake_case, "did you mean" kept. */
function usageFrom(e: CommanderError): UsageError {
  const message = e.message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')
    .replace(/\n/g, ' ');
  const code = e.code.replace(/^commander\./, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return new UsageError(message, code);
}

function program(io: Io, registers: readonly Register[], setCode: (code: number) => void): Command {
  const root = new Command('handoff')
    .exitOverride()
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: () => {},
      getOutHasColors: () => io.color === true,
      getErrHasColors: () => false,
    });
  root.helpInformation = () => `${HELP}\n`;
  const cli: Cli = {
    io,
    action:
      <A extends unknown[]>(fn: (...a: A) => number | Promise<number>) =>
      async (...a: A) =>
        setCode(await fn(...a)),
  };
  for (const register of registers) register(root, cli);
  return root;
}

/** The help that covers the command argv names: `handoff contract diff --help`, or the root's. */
function helpFor(root: Command, argv: readonly string[]): string {
  const words: string[] = [];
  let cmd: Command | undefined = root;
  for (const word of argv) {
    cmd = cmd.commands.find((c) => c.name() === word);
    if (!cmd) break;
    words.push(word);
  }
  return ['handoff', ...words, '--help'].join(' ');
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const json = wantsJson(argv);
  const [first] = argv;
  if (
    first === undefined ||
    ((first === '--help' || first === '-h' || first === 'help') && argv.length === 1)
  ) {
    io.out(`${HELP}\n`);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v' || first === '-V') {
    io.out(json ? `${JSON.stringify({ version: version(io.root) })}\n` : `${version(io.root)}\n`);
    return EXIT.ok;
  }
  let code: number = EXIT.ok;
  const cli = program(io, await registrations(first), (c) => (code = c));
  const help = helpFor(cli, argv);
  try {
    await cli.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help asked for exits 0; help shown because a command group was called bare is a usage error.
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.help' ||
        e.code === 'commander.version'
      ) {
        return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      }
      return reportError(io, usageFrom(e), json, help);
    }
    return reportError(io, e, json, help);
  }
}
