import { SKILL } from '#core/identity';
import { lazyAsync } from './aws.ts';

/**
 * X-Ray for the SDK calls: every client the adapters build goes through `traced`, so the traces of the
 * Lambdas (tracing Active in infra) show each DynamoDB, S3, SES, EventBridge, Step Functions and Secrets
 * Manager call. Powertools' Tracer is off outside Lambda and whenever POWERTOOLS_TRACE_ENABLED=false (the
 * local stack sets it), and then returns the client unchanged. It is imported with the SDK, on first use,
 * so a handler's cold import does not load the X-Ray SDK either.
 */
const tracer = lazyAsync(async () => {
  const { Tracer } = await import('@aws-lambda-powertools/tracer');
  return new Tracer({ serviceName: SKILL.featureFlag });
}).get;

export async function traced<T extends object>(client: T): Promise<T> {
  return (await tracer()).captureAWSv3Client(client);
}
