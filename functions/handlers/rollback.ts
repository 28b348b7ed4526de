import { awsPorts } from '#adapters/index';
import { type EndedStatus, type ReconcileResult, reconcile } from '#app/reconcile';
import { rollback } from '#app/rollback';
import type { RollbackResult, WorkflowState } from '#shared/workflow-types';
import { lambda } from './edge/lambda.ts';

/**
 * rollback-to-last-stable-baseline: `{state, executionId}`, the workflow state with `$.failure` in. The Step
 * Functions status-change rule sends `{ reconcile: { executionArn, status, input } }` for an execution that
 * ended outside the definition's paths: the same rollback for a run it left in flight, or for the early end
 * of one that never got a run (same permissions, so no function of its own).
 */
type RollbackEvent =
  | { state: WorkflowState; executionId: string }
  | WorkflowState
  | { reconcile: { executionArn: string; status: EndedStatus; input?: string } };

const ports = awsPorts();

export const handler = lambda<RollbackEvent, RollbackResult | ReconcileResult>((event) => {
  if ('reconcile' in event) return reconcile(ports, event.reconcile);
  // The definition passes `{state, executionId}`; a bare state is what it passed before.
  return 'state' in event ? rollback(ports, event.state, event.executionId) : rollback(ports, event);
});
