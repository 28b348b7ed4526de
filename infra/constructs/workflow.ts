import { type CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct, type IConstruct } from 'constructs';
import { POLICY_BLOCKED, VERDICT_ERRORS } from '#shared/errors';
import { stateRetryPolicy } from '../retry-policy.ts';

/** State names of the agreed design; the local runtime and the tests key on them. */
export const STATES = {
  intake: 'Intake',
  intakeStatus: 'IntakeStatus',
  duplicateIgnored: 'DuplicateIgnored',
  flagOff: 'FlagOff',
  score: 'Score',
  policyCheck: 'PolicyConstraintCheck',
  policyBlocked: 'PolicyBlocked',
  requestApproval: 'RequestApproval',
  approvalCheckpoint: 'ApprovalCheckpoint',
  nextApprovalStage: 'NextApprovalStage',
  approvalExpired: 'ApprovalExpired',
  handoff: 'Handoff',
  handedOff: 'HandedOff',
  rollback: 'Rollback',
  verdict: 'VerdictOrFailure',
  closedOnVerdict: 'ClosedOnVerdict',
  failClosed: 'FailClosed',
  rollbackFailed: 'RollbackFailed',
} as const;

/** Per-attempt timeout of every Lambda task (each Lambda's own timeout is shorter). */
export const TASK_TIMEOUT = Duration.seconds(30);

export interface WorkflowFunctions {
  intake: lambda.IFunction;
  scoring: lambda.IFunction;
  approvalRouter: lambda.IFunction;
  handoff: lambda.IFunction;
  rollback: lambda.IFunction;
}

export interface WorkflowProps {
  functions: WorkflowFunctions;
  logRetention: logs.RetentionDays;
  logRemovalPolicy?: RemovalPolicy;
}

/**
 * The handoff state machine (Standard, JSONPath only, so the same definition runs in AWS and in
 * aws-local-stepfunctions). Plain tasks invoke with `payloadResponseOnly` (the Lambda's return value is the
 * task result, placed at ResultPath as is); the approval task must use `lambda:invoke.waitForTaskToken`.
 */
export class Workflow extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);
    const f = props.functions;
    const retryProps = stateRetryProps();
    const rollback = this.rollbackChain(f.rollback, retryProps);
    const { intake, score, handoff, requestApproval } = this.lambdaTasks(f, retryProps, rollback);

    const policyBlocked = new sfn.Pass(this, STATES.policyBlocked, {
      parameters: {
        Error: POLICY_BLOCKED,
        Cause: sfn.JsonPath.format(
          'policy-constraint-check failed: outcome {}, risk {}, artifact {}',
          sfn.JsonPath.stringAt('$.scoring.outcome'),
          sfn.JsonPath.stringAt('$.scoring.risk'),
          sfn.JsonPath.stringAt('$.scoring.artifactDigest'),
        ),
      },
      resultPath: '$.failure',
    }).next(rollback);

    handoff.next(new sfn.Succeed(this, STATES.handedOff));
    requestApproval.next(handoff);
    this.approvalLoop(requestApproval, retryProps, rollback);

    const policyCheck = new sfn.Choice(this, STATES.policyCheck, {
      comment: 'policy-constraint-check: fail closed on blocked; shadow and auto-pass skip the human gate',
    })
      .when(sfn.Condition.stringEquals('$.scoring.outcome', 'blocked'), policyBlocked)
      .when(sfn.Condition.booleanEquals('$.intake.shadow', true), handoff)
      .when(sfn.Condition.booleanEquals('$.scoring.approval.required', false), handoff)
      .otherwise(requestApproval);

    const intakeStatus = new sfn.Choice(this, STATES.intakeStatus)
      .when(
        sfn.Condition.stringEquals('$.intake.status', 'duplicate'),
        new sfn.Succeed(this, STATES.duplicateIgnored),
      )
      .when(sfn.Condition.stringEquals('$.intake.status', 'flag-off'), new sfn.Succeed(this, STATES.flagOff))
      .otherwise(score.next(policyCheck));

    const definition = intake.next(intakeStatus);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.DESTROY,
    });
    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      comment: 'handoff-contracting: intake, score, policy-constraint-check, human-approval-router, handoff',
      tracingEnabled: true,
      logs: { destination: this.logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
    });
    acknowledgeRoleFindings(this.stateMachine.role, f);
  }

  /** rollback-to-last-stable-baseline: restore the pointer, record the run, then fail closed. */
  private rollbackChain(fn: lambda.IFunction, retryProps: sfn.RetryProps): tasks.LambdaInvoke {
    const failClosed = new sfn.Fail(this, STATES.failClosed, {
      errorPath: '$.failure.Error',
      causePath: '$.failure.Cause',
    });
    const rollbackFailed = new sfn.Fail(this, STATES.rollbackFailed, {
      error: 'RollbackFailed',
      causePath: '$.rollbackFailure.Cause',
    });
    const rollback = new tasks.LambdaInvoke(this, STATES.rollback, {
      lambdaFunction: fn,
      // The execution id lets the rollback find the run of an intake whose work was done but whose
      // responses were all lost (the state then has no $.intake).
      payload: sfn.TaskInput.fromObject({
        state: sfn.JsonPath.entirePayload,
        executionId: sfn.JsonPath.stringAt('$$.Execution.Id'),
      }),
      payloadResponseOnly: true,
      retryOnServiceExceptions: false,
      resultPath: '$.rollback',
      taskTimeout: sfn.Timeout.duration(TASK_TIMEOUT),
    });
    rollback.addRetry(retryProps);
    rollback.addCatch(rollbackFailed, { errors: [sfn.Errors.ALL], resultPath: '$.rollbackFailure' });
    // A verdict (rejection, policy block, invalid package) is the workflow working: the run ends rolled back
    // but the execution succeeds, so ExecutionsFailed counts technical failures only.
    const verdict = new sfn.Choice(this, STATES.verdict, {
      comment: 'verdicts end successfully after rollback; technical failures fail closed',
    });
    const closedOnVerdict = new sfn.Succeed(this, STATES.closedOnVerdict, {
      comment: 'rolled back on a verdict: not an execution failure',
    });
    for (const error of VERDICT_ERRORS) {
      verdict.when(sfn.Condition.stringEquals('$.failure.Error', error), closedOnVerdict);
    }
    rollback.next(verdict.otherwise(failClosed));
    return rollback;
  }

  /**
   * Reminders and escalation as a loop: RequestApproval waits only until the next checkpoint; its
   * States.Timeout goes to a checkpoint that either starts the next stage (the router reminds, escalates and
   * rebinds the pending approvals to the new token) or, after the last stage, fails closed as before.
   */
  private approvalLoop(
    requestApproval: tasks.LambdaInvoke,
    retryProps: sfn.RetryProps,
    rollback: sfn.IChainable,
  ) {
    const expired = new sfn.Pass(this, STATES.approvalExpired, {
      comment: 'nobody decided by the approval timeout: fail closed with the timeout as the failure',
      inputPath: '$.approvalTimeout',
      resultPath: '$.failure',
    }).next(rollback);
    const nextStage = new sfn.Pass(this, STATES.nextApprovalStage, {
      parameters: {
        stage: sfn.JsonPath.mathAdd(sfn.JsonPath.numberAt('$.scoring.approval.wait.stage'), 1),
        // Nested intrinsics (AWS and aws-local-stepfunctions both evaluate them); CDK's helper types
        // take the index as a number, so the expression is written out.
        'seconds.$':
          'States.ArrayGetItem($.scoring.approval.waits, States.MathAdd($.scoring.approval.wait.stage, 1))',
      },
      resultPath: '$.scoring.approval.wait',
    }).next(requestApproval);
    const checkpoint = new sfn.Choice(this, STATES.approvalCheckpoint, {
      comment: 'a checkpoint of the route (reminder, escalation) or the timeout itself',
    })
      .when(
        sfn.Condition.numberLessThanJsonPath('$.scoring.approval.wait.stage', '$.scoring.approval.lastStage'),
        nextStage,
      )
      .otherwise(expired);
    // Catchers are tried in order: the timeout first, everything else (rejection, failures) to Rollback.
    requestApproval.addRetry(retryProps);
    requestApproval.addCatch(checkpoint, { errors: [sfn.Errors.TIMEOUT], resultPath: '$.approvalTimeout' });
    requestApproval.addCatch(rollback, { errors: [sfn.Errors.ALL], resultPath: '$.failure' });
  }

  /** The four Lambda tasks of the happy path, each with the same Retry and the same Catch (→ Rollback). */
  private lambdaTasks(f: WorkflowFunctions, retryProps: sfn.RetryProps, rollback: sfn.IChainable) {
    /** The one task factory: same Retry (transient errors only) and same Catch (→ Rollback) everywhere. */
    const guarded = <T extends sfn.TaskStateBase>(task: T): T => {
      task.addRetry(retryProps);
      task.addCatch(rollback, { errors: [sfn.Errors.ALL], resultPath: '$.failure' });
      return task;
    };
    const invoke = (name: string, fn: lambda.IFunction, resultPath: string, payload?: sfn.TaskInput) =>
      guarded(
        new tasks.LambdaInvoke(this, name, {
          lambdaFunction: fn,
          ...(payload ? { payload } : {}),
          payloadResponseOnly: true,
          retryOnServiceExceptions: false,
          resultPath,
          taskTimeout: sfn.Timeout.duration(TASK_TIMEOUT),
        }),
      );

    // The execution id makes the run id stable across Intake retries, so a retry re-claims its own
    // dedupe key instead of reporting its own first attempt as a duplicate.
    const intake = invoke(
      STATES.intake,
      f.intake,
      '$.intake',
      sfn.TaskInput.fromObject({
        trigger: sfn.JsonPath.stringAt('$.trigger'),
        packageRef: sfn.JsonPath.objectAt('$.packageRef'),
        executionId: sfn.JsonPath.stringAt('$$.Execution.Id'),
      }),
    );
    const score = invoke(STATES.score, f.scoring, '$.scoring');
    const handoff = invoke(STATES.handoff, f.handoff, '$.handoff');
    // Retry and Catch are added by approvalLoop: its timeout goes to a checkpoint first.
    const requestApproval = new tasks.LambdaInvoke(this, STATES.requestApproval, {
      lambdaFunction: f.approvalRouter,
      integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      retryOnServiceExceptions: false,
      payload: sfn.TaskInput.fromObject({
        taskToken: sfn.JsonPath.taskToken,
        executionId: sfn.JsonPath.stringAt('$$.Execution.Id'),
        intake: sfn.JsonPath.objectAt('$.intake'),
        scoring: sfn.JsonPath.objectAt('$.scoring'),
      }),
      resultPath: '$.approval',
      // Until the next checkpoint (the whole timeout when the route has no reminders).
      taskTimeout: sfn.Timeout.at('$.scoring.approval.wait.seconds'),
    });
    return { intake, score, handoff, requestApproval };
  }
}

/** The card's retry policy as a Step Functions Retry (transient errors only). */
function stateRetryProps(): sfn.RetryProps {
  const retry = stateRetryPolicy();
  return {
    errors: retry.errors,
    interval: Duration.seconds(retry.intervalSeconds),
    maxAttempts: retry.maxAttempts,
    backoffRate: retry.backoffRate,
    maxDelay: Duration.seconds(retry.maxDelaySeconds),
    jitterStrategy: sfn.JitterType.FULL,
  };
}

/** cdk-nag's wildcard findings on the state machine's role that CDK and AWS leave no way around. */
function acknowledgeRoleFindings(role: IConstruct, functions: WorkflowFunctions): void {
  Validations.of(role).acknowledge(
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'CloudWatch Logs vended delivery (logs:CreateLogDelivery, logs:DescribeLogGroups, ...) and X-Ray ' +
        '(xray:PutTraceSegments, xray:GetSamplingRules, ...) do not support resource-level permissions.',
    },
    ...Object.values(functions).map((fn: lambda.IFunction) => ({
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(fn)}.Arn>:*]`,
      reason:
        'CDK grants lambda:InvokeFunction on the function and its qualified versions (<arn>:*) of this one function only.',
    })),
  );
}

function logicalIdOf(fn: lambda.IFunction): string {
  const child = fn.node.defaultChild;
  if (!child) throw new Error(`function ${fn.node.path} has no CfnFunction`);
  return Stack.of(fn).getLogicalId(child as CfnElement);
}
