import { awsPorts } from '#adapters/index';
import { requestApproval } from '#app/request-approval';
import type { ApprovalRouterInput, ApprovalRouterResult } from '#shared/workflow-types';
import { lambda } from './edge/lambda.ts';

/** human-approval-router: the RequestApproval task's payload (waitForTaskToken) in. */
const ports = awsPorts();

export const handler = lambda<ApprovalRouterInput, ApprovalRouterResult>((input) =>
  requestApproval(ports, input),
);
