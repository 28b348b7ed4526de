import type { HandoffContract, RiskLevel } from './contract-schema.ts';
import { DIMENSIONS, RISK_LEVELS } from './contract-schema.ts';
import { explainRule } from './rulebook.ts';

/**
 * Classifies every change between two versions of a handoff contract. "Breaking" means a package or a
 * consumer that worked with the old version may fail, be scored lower, be routed away or lose an output
 * with the new one: such a change needs a new MAJOR version and a heads-up to the teams involved.
 * Anything the classifier does not know is reported as breaking, so a new contract field cannot slip by.
 */

export interface ContractChange {
  /** JSON pointer into the contract; keyed lists use the item key (`/rulebooks/marketing-default`). */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  breaking: boolean;
  why: string;
  from?: unknown;
  to?: unknown;
}

export interface ContractDiff {
  changes: ContractChange[];
  breaking: boolean;
}

type Severity = 'off' | 'info' | 'warn' | 'block';
const SEVERITY_RANK: Record<Severity, number> = { off: 0, info: 1, warn: 2, block: 3 };
const riskRank = (r: RiskLevel): number => RISK_LEVELS.indexOf(r);

const HANDLED = new Set([
  'id',
  'version',
  'status',
  'title',
  'description',
  'handoff',
  'packageSchemaVersion',
  'requiredFields',
  'allowedChannels',
  'scoring',
  'rulebooks',
  'ruleOverrides',
  'approvals',
  'sla',
  'consumes',
  'produces',
  'routing',
]);

export function diffContracts(old: HandoffContract, next: HandoffContract): ContractDiff {
  const changes: ContractChange[] = [];
  const add = (c: ContractChange) => changes.push(c);
  const changed = (path: string, from: unknown, to: unknown, breaking: boolean, why: string) =>
    add({ path, kind: 'changed', breaking, why, from, to });

  // Identity and status.
  if (old.id !== next.id) {
    changed(
      '/id',
      old.id,
      next.id,
      true,
      'a different contract id: packages and consumers keyed on the old id no longer match',
    );
  }
  if (old.version !== next.version) {
    changed(
      '/version',
      old.version,
      next.version,
      false,
      'version label; compatibility is decided by the other changes',
    );
  }
  if (old.status !== next.status) {
    const closes = next.status === 'retired' || next.status === 'draft';
    changed(
      '/status',
      old.status,
      next.status,
      closes,
      closes
        ? `a ${next.status} contract accepts no handoffs`
        : next.status === 'deprecated'
          ? 'deprecated still accepts handoffs; plan the move to a successor'
          : `now ${next.status}`,
    );
  }
  if (old.title !== next.title) changed('/title', old.title, next.title, false, 'wording only');
  if (old.description !== next.description) {
    changed('/description', old.description, next.description, false, 'wording only');
  }
  for (const side of ['from', 'to'] as const) {
    if (old.handoff[side] !== next.handoff[side]) {
      changed(
        `/handoff/${side}`,
        old.handoff[side],
        next.handoff[side],
        true,
        `the ${side === 'from' ? 'sending' : 'receiving'} team changed: a different handoff`,
      );
    }
  }
  if (old.packageSchemaVersion !== next.packageSchemaVersion) {
    changed(
      '/packageSchemaVersion',
      old.packageSchemaVersion,
      next.packageSchemaVersion,
      true,
      'packages must be written to another schema version',
    );
  }

  // Package obligations.
  setDiff(add, '/requiredFields', old.requiredFields, next.requiredFields, {
    added: [true, 'a new required field: packages without it are now rejected'],
    removed: [false, 'no longer required (loosening)'],
  });
  setDiff(add, '/allowedChannels', old.allowedChannels, next.allowedChannels, {
    added: [false, 'a newly allowed channel (loosening)'],
    removed: [true, 'a removed channel: packages using it are now rejected'],
  });

  // Scoring.
  for (const d of DIMENSIONS) {
    const a = old.scoring.weights[d];
    const b = next.scoring.weights[d];
    if (a !== b) {
      changed(
        `/scoring/weights/${d}`,
        a,
        b,
        true,
        're-weighting changes every total: a package that passed may now fall below a threshold',
      );
    }
  }
  numeric(
    changed,
    '/scoring/thresholds/autoPassMin',
    old.scoring.thresholds.autoPassMin,
    next.scoring.thresholds.autoPassMin,
    'up',
    'fewer packages pass without a human',
  );
  numeric(
    changed,
    '/scoring/thresholds/blockBelow',
    old.scoring.thresholds.blockBelow,
    next.scoring.thresholds.blockBelow,
    'up',
    'more packages are blocked outright',
  );
  for (const band of ['criticalBelow', 'highBelow', 'mediumBelow'] as const) {
    numeric(
      changed,
      `/scoring/riskBands/${band}`,
      old.scoring.riskBands[band],
      next.scoring.riskBands[band],
      'up',
      'the same score now lands in a higher risk band',
    );
  }
  for (const sev of ['block', 'warn', 'info'] as const) {
    numeric(
      changed,
      `/scoring/penalties/${sev}`,
      old.scoring.penalties[sev],
      next.scoring.penalties[sev],
      'up',
      `each ${sev} finding costs more points`,
    );
  }

  // Rulebooks and overrides.
  const oldBooks = new Map(old.rulebooks.map((r) => [r.id, r.version]));
  const newBooks = new Map(next.rulebooks.map((r) => [r.id, r.version]));
  for (const [id, version] of oldBooks) {
    const nv = newBooks.get(id);
    if (nv === undefined) {
      add({
        path: `/rulebooks/${id}`,
        kind: 'removed',
        breaking: true,
        why: 'a removed rulebook changes which findings exist and every score',
        from: version,
      });
    } else if (nv !== version) {
      changed(
        `/rulebooks/${id}`,
        version,
        nv,
        true,
        'a rulebook version change can add, remove or re-grade findings',
      );
    }
  }
  for (const [id, version] of newBooks) {
    if (!oldBooks.has(id)) {
      add({
        path: `/rulebooks/${id}`,
        kind: 'added',
        breaking: true,
        why: 'a new rulebook adds findings to existing packages',
        to: version,
      });
    }
  }
  const oldOv = old.ruleOverrides ?? {};
  const newOv = next.ruleOverrides ?? {};
  for (const ruleId of [...new Set([...Object.keys(oldOv), ...Object.keys(newOv)])].sort()) {
    const base = defaultSeverity(ruleId);
    const a = oldOv[ruleId]?.severity;
    const b = newOv[ruleId]?.severity;
    if (a === b) continue;
    const from = a ?? base;
    const to = b ?? base;
    const path = `/ruleOverrides/${ruleId}`;
    const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    if (from === undefined || to === undefined) {
      add({
        path,
        kind,
        breaking: true,
        why: `rule ${ruleId} is unknown to the rulebooks: cannot tell whether this is stricter, treated as breaking`,
        from: a,
        to: b,
      });
      continue;
    }
    const stricter = SEVERITY_RANK[to] > SEVERITY_RANK[from];
    add({
      path,
      kind,
      breaking: stricter,
      why: stricter
        ? `rule ${ruleId} made stricter (${from} → ${to})`
        : SEVERITY_RANK[to] < SEVERITY_RANK[from]
          ? `rule ${ruleId} relaxed (${from} → ${to})`
          : `same effective severity (${to})`,
      ...(a === undefined ? {} : { from: a }),
      ...(b === undefined ? {} : { to: b }),
    });
  }

  // Approvals.
  const oa = old.approvals;
  const na = next.approvals;
  if (oa.timeoutSeconds !== na.timeoutSeconds) {
    const shorter = na.timeoutSeconds < oa.timeoutSeconds;
    changed(
      '/approvals/timeoutSeconds',
      oa.timeoutSeconds,
      na.timeoutSeconds,
      shorter,
      shorter
        ? 'approvers get less time before the handoff fails closed'
        : 'approvers get more time (loosening)',
    );
  }
  if (oa.defaultGroup !== na.defaultGroup) {
    changed(
      '/approvals/defaultGroup',
      oa.defaultGroup,
      na.defaultGroup,
      false,
      'approvals go to another group; tell both groups',
    );
  }
  const oldRoutes = new Map(oa.routes.map((r) => [r.id, r]));
  const newRoutes = new Map(na.routes.map((r) => [r.id, r]));
  for (const [id, r] of oldRoutes) {
    const n = newRoutes.get(id);
    if (!n)
      add({
        path: `/approvals/routes/${id}`,
        kind: 'removed',
        breaking: false,
        why: 'matching packages now go to the next route or the default group',
        from: r,
      });
    else if (JSON.stringify(r) !== JSON.stringify(n)) {
      changed(
        `/approvals/routes/${id}`,
        r,
        n,
        false,
        'routing to approver groups changed; packages are gated the same way',
      );
    }
  }
  for (const [id, r] of newRoutes) {
    if (!oldRoutes.has(id))
      add({
        path: `/approvals/routes/${id}`,
        kind: 'added',
        breaking: false,
        why: 'a new approval route; packages are gated the same way',
        to: r,
      });
  }
  const orderOld = oa.routes.map((r) => r.id).filter((id) => newRoutes.has(id));
  const orderNew = na.routes.map((r) => r.id).filter((id) => oldRoutes.has(id));
  if (orderOld.join() !== orderNew.join()) {
    changed(
      '/approvals/routes',
      orderOld,
      orderNew,
      false,
      'route order changed: the first matching route wins',
    );
  }
  const au = { old: oa.autoApprove, next: na.autoApprove };
  if (au.old.enabled !== au.next.enabled) {
    changed(
      '/approvals/autoApprove/enabled',
      au.old.enabled,
      au.next.enabled,
      !au.next.enabled,
      au.next.enabled
        ? 'some packages may now skip the human gate (loosening)'
        : 'auto-approval disabled: every package now waits for a human',
    );
  }
  numeric(
    changed,
    '/approvals/autoApprove/minScore',
    au.old.minScore,
    au.next.minScore,
    'up',
    'fewer packages are auto-approved',
  );
  if (au.old.maxRisk !== au.next.maxRisk) {
    const lowered = riskRank(au.next.maxRisk) < riskRank(au.old.maxRisk);
    changed(
      '/approvals/autoApprove/maxRisk',
      au.old.maxRisk,
      au.next.maxRisk,
      lowered,
      lowered ? 'fewer risk levels are auto-approved' : 'more risk levels may be auto-approved (loosening)',
    );
  }

  // SLA, inputs and outputs, routing.
  for (const k of ['baseline', 'target'] as const) {
    const a = old.sla.cycleTimeHours[k];
    const b = next.sla.cycleTimeHours[k];
    if (a !== b)
      changed(
        `/sla/cycleTimeHours/${k}`,
        a,
        b,
        false,
        'SLA reporting target; no package is accepted or rejected on it',
      );
  }
  setDiff(add, '/consumes', old.consumes, next.consumes, {
    added: [true, 'the receiving side now expects another input'],
    removed: [false, 'one input fewer is expected (loosening)'],
  });
  setDiff(add, '/produces', old.produces, next.produces, {
    added: [false, 'a new output (additive)'],
    removed: [true, 'an output consumers may rely on is no longer produced'],
  });
  if (old.routing.tag !== next.routing.tag) {
    changed(
      '/routing/tag',
      old.routing.tag,
      next.routing.tag,
      true,
      'consumers routing on the tag no longer receive the artifact',
    );
  }
  const hintKey = (h: HandoffContract['routing']['downstream'][number]) =>
    `${h.consumer}:${h.hint}:${h.when}`;
  setDiff(
    add,
    '/routing/downstream',
    old.routing.downstream.map(hintKey),
    next.routing.downstream.map(hintKey),
    {
      added: [false, 'a new downstream hint (additive)'],
      removed: [true, 'a downstream consumer no longer gets this hint'],
    },
  );

  // Safety net: a field this classifier does not know about.
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])]
    .filter((k) => !HANDLED.has(k))
    .sort();
  for (const k of keys) {
    const a = (old as Record<string, unknown>)[k];
    const b = (next as Record<string, unknown>)[k];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      changed(`/${k}`, a, b, true, 'unclassified field: treated as breaking to be safe');
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

function defaultSeverity(ruleId: string): Severity | undefined {
  try {
    return explainRule(ruleId)?.severity;
  } catch {
    return undefined;
  }
}

function numeric(
  changed: (path: string, from: unknown, to: unknown, breaking: boolean, why: string) => void,
  path: string,
  a: number,
  b: number,
  stricterWhen: 'up' | 'down',
  stricterWhy: string,
): void {
  if (a === b) return;
  const stricter = stricterWhen === 'up' ? b > a : b < a;
  changed(path, a, b, stricter, stricter ? `tightened: ${stricterWhy}` : 'loosened');
}

function setDiff(
  add: (c: ContractChange) => void,
  path: string,
  a: readonly string[],
  b: readonly string[],
  rules: { added: [boolean, string]; removed: [boolean, string] },
): void {
  const sa = new Set(a);
  const sb = new Set(b);
  for (const x of a)
    if (!sb.has(x))
      add({ path, kind: 'removed', breaking: rules.removed[0], why: rules.removed[1], from: x });
  for (const x of b)
    if (!sa.has(x)) add({ path, kind: 'added', breaking: rules.added[0], why: rules.added[1], to: x });
}
