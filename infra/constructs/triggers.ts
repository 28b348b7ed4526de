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
 * S3 Object Created under the incoming prefix (default bus, with the object's version) and a custom
 * `Handoff Submitted` event naming a package of this bucket under that prefix (custom bus). Any other
 * `Handoff Submitted` starts a run that is rejected at intake. Failed deliveries retry, then land in a
 * dead-letter queue.
 */
export class Triggers extends Construct {
  readonly bus: events.EventBus;
  readonly deadLetterQueue: sqs.Queue;
  readonly s3Rule: events.Rule;
  readonly submittedRule: events.Rule;
  readonly unusableSubmittedRule: events.Rule;

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
            // The bucket is versioned: the run reads exactly this version, not whatever is latest.
            versionId: events.EventField.fromPath('$.detail.object.version-id'),
          },
        }),
      }),
    );

    [this.submittedRule, this.unusableSubmittedRule] = this.submittedRules(props, targetOptions);
  }

  /** `Handoff Submitted` on the custom bus: a run for a package of this stack, a rejection for any other. */
  private submittedRules(
    props: TriggersProps,
    targetOptions: targets.SfnStateMachineProps,
  ): [events.Rule, events.Rule] {
    // Only packages of this stack's bucket under the incoming prefix start a run.
    const ref = { bucket: [props.bucket.bucketName], key: [{ prefix: props.incomingPrefix }] };
    const submittedRule = new events.Rule(this, 'HandoffSubmitted', {
      description: `Start a handoff run for a Handoff Submitted event naming a package under ${props.incomingPrefix}`,
      eventBus: this.bus,
      eventPattern: {
        source: [EVENT_SOURCE],
        detailType: [SUBMITTED_DETAIL_TYPE],
        detail: { packageRef: ref },
      },
    });
    submittedRule.addTarget(
      new targets.SfnStateMachine(props.stateMachine, {
        ...targetOptions,
        input: events.RuleTargetInput.fromObject({
          trigger: 'event',
          packageRef: events.EventField.fromPath('$.detail.packageRef'),
        }),
      }),
    );

    // Every other Handoff Submitted event starts a run that intake rejects with the reason (a Handoff
    // Rejected event), instead of failing in the state machine where nothing catches it.
    const unusableRule = new events.Rule(this, 'UnusableSubmission', {
      description: 'Reject a Handoff Submitted event that names no package of this stack',
      eventBus: this.bus,
      eventPattern: {
        source: [EVENT_SOURCE],
        detailType: [SUBMITTED_DETAIL_TYPE],
        detail: {
          $or: [
            { packageRef: { bucket: [{ exists: false }] } },
            { packageRef: { key: [{ exists: false }] } },
            { packageRef: { bucket: [{ 'anything-but': [props.bucket.bucketName] }] } },
            { packageRef: { key: [{ 'anything-but': { prefix: props.incomingPrefix } }] } },
          ],
        },
      },
    });
    unusableRule.addTarget(
      new targets.SfnStateMachine(props.stateMachine, {
        ...targetOptions,
        input: events.RuleTargetInput.fromObject({
          trigger: 'event',
          packageRef: { unusable: events.EventField.fromPath('$.detail') },
        }),
      }),
    );
    return [submittedRule, unusableRule];
  }
}
