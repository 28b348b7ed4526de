import type { SFNClient } from '@aws-sdk/client-sfn';
import { TaskGoneError, type WorkflowPort } from '#app/ports';
import { type ClientSource, clientConfig, dependencyError, errorName, lazy, lazyAsync } from './aws.ts';
import { traced } from './tracing.ts';

const GONE = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken']);

/** The Step Functions SDK, imported on first use (see `lazyAsync`). */
const sfnSdk = lazyAsync(() => import('@aws-sdk/client-sfn')).get;

export const sfnClient = lazyAsync<SFNClient>(async () => {
  const { SFNClient } = await sfnSdk();
  return traced(new SFNClient(clientConfig()));
});

function mapError(operation: string, error: unknown): Error {
  const name = errorName(error);
  if (name !== undefined && GONE.has(name))
    return new TaskGoneError(`${operation}: ${name}`, { cause: error });
  return dependencyError(operation, error);
}

export function sfnWorkflow(client: ClientSource<SFNClient> = sfnClient.get): WorkflowPort {
  return {
    async succeed(taskToken, output) {
      const { SendTaskSuccessCommand } = await sfnSdk();
      try {
        await (await client()).send(
          new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }),
        );
      } catch (error) {
        throw mapError('SFN SendTaskSuccess', error);
      }
    },
    async fail(taskToken, error, cause) {
      const { SendTaskFailureCommand } = await sfnSdk();
      try {
        // Step Functions caps error at 256 and cause at 32768 characters.
        await (await client()).send(
          new SendTaskFailureCommand({
            taskToken,
            error: error.slice(0, 256),
            cause: cause.slice(0, 32_000),
          }),
        );
      } catch (err) {
        throw mapError('SFN SendTaskFailure', err);
      }
    },
  };
}

export const workflow = lazy(() => sfnWorkflow());
