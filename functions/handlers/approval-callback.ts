import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { lambda } from '#shared/observability';

/** Approval callback behind a Lambda Function URL (payload v2): GET confirms, POST decides. */
export const handler = lambda<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(async () => {
  throw new Error('approval-callback: not implemented yet');
});
