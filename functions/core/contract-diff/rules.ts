import type { HandoffContract, RiskLevel } from '../contract-schema.ts';

type ContractStatus = HandoffContract['status'];

import { DIMENSIONS } from '../contract-schema.ts';
import {
  approvalRoutes,
  type Comparator,
  changedWhen,
  fixed,
  riskRank,
  rulebooks,
  ruleOverrides,
  setOf,
  tightensWhen,
} from './compare.ts';

/**
 * What every field of a contract means for compatibility, in the order changes are reported: the JSON
 * pointer of the field, and the comparator that finds and classifies its changes. "Breaking" means a
 * package or a consumer that worked with the old version may fail, be scored lower, be routed away or
 * lose an output with the new one.
 */
export interface DiffRule {
  path: string;
  compare: Comparator;
}

const rule = (path: string, compare: Comparator): DiffRule => ({ path, compare });

const statusChange = changedWhen((_from: ContractStatus, to: ContractStatus) => {
  const closes = to === 'retired' || to === 'draft';
  return [
    closes,
    closes
      ? `a ${to} contract accepts no handoffs`
      : to === 'deprecated'
        ? 'deprecated still accepts handoffs; plan the move to a successor'
        : `now ${to}`,
  ];
});

type Requirement = NonNullable<HandoffContract['requiredWhen']>[number];
type EvidenceFacts = NonNullable<HandoffContract['requiredEvidenceFacts']>[number];

/**
 * Each field a conditional requirement asks for, once per condition that triggers it
 * (`/audience/minAge when product alcohol`): a requirement applies when any of its conditions holds, so a
 * condition added is breaking and one removed is loosening, field by field.
 */
const requirementKeys = (v: unknown): string[] =>
  ((v as Requirement[] | undefined) ?? []).flatMap((r) => {
    const when = [
      ...(r.when.channels ?? []).map((c) => `channel ${c}`),
      ...(r.when.productCategories ?? []).map((c) => `product ${c}`),
    ];
    return r.fields.flatMap((f) => when.map((w) => `${f} when ${w}`));
  });

/**
 * Each evidence fact asked, once per claim category that triggers it (`covers when claim comparative`);
 * `likeForLike` is asked only of an item that compares, and says so.
 */
const evidenceFactKeys = (v: unknown): string[] =>
  ((v as EvidenceFacts[] | undefined) ?? []).flatMap((r) =>
    r.fields.flatMap((f) =>
      r.claimCategories.map(
        (c) => `${f} when claim ${c}${f === 'likeForLike' ? ' and its evidence compares' : ''}`,
      ),
    ),
  );

/** Conditional requirements compared key by key: one added is breaking, one removed loosens. */
const requirements =
  (keysOf: (v: unknown) => string[], added: string): Comparator =>
  (path, from, to, add) =>
    setOf({
      added: [true, added],
      removed: [false, 'a conditional requirement dropped (loosening)'],
    })(path, keysOf(from), keysOf(to), add);

const hintKey = (h: HandoffContract['routing']['downstream'][number]) => `${h.consumer}:${h.hint}:${h.when}`;

export const DIFF_RULES: readonly DiffRule[] = [
  // Identity and status.
  rule(
    '/id',
    fixed(true, 'a different contract id: packages and consumers keyed on the old id no longer match'),
  ),
  rule('/version', fixed(false, 'version label; compatibility is decided by the other changes')),
  rule('/status', statusChange),
  rule('/title', fixed(false, 'wording only')),
  rule('/description', fixed(false, 'wording only')),
  rule('/handoff/from', fixed(true, 'the sending team changed: a different handoff')),
  rule('/handoff/to', fixed(true, 'the receiving team changed: a different handoff')),
  rule('/packageSchemaVersion', fixed(true, 'packages must be written to another schema version')),

  // Package obligations.
  rule(
    '/requiredFields',
    setOf({
      added: [true, 'a new required field: packages without it are now rejected'],
      removed: [false, 'no longer required (loosening)'],
    }),
  ),
  rule(
    '/requiredWhen',
    requirements(
      requirementKeys,
      'a new conditional requirement: packages it applies to without the field are now rejected',
    ),
  ),
  rule(
    '/requiredEvidenceFacts',
    requirements(
      evidenceFactKeys,
      'a new evidence fact asked: such a claim whose evidence does not state it is now rejected',
    ),
  ),
  rule(
    '/allowedChannels',
    setOf({
      added: [false, 'a newly allowed channel (loosening)'],
      removed: [true, 'a removed channel: packages using it are now rejected'],
    }),
  ),

  // Scoring.
  ...DIMENSIONS.map((d) =>
    rule(
      `/scoring/weights/${d}`,
      fixed(true, 're-weighting changes every total: a package that passed may now fall below a threshold'),
    ),
  ),
  rule('/scoring/thresholds/autoPassMin', tightensWhen('up', 'fewer packages pass without a human')),
  rule('/scoring/thresholds/blockBelow', tightensWhen('up', 'more packages are blocked outright')),
  ...(['criticalBelow', 'highBelow', 'mediumBelow'] as const).map((band) =>
    rule(`/scoring/riskBands/${band}`, tightensWhen('up', 'the same score now lands in a higher risk band')),
  ),
  ...(['block', 'warn', 'info'] as const).map((sev) =>
    rule(`/scoring/penalties/${sev}`, tightensWhen('up', `each ${sev} finding costs more points`)),
  ),

  // Rulebooks and overrides.
  rule('/rulebooks', rulebooks),
  rule('/ruleOverrides', ruleOverrides),

  // Approvals.
  rule(
    '/approvals/timeoutSeconds',
    changedWhen((a: number, b: number) =>
      b < a
        ? [true, 'approvers get less time before the handoff fails closed']
        : [false, 'approvers get more time (loosening)'],
    ),
  ),
  rule('/approvals/defaultGroup', fixed(false, 'approvals go to another group; tell both groups')),
  rule('/approvals/routes', approvalRoutes),
  rule(
    '/approvals/autoApprove/enabled',
    changedWhen((_a: boolean, enabled: boolean) =>
      enabled
        ? [false, 'some packages may now skip the human gate (loosening)']
        : [true, 'auto-approval disabled: every package now waits for a human'],
    ),
  ),
  rule('/approvals/autoApprove/minScore', tightensWhen('up', 'fewer packages are auto-approved')),
  rule(
    '/approvals/autoApprove/maxRisk',
    changedWhen((a: RiskLevel, b: RiskLevel) =>
      riskRank(b) < riskRank(a)
        ? [true, 'fewer risk levels are auto-approved']
        : [false, 'more risk levels may be auto-approved (loosening)'],
    ),
  ),

  // SLA, inputs and outputs, routing.
  ...(['baseline', 'target'] as const).map((k) =>
    rule(
      `/sla/cycleTimeHours/${k}`,
      fixed(false, 'SLA reporting target; no package is accepted or rejected on it'),
    ),
  ),
  rule(
    '/consumes',
    setOf({
      added: [true, 'the receiving side now expects another input'],
      removed: [false, 'one input fewer is expected (loosening)'],
    }),
  ),
  rule(
    '/produces',
    setOf({
      added: [false, 'a new output (additive)'],
      removed: [true, 'an output consumers may rely on is no longer produced'],
    }),
  ),
  rule('/routing/tag', fixed(true, 'consumers routing on the tag no longer receive the artifact')),
  rule(
    '/routing/downstream',
    setOf(
      {
        added: [false, 'a new downstream hint (additive)'],
        removed: [true, 'a downstream consumer no longer gets this hint'],
      },
      hintKey,
    ),
  ),
];
