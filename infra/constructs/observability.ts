import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { SKILL } from '#core/identity';
import { METRICS_NAMESPACE } from './functions.ts';

/** EMF metric names the handlers emit (functions/handlers/*.ts; namespace HandoffContracting, dimension service). */
export const METRIC_NAMES = {
  runs: 'Runs',
  rollbacks: 'Rollbacks',
  handedOff: 'HandedOff',
  shadowRuns: 'ShadowRuns',
  duplicates: 'Duplicates',
  flagOff: 'FlagOff',
  retries: 'Retries',
  /** Extra dimension `outcome`: pass | needs-approval | blocked (scoring), rejected | rolled-back (rollback). */
  decisions: 'Decisions',
  /** Extra dimension `decision`: approved | rejected. */
  approvalDecisions: 'ApprovalDecisions',
  approvalRequests: 'ApprovalRequests',
  /** Seconds. */
  approvalLatency: 'ApprovalLatency',
  /** Seconds from submission to handoff. */
  cycleTime: 'CycleTime',
  /** The alarm-driven fallback put the flag in shadow (functions/handlers/auto-fallback.ts). */
  autoFallback: 'AutoFallback',
} as const;

export const DECISION_OUTCOMES = ['pass', 'needs-approval', 'blocked', 'rejected', 'rolled-back'] as const;

/** Powertools metrics' default dimension: the service name every handler shares. */
export const METRICS_SERVICE = SKILL.featureFlag;

export interface ObservabilityProps {
  stateMachine: sfn.StateMachine;
  functions: lambda.IFunction[];
  alarmEmail?: string | undefined;
  /** Functions subscribed to the alarm topic: invoked (asynchronously) on every alarm state change. */
  alarmSubscribers?: lambda.IFunction[];
  /** Alarm when more than this share of runs (in %) roll back over an hour. */
  rollbackRateThresholdPercent?: number;
  /** What starts runs: a trigger that cannot start one must not be parked silently. */
  triggers: {
    deadLetterQueue: sqs.IQueue;
    /** Each rule with its bus: a custom bus's rule metrics carry EventBusName as well as RuleName. */
    rules: { id: string; rule: events.IRule; customBus?: events.IEventBus }[];
  };
}

/**
 * Alarms (failed executions, rollback rate) to an encrypted SNS topic, its subscribers (an optional email and
 * the alarm-driven functions), and one dashboard.
 */
export class Observability extends Construct {
  readonly topic: sns.Topic;
  readonly executionsFailedAlarm: cloudwatch.Alarm;
  readonly rollbackRateAlarm: cloudwatch.Alarm;
  readonly triggerDlqAlarm: cloudwatch.Alarm;
  readonly failedInvocationAlarms: cloudwatch.Alarm[];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const sm = props.stateMachine;
    this.topic = this.alarmTopic(props);
    const toTopic = new actions.SnsAction(this.topic);

    this.executionsFailedAlarm = sm
      .metricFailed({ period: Duration.minutes(5), statistic: 'Sum' })
      .createAlarm(this, 'ExecutionsFailed', {
        alarmDescription:
          'A handoff run failed (fail-closed after rollback, or rollback failed). Check the execution history.',
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    this.executionsFailedAlarm.addAlarmAction(toTopic);

    const rollbackRate = new cloudwatch.MathExpression({
      expression: 'IF(runs > 0, 100 * rollbacks / runs, 0)',
      usingMetrics: { rollbacks: emf(METRIC_NAMES.rollbacks), runs: emf(METRIC_NAMES.runs) },
      label: 'Rollback rate (%)',
      period: Duration.hours(1),
    });
    this.rollbackRateAlarm = rollbackRate.createAlarm(this, 'RollbackRate', {
      alarmDescription: 'More handoffs than usual roll back to the last stable baseline.',
      threshold: props.rollbackRateThresholdPercent ?? 20,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.rollbackRateAlarm.addAlarmAction(toTopic);

    const { deadLetterQueue, rules } = props.triggers;
    this.triggerDlqAlarm = deadLetterQueue
      .metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' })
      .createAlarm(this, 'TriggerDlq', {
        alarmDescription:
          'A trigger could not start a run after EventBridge retries; it is parked in the trigger DLQ. ' +
          'See RUNBOOK "TriggerDlq".',
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    this.triggerDlqAlarm.addAlarmAction(toTopic);
    this.failedInvocationAlarms = rules.map(({ id, rule, customBus }) => {
      const alarm = new cloudwatch.Metric({
        namespace: 'AWS/Events',
        metricName: 'FailedInvocations',
        dimensionsMap: {
          RuleName: rule.ruleName,
          ...(customBus ? { EventBusName: customBus.eventBusName } : {}),
        },
        statistic: 'Sum',
        period: Duration.minutes(5),
      }).createAlarm(this, `FailedInvocations${id}`, {
        alarmDescription: `The ${id} rule failed to start a run (FailedInvocations). See RUNBOOK "TriggerDlq".`,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(toTopic);
      return alarm;
    });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(1),
      widgets: dashboardWidgets(sm, props.functions, rollbackRate, [
        this.executionsFailedAlarm,
        this.rollbackRateAlarm,
        this.triggerDlqAlarm,
        ...this.failedInvocationAlarms,
      ]),
    });
  }

  /** The encrypted topic the alarms publish to, with its subscribers. */
  private alarmTopic(props: ObservabilityProps): sns.Topic {
    // CloudWatch can only publish to an encrypted topic whose key lets it: a customer managed key.
    const key = new kms.Key(this, 'AlarmTopicKey', {
      description: 'handoff-contracting alarm topic',
      enableKeyRotation: true,
    });
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'], // in a key policy "*" means this key
      }),
    );
    const topic = new sns.Topic(this, 'Alarms', { masterKey: key, enforceSSL: true });
    if (props.alarmEmail) topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    // SNS decrypts before delivering, so a Lambda subscriber needs no grant on the key.
    for (const fn of props.alarmSubscribers ?? []) {
      topic.addSubscription(new subscriptions.LambdaSubscription(fn));
    }
    return topic;
  }
}

/** One of the handlers' EMF metrics (service dimension, plus `extra`, which also labels it). */
function emf(
  metricName: string,
  statistic = 'Sum',
  period = Duration.hours(1),
  extra: Record<string, string> = {},
) {
  return new cloudwatch.Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service: METRICS_SERVICE, ...extra },
    statistic,
    period,
    ...(Object.keys(extra).length > 0 ? { label: Object.values(extra).join(' ') } : {}),
  });
}

/** The dashboard's rows: runs and decisions, rollbacks and latencies, then alarms and the fallback. */
function dashboardWidgets(
  sm: sfn.StateMachine,
  functions: lambda.IFunction[],
  rollbackRate: cloudwatch.IMetric,
  alarms: cloudwatch.IAlarm[],
): cloudwatch.IWidget[][] {
  const five = Duration.minutes(5);
  return [
    [
      new cloudwatch.GraphWidget({
        title: 'Runs',
        left: [emf(METRIC_NAMES.runs, 'Sum', five), sm.metricStarted({ period: five })],
        right: [sm.metricSucceeded({ period: five }), sm.metricFailed({ period: five })],
      }),
      new cloudwatch.GraphWidget({
        title: 'Decisions',
        left: DECISION_OUTCOMES.map((o) => emf(METRIC_NAMES.decisions, 'Sum', five, { outcome: o })),
        right: [
          emf(METRIC_NAMES.approvalDecisions, 'Sum', five, { decision: 'approved' }),
          emf(METRIC_NAMES.approvalDecisions, 'Sum', five, { decision: 'rejected' }),
          emf(METRIC_NAMES.shadowRuns, 'Sum', five),
          emf(METRIC_NAMES.duplicates, 'Sum', five),
          emf(METRIC_NAMES.flagOff, 'Sum', five),
        ],
      }),
      new cloudwatch.GraphWidget({
        title: 'Retries (attempts after the first; Lambda errors)',
        left: [emf(METRIC_NAMES.retries, 'Sum', five)],
        right: functions.map((fn) => fn.metricErrors({ period: five })),
      }),
    ],
    [
      new cloudwatch.GraphWidget({
        title: 'Rollbacks',
        left: [emf(METRIC_NAMES.rollbacks, 'Sum', five)],
        right: [rollbackRate],
      }),
      new cloudwatch.GraphWidget({
        title: 'Approval latency (s)',
        left: [
          emf(METRIC_NAMES.approvalLatency, 'p50', five),
          emf(METRIC_NAMES.approvalLatency, 'p90', five),
        ],
        right: [emf(METRIC_NAMES.approvalRequests, 'Sum', five)],
      }),
      new cloudwatch.GraphWidget({
        title: 'Cycle time (s: submitted → handed off; right: execution time, ms)',
        left: [emf(METRIC_NAMES.cycleTime, 'p50', five), emf(METRIC_NAMES.cycleTime, 'p90', five)],
        right: [sm.metricTime({ period: five, statistic: 'p90' })],
      }),
    ],
    [
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms }),
      new cloudwatch.GraphWidget({
        title: 'Auto-fallback (flag set to shadow by an alarm)',
        left: [emf(METRIC_NAMES.autoFallback, 'Sum', five)],
      }),
    ],
  ];
}
