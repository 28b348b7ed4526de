import { awsPorts } from '#adapters/index';
import { intake } from '#app/intake';
import type { ExecutionInput, IntakeResult } from '#shared/workflow-types';
import { lambda } from './edge/lambda.ts';

/** Intake: the execution input as the EventBridge rule built it; named errors go to the state machine. */
const ports = awsPorts();

export const handler = lambda<ExecutionInput, IntakeResult>((event) => intake(ports, event));
