import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

/** The execution statuses that can leave a run in flight: the definition's own paths never reach them. */
export const ENDED_OUTSIDE = ['ABORTED', 'TIMED_OUT', 'FAILED'] as const;

export interface ReconcilerProps {
  stateMachine: sfn.IStateMachine;
  /** The rollback function: it finishes such a run as `interrupted` (`{ reconcile: … }` events). */
  rollback: lambda.IFunction;
  deadLetterQueue: sqs.IQueue;
}

/**
 * Runs whose execution ended outside the definition (stopped by hand, timed out at the state-machine
 * level, failed where no Catch applies) are finished by the rollback function, from Step Functions'
 * status-change events. FAILED also follows every fail-closed run; the rollback then finds the run ended
 * and does nothing.
 */
export class Reconciler extends Construct {
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: ReconcilerProps) {
    super(scope, id);
    this.rule = new events.Rule(this, 'ExecutionEnded', {
      description: 'Finish a handoff run whose execution ended outside the state machine definition',
      eventPattern: {
        source: ['aws.states'],
        detailType: ['Step Functions Execution Status Change'],
        detail: { status: [...ENDED_OUTSIDE], stateMachineArn: [props.stateMachine.stateMachineArn] },
      },
    });
    this.rule.addTarget(
      new targets.LambdaFunction(props.rollback, {
        event: events.RuleTargetInput.fromObject({
          reconcile: {
            executionArn: events.EventField.fromPath('$.detail.executionArn'),
            status: events.EventField.fromPath('$.detail.status'),
            // An execution whose intake and rollback both failed has no run: its input names the package.
            input: events.EventField.fromPath('$.detail.input'),
          },
        }),
        deadLetterQueue: props.deadLetterQueue,
        retryAttempts: 8,
        maxEventAge: Duration.hours(24),
      }),
    );
  }
}
