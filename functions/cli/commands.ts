import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { HandoffArtifact } from '#core/artifact-types';
import { diffContracts, formatContractDiff } from '#core/contract-diff';
import type { HandoffContract } from '#core/contract-schema';
import { getContract, listContracts, parseContract, resolveContract } from '#core/contracts';
import { HandoffError, type Violation } from '#core/errors';
import { ENGINE_VERSION, SKILL } from '#core/identity';
import { handoffPackageSchema, PACKAGE_LIMITS } from '#core/package-schema';
import { explainLines, explainRule, listRules } from '#core/rulebook';
import { scorePackage } from '#core/score';
import { checkPackage, formatViolations, type PackageFormat, parsePackage } from '#core/validate';
import { AUDIT_HELP, auditCommand } from './commands/audit.ts';
import { FLAGS_HELP, flagsCommand } from './commands/flags.ts';
import { KPI_HELP, kpiCommand } from './commands/kpi.ts';
import { REPLAY_HELP, replayCommand } from './commands/replay.ts';
import { THRESHOLDS_HELP, thresholdsCommand } from './commands/thresholds.ts';
import { renderSchemas } from './schemas.ts';

export { renderSchemas, SCHEMA_FILES } from './schemas.ts';

const OPS_HELP = [KPI_HELP, FLAGS_HELP, REPLAY_HELP, AUDIT_HELP, THRESHOLDS_HELP].join('\n');

/**
 * The `handoff` command line. Pure functions of (argv, io) returning an exit code, so tests can run it
 * in-process; `main.ts` wires it to the real process. Exit codes: 0 ok / pass / needs-approval,
 * 1 blocked / invalid input / breaking change, 2 usage error (unknown command or flag, missing file).
 */

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Repository root (where `schemas/` lives). */
  root: string;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const PKG_VERSION = (() => {
  try {
    const url = new URL('../../package.json', import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();

export const HELP = `handoff — validate, score and compare marketing handoff packages and contracts

Usage:
  handoff validate FILE [--json]          Check a package (JSON or YAML) against schema v1 and the
                                          contract it references.
  handoff score FILE [--json]             Score a package: decision, score, risk, confidence, findings,
                                          approval. --json prints exactly the artifact JSON and a newline.
  handoff contract diff OLD NEW [--json]  Classify changes between two contracts (file paths or
                                          id@version, e.g. campaign-package-to-publishing@0.9.0).
  handoff contract list                   List the bundled contracts.
  handoff explain RULE_ID                 Show a rule's family, severity, channels and rationale.
  handoff explain --list                  List every rule id.
  handoff schemas --write | --check       Write (or verify) the JSON Schemas in schemas/.
  handoff --help | --version

Operating (read the runs/artifacts/flags tables; see RUNBOOK.md):
${OPS_HELP}
  Where: --local (the running npm start stack), --endpoint URL, --region R, --table-prefix P,
  or the environment (AWS_REGION, AWS_PROFILE, RUNS_TABLE, ARTIFACTS_TABLE, FLAGS_TABLE).

Exit codes:
  0  ok: valid package, outcome pass or needs-approval, no breaking change
  1  blocked package, invalid input (violations are listed) or a breaking contract change
  2  usage error: unknown command or flag, missing argument or file

  needs-approval exits 0 on purpose: it is a valid outcome that routes the package to a human
  approver, not a failure of the package. Scripts that must stop on it can read the decision from
  \`handoff score FILE --json\` (.decision.outcome).

Files ending in .yaml/.yml are read as YAML, .json as JSON, anything else is detected from content.`;

class UsageError extends HandoffError {
  override readonly name = 'UsageError';
}
class InputError extends HandoffError {
  override readonly name = 'InputError';
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch([...argv], io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`handoff: ${e.message}\nRun 'handoff --help' for usage.\n`);
      return EXIT.usage;
    }
    if (e instanceof InputError) {
      io.err(`handoff: ${e.message}\n`);
      return EXIT.failed;
    }
    // Never a stack trace: one readable line, and the code says "failed".
    io.err(`handoff: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.failed;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.out(`${HELP}\n`);
      return command === undefined ? EXIT.usage : EXIT.ok;
    case '--version':
    case '-v':
      io.out(
        `handoff ${PKG_VERSION} (engine ${ENGINE_VERSION}, package schema v1, artifact v${SKILL.artifactVersion})\n`,
      );
      return EXIT.ok;
    case 'validate':
      return validateCmd(rest, io);
    case 'score':
      return scoreCmd(rest, io);
    case 'contract':
      return contractCmd(rest, io);
    case 'explain':
      return explainCmd(rest, io);
    case 'schemas':
      return schemasCmd(rest, io);
    // Operating commands (functions/cli/commands/*): they read the deployed or local tables.
    case 'kpi':
      return kpiCommand(rest, io);
    case 'flags':
      return flagsCommand(rest, io);
    case 'replay':
      return replayCommand(rest, io);
    case 'audit':
      return auditCommand(rest, io);
    case 'thresholds':
      return thresholdsCommand(rest, io);
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

function args<const O extends Record<string, { type: 'boolean' }>>(
  argv: string[],
  options: O,
  positionals: number,
) {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(
      e instanceof Error ? (e.message.split('\n')[0] ?? 'bad arguments') : 'bad arguments',
    );
  }
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(
      parsed.positionals.length < positionals
        ? `missing argument (expected ${positionals})`
        : `unexpected argument '${parsed.positionals[positionals]}'`,
    );
  }
  return { flags: parsed.values as { [K in keyof O]?: boolean }, pos: parsed.positionals };
}

function readInput(file: string): Uint8Array {
  if (!existsSync(file)) throw new UsageError(`file not found: ${file}`);
  const st = statSync(file);
  if (!st.isFile()) throw new UsageError(`not a file: ${file}`);
  // Read at most one byte over the limit: the validator reports payload_too_large without loading more.
  if (st.size > PACKAGE_LIMITS.maxBytes) return new Uint8Array(st.size > 0 ? PACKAGE_LIMITS.maxBytes + 1 : 0);
  return readFileSync(file);
}

function formatOf(file: string): PackageFormat {
  const ext = extname(file).toLowerCase();
  return ext === '.yaml' || ext === '.yml' ? 'yaml' : ext === '.json' ? 'json' : 'auto';
}

function violationsOut(io: Io, title: string, v: readonly Violation[]): void {
  io.err(`${title}: ${v.length} violation(s)\n${formatViolations(v)}\n`);
}

// ---------------------------------------------------------------------------------------------------

function validateCmd(argv: string[], io: Io): number {
  const { flags, pos } = args(argv, { json: { type: 'boolean' } }, 1);
  const file = pos[0] as string;
  const result = checkPackage(readInput(file), formatOf(file));
  if (flags.json) {
    io.out(
      `${JSON.stringify(result.ok ? { ok: true, violations: [] } : { ok: false, violations: result.error })}\n`,
    );
    return result.ok ? EXIT.ok : EXIT.failed;
  }
  if (!result.ok) {
    // The violations are this command's output, so they go to stdout (score keeps stdout for the artifact).
    io.out(`${file} is invalid: ${result.error.length} violation(s)\n${formatViolations(result.error)}\n`);
    return EXIT.failed;
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

function scoreCmd(argv: string[], io: Io): number {
  const { flags, pos } = args(argv, { json: { type: 'boolean' } }, 1);
  const file = pos[0] as string;
  const parsed = parsePackage(readInput(file), formatOf(file));
  if (!parsed.ok) {
    violationsOut(io, `${file} is invalid`, parsed.error);
    return EXIT.failed;
  }
  const contract = resolveContract(parsed.value.contract);
  if (!contract.ok) {
    violationsOut(io, `${file} references an unknown contract`, contract.error);
    return EXIT.failed;
  }
  const artifact = scorePackage(parsed.value, contract.value);
  if (flags.json) io.out(`${JSON.stringify(artifact)}\n`);
  else io.out(summarize(artifact));
  return artifact.decision.outcome === 'blocked' ? EXIT.failed : EXIT.ok;
}

/** The readable summary of `handoff score`. */
export function summarize(a: HandoffArtifact): string {
  const dims = Object.entries(a.scorecard.dimensions)
    .map(([d, s]) => `${d} ${s.score}`)
    .join(' · ');
  const counts = { block: 0, warn: 0, info: 0 };
  for (const f of a.findings) counts[f.severity]++;
  const lines = [
    `${a.package.title} (${a.package.streamId}/${a.package.packageId})`,
    `contract    ${a.contract.id}@${a.contract.version}`,
    `decision    ${a.decision.outcome.toUpperCase()}`,
    `score       ${a.scorecard.total}/100  (${dims})`,
    `risk        ${a.risk}`,
    `confidence  ${a.confidence.value}/100`,
    ...a.decision.reasons.map((r, i) => `${i === 0 ? 'reasons    ' : '           '} - ${r}`),
    `findings    ${counts.block} block, ${counts.warn} warn, ${counts.info} info`,
    ...a.findings.map(
      (f) => `  ${f.severity.toUpperCase().padEnd(5)} ${f.ruleId}  ${f.pointer || '/'}  ${f.message}`,
    ),
    a.approval.required
      ? `approval    required: group ${a.approval.group} (route ${a.approval.routeId}), timeout ${a.approval.timeoutSeconds} s; approvers: ${
          a.approval.approvers.map((p) => `${p.name} <${p.email}>`).join(', ') || 'none listed'
        }`
      : `approval    not required: ${a.approval.reason}`,
    `routing     ${a.routing.tag}`,
    `digest      ${a.digest}`,
  ];
  return `${lines.join('\n')}\n`;
}

function loadContractArg(arg: string): HandoffContract {
  const looksLikeFile = arg.endsWith('.json') || arg.includes('/') || arg.includes('\\');
  if (looksLikeFile || existsSync(arg)) {
    if (!existsSync(arg)) throw new UsageError(`file not found: ${arg}`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(arg, 'utf8'));
    } catch (e) {
      throw new InputError(`${arg} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    const parsed = parseContract(json);
    if (!parsed.ok) throw new InputError(`${arg} is not a valid contract:\n  ${parsed.error.join('\n  ')}`);
    return parsed.value;
  }
  const m = /^([^@\s]+)@(\d+\.\d+\.\d+)$/.exec(arg);
  if (!m) throw new UsageError(`'${arg}' is neither a contract file nor id@version`);
  const contract = getContract(m[1] as string, m[2] as string);
  if (!contract) {
    const known = listContracts().map((c) => `${c.id}@${c.version}`);
    throw new UsageError(`unknown contract ${arg} (known: ${known.join(', ')})`);
  }
  return contract;
}

function contractCmd(argv: string[], io: Io): number {
  const [sub, ...rest] = argv;
  if (sub === 'list') {
    args(rest, {}, 0);
    for (const c of listContracts()) {
      io.out(
        `${`${c.id}@${c.version}`.padEnd(40)} ${c.status.padEnd(10)} ${c.handoff.from} → ${c.handoff.to}\n`,
      );
    }
    return EXIT.ok;
  }
  if (sub !== 'diff')
    throw new UsageError(
      sub ? `unknown contract command '${sub}'` : 'missing contract command (diff or list)',
    );
  const { flags, pos } = args(rest, { json: { type: 'boolean' } }, 2);
  const old = loadContractArg(pos[0] as string);
  const next = loadContractArg(pos[1] as string);
  const diff = diffContracts(old, next);
  io.out(flags.json ? `${JSON.stringify(diff)}\n` : `${formatContractDiff(old, next, diff)}\n`);
  return diff.breaking ? EXIT.failed : EXIT.ok;
}

function explainCmd(argv: string[], io: Io): number {
  if (argv.length === 1 && argv[0] === '--list') {
    for (const r of listRules()) io.out(`${r.id.padEnd(44)} ${r.severity.padEnd(5)} ${r.family}\n`);
    return EXIT.ok;
  }
  const { pos } = args(argv, {}, 1);
  const id = pos[0] as string;
  const rule = explainRule(id);
  if (!rule) {
    const prefix = id.split('.')[0] ?? id;
    const near = listRules()
      .filter((r) => r.id.startsWith(`${prefix}.`) || r.family === prefix)
      .map((r) => r.id)
      .slice(0, 12);
    throw new InputError(
      `unknown rule '${id}'${near.length ? `; rules in '${prefix}': ${near.join(', ')}` : "; run 'handoff explain --list'"}`,
    );
  }
  io.out(
    [
      rule.id,
      `  family     ${rule.family}${rule.topic ? ` (topic ${rule.topic})` : ''}`,
      `  severity   ${rule.severity}`,
      `  channels   ${rule.channels === 'all' ? 'all' : rule.channels.join(', ')}`,
      `  rulebook   ${rule.rulebook.id}@${rule.rulebook.version}`,
      ...explainLines(rule),
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

// ---------------------------------------------------------------------------------------------------

function schemasCmd(argv: string[], io: Io): number {
  const { flags } = args(argv, { write: { type: 'boolean' }, check: { type: 'boolean' } }, 0);
  if (flags.write === flags.check) throw new UsageError('schemas needs exactly one of --write or --check');
  const dir = join(io.root, 'schemas');
  const files = renderSchemas();
  if (flags.write) {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      io.out(`wrote ${join('schemas', name)}\n`);
    }
    return EXIT.ok;
  }
  const stale = Object.entries(files)
    .filter(([name, text]) => !existsSync(join(dir, name)) || readFileSync(join(dir, name), 'utf8') !== text)
    .map(([name]) => name);
  if (stale.length > 0) {
    io.err(`handoff: out of date: ${stale.join(', ')}; run 'npm run schemas'\n`);
    return EXIT.failed;
  }
  io.out('schemas are up to date\n');
  return EXIT.ok;
}
