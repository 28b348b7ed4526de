import { awsPorts } from '#adapters/index';
import { type EndedStatus, type ReconcileResult, reconcile } from '#app/reconcile';
import { rollback } from '#app/rollback';
import type { RollbackResult, WorkflowState } from '#shared/workflow-types';
import { lambda } from './edge/lambda.ts';

/**
 * rollback-to-last-stable-baseline: the workflow state with `$.failure` in. The Step Functions status-change
 * rule sends `{ reconcile: { executionArn, status } }` for an execution that ended outside the definition's
 * paths: the same rollback for a run it left in flight (same permissions, so no function of its own).
 */
type RollbackEvent = WorkflowState | { reconcile: { executionArn: string; status: EndedStatus } };

const ports = awsPorts();

export const handler = lambda<RollbackEvent, RollbackResult | ReconcileResult>((event) =>
  'reconcile' in event ? reconcile(ports, event.reconcile) : rollback(ports, event),
);
