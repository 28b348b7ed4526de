import { lambda } from '#shared/observability';
import type { RollbackResult, WorkflowState } from '#shared/workflow-types';

/** rollback-to-last-stable-baseline: restore the pointer, record the outcome, emit the event. */
export const handler = lambda<WorkflowState, RollbackResult>(async () => {
  throw new Error('rollback: not implemented yet');
});
