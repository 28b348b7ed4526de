import { lambda } from '#shared/observability';
import type { HandoffResult, WorkflowState } from '#shared/workflow-types';

/** Handoff: publish the artifact and advance the stream pointer (or record shadow). */
export const handler = lambda<WorkflowState, HandoffResult>(async () => {
  throw new Error('handoff: not implemented yet');
});
