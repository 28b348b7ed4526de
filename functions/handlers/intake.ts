import { lambda } from '#shared/observability';
import type { ExecutionInput, IntakeResult } from '#shared/workflow-types';

/** Intake: parse, validate, flag, dedupe, copy, create the run. */
export const handler = lambda<ExecutionInput, IntakeResult>(async () => {
  throw new Error('intake: not implemented yet');
});
