import type { ApprovalRoute, HandoffContract } from './contract-schema.ts';

/**
 * How long the workflow waits for a decision, in stages: stage 0 is the request itself, each later stage
 * starts at a checkpoint of the route (a reminder at a percentage of the timeout; at the last one the
 * escalation to the backup group, when the route names one). The state machine waits `waits[stage]`
 * seconds per stage; the waits add up to the timeout, so the request still fails closed at the timeout.
 * Pure data: the same contract and timeout give the same plan.
 */
export interface ApprovalPlan {
  /** Seconds to wait in each stage (whole seconds ≥ 1: Step Functions' TimeoutSecondsPath). */
  waits: number[];
  /** The index of the last stage (`waits.length - 1`): its timeout fails closed. */
  lastStage: number;
  /** The group that also gets the request at the last stage, if the route names one. */
  escalateTo?: string;
  /** Seconds after the request at which each checkpoint (stage 1, 2, …) starts. */
  checkpoints: number[];
}

/** What happens when a stage starts: the first request, a reminder, or a reminder plus the escalation. */
export type StageKind = 'request' | 'reminder' | 'escalation';

/** The plan of a timeout and a route's reminders; without reminders one stage, the whole timeout. */
export function approvalPlan(
  timeoutSeconds: number,
  route?: Pick<ApprovalRoute, 'reminders' | 'escalateTo'>,
): ApprovalPlan {
  const checkpoints: number[] = [];
  for (const percent of route?.reminders ?? []) {
    // Whole seconds, strictly after the previous checkpoint and before the timeout (a short timeout).
    const at = Math.max(Math.floor((timeoutSeconds * percent) / 100), (checkpoints.at(-1) ?? 0) + 1);
    if (at < timeoutSeconds) checkpoints.push(at);
  }
  const bounds = [0, ...checkpoints, timeoutSeconds];
  const waits = bounds.slice(1).map((end, i) => end - (bounds[i] as number));
  const escalate = route?.escalateTo !== undefined && checkpoints.length > 0;
  return {
    waits,
    lastStage: waits.length - 1,
    checkpoints,
    ...(escalate ? { escalateTo: route?.escalateTo as string } : {}),
  };
}

/** The plan of the route an artifact was routed by (`routeId`, or the default group's: no reminders). */
export function approvalPlanOf(contract: HandoffContract, routeId: string, timeoutSeconds: number) {
  return approvalPlan(
    timeoutSeconds,
    contract.approvals.routes.find((r) => r.id === routeId),
  );
}

/** What stage `stage` of a plan does when it starts. */
export function stageKind(plan: Pick<ApprovalPlan, 'lastStage' | 'escalateTo'>, stage: number): StageKind {
  if (stage <= 0) return 'request';
  return stage === plan.lastStage && plan.escalateTo !== undefined ? 'escalation' : 'reminder';
}
