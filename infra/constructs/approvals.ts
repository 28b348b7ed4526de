import { Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ses from 'aws-cdk-lib/aws-ses';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { FrontDoor } from './front-door.ts';
import { ENV, HandoffFunction } from './functions.ts';
import type { Storage } from './storage.ts';
import { RUNS_GRANTS } from './table-grants.ts';

/**
 * The public callback's concurrency, reserved and capped, so a flood of link requests never takes the
 * account's concurrency from the workflow's functions. The front door's stage throttle
 * (FRONT_DOOR_THROTTLE, 5/s burst 5) stays below it, so the stage answers its friendly 429 page first.
 */
export const CALLBACK_RESERVED_CONCURRENCY = 10;

export interface ApprovalsProps {
  storage: Storage;
  /** The approval-router function (the waitForTaskToken task); receives the link base URL and email rights. */
  router: HandoffFunction;
  stateMachine: sfn.IStateMachine;
  senderEmail: string;
  /** false when the SES identity already exists in the account. */
  createSenderIdentity: boolean;
  /** false: the region's API Gateway logging role is managed elsewhere (see FrontDoorProps). */
  setApiGatewayAccountRole: boolean;
  approverGroups: Record<string, string[]>;
  memorySize: number;
  logRetention: logs.RetentionDays;
  bundling: boolean;
}

/**
 * The human-approval-router gate's AWS side: the HMAC signing key (Secrets Manager, generated, only its ARN
 * in env), the SES v2 sender identity, and the approval-callback function behind its front door (a REST
 * API, front-door.ts). No IAM auth on purpose: approvers open links from an email; every request is
 * verified by the HMAC signature and expiry in the link, and the approval is consumed with a conditional
 * write.
 */
/**
 * What the approval page and mail read (functions/app/approval-content.ts), for the callback and the router
 * alike, in this one place: the package and its artifact (S3, under packages/ and artifacts/ only) and two
 * items of the artifacts table by key (the stream's pointer and its live artifact). GetItem only: no Query
 * or Scan of other streams, no write.
 */
function bindApprovalContent(fn: HandoffFunction, storage: Storage): void {
  fn.bindEnv(ENV.artifactsTable, storage.artifactsTable.tableName).bindBucket(storage.bucket, {
    read: ['packages/', 'artifacts/'],
  });
  fn.role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: [storage.artifactsTable.tableArn] }),
  );
}

export class Approvals extends Construct {
  readonly callback: HandoffFunction;
  readonly frontDoor: FrontDoor;
  readonly signingSecret: secretsmanager.Secret;
  readonly senderIdentityArn: string;
  /** Base URL of approval links, without a trailing slash (links are `<base>/approvals/<id>?exp=…&sig=…`). */
  readonly approvalBaseUrl: string;

  constructor(scope: Construct, id: string, props: ApprovalsProps) {
    super(scope, id);
    const { storage, router } = props;

    this.signingSecret = new secretsmanager.Secret(this, 'SigningKey', {
      description: 'handoff-contracting: HMAC-SHA256 key that signs approval links',
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
    });
    Validations.of(this.signingSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotated by hand with RUNBOOK "Rotate the approval-link signing key": links verify against the ' +
        'current and previous version, and a scheduled second rotation inside one approval window would ' +
        'invalidate links still pending, so no automatic schedule.',
    });

    if (props.createSenderIdentity) {
      new ses.EmailIdentity(this, 'Sender', { identity: ses.Identity.email(props.senderEmail) });
    }
    this.senderIdentityArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'identity',
      resourceName: props.senderEmail,
    });

    this.callback = new HandoffFunction(this, 'Callback', {
      name: 'approval-callback',
      reservedConcurrency: CALLBACK_RESERVED_CONCURRENCY,
      memorySize: props.memorySize,
      logRetention: props.logRetention,
      bundling: props.bundling,
    });
    // The page shows the package: its copy and findings (S3, the artifacts table) and the run's package.
    this.callback
      .bindTable(ENV.runsTable, storage.runsTable, RUNS_GRANTS.callback)
      .bindSecret(this.signingSecret);
    bindApprovalContent(this.callback, storage);

    grantTaskResponse(this, 'CallbackTaskTokenPolicy', this.callback, props.stateMachine);

    this.frontDoor = new FrontDoor(this, 'FrontDoor', {
      callback: this.callback.fn,
      logRetention: props.logRetention,
      setAccountRole: props.setApiGatewayAccountRole,
    });
    this.approvalBaseUrl = this.frontDoor.baseUrl;

    // The router writes the approval records; the mail's findings and diff summary are read like the page's.
    bindApprovalContent(router, storage);
    router
      .bindTable(ENV.runsTable, storage.runsTable, RUNS_GRANTS.router)
      .bindSecret(this.signingSecret)
      .bindEmailSender(props.senderEmail, this.senderIdentityArn)
      .bindEnv(ENV.approvalBaseUrl, this.approvalBaseUrl)
      .bindEnv(ENV.approverGroups, JSON.stringify(props.approverGroups));
    // A decision made between two stages of the wait reaches no task; the next stage's router delivers it.
    grantTaskResponse(this, 'RouterTaskTokenPolicy', router, props.stateMachine);
  }
}

/**
 * SendTaskSuccess / SendTaskFailure on task tokens of THIS state machine only. A standalone policy (not the
 * role's default policy): the function resource does not depend on it, which breaks the cycles function →
 * state machine → this grant (the router is the state machine's task; the callback's API is named in the router's links).
 */
function grantTaskResponse(
  scope: Construct,
  id: string,
  fn: HandoffFunction,
  stateMachine: sfn.IStateMachine,
) {
  new iam.Policy(scope, id, {
    roles: [fn.role],
    statements: [
      new iam.PolicyStatement({
        actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
        resources: [stateMachine.stateMachineArn],
      }),
    ],
  });
}
