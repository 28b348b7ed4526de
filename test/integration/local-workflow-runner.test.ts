import { SendTaskFailureCommand, SendTaskSuccessCommand, SFNClient, TaskTimedOut } from '@aws-sdk/client-sfn';
import { type LocalSfnEndpoint, startLocalSfnEndpoint } from '../../local/sfn-endpoint.ts';
import {
  type AslDefinition,
  createWorkflowRuntime,
  type Execution,
  type LambdaHandler,
} from '../../local/workflow.ts';

// The runner on a small hand-written definition shaped like the design (direct-ARN tasks, one
// lambda:invoke with OutputPath, one waitForTaskToken with TimeoutSecondsPath), with stub handlers: it proves
// the runner's own contract independently of the synthesized stack.

const arn = (fn: string) => `arn:aws:lambda:us-east-1:000000000000:function:${fn}`;
const retry = [
  { ErrorEquals: ['TransientDependencyError'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 },
];
const toRollback = [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'Rollback' }];

const definition: AslDefinition = {
  StartAt: 'Intake',
  States: {
    Intake: {
      Type: 'Task',
      Resource: arn('intake'),
      ResultPath: '$.intake',
      TimeoutSeconds: 30,
      Retry: retry,
      Catch: toRollback,
      Next: 'Score',
    },
    Score: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: arn('scoring'), 'Payload.$': '$' },
      ResultSelector: { 'value.$': '$.Payload' },
      ResultPath: '$.scoring',
      TimeoutSeconds: 30,
      Retry: retry,
      Catch: toRollback,
      Next: 'RequestApproval',
    },
    RequestApproval: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: arn('approval-router'),
        Payload: {
          'taskToken.$': '$$.Task.Token',
          'executionId.$': '$$.Execution.Id',
          'scoring.$': '$.scoring',
        },
      },
      TimeoutSecondsPath: '$.scoring.value.timeoutSeconds',
      ResultPath: '$.approval',
      Retry: [
        { ErrorEquals: ['TransientDependencyError'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 },
      ],
      Catch: toRollback,
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Rollback: {
      Type: 'Task',
      Resource: arn('rollback'),
      ResultPath: '$.rollback',
      TimeoutSeconds: 30,
      Next: 'FailClosed',
    },
    FailClosed: { Type: 'Fail', ErrorPath: '$.failure.Error', CausePath: '$.failure.Cause' },
  },
};

class TransientDependencyError extends Error {
  override readonly name = 'TransientDependencyError';
}
class PackageRejectedError extends Error {
  override readonly name = 'PackageRejectedError';
}

let sfnEndpoint: LocalSfnEndpoint;
let sfn: SFNClient;
beforeAll(async () => {
  sfnEndpoint = await startLocalSfnEndpoint();
  sfn = new SFNClient({
    endpoint: sfnEndpoint.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
});
afterAll(() => sfnEndpoint.close());

interface Stubs {
  intakeFailures?: Error[];
  timeoutSeconds?: number;
}

function setup(stubs: Stubs = {}, options: { retryIntervalMs?: number; taskTokenTimeoutMs?: number } = {}) {
  const seen: Record<string, unknown[]> = {};
  const failures = [...(stubs.intakeFailures ?? [])];
  const tokens: string[] = [];
  const stub =
    (fn: string, body: (event: unknown) => unknown): LambdaHandler =>
    async (event) => {
      seen[fn] = [...(seen[fn] ?? []), event];
      return body(event);
    };
  const handlers: Record<string, LambdaHandler> = {
    intake: stub('intake', () => {
      const failure = failures.shift();
      if (failure) throw failure;
      return { status: 'accepted', streamId: 'spring' };
    }),
    scoring: stub('scoring', () => ({ outcome: 'pass', timeoutSeconds: stubs.timeoutSeconds ?? 3600 })),
    'approval-router': stub('approval-router', (event) => {
      tokens.push((event as { taskToken: string }).taskToken);
      return { notified: true };
    }),
    rollback: stub('rollback', () => ({ restored: true })),
  };
  const runtime = createWorkflowRuntime({
    definition,
    functionOf: (target) => target.split(':function:')[1],
    handlers,
    tokens: sfnEndpoint.tokens,
    ...options,
  });
  return { runtime, seen, tokens };
}

const attemptsOf = (execution: Execution, state: string) =>
  execution.events().filter((e) => e.type === 'LambdaInvoked' && e.state === state).length;

async function tokenOf(tokens: string[]): Promise<string> {
  await vi.waitFor(() => expect(tokens.length).toBeGreaterThan(0), { timeout: 10_000 });
  return tokens[tokens.length - 1] as string;
}

describe('local workflow runner', () => {
  it('runs to success when the approver sends SendTaskSuccess, giving each handler the payload AWS would', async () => {
    const { runtime, seen, tokens } = setup();
    const execution = runtime.startExecution({ packageRef: { bucket: 'b', key: 'incoming/p.json' } });
    const token = await tokenOf(tokens);
    await sfn.send(
      new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify({ decision: 'approved' }) }),
    );
    const result = await execution.result;

    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toMatchObject({
      intake: { status: 'accepted' },
      scoring: { value: { outcome: 'pass' } },
      approval: { decision: 'approved' },
    });
    // Direct ARN: the state input; lambda:invoke: the Payload only, never {FunctionName, Payload}.
    expect(seen.intake).toEqual([{ packageRef: { bucket: 'b', key: 'incoming/p.json' } }]);
    expect(seen.scoring?.[0]).not.toHaveProperty('FunctionName');
    expect(seen['approval-router']).toEqual([
      { taskToken: token, executionId: execution.executionArn, scoring: { value: expect.any(Object) } },
    ]);
    expect(execution.events().map((e) => e.type)).toContain('TaskTokenSettled');
  });

  it('retries a TransientDependencyError and succeeds on the third attempt', async () => {
    const { runtime, tokens } = setup(
      { intakeFailures: [new TransientDependencyError('ddb 500'), new TransientDependencyError('ddb 500')] },
      { retryIntervalMs: 0 },
    );
    const execution = runtime.startExecution({});
    await sfn.send(new SendTaskSuccessCommand({ taskToken: await tokenOf(tokens), output: '{}' }));
    expect((await execution.result).status).toBe('SUCCEEDED');
    expect(attemptsOf(execution, 'Intake')).toBe(3);
    expect(execution.events().filter((e) => e.type === 'StateRetried').length).toBe(2);
  });

  it('keeps the definition retry schedule (1 s before the first retry) unless told otherwise', async () => {
    const { runtime, tokens } = setup({ intakeFailures: [new TransientDependencyError('once')] });
    const started = Date.now();
    const execution = runtime.startExecution({});
    await sfn.send(new SendTaskSuccessCommand({ taskToken: await tokenOf(tokens), output: '{}' }));
    await execution.result;
    const invoked = execution.events().filter((e) => e.type === 'LambdaInvoked' && e.state === 'Intake');
    expect((invoked[1]?.at ?? 0) - (invoked[0]?.at ?? 0)).toBeGreaterThanOrEqual(990);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('fails closed through Rollback after 4 transient failures, with the Lambda error as Error and Cause', async () => {
    const failures = Array.from({ length: 4 }, (_, i) => new TransientDependencyError(`attempt ${i + 1}`));
    const { runtime, seen } = setup({ intakeFailures: failures }, { retryIntervalMs: 0 });
    const execution = runtime.startExecution({});
    const result = await execution.result;

    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('TransientDependencyError');
    expect(JSON.parse(result.cause ?? '{}')).toMatchObject({
      errorType: 'TransientDependencyError',
      errorMessage: 'attempt 4',
    });
    expect(attemptsOf(execution, 'Intake')).toBe(4);
    expect(seen.rollback).toHaveLength(1);
  });

  it('never retries a non-retryable error', async () => {
    const { runtime } = setup(
      { intakeFailures: [new PackageRejectedError('bad schema')] },
      { retryIntervalMs: 0 },
    );
    const execution = runtime.startExecution({});
    expect(await execution.result).toMatchObject({ status: 'FAILED', error: 'PackageRejectedError' });
    expect(attemptsOf(execution, 'Intake')).toBe(1);
  });

  it('turns SendTaskFailure into the task error the Catch routes to Rollback', async () => {
    const { runtime, tokens, seen } = setup();
    const execution = runtime.startExecution({});
    await sfn.send(
      new SendTaskFailureCommand({
        taskToken: await tokenOf(tokens),
        error: 'ApprovalRejectedError',
        cause: 'off-brand',
      }),
    );
    expect(await execution.result).toEqual({
      status: 'FAILED',
      error: 'ApprovalRejectedError',
      cause: 'off-brand',
    });
    expect(seen.rollback).toHaveLength(1);
  });

  it('times out a waiting approval with States.Timeout, after which its token is refused as TaskTimedOut', async () => {
    const { runtime, tokens } = setup({}, { taskTokenTimeoutMs: 50 });
    const execution = runtime.startExecution({});
    const token = await tokenOf(tokens);
    expect(await execution.result).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    const late = await sfn
      .send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' }))
      .catch((e) => e);
    expect(late).toBeInstanceOf(TaskTimedOut);
  });

  it('reads the approval timeout from TimeoutSecondsPath in the state input, as AWS does', async () => {
    const { runtime } = setup({ timeoutSeconds: 1 });
    const started = Date.now();
    const execution = runtime.startExecution({});
    expect(await execution.result).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    // A lower bound only holds on a busy machine; the upper one only has to tell 1 s from the 60 s a task
    // without a timeout gets locally, so it leaves a loaded machine 29 s of slack.
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
