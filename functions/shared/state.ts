import { IntegrityError } from './errors.ts';
import type { IntakeResult, ScoringResult, WorkflowState } from './workflow-types.ts';

/** The workflow state must carry the step results a handler builds on; otherwise infra wired it wrong. */
export function requireIntake(state: WorkflowState): IntakeResult {
  if (!state.intake) throw new IntegrityError('workflow state has no $.intake');
  return state.intake;
}

export function requireScoring(state: WorkflowState): ScoringResult {
  if (!state.scoring) throw new IntegrityError('workflow state has no $.scoring');
  return state.scoring;
}

/**
 * The approval decision the workflow carries at `$.approval`, as run fields. An approval is recorded on
 * the run by the step it leads to (handoff, or rollback if handoff fails), in that step's final run write;
 * the callback records only rejections.
 */
export function approvalFields(
  state: WorkflowState,
): { decision: 'approved'; approver: string; decidedAt: string } | Record<string, never> {
  const a = state.approval;
  return a?.decision === 'approved'
    ? { decision: 'approved', approver: a.approver, decidedAt: a.decidedAt }
    : {};
}

/** Milliseconds between two ISO instants, or undefined if either is missing. */
export function elapsedMs(from: string | undefined, to: string | undefined): number | undefined {
  if (!from || !to) return undefined;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * The readable reason inside a Catch's Cause: a Lambda error's Cause is JSON with `errorMessage`;
 * a Pass state's or a callback's Cause is plain text. Capped, since it is echoed in events and records.
 */
export function failureReason(cause: string | undefined, max = 2_000): string {
  let text = cause ?? '';
  try {
    const parsed = JSON.parse(text) as { errorMessage?: unknown };
    if (typeof parsed.errorMessage === 'string') text = parsed.errorMessage;
  } catch {
    // plain text cause
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
