import { randomUUID } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';
import { TaskTokenRegistry } from './sfn-endpoint.ts';
import { localDefinition, planTasks, retryOverrides } from './workflow-definition.ts';
import { startLocalExecution } from './workflow-execution.ts';
import { NamedError } from './workflow-lambda.ts';
import type { Execution, WorkflowRuntime, WorkflowRuntimeOptions } from './workflow-types.ts';

/**
 * Runs a state machine definition (the synthesized one, see `synth.ts`) in-process with
 * aws-local-stepfunctions, every Lambda task calling the REAL handler with the payload the definition
 * builds. What AWS does around a Lambda task and the library does not, this runtime does:
 * - `lambda:invoke` unwrapping (`{FunctionName, Payload}` in, `{Payload, StatusCode}` out) and direct ARNs;
 * - a handler's thrown error becomes the task error named `error.name`, Cause the Lambda error JSON;
 * - `.waitForTaskToken`: a fresh token at `$$.Task.Token`, the task waits for SendTaskSuccess/Failure on
 *   the local SFN endpoint, `TimeoutSeconds(Path)` ends it with `States.Timeout`;
 * - the execution history (states, Lambda attempts, retries, catches) for tests and the console.
 *
 * Its parts: `workflow-definition.ts` (what is read from the definition), `workflow-lambda.ts` (one Lambda
 * call), `workflow-execution.ts` (one execution: task handlers, task tokens, history, result) and
 * `workflow-types.ts`.
 */

export { localDefinition } from './workflow-definition.ts';
export type * from './workflow-types.ts';

export function createWorkflowRuntime(opts: WorkflowRuntimeOptions): WorkflowRuntime {
  const stateMachineArn =
    opts.stateMachineArn ?? 'arn:aws:states:us-east-1:000000000000:stateMachine:handoff-local';
  const [, , , region = 'us-east-1', account = '000000000000'] = stateMachineArn.split(':');
  const stateMachineName = stateMachineArn.split(':').pop() ?? 'handoff-local';
  const tokens = opts.tokens ?? new TaskTokenRegistry();
  const all = new Map<string, Execution>();
  const tasks = planTasks(opts.definition, opts.functionOf, opts.handlers);
  const retryIntervalOverrides = retryOverrides(opts.definition, opts.retryIntervalMs);
  const machine = new StateMachine(localDefinition(opts.definition) as never, {
    validationOptions: { checkPaths: true, checkArn: true },
  });

  const startExecution = (input: unknown, startOpts: { name?: string } = {}): Execution => {
    const name = startOpts.name ?? randomUUID();
    const executionArn = `arn:aws:states:${region}:${account}:execution:${stateMachineName}:${name}`;
    if (all.has(executionArn))
      throw new NamedError('ExecutionAlreadyExists', `Execution already exists: ${executionArn}`);
    const execution = startLocalExecution({
      opts,
      machine,
      tasks,
      tokens,
      retryIntervalOverrides,
      stateMachineArn,
      stateMachineName,
      region,
      account,
      executionArn,
      name,
      input,
    });
    all.set(executionArn, execution);
    return execution;
  };

  return {
    stateMachineArn,
    tokens,
    startExecution,
    executions: () => [...all.values()],
    get: (arn) => all.get(arn),
    idle: async () => {
      // Executions may start others while we wait (e.g. a trigger): loop until none is running.
      for (;;) {
        const running = [...all.values()].filter((e) => e.status() === 'RUNNING');
        if (running.length === 0) return;
        await Promise.all(running.map((e) => e.result));
      }
    },
  };
}
