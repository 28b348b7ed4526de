import { lambda } from '#shared/observability';
import type { ScoringResult, WorkflowState } from '#shared/workflow-types';

/** Scoring: score the package and store the immutable artifact. */
export const handler = lambda<WorkflowState, ScoringResult>(async () => {
  throw new Error('scoring: not implemented yet');
});
