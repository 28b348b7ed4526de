import { awsPorts } from '#adapters/index';
import { score } from '#app/score';
import type { ScoringResult, WorkflowState } from '#shared/workflow-types';
import { lambda } from './edge/lambda.ts';

/** Scoring (policy-constraint-check): the workflow state in, `$.scoring` out. */
const ports = awsPorts();

export const handler = lambda<WorkflowState, ScoringResult>((state) => score(ports, state));
