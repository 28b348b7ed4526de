import { Duration, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

/** Source and detail-type of the custom trigger event, and the name of the custom bus. */
export const EVENT_SOURCE = 'handoff-contracting';
export const SUBMITTED_DETAIL_TYPE = 'Handoff Submitted';
export const EVENT_BUS_NAME = 'handoff-contracting';

export interface TriggersProps {
  bucket: s3.IBucket;
  incomingPrefix: string;
  stateMachine: sfn.IStateMachine;
}

/**
 * Two ways to start a run, both producing the same execution input ({trigger, packageRef}):
 * S3 Object Created under the incoming prefix (default bus) and a custom `Handoff Submitted` event
 * (custom bus). Failed deliveries retry, then land in a dead-letter queue.
 */
export class Triggers extends Construct {
  readonly bus: events.EventBus;
  readonly deadLetterQueue: sqs.Queue;
  readonly s3Rule: events.Rule;
  readonly submittedRule: events.Rule;

  constructor(scope: Construct, id: string, props: TriggersProps) {
    super(scope, id);
    this.bus = new events.EventBus(this, 'Bus', { eventBusName: EVENT_BUS_NAME });

    this.deadLetterQueue = new sqs.Queue(this, 'TriggerDlq', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue IS the dead-letter queue of the EventBridge rule targets (target DeadLetterConfig, which ' +
        'cdk-nag does not recognise as a DLQ); nothing consumes it automatically, so it needs no DLQ of its own.',
    });
    const targetOptions = {
      deadLetterQueue: this.deadLetterQueue,
      retryAttempts: 8,
      maxEventAge: Duration.hours(24),
    };

    this.s3Rule = new events.Rule(this, 'IncomingObject', {
      description: `Start a handoff run for every object created under ${props.incomingPrefix}`,
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: {
          bucket: { name: [props.bucket.bucketName] },
          object: { key: [{ prefix: props.incomingPrefix }] },
        },
      },
    });
    this.s3Rule.addTarget(
      new targets.SfnStateMachine(props.stateMachine, {
        ...targetOptions,
        input: events.RuleTargetInput.fromObject({
          trigger: 's3',
          packageRef: {
            bucket: events.EventField.fromPath('$.detail.bucket.name'),
            key: events.EventField.fromPath('$.detail.object.key'),
          },
        }),
      }),
    );

    this.submittedRule = new events.Rule(this, 'HandoffSubmitted', {
      description: 'Start a handoff run for a Handoff Submitted event',
      eventBus: this.bus,
      eventPattern: { source: [EVENT_SOURCE], detailType: [SUBMITTED_DETAIL_TYPE] },
    });
    this.submittedRule.addTarget(
      new targets.SfnStateMachine(props.stateMachine, {
        ...targetOptions,
        input: events.RuleTargetInput.fromObject({
          trigger: 'event',
          packageRef: events.EventField.fromPath('$.detail.packageRef'),
        }),
      }),
    );
  }
}
