import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ARTIFACTS_BY_DIGEST_INDEX, RUNS_BY_DAY_INDEX } from '#shared/table-indexes';

export interface StorageProps {
  /** RETAIN also turns DynamoDB deletion protection on; DESTROY is for throwaway stacks. */
  removalPolicy: RemovalPolicy;
  /** How long server access logs are kept. */
  accessLogRetentionDays?: number;
}

/** TTL attribute of the runs table (epoch seconds): runs, dedupe markers and approvals expire on their own. */
export const RUNS_TTL_ATTRIBUTE = 'expiresAt';

/**
 * Data at rest: three on-demand tables (artifacts, flags, runs) and the package bucket.
 * Key layout is the agreed design (see functions/shared/workflow-types.ts and the README).
 */
export class Storage extends Construct {
  readonly artifactsTable: dynamodb.Table;
  readonly flagsTable: dynamodb.Table;
  readonly runsTable: dynamodb.Table;
  readonly bucket: s3.Bucket;
  readonly accessLogsBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const retain = props.removalPolicy === RemovalPolicy.RETAIN;
    const common = {
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: retain,
      removalPolicy: props.removalPolicy,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
    } as const;

    // pk=STREAM#<streamId>; sk=ARTIFACT#<digest> (immutable) | POINTER (current/stable/version).
    this.artifactsTable = new dynamodb.Table(this, 'Artifacts', {
      ...common,
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
    });
    // One item per feature flag: {flag, state, percentage, allowlist, updatedAt, updatedBy}.
    this.flagsTable = new dynamodb.Table(this, 'Flags', {
      ...common,
      partitionKey: { name: 'flag', type: dynamodb.AttributeType.STRING },
    });
    // RUN#, DEDUPE#, APPROVAL# items; each carries expiresAt so the table cleans itself.
    this.runsTable = new dynamodb.Table(this, 'Runs', {
      ...common,
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      timeToLiveAttribute: RUNS_TTL_ATTRIBUTE,
    });
    // Sparse indexes for the ops reads (KPIs, threshold suggestions, auto-fallback, replay by digest): a
    // Query per day of runs, and an artifact by digest, instead of Scans of a table that grows for 400 days.
    this.runsTable.addGlobalSecondaryIndex({
      indexName: RUNS_BY_DAY_INDEX,
      partitionKey: { name: 'runDay', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'intakeAt', type: dynamodb.AttributeType.STRING },
    });
    this.artifactsTable.addGlobalSecondaryIndex({
      indexName: ARTIFACTS_BY_DIGEST_INDEX,
      partitionKey: { name: 'artifactDigest', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.KEYS_ONLY,
    });

    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogs', {
      // Server access log delivery only supports SSE-S3 on the target bucket.
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(props.accessLogRetentionDays ?? 365) }],
      removalPolicy: props.removalPolicy,
    });

    this.bucket = new s3.Bucket(this, 'Packages', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'packages-bucket/',
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
      removalPolicy: props.removalPolicy,
    });
    // Set EventBridge delivery on the bucket resource itself: `eventBridgeEnabled: true` would add the
    // BucketNotifications custom resource (an extra Lambda with its own role) for a one-line setting.
    const cfnBucket = this.bucket.node.defaultChild as s3.CfnBucket;
    cfnBucket.notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };
  }
}
