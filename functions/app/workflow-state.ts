import { IntegrityError } from '#shared/errors';
import type { IntakeResult, ScoringResult, WorkflowState } from '#shared/workflow-types';

/** The workflow state must carry the step results a use case builds on; otherwise infra wired it wrong. */
export function requireIntake(state: WorkflowState): IntakeResult {
  if (!state.intake) throw new IntegrityError('workflow state has no $.intake');
  return state.intake;
}

export function requireScoring(state: WorkflowState): ScoringResult {
  if (!state.scoring) throw new IntegrityError('workflow state has no $.scoring');
  return state.scoring;
}
