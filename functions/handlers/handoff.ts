import { awsPorts } from '#adapters/index';
import { handoff } from '#app/handoff';
import type { HandoffResult, WorkflowState } from '#shared/workflow-types';
import { lambda } from './edge/lambda.ts';

/** Handoff: the workflow state in, `$.handoff` out. */
const ports = awsPorts();

export const handler = lambda<WorkflowState, HandoffResult>((state) => handoff(ports, state));
