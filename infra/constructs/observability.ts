import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
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
}

/**
 * Alarms (failed executions, rollback rate) to an encrypted SNS topic, its subscribers (an optional email and
 * the alarm-driven functions), and one dashboard.
 */
export class Observability extends Construct {
  readonly topic: sns.Topic;
  readonly executionsFailedAlarm: cloudwatch.Alarm;
  readonly rollbackRateAlarm: cloudwatch.Alarm;
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

    const rollbackRate = rollbackRateOf();
    this.rollbackRateAlarm = rollbackRate.createAlarm(this, 'RollbackRate', {
      alarmDescription: 'More handoffs than usual roll back to the last stable baseline.',
      threshold: props.rollbackRateThresholdPercent ?? 20,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.rollbackRateAlarm.addAlarmAction(toTopic);

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(1),
      widgets: [
        flowWidgets(sm, props.functions),
        outcomeWidgets(sm, rollbackRate),
        [
          new cloudwatch.AlarmStatusWidget({
            title: 'Alarms',
            alarms: [this.executionsFailedAlarm, this.rollbackRateAlarm],
          }),
          new cloudwatch.GraphWidget({
            title: 'Auto-fallback (flag set to shadow by an alarm)',
            left: [emf(METRIC_NAMES.autoFallback, 'Sum', FIVE_MINUTES)],
          }),
        ],
      ],
    });
  }

  /** The encrypted alarm topic and its subscribers (an optional email, the alarm-driven functions). */
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

const FIVE_MINUTES = Duration.minutes(5);

/** One of the handlers' EMF metrics (namespace, service dimension, plus `extra` dimensions as its label). */
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

/** Rollbacks per run over an hour, in %. */
function rollbackRateOf(): cloudwatch.MathExpression {
  return new cloudwatch.MathExpression({
    expression: 'IF(runs > 0, 100 * rollbacks / runs, 0)',
    usingMetrics: { rollbacks: emf(METRIC_NAMES.rollbacks), runs: emf(METRIC_NAMES.runs) },
    label: 'Rollback rate (%)',
    period: Duration.hours(1),
  });
}

/** The dashboard's first row: runs, decisions, retries. */
function flowWidgets(sm: sfn.StateMachine, functions: lambda.IFunction[]): cloudwatch.IWidget[] {
  const five = FIVE_MINUTES;
  return [
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
  ];
}

/** The dashboard's second row: rollbacks, approval latency, cycle time. */
function outcomeWidgets(sm: sfn.StateMachine, rollbackRate: cloudwatch.MathExpression): cloudwatch.IWidget[] {
  const five = FIVE_MINUTES;
  return [
    new cloudwatch.GraphWidget({
      title: 'Rollbacks',
      left: [emf(METRIC_NAMES.rollbacks, 'Sum', five)],
      right: [rollbackRate],
    }),
    new cloudwatch.GraphWidget({
      title: 'Approval latency (s)',
      left: [emf(METRIC_NAMES.approvalLatency, 'p50', five), emf(METRIC_NAMES.approvalLatency, 'p90', five)],
      right: [emf(METRIC_NAMES.approvalRequests, 'Sum', five)],
    }),
    new cloudwatch.GraphWidget({
      title: 'Cycle time (s: submitted → handed off; right: execution time, ms)',
      left: [emf(METRIC_NAMES.cycleTime, 'p50', five), emf(METRIC_NAMES.cycleTime, 'p90', five)],
      right: [sm.metricTime({ period: five, statistic: 'p90' })],
    }),
  ];
}
