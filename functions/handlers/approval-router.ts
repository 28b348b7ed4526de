import { lambda } from '#shared/observability';
import type { ApprovalRouterInput, ApprovalRouterResult } from '#shared/workflow-types';

/** human-approval-router: record the approval, sign links, email the approvers. */
export const handler = lambda<ApprovalRouterInput, ApprovalRouterResult>(async () => {
  throw new Error('approval-router: not implemented yet');
});
