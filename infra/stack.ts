import { CfnCustomResource, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type * as events from 'aws-cdk-lib/aws-events';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { RUNS_BY_DAY_INDEX } from '#shared/table-indexes';
import type { HandoffConfig } from './config.ts';
import { Approvals } from './constructs/approvals.ts';
import { ENV, type FunctionName, HandoffFunction } from './constructs/functions.ts';
import { Observability } from './constructs/observability.ts';
import { nextSteps, StackOutputs } from './constructs/outputs.ts';
import { Reconciler } from './constructs/reconciler.ts';
import { Storage } from './constructs/storage.ts';
import { ARTIFACTS_GRANTS, RUNS_GRANTS } from './constructs/table-grants.ts';
import { Triggers } from './constructs/triggers.ts';
import { Workflow } from './constructs/workflow.ts';

export interface HandoffStackProps extends StackProps {
  config: HandoffConfig;
}

/** Wires the constructs; every decision lives in a construct or in the config. */
export class HandoffStack extends Stack {
  readonly storage: Storage;
  readonly functions: Record<FunctionName, HandoffFunction>;
  readonly workflow: Workflow;
  readonly approvals: Approvals;
  readonly triggers: Triggers;
  readonly observability: Observability;
  readonly outputs: StackOutputs;
  /** Finishes runs whose execution ended outside the definition (set while the constructor runs). */
  private reconciler!: Reconciler;

  constructor(scope: Construct, id: string, props: HandoffStackProps) {
    super(scope, id, props);
    const c = props.config;
    const removalPolicy = c.removalPolicy === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const logRetention = c.logRetentionDays as logs.RetentionDays;

    this.storage = new Storage(this, 'Storage', { removalPolicy });
    const { bucket } = this.storage;

    const { intake, scoring, router, handoff, rollback, autoFallback } = this.pipelineFunctions(
      c,
      logRetention,
    );

    // The custom bus exists before the functions that publish to it are bound.
    this.workflow = new Workflow(this, 'Workflow', {
      functions: {
        intake: intake.fn,
        scoring: scoring.fn,
        approvalRouter: router.fn,
        handoff: handoff.fn,
        rollback: rollback.fn,
      },
      logRetention,
    });
    const stateMachine = this.workflow.stateMachine;

    this.triggers = new Triggers(this, 'Triggers', {
      bucket,
      incomingPrefix: c.incomingPrefix,
      stateMachine,
    });
    const bus = this.triggers.bus;

    this.grantAccess({ intake, scoring, handoff, rollback, autoFallback }, c.incomingPrefix, bus);
    this.reconcile(stateMachine, rollback);

    this.approvals = new Approvals(this, 'Approvals', {
      storage: this.storage,
      router,
      stateMachine,
      senderEmail: c.senderEmail,
      createSenderIdentity: c.createSenderIdentity,
      setApiGatewayAccountRole: c.setApiGatewayAccountRole,
      approverGroups: c.approverGroups,
      memorySize: c.memorySize,
      logRetention,
      bundling: c.bundling,
    });

    this.functions = {
      intake,
      scoring,
      'approval-router': router,
      'approval-callback': this.approvals.callback,
      handoff,
      rollback,
      'auto-fallback': autoFallback,
      'flag-seed': this.seedFlag(c, logRetention),
    };

    this.observability = this.observe(c, stateMachine, autoFallback, bus);

    this.outputs = this.stackOutputs(c, bus);
  }

  /** What operators and `handoff … --stack` read: deployed names, doctor's inputs, the next steps. */
  private stackOutputs(c: HandoffConfig, bus: events.IEventBus): StackOutputs {
    const { artifactsTable, flagsTable, runsTable, bucket } = this.storage;
    return new StackOutputs(this, 'Outputs', {
      values: {
        artifactsTable: artifactsTable.tableName,
        flagsTable: flagsTable.tableName,
        runsTable: runsTable.tableName,
        bucket: bucket.bucketName,
        eventBus: bus.eventBusName,
        stateMachine: this.workflow.stateMachine.stateMachineArn,
        approvalCallbackUrl: this.approvals.approvalBaseUrl,
        senderEmail: c.senderEmail,
        approverGroups: JSON.stringify(c.approverGroups),
        alarmTopic: this.observability.topic.topicArn,
        nextSteps: nextSteps(this.stackName, this.region),
      },
    });
  }

  /**
   * The flag `off` at the first deploy, by the flag-seed function as a custom resource: it writes only when
   * no record exists, so a redeploy never overwrites an operator's setting (ADR 0015).
   */
  private seedFlag(c: HandoffConfig, logRetention: logs.RetentionDays): HandoffFunction {
    const seed = new HandoffFunction(this, 'FlagSeed', {
      name: 'flag-seed',
      memorySize: c.memorySize,
      logRetention,
      bundling: c.bundling,
    });
    // Reads the flag and writes record + audit entry in one TransactWrite, as `handoff flags set` does.
    // Reads the flag and writes it with its audit entry (a transaction of two conditional Puts).
    seed.bindTable(ENV.flagsTable, this.storage.flagsTable, { actions: ['GetItem', 'PutItem'] });
    new CfnCustomResource(this, 'FlagSeedResource', { serviceToken: seed.fn.functionArn });
    return seed;
  }

  /** Runs whose execution ended outside the definition are finished by the rollback function. */
  private reconcile(stateMachine: sfn.IStateMachine, rollback: HandoffFunction): void {
    const deadLetterQueue = this.triggers.deadLetterQueue;
    this.reconciler = new Reconciler(this, 'Reconciler', {
      stateMachine,
      rollback: rollback.fn,
      deadLetterQueue,
    });
  }

  /** Alarms and dashboard; every alarm acts through the topic the auto-fallback listens on. */
  private observe(
    c: HandoffConfig,
    stateMachine: Workflow['stateMachine'],
    autoFallback: HandoffFunction,
    bus: events.IEventBus,
  ): Observability {
    return new Observability(this, 'Observability', {
      stateMachine,
      functions: Object.values(this.functions).map((f) => f.fn),
      alarmEmail: c.alarmEmail,
      // Every alarm acts through the topic: the fallback evaluates its rule on each ALARM notification.
      alarmSubscribers: [autoFallback.fn],
      triggers: {
        deadLetterQueue: this.triggers.deadLetterQueue,
        rules: [
          { id: 'IncomingObject', rule: this.triggers.s3Rule },
          { id: 'HandoffSubmitted', rule: this.triggers.submittedRule, customBus: bus },
          { id: 'UnusableSubmission', rule: this.triggers.unusableSubmittedRule, customBus: bus },
          // A reconciler that cannot be invoked leaves interrupted runs open: alarm like a trigger.
          { id: 'ReconcilerExecutionEnded', rule: this.reconciler.rule },
        ],
      },
    });
  }

  /** The Lambda functions of the pipeline and the fallback (the approval callback belongs to Approvals). */
  private pipelineFunctions(c: HandoffConfig, logRetention: logs.RetentionDays) {
    const fn = (id: string, name: FunctionName) =>
      new HandoffFunction(this, id, { name, memorySize: c.memorySize, logRetention, bundling: c.bundling });
    return {
      intake: fn('Intake', 'intake'),
      scoring: fn('Scoring', 'scoring'),
      router: fn('ApprovalRouter', 'approval-router'),
      handoff: fn('Handoff', 'handoff'),
      rollback: fn('Rollback', 'rollback'),
      autoFallback: fn('AutoFallback', 'auto-fallback'),
    };
  }

  /** Each function gets the tables, bucket prefixes and bus it uses, and no more. */
  private grantAccess(
    fns: Record<'intake' | 'scoring' | 'handoff' | 'rollback' | 'autoFallback', HandoffFunction>,
    incomingPrefix: string,
    bus: events.IEventBus,
  ): void {
    const { artifactsTable, flagsTable, runsTable, bucket } = this.storage;
    const { intake, scoring, handoff, rollback, autoFallback } = fns;
    // Down to the actions each one uses; on the shared runs table only its own item types. No Scan anywhere.
    intake
      .bindTable(ENV.flagsTable, flagsTable, { actions: ['GetItem'] })
      .bindTable(ENV.runsTable, runsTable, RUNS_GRANTS.intake)
      // A run reads the exact version of the incoming object its trigger named (the bucket is versioned).
      .bindBucket(bucket, {
        read: [incomingPrefix, 'packages/'],
        write: ['packages/'],
        readVersions: [incomingPrefix],
      })
      // A duplicate publishes `Handoff Duplicate Ignored`, naming the run that holds the claim.
      .bindEventBus(bus);
    scoring
      .bindTable(ENV.artifactsTable, artifactsTable, ARTIFACTS_GRANTS.scoring)
      .bindTable(ENV.runsTable, runsTable, RUNS_GRANTS.scoring)
      .bindBucket(bucket, { read: ['packages/', 'artifacts/'], write: ['artifacts/'] });
    handoff
      .bindTable(ENV.artifactsTable, artifactsTable, ARTIFACTS_GRANTS.finish)
      .bindTable(ENV.runsTable, runsTable, RUNS_GRANTS.finish)
      .bindBucket(bucket, { read: ['artifacts/'] })
      .bindEventBus(bus);
    rollback
      .bindTable(ENV.artifactsTable, artifactsTable, ARTIFACTS_GRANTS.finish)
      .bindTable(ENV.runsTable, runsTable, RUNS_GRANTS.finish)
      .bindBucket(bucket, { read: ['artifacts/'] })
      .bindEventBus(bus);
    // Lists recent runs (a Query per day of the by-day index) and changes the flag with its audit item.
    // It never reads artifacts (applyFallback uses listRuns only), so it gets no artifacts table.
    autoFallback
      .bindTable(ENV.runsTable, runsTable, { actions: ['Query'], index: RUNS_BY_DAY_INDEX })
      .bindTable(ENV.flagsTable, flagsTable, 'readwrite');
  }
}
