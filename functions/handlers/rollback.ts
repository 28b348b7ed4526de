import { awsPorts } from '#adapters/index';
import { rollback } from '#app/rollback';
import type { RollbackResult, WorkflowState } from '#shared/workflow-types';
import { lambda } from './edge/lambda.ts';

/** rollback-to-last-stable-baseline: the workflow state with `$.failure` in. */
const ports = awsPorts();

export const handler = lambda<WorkflowState, RollbackResult>((state) => rollback(ports, state));
