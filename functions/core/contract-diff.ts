import type { ContractChange } from './contract-diff/compare.ts';
import { DIFF_RULES } from './contract-diff/rules.ts';
import type { HandoffContract } from './contract-schema.ts';
import { valueAt } from './json-pointer.ts';

/**
 * Classifies every change between two versions of a handoff contract. "Breaking" means a package or a
 * consumer that worked with the old version may fail, be scored lower, be routed away or lose an output
 * with the new one: such a change needs a new MAJOR version and a heads-up to the teams involved.
 * What each field means is the table in contract-diff/rules.ts. Anything the classifier does not know is
 * reported as breaking, so a new contract field cannot slip by.
 */

export type { ContractChange } from './contract-diff/compare.ts';

export interface ContractDiff {
  changes: ContractChange[];
  breaking: boolean;
}

/** Top-level contract fields the table classifies; any other field falls to the safety net. */
const HANDLED = new Set(DIFF_RULES.map((r) => r.path.split('/')[1] as string));

export function diffContracts(old: HandoffContract, next: HandoffContract): ContractDiff {
  const changes: ContractChange[] = [];
  const add = (c: ContractChange) => changes.push(c);
  for (const { path, compare } of DIFF_RULES) compare(path, valueAt(old, path), valueAt(next, path), add);

  // Safety net: a field this classifier does not know about.
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])]
    .filter((k) => !HANDLED.has(k))
    .sort();
  for (const k of keys) {
    const a = (old as Record<string, unknown>)[k];
    const b = (next as Record<string, unknown>)[k];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      add({
        path: `/${k}`,
        kind: 'changed',
        breaking: true,
        why: 'unclassified field: treated as breaking to be safe',
        from: a,
        to: b,
      });
    }
  }

  return { changes, breaking: changes.some((c) => c.breaking) };
}

/** Readable summary for the CLI: one change per line, breaking ones marked. */
export function formatContractDiff(old: HandoffContract, next: HandoffContract, diff: ContractDiff): string {
  const head = `${old.id}@${old.version} → ${next.id}@${next.version}: ${diff.changes.length} change(s), ${
    diff.breaking ? `${diff.changes.filter((c) => c.breaking).length} BREAKING` : 'none breaking'
  }`;
  const show = (v: unknown) => {
    const s = JSON.stringify(v);
    return s === undefined ? '' : s.length > 60 ? `${s.slice(0, 59)}…` : s;
  };
  const lines = diff.changes.map((c) => {
    const values =
      c.kind === 'changed'
        ? ` ${show(c.from)} → ${show(c.to)}`
        : c.kind === 'added'
          ? ` + ${show(c.to)}`
          : ` - ${show(c.from)}`;
    return `  ${c.breaking ? 'BREAKING' : 'ok      '} ${c.kind.padEnd(7)} ${c.path}${values}: ${c.why}`;
  });
  return [head, ...lines].join('\n');
}
