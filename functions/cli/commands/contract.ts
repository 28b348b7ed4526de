import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { diffContracts, formatContractDiff } from '#core/contract-diff';
import { listContracts } from '#core/contracts';
import { explainLines, explainRule, listRules } from '#core/rulebook';
import { InputError, UsageError } from '../errors.ts';
import { EXIT, type Io } from '../io.ts';
import { renderSchemas } from '../schemas.ts';
import { loadContractArg } from './input.ts';
import { type Cli, example } from './util.ts';

function list(io: Io, json: boolean): number {
  const contracts = listContracts();
  if (json) {
    const rows = contracts.map((c) => ({
      id: c.id,
      version: c.version,
      status: c.status,
      handoff: c.handoff,
    }));
    io.out(`${JSON.stringify(rows)}\n`);
    return EXIT.ok;
  }
  for (const c of contracts) {
    io.out(
      `${`${c.id}@${c.version}`.padEnd(40)} ${c.status.padEnd(10)} ${c.handoff.from} → ${c.handoff.to}\n`,
    );
  }
  return EXIT.ok;
}

export function contractCommand(program: Command, { io, action }: Cli): void {
  const group = program.command('contract').summary('list and compare handoff contracts');
  example(
    group.command('list').summary('list the bundled contracts').option('--json', 'JSON output'),
    'handoff contract list',
  ).action(action((opts: { json?: boolean }) => list(io, opts.json === true)));
  const diff = group
    .command('diff')
    .summary('classify changes between two contracts')
    .description('Classify changes between two contracts; exit 1 on a breaking change.')
    .argument('<old>', 'contract file or id@version')
    .argument('<new>', 'contract file or id@version')
    .option('--json', 'the diff as JSON');
  example(
    diff,
    'handoff contract diff campaign-package-to-publishing@0.9.0 campaign-package-to-publishing@1.0.0',
  );
  diff.action(
    action((a: string, b: string, opts: { json?: boolean }) => {
      const old = loadContractArg(a);
      const next = loadContractArg(b);
      const d = diffContracts(old, next);
      io.out(opts.json ? `${JSON.stringify(d)}\n` : `${formatContractDiff(old, next, d)}\n`);
      return d.breaking ? EXIT.failed : EXIT.ok;
    }),
  );
}

function unknownRule(id: string): InputError {
  const prefix = id.split('.')[0] ?? id;
  const near = listRules()
    .filter((r) => r.id.startsWith(`${prefix}.`) || r.family === prefix)
    .map((r) => r.id)
    .slice(0, 12);
  return new InputError(
    `unknown rule '${id}'${near.length ? `; rules in '${prefix}': ${near.join(', ')}` : "; run 'handoff explain --list'"}`,
    'unknown_rule',
    { suggestions: near },
  );
}

function explain(io: Io, id: string | undefined, opts: { list?: boolean; json?: boolean }): number {
  if (opts.list) {
    if (id !== undefined)
      throw new UsageError('explain takes a RULE_ID or --list, not both', 'excess_arguments');
    const rules = listRules();
    if (opts.json)
      io.out(`${JSON.stringify(rules.map((r) => ({ id: r.id, severity: r.severity, family: r.family })))}\n`);
    else for (const r of rules) io.out(`${r.id.padEnd(44)} ${r.severity.padEnd(5)} ${r.family}\n`);
    return EXIT.ok;
  }
  if (id === undefined) throw new UsageError("missing required argument 'rule-id'", 'missing_argument');
  const rule = explainRule(id);
  if (!rule) throw unknownRule(id);
  if (opts.json) {
    io.out(`${JSON.stringify(rule)}\n`);
    return EXIT.ok;
  }
  const lines = [
    rule.id,
    `  family     ${rule.family}${rule.topic ? ` (topic ${rule.topic})` : ''}`,
    `  severity   ${rule.severity}`,
    `  channels   ${rule.channels === 'all' ? 'all' : rule.channels.join(', ')}`,
    `  rulebook   ${rule.rulebook.id}@${rule.rulebook.version}`,
    ...explainLines(rule),
  ];
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

export function explainCommand(program: Command, { io, action }: Cli): void {
  const cmd = program
    .command('explain')
    .summary("a rule's family, severity, channels and rationale")
    .argument('[rule-id]', 'the rule, e.g. disclosure.email-unsubscribe')
    .option('--list', 'list every rule id')
    .option('--json', 'JSON output');
  example(cmd, 'handoff explain disclosure.email-unsubscribe', 'handoff explain --list | grep claims');
  cmd.action(
    action((id: string | undefined, opts: { list?: boolean; json?: boolean }) => explain(io, id, opts)),
  );
}

function schemas(io: Io, opts: { write?: boolean; check?: boolean; json?: boolean }): number {
  if (opts.write === opts.check)
    throw new UsageError('schemas needs exactly one of --write or --check', 'usage');
  const dir = join(io.root, 'schemas');
  const files = renderSchemas();
  if (opts.write) {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const written = Object.keys(files).map((name) => join('schemas', name));
    io.out(opts.json ? `${JSON.stringify({ written })}\n` : written.map((f) => `wrote ${f}\n`).join(''));
    return EXIT.ok;
  }
  const stale = Object.entries(files)
    .filter(([name, text]) => !existsSync(join(dir, name)) || readFileSync(join(dir, name), 'utf8') !== text)
    .map(([name]) => name);
  if (stale.length > 0) {
    throw new InputError(`out of date: ${stale.join(', ')}; run 'npm run schemas'`, 'schemas_out_of_date', {
      stale,
    });
  }
  io.out(opts.json ? `${JSON.stringify({ upToDate: true })}\n` : 'schemas are up to date\n');
  return EXIT.ok;
}

export function schemasCommand(program: Command, { io, action }: Cli): void {
  const cmd = program
    .command('schemas')
    .summary('write or verify the JSON Schemas in schemas/')
    .option('--write', 'write them')
    .option('--check', 'exit 1 when they are out of date')
    .option('--json', 'JSON output');
  example(cmd, 'handoff schemas --check');
  cmd.action(action((opts: { write?: boolean; check?: boolean; json?: boolean }) => schemas(io, opts)));
}
