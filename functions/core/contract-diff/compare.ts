import type { HandoffContract, RiskLevel } from '../contract-schema.ts';
import { RISK_LEVELS } from '../contract-schema.ts';
import { explainRule } from '../rulebook.ts';

export interface ContractChange {
  /** JSON pointer into the contract; keyed lists use the item key (`/rulebooks/marketing-default`). */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  breaking: boolean;
  why: string;
  from?: unknown;
  to?: unknown;
}

export type Add = (c: ContractChange) => void;

/** Compares the values at `path` in the old and the new contract and reports each change. */
export type Comparator = (path: string, from: unknown, to: unknown, add: Add) => void;

/** A changed scalar (compared with `!==`), judged breaking or not by `judge`. */
export const changedWhen =
  (judge: (from: never, to: never) => [breaking: boolean, why: string]): Comparator =>
  (path, from, to, add) => {
    if (from === to) return;
    const [breaking, why] = judge(from as never, to as never);
    add({ path, kind: 'changed', breaking, why, from, to });
  };

/** Any change is (or is not) breaking, for the same reason. */
export const fixed = (breaking: boolean, why: string) => changedWhen(() => [breaking, why]);

/** A number where moving in `stricterWhen` tightens the contract (breaking) and the other way loosens it. */
export const tightensWhen = (stricterWhen: 'up' | 'down', stricterWhy: string) =>
  changedWhen((a: number, b: number) => {
    const stricter = stricterWhen === 'up' ? b > a : b < a;
    return [stricter, stricter ? `tightened: ${stricterWhy}` : 'loosened'];
  });

export const riskRank = (r: RiskLevel): number => RISK_LEVELS.indexOf(r);

/** A list of strings compared as a set: each added and each removed item is its own change. */
export const setOf =
  <T>(
    rules: { added: [boolean, string]; removed: [boolean, string] },
    keyOf: (item: T) => string = String,
  ): Comparator =>
  (path, from, to, add) => {
    const a = (from as readonly T[]).map(keyOf);
    const b = (to as readonly T[]).map(keyOf);
    const sa = new Set(a);
    const sb = new Set(b);
    for (const x of a)
      if (!sb.has(x))
        add({ path, kind: 'removed', breaking: rules.removed[0], why: rules.removed[1], from: x });
    for (const x of b)
      if (!sa.has(x)) add({ path, kind: 'added', breaking: rules.added[0], why: rules.added[1], to: x });
  };

// ---------------------------------------------------------------------------------------------------
// Keyed lists: rulebooks by id, rule overrides by rule id, approval routes by id.

type Books = HandoffContract['rulebooks'];

export const rulebooks: Comparator = (path, from, to, add) => {
  const oldBooks = new Map((from as Books).map((r) => [r.id, r.version]));
  const newBooks = new Map((to as Books).map((r) => [r.id, r.version]));
  for (const [id, version] of oldBooks) {
    const nv = newBooks.get(id);
    if (nv === undefined) {
      add({
        path: `${path}/${id}`,
        kind: 'removed',
        breaking: true,
        why: 'a removed rulebook changes which findings exist and every score',
        from: version,
      });
    } else if (nv !== version) {
      const why = 'a rulebook version change can add, remove or re-grade findings';
      add({ path: `${path}/${id}`, kind: 'changed', breaking: true, why, from: version, to: nv });
    }
  }
  for (const [id, version] of newBooks) {
    if (!oldBooks.has(id)) {
      add({
        path: `${path}/${id}`,
        kind: 'added',
        breaking: true,
        why: 'a new rulebook adds findings to existing packages',
        to: version,
      });
    }
  }
};

type OverrideSeverity = 'off' | 'info' | 'warn' | 'block';
const SEVERITY_RANK: Record<OverrideSeverity, number> = { off: 0, info: 1, warn: 2, block: 3 };
type Overrides = NonNullable<HandoffContract['ruleOverrides']>;

function defaultSeverity(ruleId: string): OverrideSeverity | undefined {
  try {
    return explainRule(ruleId)?.severity;
  } catch {
    return undefined;
  }
}

/** An override is compared with the rule's effective severity on the other side (its default if none). */
export const ruleOverrides: Comparator = (path, from, to, add) => {
  const oldOv = (from as Overrides | undefined) ?? {};
  const newOv = (to as Overrides | undefined) ?? {};
  for (const ruleId of [...new Set([...Object.keys(oldOv), ...Object.keys(newOv)])].sort()) {
    const a = oldOv[ruleId]?.severity;
    const b = newOv[ruleId]?.severity;
    if (a === b) continue;
    const base = defaultSeverity(ruleId);
    const was = a ?? base;
    const now = b ?? base;
    const at = `${path}/${ruleId}`;
    const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    if (was === undefined || now === undefined) {
      add({
        path: at,
        kind,
        breaking: true,
        why: `rule ${ruleId} is unknown to the rulebooks: cannot tell whether this is stricter, treated as breaking`,
        from: a,
        to: b,
      });
      continue;
    }
    const stricter = SEVERITY_RANK[now] > SEVERITY_RANK[was];
    add({
      path: at,
      kind,
      breaking: stricter,
      why: stricter
        ? `rule ${ruleId} made stricter (${was} → ${now})`
        : SEVERITY_RANK[now] < SEVERITY_RANK[was]
          ? `rule ${ruleId} relaxed (${was} → ${now})`
          : `same effective severity (${now})`,
      ...(a === undefined ? {} : { from: a }),
      ...(b === undefined ? {} : { to: b }),
    });
  }
};

type Routes = HandoffContract['approvals']['routes'];

/** What a changed route means for who may decide: an escalation lets another group approve. */
function routeChange(r: Routes[number], n: Routes[number]): string {
  const parts: string[] = [];
  if (r.escalateTo !== n.escalateTo) {
    parts.push(
      n.escalateTo === undefined
        ? `no escalation any more: only ${n.group} decides`
        : `group ${n.escalateTo} may now decide when ${n.group} has not by the last reminder`,
    );
  }
  if (JSON.stringify(r.reminders) !== JSON.stringify(n.reminders)) parts.push('reminder points changed');
  if (r.group !== n.group || JSON.stringify(r.when) !== JSON.stringify(n.when))
    parts.push('routing to approver groups changed');
  return `${parts.join('; ') || 'route changed'}; packages still need an approval`;
}

/** Routes by id, then their order: the first matching route wins. */
export const approvalRoutes: Comparator = (path, from, to, add) => {
  const oldRoutes = new Map((from as Routes).map((r) => [r.id, r]));
  const newRoutes = new Map((to as Routes).map((r) => [r.id, r]));
  for (const [id, r] of oldRoutes) {
    const n = newRoutes.get(id);
    if (!n)
      add({
        path: `${path}/${id}`,
        kind: 'removed',
        breaking: false,
        why: 'matching packages now go to the next route or the default group',
        from: r,
      });
    else if (JSON.stringify(r) !== JSON.stringify(n)) {
      add({
        path: `${path}/${id}`,
        kind: 'changed',
        breaking: false,
        why: routeChange(r, n),
        from: r,
        to: n,
      });
    }
  }
  for (const [id, r] of newRoutes) {
    if (!oldRoutes.has(id))
      add({
        path: `${path}/${id}`,
        kind: 'added',
        breaking: false,
        why: `a new approval route to ${r.group}${r.escalateTo ? `, escalating to ${r.escalateTo}` : ''}; packages still need an approval`,
        to: r,
      });
  }
  const orderOld = (from as Routes).map((r) => r.id).filter((id) => newRoutes.has(id));
  const orderNew = (to as Routes).map((r) => r.id).filter((id) => oldRoutes.has(id));
  if (orderOld.join() !== orderNew.join()) {
    const why = 'route order changed: the first matching route wins';
    add({ path, kind: 'changed', breaking: false, why, from: orderOld, to: orderNew });
  }
};
