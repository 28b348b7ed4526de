import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { awsPorts } from '#adapters/index';
import { seedFlag } from '#app/flags';
import { logger } from '#app/observability';
import type { Ports } from '#app/ports';
import { SKILL } from '#core/identity';
import { lambda } from './edge/lambda.ts';

/**
 * flag-seed: the stack's custom resource that writes the rollout flag `off` at deploy, only when no record
 * exists (a redeploy never overwrites an operator's setting), and answers CloudFormation on the
 * pre-signed ResponseURL (never logged). Delete leaves the flag: the table outlives the stack.
 */

export type Respond = (url: string, body: string) => Promise<void>;

const putResponse: Respond = async (url, body) => {
  // The pre-signed S3 URL is signed without a content type: send none.
  const res = await fetch(url, { method: 'PUT', body, headers: { 'content-type': '' } });
  if (!res.ok) throw new Error(`CloudFormation response refused: HTTP ${res.status}`);
};

export async function flagSeed(
  event: CloudFormationCustomResourceEvent,
  ports: Pick<Ports, 'flagAdmin' | 'clock'>,
  respond: Respond = putResponse,
): Promise<{ seeded: boolean }> {
  let seeded = false;
  let failure: string | undefined;
  try {
    if (event.RequestType !== 'Delete') {
      seeded = await seedFlag(ports, SKILL.featureFlag, {
        by: 'cdk deploy',
        why: 'seeded off at the first deploy (handoff doctor; README: First deploy)',
        at: ports.clock().toISOString(),
      });
    }
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
    logger.error('flag seed failed', { error: failure });
  }
  await respond(
    event.ResponseURL,
    JSON.stringify({
      Status: failure ? 'FAILED' : 'SUCCESS',
      ...(failure ? { Reason: failure.slice(0, 500) } : {}),
      PhysicalResourceId: `flag-seed-${SKILL.featureFlag}`,
      StackId: event.StackId,
      RequestId: event.RequestId,
      LogicalResourceId: event.LogicalResourceId,
      Data: { Seeded: String(seeded) },
    }),
  );
  return { seeded };
}

const ports = awsPorts();

export const handler = lambda<CloudFormationCustomResourceEvent, { seeded: boolean }>((event) =>
  flagSeed(event, ports),
);
