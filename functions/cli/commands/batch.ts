import { existsSync, globSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Command, Option } from 'commander';
import { ENGINE_VERSION } from '#core/identity';
import { UsageError } from '../errors.ts';
import { EXIT, type Io, paint } from '../io.ts';
import { toGithub } from '../report/github.ts';
import { toJunit } from '../report/junit.ts';
import { failed, verdictOf } from '../report/results.ts';
import { toSarif } from '../report/sarif.ts';
import { loadContractArg } from './input.ts';
import { outcomeColour, type ScoredFile, scoreFile } from './scored.ts';

export const FORMATS = ['table', 'json', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

const PACKAGE_EXT = /\.(json|ya?ml)$/i;
const GLOB = /[*?[\]{}]/;

export function batchOptions(cmd: Command): Command {
  return cmd.addOption(
    new Option('--format <format>', 'many files: summary table or a CI report').choices(
      FORMATS as unknown as string[],
    ),
  );
}

/** Batch mode: more than one path, a folder, a glob, or an explicit --format. */
export function isBatch(paths: readonly string[], opts: { format?: string }): boolean {
  if (opts.format !== undefined || paths.length !== 1) return true;
  const [p] = paths as [string];
  return existsSync(p) ? statSync(p).isDirectory() : GLOB.test(p);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return walk(path);
      return e.isFile() && PACKAGE_EXT.test(e.name) ? [path] : [];
    });
}

/** Files, folders (searched for .json/.yaml/.yml) and globs → the package files, in order, once each. */
export function expandPaths(paths: readonly string[]): string[] {
  const files = paths.flatMap((p) => {
    if (existsSync(p)) return statSync(p).isDirectory() ? walk(p) : [p];
    if (!GLOB.test(p)) throw new UsageError(`file not found: ${p}`, 'file_not_found');
    const matched = globSync(p)
      .filter((f) => statSync(f).isFile())
      .sort();
    if (matched.length === 0) throw new UsageError(`no files match ${p}`, 'file_not_found');
    return matched;
  });
  return [...new Set(files)];
}

function summaryOf(results: readonly ScoredFile[]) {
  const counts = { files: results.length, pass: 0, 'needs-approval': 0, blocked: 0, invalid: 0 };
  for (const r of results) counts[verdictOf(r) as keyof typeof counts]++;
  return counts;
}

function table(io: Io, results: readonly ScoredFile[]): string {
  const width = Math.max(4, ...results.map((r) => r.file.length));
  const rows = results.map((r) => {
    const verdict = verdictOf(r);
    const coloured = paint(io, verdict === 'invalid' ? 'red' : outcomeColour(verdict), verdict.padEnd(14));
    if (r.kind === 'invalid')
      return `${r.file.padEnd(width)}  ${coloured}  ${'-'.padStart(5)}  ${r.violations.length} violation(s)`;
    const f = r.artifact.findings;
    const count = (s: string) => f.filter((x) => x.severity === s).length;
    return `${r.file.padEnd(width)}  ${coloured}  ${String(r.artifact.scorecard.total).padStart(5)}  ${count('block')} block, ${count('warn')} warn, ${count('info')} info`;
  });
  const s = summaryOf(results);
  return [
    `${'file'.padEnd(width)}  ${'decision'.padEnd(14)}  score  findings`,
    ...rows,
    `${s.files} file(s): ${s.pass} pass, ${s['needs-approval']} needs-approval, ${s.blocked} blocked, ${s.invalid} invalid`,
    '',
  ].join('\n');
}

function asJson(results: readonly ScoredFile[]): string {
  const files = results.map((r) =>
    r.kind === 'invalid'
      ? { file: r.file, outcome: 'invalid', violations: r.violations }
      : { file: r.file, outcome: r.artifact.decision.outcome, artifact: r.artifact },
  );
  return `${JSON.stringify({ summary: summaryOf(results), files })}\n`;
}

export function render(io: Io, format: Format, results: readonly ScoredFile[]): string {
  switch (format) {
    case 'json':
      return asJson(results);
    case 'sarif':
      return `${JSON.stringify(toSarif(results, ENGINE_VERSION), null, 2)}\n`;
    case 'junit':
      return toJunit(results);
    case 'github':
      return toGithub(results);
    default:
      return table(io, results);
  }
}

/** `handoff score PATH…`: every package scored, one report; exit 1 when any is blocked or invalid. */
export function scoreBatch(
  io: Io,
  paths: readonly string[],
  opts: { json?: boolean; format?: string; contract?: string },
): number {
  const contract = opts.contract ? loadContractArg(opts.contract) : undefined;
  const cwd = process.cwd();
  const results = expandPaths(paths).map((file) => {
    const r = scoreFile(file, contract);
    const rel = relative(cwd, file);
    return { ...r, file: rel.startsWith('..') ? file : rel };
  });
  const format = (opts.format ?? (opts.json ? 'json' : 'table')) as Format;
  io.out(render(io, format, results));
  return results.some(failed) ? EXIT.failed : EXIT.ok;
}
