import type { Command } from 'commander';
import type { Finding } from '#core/artifact-types';
import { InputError } from '../errors.ts';
import { EXIT, type Io, paint } from '../io.ts';
import { loadContractArg } from './input.ts';
import { invalidOut, type ScoredFile, scoreFile } from './scored.ts';
import { type Cli, example } from './util.ts';

export interface FieldChange {
  op: 'added' | 'removed' | 'changed';
  pointer: string;
}

const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The pointers where two package revisions differ: values added, removed or changed (arrays by index). */
export function fieldChanges(a: unknown, b: unknown, at = ''): FieldChange[] {
  if (Object.is(a, b)) return [];
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) {
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ op: 'changed', pointer: at || '/' }];
  }
  const keys = Array.isArray(a)
    ? Array.from({ length: Math.max(a.length, (b as unknown as unknown[]).length) }, (_, i) => String(i))
    : [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((k): FieldChange[] => {
    const pointer = `${at}/${esc(k)}`;
    if (!(k in a)) return [{ op: 'added', pointer }];
    if (!(k in b)) return [{ op: 'removed', pointer }];
    return fieldChanges(a[k], (b as Record<string, unknown>)[k], pointer);
  });
}

const keyOf = (f: Finding) => `${f.ruleId} ${f.pointer}`;

export interface PackageDiff {
  old: { file: string; outcome: string; score: number; digest: string };
  new: { file: string; outcome: string; score: number; digest: string };
  scoreDelta: number;
  changes: FieldChange[];
  findings: { resolved: Finding[]; introduced: Finding[]; kept: number };
}

type Scored = Extract<ScoredFile, { kind: 'scored' }>;

export function diffPackages(a: Scored, b: Scored): PackageDiff {
  const side = (r: Scored) => ({
    file: r.file,
    outcome: r.artifact.decision.outcome,
    score: r.artifact.scorecard.total,
    digest: r.artifact.digest,
  });
  const before = new Set(a.artifact.findings.map(keyOf));
  const after = new Set(b.artifact.findings.map(keyOf));
  return {
    old: side(a),
    new: side(b),
    scoreDelta: b.artifact.scorecard.total - a.artifact.scorecard.total,
    changes: fieldChanges(a.pkg, b.pkg),
    findings: {
      resolved: a.artifact.findings.filter((f) => !after.has(keyOf(f))),
      introduced: b.artifact.findings.filter((f) => !before.has(keyOf(f))),
      kept: b.artifact.findings.filter((f) => before.has(keyOf(f))).length,
    },
  };
}

export function formatPackageDiff(d: PackageDiff, io: Pick<Io, 'color'> = {}): string {
  const sign = d.scoreDelta > 0 ? `+${d.scoreDelta}` : String(d.scoreDelta);
  const mark = { added: '+', removed: '-', changed: '~' } as const;
  const finding = (f: Finding) =>
    `${f.severity.toUpperCase().padEnd(5)} ${f.ruleId}  ${f.pointer || '/'}  ${f.message}`;
  const lines = [
    `${d.old.file} → ${d.new.file}`,
    `decision    ${d.old.outcome.toUpperCase()} → ${d.new.outcome.toUpperCase()}`,
    `score       ${d.old.score} → ${d.new.score} (${paint(io, d.scoreDelta < 0 ? 'red' : 'green', sign)})`,
    `changes     ${d.changes.length === 0 ? 'none' : `${d.changes.length} field(s)`}`,
    ...d.changes.map((c) => `  ${mark[c.op]} ${c.pointer}`),
    `findings    ${d.findings.resolved.length} resolved, ${d.findings.introduced.length} new, ${d.findings.kept} unchanged`,
    ...d.findings.resolved.map((f) => `  ${paint(io, 'green', 'resolved')} ${finding(f)}`),
    ...d.findings.introduced.map((f) => `  ${paint(io, 'red', 'new     ')} ${finding(f)}`),
  ];
  return `${lines.join('\n')}\n`;
}

function diff(io: Io, oldFile: string, newFile: string, opts: { json?: boolean; contract?: string }): number {
  const contract = opts.contract ? loadContractArg(opts.contract) : undefined;
  const [a, b] = [scoreFile(oldFile, contract), scoreFile(newFile, contract)];
  for (const r of [a, b]) if (r.kind === 'invalid') invalidOut(io, r, opts.json === true);
  if (a.kind !== 'scored' || b.kind !== 'scored') throw new InputError('invalid package', 'invalid_package');
  const d = diffPackages(a, b);
  io.out(opts.json ? `${JSON.stringify(d)}\n` : formatPackageDiff(d, io));
  return d.new.outcome === 'blocked' ? EXIT.failed : EXIT.ok;
}

export function diffCommand(program: Command, { io, action }: Cli): void {
  const cmd = program
    .command('diff')
    .summary('what changed between two revisions of a package, and how the score moved')
    .description(
      'Compare two revisions of a package: the fields that changed, the decision and score before and ' +
        'after, and the findings resolved and introduced. Exits 1 when the new revision is blocked.',
    )
    .argument('<old>', 'the earlier revision (.json or .yaml)')
    .argument('<new>', 'the later revision')
    .option('--json', 'the diff as JSON')
    .option('--contract <file|id@version>', 'score both against this contract');
  example(cmd, 'handoff diff launch-r1.yaml launch-r2.yaml');
  cmd.action(
    action((a: string, b: string, opts: { json?: boolean; contract?: string }) => diff(io, a, b, opts)),
  );
}
