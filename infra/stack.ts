import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { HandoffConfig } from './config.ts';
import { Approvals } from './constructs/approvals.ts';
import { ENV, type FunctionName, HandoffFunction } from './constructs/functions.ts';
import { Observability } from './constructs/observability.ts';
import { StackOutputs } from './constructs/outputs.ts';
import { Storage } from './constructs/storage.ts';
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

  constructor(scope: Construct, id: string, props: HandoffStackProps) {
    super(scope, id, props);
    const c = props.config;
    const removalPolicy = c.removalPolicy === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const logRetention = c.logRetentionDays as logs.RetentionDays;

    this.storage = new Storage(this, 'Storage', { removalPolicy });
    const fns = this.createFunctions(c, logRetention);

    // The custom bus exists before the functions that publish to it are bound.
    this.workflow = new Workflow(this, 'Workflow', {
      functions: {
        intake: fns.intake.fn,
        scoring: fns.scoring.fn,
        approvalRouter: fns.router.fn,
        handoff: fns.handoff.fn,
        rollback: fns.rollback.fn,
      },
      logRetention,
    });
    const stateMachine = this.workflow.stateMachine;
    this.triggers = new Triggers(this, 'Triggers', {
      bucket: this.storage.bucket,
      incomingPrefix: c.incomingPrefix,
      stateMachine,
    });
    this.bindFunctions(fns, c.incomingPrefix);

    this.approvals = new Approvals(this, 'Approvals', {
      storage: this.storage,
      router: fns.router,
      stateMachine,
      senderEmail: c.senderEmail,
      createSenderIdentity: c.createSenderIdentity,
      approverGroups: c.approverGroups,
      memorySize: c.memorySize,
      logRetention,
      bundling: c.bundling,
    });
    this.functions = {
      intake: fns.intake,
      scoring: fns.scoring,
      'approval-router': fns.router,
      'approval-callback': this.approvals.callback,
      handoff: fns.handoff,
      rollback: fns.rollback,
      'auto-fallback': fns.autoFallback,
    };
    this.observability = new Observability(this, 'Observability', {
      stateMachine,
      functions: Object.values(this.functions).map((f) => f.fn),
      alarmEmail: c.alarmEmail,
      // Both alarms act through the topic: the fallback evaluates its rule on every ALARM notification.
      alarmSubscribers: [fns.autoFallback.fn],
    });
    this.outputs = this.createOutputs();
  }

  /** The workflow's functions and the auto-fallback (the approval callback belongs to Approvals). */
  private createFunctions(c: HandoffConfig, logRetention: logs.RetentionDays) {
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

  /** Each function gets the tables, bucket prefixes and bus it uses, nothing more. */
  private bindFunctions(fns: ReturnType<HandoffStack['createFunctions']>, incomingPrefix: string): void {
    const { artifactsTable, flagsTable, runsTable, bucket } = this.storage;
    const bus = this.triggers.bus;
    fns.intake
      .bindTable(ENV.flagsTable, flagsTable, 'read')
      .bindTable(ENV.runsTable, runsTable, 'readwrite')
      .bindBucket(bucket, { read: [incomingPrefix, 'packages/'], write: ['packages/'] });
    fns.scoring
      .bindTable(ENV.artifactsTable, artifactsTable, 'readwrite')
      .bindTable(ENV.runsTable, runsTable, 'readwrite')
      .bindBucket(bucket, { read: ['packages/', 'artifacts/'], write: ['artifacts/'] });
    fns.handoff
      .bindTable(ENV.artifactsTable, artifactsTable, 'readwrite')
      .bindTable(ENV.runsTable, runsTable, 'readwrite')
      .bindBucket(bucket, { read: ['artifacts/'] })
      .bindEventBus(bus);
    fns.rollback
      .bindTable(ENV.artifactsTable, artifactsTable, 'readwrite')
      .bindTable(ENV.runsTable, runsTable, 'readwrite')
      .bindBucket(bucket, { read: ['artifacts/'] })
      .bindEventBus(bus);
    // Lists recent runs (Scan of the runs table) and changes the flag with its audit item (TransactWrite).
    // It never reads artifacts (applyFallback uses listRuns only), so it gets no artifacts table.
    fns.autoFallback
      .bindTable(ENV.runsTable, runsTable, 'read')
      .bindTable(ENV.flagsTable, flagsTable, 'readwrite');
  }

  private createOutputs(): StackOutputs {
    const { artifactsTable, flagsTable, runsTable, bucket } = this.storage;
    return new StackOutputs(this, 'Outputs', {
      values: {
        artifactsTable: artifactsTable.tableName,
        flagsTable: flagsTable.tableName,
        runsTable: runsTable.tableName,
        bucket: bucket.bucketName,
        eventBus: this.triggers.bus.eventBusName,
        stateMachine: this.workflow.stateMachine.stateMachineArn,
        approvalCallbackUrl: this.approvals.functionUrl.url,
      },
    });
  }
}
