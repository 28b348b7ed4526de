import aslValidator from 'asl-validator';
import { APPROVAL_REJECTED, NON_RETRYABLE_ERRORS, RETRYABLE_ERRORS, VERDICT_ERRORS } from '#shared/errors';
import { STATES } from '../../infra/constructs/workflow.ts';
import { type AslState, HAPPY_PATH_STATES, walkSuccessPath } from '../../infra/definition.ts';
import { type Synthesized, synthesize } from './synth.ts';

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
}, 120_000);

const tasks = () => Object.entries(s.definition.States).filter(([, st]) => st.Type === 'Task');
const state = (name: string): AslState => {
  const st = s.definition.States[name];
  if (!st) throw new Error(`no state ${name}`);
  return st;
};

describe('state machine definition', () => {
  it('is valid Amazon States Language', () => {
    // The validator fills in defaults on what it is given: hand it a copy.
    const result = aslValidator(structuredClone(s.definition), { checkPaths: true, checkArn: true });
    expect(result.errorsText('\n')).toBe('');
    expect(result.isValid).toBe(true);
  });

  it('uses JSONPath only (no JSONata, Variables or Assign), so aws-local-stepfunctions runs it as is', () => {
    const text = JSON.stringify(s.definition);
    expect(text).not.toMatch(/JSONata|"Assign"|"Arguments"|"Output"/);
    expect(s.definition.QueryLanguage ?? 'JSONPath').toBe('JSONPath');
  });

  it('has exactly the six tasks of the design, each with a timeout', () => {
    expect(
      tasks()
        .map(([n]) => n)
        .sort(),
    ).toEqual([STATES.intake, STATES.score, STATES.requestApproval, STATES.handoff, STATES.rollback].sort());
    for (const [name, st] of tasks()) {
      expect(st.TimeoutSeconds ?? st.TimeoutSecondsPath, name).toBeDefined();
    }
    expect(state(STATES.intake).TimeoutSeconds).toBe(30);
  });

  it('retries only RETRYABLE_ERRORS on every task: 1 s ×2, 3 retries, full jitter, capped at 3 s', () => {
    for (const [name, st] of tasks()) {
      expect(st.Retry, name).toEqual([
        {
          ErrorEquals: [...RETRYABLE_ERRORS],
          IntervalSeconds: 1,
          MaxAttempts: 3,
          BackoffRate: 2,
          MaxDelaySeconds: 3,
          JitterStrategy: 'FULL',
        },
      ]);
    }
  });

  it('retries a Lambda that timed out or whose invoke timed out', () => {
    for (const [name, st] of tasks()) {
      const retried = ((st.Retry ?? []) as { ErrorEquals: string[] }[]).flatMap((r) => r.ErrorEquals);
      expect(retried, name).toEqual(
        expect.arrayContaining(['Sandbox.Timedout', 'Lambda.ClientExecutionTimeoutException']),
      );
    }
  });

  it('never retries validation errors, approval rejections or approval timeouts', () => {
    const never = [
      ...NON_RETRYABLE_ERRORS,
      APPROVAL_REJECTED,
      'States.Timeout',
      'States.ALL',
      'States.TaskFailed',
    ];
    for (const [name, st] of tasks()) {
      const retried = ((st.Retry ?? []) as { ErrorEquals: string[] }[]).flatMap((r) => r.ErrorEquals);
      for (const e of never) expect(retried, `${name} retries ${e}`).not.toContain(e);
    }
  });

  it('catches every failure of every task into $.failure and rolls back', () => {
    for (const [name, st] of tasks().filter(([n]) => n !== STATES.rollback)) {
      const catchers = st.Catch as unknown[];
      expect(catchers.at(-1), name).toEqual({
        ErrorEquals: ['States.ALL'],
        ResultPath: '$.failure',
        Next: STATES.rollback,
      });
      // Only the approval wait catches something first: its timeout, which is a checkpoint.
      expect(catchers.length, name).toBe(name === STATES.requestApproval ? 2 : 1);
    }
  });

  it('rolls back, then ends a verdict successfully and fails closed on anything else', () => {
    expect(state(STATES.rollback).Next).toBe(STATES.verdict);
    const verdict = state(STATES.verdict);
    expect(verdict.Choices).toEqual(
      VERDICT_ERRORS.map((e) => ({
        Variable: '$.failure.Error',
        StringEquals: e,
        Next: STATES.closedOnVerdict,
      })),
    );
    expect(verdict.Default).toBe(STATES.failClosed);
    expect(state(STATES.closedOnVerdict).Type).toBe('Succeed');
    // Only technical failures fail the execution: ExecutionsFailed means a fault, never a verdict.
    for (const e of ['TransientDependencyError', 'States.Timeout', 'IntegrityError', 'Sandbox.Timedout']) {
      expect(VERDICT_ERRORS as readonly string[]).not.toContain(e);
    }
  });

  it('fails closed with the original error; a failed rollback ends in RollbackFailed', () => {
    const rollback = state(STATES.rollback);
    expect(rollback.Catch).toEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.rollbackFailure', Next: STATES.rollbackFailed },
    ]);
    expect(state(STATES.failClosed)).toEqual({
      Type: 'Fail',
      ErrorPath: '$.failure.Error',
      CausePath: '$.failure.Cause',
    });
    expect(state(STATES.rollbackFailed)).toMatchObject({ Type: 'Fail', Error: 'RollbackFailed' });
  });

  it('waits for the approval callback with a task token, until the stage chosen by scoring ends', () => {
    const st = state(STATES.requestApproval);
    expect(st.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
    expect(st.TimeoutSecondsPath).toBe('$.scoring.approval.wait.seconds');
    expect(st.TimeoutSeconds).toBeUndefined();
    expect(st.ResultPath).toBe('$.approval');
    expect(st.Parameters).toEqual({
      FunctionName: expect.stringMatching(/^arn:aws:lambda:.*:function:ApprovalRouterFunction/),
      Payload: {
        'taskToken.$': '$$.Task.Token',
        'executionId.$': '$$.Execution.Id',
        'intake.$': '$.intake',
        'scoring.$': '$.scoring',
      },
    });
  });

  it('loops the approval wait through the route checkpoints, then fails closed at the timeout', () => {
    // The timeout of one stage is a checkpoint: caught before States.ALL, kept apart from $.failure.
    expect((state(STATES.requestApproval).Catch as unknown[])[0]).toEqual({
      ErrorEquals: ['States.Timeout'],
      ResultPath: '$.approvalTimeout',
      Next: STATES.approvalCheckpoint,
    });
    expect(state(STATES.approvalCheckpoint)).toMatchObject({
      Type: 'Choice',
      Choices: [
        {
          Variable: '$.scoring.approval.wait.stage',
          NumericLessThanPath: '$.scoring.approval.lastStage',
          Next: STATES.nextApprovalStage,
        },
      ],
      Default: STATES.approvalExpired,
    });
    // The next stage by data: its number and its wait, with intrinsics both runtimes evaluate.
    expect(state(STATES.nextApprovalStage)).toMatchObject({
      Type: 'Pass',
      Parameters: {
        'stage.$': 'States.MathAdd($.scoring.approval.wait.stage, 1)',
        'seconds.$':
          'States.ArrayGetItem($.scoring.approval.waits, States.MathAdd($.scoring.approval.wait.stage, 1))',
      },
      ResultPath: '$.scoring.approval.wait',
      Next: STATES.requestApproval,
    });
    // After the last stage: the timeout becomes the failure and rolls back, as before reminders.
    expect(state(STATES.approvalExpired)).toMatchObject({
      Type: 'Pass',
      InputPath: '$.approvalTimeout',
      ResultPath: '$.failure',
      Next: STATES.rollback,
    });
  });

  it('places each Lambda result at its ResultPath as the plain payload', () => {
    expect(state(STATES.intake)).toMatchObject({ ResultPath: '$.intake', Next: STATES.intakeStatus });
    expect(state(STATES.score)).toMatchObject({ ResultPath: '$.scoring', Next: STATES.policyCheck });
    expect(state(STATES.handoff)).toMatchObject({ ResultPath: '$.handoff', Next: STATES.handedOff });
    for (const name of [STATES.intake, STATES.score, STATES.handoff, STATES.rollback]) {
      expect(state(name).Resource, name).toMatch(/^arn:aws:lambda:/);
    }
    for (const name of [STATES.score, STATES.handoff]) {
      expect(state(name).Parameters, name).toBeUndefined();
    }
  });

  it('gives Rollback the state and the execution id, to find the run of an intake whose responses were lost', () => {
    expect(state(STATES.rollback).Parameters).toEqual({ 'state.$': '$', 'executionId.$': '$$.Execution.Id' });
  });

  it('gives Intake the execution id so a retried intake re-claims its own dedupe key', () => {
    expect(state(STATES.intake).Parameters).toEqual({
      'trigger.$': '$.trigger',
      'packageRef.$': '$.packageRef',
      'executionId.$': '$$.Execution.Id',
    });
  });

  it('turns a blocked policy-constraint-check into a PolicyBlocked failure that rolls back', () => {
    const blocked = state(STATES.policyBlocked);
    expect(blocked).toMatchObject({ Type: 'Pass', ResultPath: '$.failure', Next: STATES.rollback });
    expect(blocked.Parameters).toMatchObject({ Error: 'PolicyBlocked' });
    expect((blocked.Parameters as Record<string, string>)['Cause.$']).toMatch(
      /^States\.Format\('policy-constraint-check failed: /,
    );
    const path = walkSuccessPath(s.definition, {
      intake: { status: 'accepted', shadow: false },
      scoring: { outcome: 'blocked', approval: { required: true } },
      failure: { Error: 'PolicyBlocked' },
    });
    expect(path.slice(-5)).toEqual([
      STATES.policyCheck,
      STATES.policyBlocked,
      STATES.rollback,
      STATES.verdict,
      STATES.closedOnVerdict,
    ]);
    expect(path).not.toContain(STATES.handoff);
  });

  it('ends duplicates and flag-off runs successfully right after intake', () => {
    expect(walkSuccessPath(s.definition, { intake: { status: 'duplicate' } })).toEqual([
      STATES.intake,
      STATES.intakeStatus,
      STATES.duplicateIgnored,
    ]);
    expect(walkSuccessPath(s.definition, { intake: { status: 'flag-off' } }).at(-1)).toBe(STATES.flagOff);
  });

  it('sends shadow runs straight to Handoff without asking a human', () => {
    const path = walkSuccessPath(s.definition, {
      intake: { status: 'accepted', shadow: true },
      scoring: { outcome: 'needs-approval', approval: { required: true } },
    });
    expect(path).not.toContain(STATES.requestApproval);
    expect(path.at(-1)).toBe(STATES.handedOff);
  });

  it('takes 7 state transitions on the approval happy path and 6 on auto-pass (budget 12)', () => {
    const approval = walkSuccessPath(s.definition, HAPPY_PATH_STATES.withApproval);
    const auto = walkSuccessPath(s.definition, HAPPY_PATH_STATES.autoPass);
    expect(approval).toEqual([
      STATES.intake,
      STATES.intakeStatus,
      STATES.score,
      STATES.policyCheck,
      STATES.requestApproval,
      STATES.handoff,
      STATES.handedOff,
    ]);
    expect(auto).toHaveLength(6);
    expect(approval.length).toBeLessThanOrEqual(12);
  });

  it('is a Standard workflow with X-Ray tracing and ALL-level logs that leave execution data out', () => {
    s.template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: false },
    });
  });
});
