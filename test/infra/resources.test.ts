import { readdirSync, readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { SKILL } from '#core/identity';
import { executionInputSchema } from '#shared/event-schemas';
import { HANDLERS } from '../../functions/handlers/index.ts';
import { DEFAULT_CONFIG, readConfig } from '../../infra/config.ts';
import { CALLBACK_RESERVED_CONCURRENCY } from '../../infra/constructs/approvals.ts';
import { FUNCTION_NAMES } from '../../infra/constructs/functions.ts';
import { METRIC_NAMES } from '../../infra/constructs/observability.ts';
import { OUTPUT_KEYS } from '../../infra/constructs/outputs.ts';
import { applyInputTransformer, localLambdaArn, workflowFromTemplate } from '../../local/synth.ts';
import { loadEvent } from '../support/aws-fixtures.ts';
import { type CfnJson, logicalId, resourcesOfType, type Synthesized, synthesize } from './synth.ts';

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
}, 120_000);

const fnByName = (name: string) => {
  const found = resourcesOfType(s, 'AWS::Lambda::Function').find(
    ([, r]) => r.Metadata?.['handoff:function'] === name,
  );
  if (!found) throw new Error(`no function ${name}`);
  return found;
};

describe('tables', () => {
  it('keys artifacts and runs by pk/sk and flags by flag, all on demand with PITR and deletion protection', () => {
    const tables = resourcesOfType(s, 'AWS::DynamoDB::Table');
    expect(tables).toHaveLength(3);
    const keys = (prefix: string) =>
      s.json.Resources[logicalId(s, 'AWS::DynamoDB::Table', prefix)]?.Properties.KeySchema;
    expect(keys('StorageArtifacts')).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(keys('StorageRuns')).toEqual(keys('StorageArtifacts'));
    expect(keys('StorageFlags')).toEqual([{ AttributeName: 'flag', KeyType: 'HASH' }]);
    for (const [id, t] of tables) {
      expect(t.Properties, id).toMatchObject({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        SSESpecification: { SSEEnabled: true },
      });
      expect(t.DeletionPolicy, id).toBe('Retain');
    }
  });

  it('expires runs, dedupe markers and approvals through the expiresAt TTL attribute', () => {
    const runs = s.json.Resources[logicalId(s, 'AWS::DynamoDB::Table', 'StorageRuns')];
    expect(runs?.Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
    for (const prefix of ['StorageArtifacts', 'StorageFlags']) {
      expect(
        s.json.Resources[logicalId(s, 'AWS::DynamoDB::Table', prefix)]?.Properties.TimeToLiveSpecification,
      ).toBeUndefined();
    }
  });

  it('can be made disposable with -c handoff:removalPolicy=destroy', () => {
    const throwaway = synthesize({ 'handoff:removalPolicy': 'destroy' });
    for (const [id, t] of resourcesOfType(throwaway, 'AWS::DynamoDB::Table')) {
      expect(t.DeletionPolicy, id).toBe('Delete');
      expect(t.Properties.DeletionProtectionEnabled, id).toBe(false);
    }
  }, 120_000);
});

describe('package bucket', () => {
  it('is encrypted, versioned, private, logged and sends events to EventBridge', () => {
    const bucket = s.json.Resources[logicalId(s, 'AWS::S3::Bucket', 'StoragePackages')];
    const logs = logicalId(s, 'AWS::S3::Bucket', 'StorageAccessLogs');
    expect(bucket?.Properties).toMatchObject({
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: { DestinationBucketName: { Ref: logs } },
      NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
    });
    expect(bucket?.DeletionPolicy).toBe('Retain');
  });

  it('refuses every request that is not over TLS, on both buckets', () => {
    const policies = resourcesOfType(s, 'AWS::S3::BucketPolicy');
    expect(policies).toHaveLength(2);
    for (const [id, p] of policies) {
      expect(p.Properties.PolicyDocument.Statement, id).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    }
  });

  it('needs no custom resource but the flag seed (ADR 0015), and that one runs our own function', () => {
    const custom = Object.values(s.json.Resources).filter(
      (r) => r.Type.startsWith('Custom::') || r.Type === 'AWS::CloudFormation::CustomResource',
    );
    const seed = logicalId(s, 'AWS::Lambda::Function', 'FlagSeed');
    expect(custom).toEqual([
      expect.objectContaining({
        Type: 'AWS::CloudFormation::CustomResource',
        Properties: { ServiceToken: { 'Fn::GetAtt': [seed, 'Arn'] } },
      }),
    ]);
  });
});

describe('functions', () => {
  it('deploys every handler on Node.js 24, arm64, X-Ray active, each tagged with its handler name', () => {
    const fns = resourcesOfType(s, 'AWS::Lambda::Function');
    expect(fns.map(([, r]) => r.Metadata['handoff:function']).sort()).toEqual([...FUNCTION_NAMES].sort());
    for (const [id, r] of fns) {
      expect(r.Properties, id).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        MemorySize: 512,
        Timeout: 20,
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: expect.any(String) } },
      });
      expect(r.Properties.Environment.Variables, id).toMatchObject({
        POWERTOOLS_SERVICE_NAME: SKILL.featureFlag,
        POWERTOOLS_METRICS_NAMESPACE: 'HandoffContracting',
      });
    }
  });

  it('deploys one function per handler file, and the local runtime finds a handler for each of them', () => {
    const files = readdirSync(new URL('../../functions/handlers/', import.meta.url))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect([...FUNCTION_NAMES].sort()).toEqual(files.sort());
    expect(Object.keys(HANDLERS).sort()).toEqual(files.sort());
    // The local runtime maps each template function to a handler through its handoff:function metadata.
    const local = workflowFromTemplate(s.json, { from: 'synth', hash: 'test', ms: 0 });
    expect(Object.values(local.functionByArn).sort()).toEqual(files.sort());
    expect(local.functionByArn[localLambdaArn('auto-fallback')]).toBe('auto-fallback');
  });

  it('gives every function its own log group with the configured retention', () => {
    const groups = resourcesOfType(s, 'AWS::Logs::LogGroup');
    expect(groups).toHaveLength(FUNCTION_NAMES.length + 2); // + the state machine's and the front door's
    for (const [id, g] of groups) expect(g.Properties.RetentionInDays, id).toBe(30);
  });

  it('sets exactly the environment each handler reads', () => {
    const envKeys = (name: string) => Object.keys(fnByName(name)[1].Properties.Environment.Variables).sort();
    const base = ['POWERTOOLS_METRICS_NAMESPACE', 'POWERTOOLS_SERVICE_NAME'];
    // Intake publishes `Handoff Duplicate Ignored` on the bus.
    expect(envKeys('intake')).toEqual(
      [...base, 'BUCKET', 'EVENT_BUS_NAME', 'FLAGS_TABLE', 'RUNS_TABLE'].sort(),
    );
    expect(envKeys('scoring')).toEqual([...base, 'ARTIFACTS_TABLE', 'BUCKET', 'RUNS_TABLE'].sort());
    expect(envKeys('approval-router')).toEqual(
      [
        ...base,
        'APPROVAL_BASE_URL',
        'APPROVER_GROUPS',
        'ARTIFACTS_TABLE',
        'BUCKET',
        'RUNS_TABLE',
        'SENDER_EMAIL',
        'SIGNING_SECRET_ARN',
      ].sort(),
    );
    expect(envKeys('approval-callback')).toEqual(
      [...base, 'ARTIFACTS_TABLE', 'BUCKET', 'RUNS_TABLE', 'SIGNING_SECRET_ARN'].sort(),
    );
    for (const name of ['handoff', 'rollback']) {
      expect(envKeys(name)).toEqual(
        [...base, 'ARTIFACTS_TABLE', 'BUCKET', 'EVENT_BUS_NAME', 'RUNS_TABLE'].sort(),
      );
    }
    // applyFallback lists runs and changes the flag; it never reads artifacts.
    expect(envKeys('auto-fallback')).toEqual([...base, 'FLAGS_TABLE', 'RUNS_TABLE'].sort());
    expect(envKeys('flag-seed')).toEqual([...base, 'FLAGS_TABLE'].sort());
    const env = fnByName('auto-fallback')[1].Properties.Environment.Variables;
    expect(env.RUNS_TABLE).toEqual({ Ref: logicalId(s, 'AWS::DynamoDB::Table', 'StorageRuns') });
    expect(env.FLAGS_TABLE).toEqual({ Ref: logicalId(s, 'AWS::DynamoDB::Table', 'StorageFlags') });
  });

  it('builds approval links on the front door stage and passes the approver groups as JSON', () => {
    const env = fnByName('approval-router')[1].Properties.Environment.Variables;
    expect(env.APPROVAL_BASE_URL).toEqual(s.stack.resolve(s.stack.approvals.approvalBaseUrl));
    expect(JSON.stringify(env.APPROVAL_BASE_URL)).toContain(
      `{"Ref":"${logicalId(s, 'AWS::ApiGateway::RestApi', 'ApprovalsFrontDoorApi')}"}`,
    );
    expect(JSON.stringify(env.APPROVAL_BASE_URL)).toMatch(/\.execute-api\..*\/prod"\]\]\}$/);
    expect(JSON.parse(env.APPROVER_GROUPS)).toEqual({ legal: ['legal-review@example.com'] });
  });
});

describe('approvals', () => {
  it('exposes no Function URL: the callback is reached only through its front door', () => {
    expect(resourcesOfType(s, 'AWS::Lambda::Url')).toEqual([]);
  });

  it("reserves (and so caps) the callback's concurrency; no other function reserves any", () => {
    const reserved = resourcesOfType(s, 'AWS::Lambda::Function')
      .filter(([, r]) => r.Properties.ReservedConcurrentExecutions !== undefined)
      .map(([id, r]) => [id, r.Properties.ReservedConcurrentExecutions]);
    expect(reserved).toEqual([
      [logicalId(s, 'AWS::Lambda::Function', 'ApprovalsCallback'), CALLBACK_RESERVED_CONCURRENCY],
    ]);
  });

  it('generates the signing key in Secrets Manager and creates the SES v2 sender identity', () => {
    s.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
    });
    s.template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'handoffs@example.com' });
    const reuse = synthesize({
      'handoff:createSenderIdentity': false,
      'handoff:senderEmail': 'ops@brand.test',
    });
    reuse.template.resourceCountIs('AWS::SES::EmailIdentity', 0);
    reuse.template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: ['ses:SendEmail', 'ses:SendRawEmail'], Resource: Match.objectLike({}) }),
        ]),
      },
    });
    expect(JSON.stringify(reuse.json)).toContain(':identity/ops@brand.test');
  }, 120_000);
});

describe('triggers', () => {
  it('starts a run for S3 Object Created under incoming/ with {trigger: s3, packageRef}', () => {
    const bucket = logicalId(s, 'AWS::S3::Bucket', 'StoragePackages');
    const rule = s.json.Resources[logicalId(s, 'AWS::Events::Rule', 'TriggersIncomingObject')];
    expect(rule?.Properties.EventBusName).toBeUndefined(); // default bus: where S3 sends its events
    expect(rule?.Properties.EventPattern).toEqual({
      source: ['aws.s3'],
      'detail-type': ['Object Created'],
      detail: { bucket: { name: [{ Ref: bucket }] }, object: { key: [{ prefix: 'incoming/' }] } },
    });
    const target = rule?.Properties.Targets[0];
    expect(target.InputTransformer.InputPathsMap).toEqual({
      'detail-bucket-name': '$.detail.bucket.name',
      'detail-object-key': '$.detail.object.key',
      'detail-object-version-id': '$.detail.object.version-id',
    });
    const sample = target.InputTransformer.InputTemplate.replace('<detail-bucket-name>', '"b"')
      .replace('<detail-object-key>', '"incoming/p.yaml"')
      .replace('<detail-object-version-id>', '"v1"');
    // The version travels with the run: the exact version written is read.
    expect(JSON.parse(sample)).toEqual({
      trigger: 's3',
      packageRef: { bucket: 'b', key: 'incoming/p.yaml', versionId: 'v1' },
    });
  });

  it('starts a run for a Handoff Submitted event on the custom bus with {trigger: event, packageRef}', () => {
    const bus = logicalId(s, 'AWS::Events::EventBus', 'TriggersBus');
    s.template.hasResourceProperties('AWS::Events::EventBus', { Name: 'handoff-contracting' });
    const rule = s.json.Resources[logicalId(s, 'AWS::Events::Rule', 'TriggersHandoffSubmitted')];
    expect(rule?.Properties.EventBusName).toEqual({ Ref: bus });
    // Limited to this stack's bucket and incoming/.
    const bucket = logicalId(s, 'AWS::S3::Bucket', 'StoragePackages');
    expect(rule?.Properties.EventPattern).toEqual({
      source: ['handoff-contracting'],
      'detail-type': ['Handoff Submitted'],
      detail: { packageRef: { bucket: [{ Ref: bucket }], key: [{ prefix: 'incoming/' }] } },
    });
    const t = rule?.Properties.Targets[0].InputTransformer;
    expect(t.InputPathsMap).toEqual({ 'detail-packageRef': '$.detail.packageRef' });
    const sample = t.InputTemplate.replace('<detail-packageRef>', '{"bucket":"b","key":"incoming/x.json"}');
    expect(JSON.parse(sample)).toEqual({
      trigger: 'event',
      packageRef: { bucket: 'b', key: 'incoming/x.json' },
    });
  });

  it('starts a run that intake rejects for every other Handoff Submitted event (no States.Runtime)', () => {
    const bucket = logicalId(s, 'AWS::S3::Bucket', 'StoragePackages');
    const rule = s.json.Resources[logicalId(s, 'AWS::Events::Rule', 'TriggersUnusableSubmission')];
    expect(rule?.Properties.EventPattern).toEqual({
      source: ['handoff-contracting'],
      'detail-type': ['Handoff Submitted'],
      detail: {
        $or: [
          { packageRef: { bucket: [{ exists: false }] } },
          { packageRef: { key: [{ exists: false }] } },
          { packageRef: { bucket: [{ 'anything-but': [{ Ref: bucket }] }] } },
          { packageRef: { key: [{ 'anything-but': { prefix: 'incoming/' } }] } },
        ],
      },
    });
    const t = rule?.Properties.Targets[0].InputTransformer;
    expect(JSON.parse(t.InputTemplate.replace('<detail>', '{"package":"x"}'))).toEqual({
      trigger: 'event',
      packageRef: { unusable: { package: 'x' } },
    });
  });

  it('retries failed deliveries, then parks them in an encrypted dead-letter queue', () => {
    const dlq = logicalId(s, 'AWS::SQS::Queue', 'TriggersTriggerDlq');
    const sm = logicalId(s, 'AWS::StepFunctions::StateMachine', 'WorkflowStateMachine');
    const reconciler = logicalId(s, 'AWS::Events::Rule', 'ReconcilerExecutionEnded');
    const rollback = fnByName('rollback')[0];
    for (const [id, rule] of resourcesOfType(s, 'AWS::Events::Rule')) {
      expect(rule.Properties.Targets, id).toEqual([
        expect.objectContaining({
          Arn: id === reconciler ? { 'Fn::GetAtt': [rollback, 'Arn'] } : { Ref: sm },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [dlq, 'Arn'] } },
          RetryPolicy: { MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 8 },
        }),
      ]);
    }
    s.template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
  });
});

describe('reconciler', () => {
  it('finishes runs whose execution ended outside the definition: status-change events to the rollback function', () => {
    const sm = logicalId(s, 'AWS::StepFunctions::StateMachine', 'WorkflowStateMachine');
    const rule = s.json.Resources[logicalId(s, 'AWS::Events::Rule', 'ReconcilerExecutionEnded')];
    expect(rule?.Properties.EventPattern).toEqual({
      source: ['aws.states'],
      'detail-type': ['Step Functions Execution Status Change'],
      detail: { status: ['ABORTED', 'TIMED_OUT', 'FAILED'], stateMachineArn: [{ Ref: sm }] },
    });
    // A real status-change event through the target's input transformer: the rollback function gets the
    // execution and how it ended, and an input that reads back as the run's trigger and package.
    const event = loadEvent<{ detail: { executionArn: string; input: string } }>(
      'step-functions/execution-status-change.json',
    );
    const sent = applyInputTransformer(rule?.Properties.Targets[0].InputTransformer, event) as {
      reconcile: { executionArn: string; status: string; input: string };
    };
    expect(sent.reconcile).toEqual({
      executionArn: event.detail.executionArn,
      status: 'ABORTED',
      input: event.detail.input,
    });
    expect(executionInputSchema.parse(JSON.parse(sent.reconcile.input))).toEqual({
      trigger: 's3',
      packageRef: {
        bucket: 'handoff-contracting-packages-123456789012',
        key: 'incoming/spring-launch/brief-2026-11-02.json',
        versionId: 'IYV3p45BT0ac8hjHg1houSdS1a.Mf8Vv',
      },
    });
  });
});

describe('observability', () => {
  it('alarms on failed executions and on the rollback rate (Rollbacks / Runs), both to the SNS topic', () => {
    const topic = logicalId(s, 'AWS::SNS::Topic', 'ObservabilityAlarms');
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ExecutionsFailed',
      Namespace: 'AWS/States',
      AlarmActions: [{ Ref: topic }],
    });
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [{ Ref: topic }],
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: 'IF(runs > 0, 100 * rollbacks / runs, 0)' }),
        Match.objectLike({
          Id: 'rollbacks',
          MetricStat: Match.objectLike({
            Metric: {
              Namespace: 'HandoffContracting',
              MetricName: 'Rollbacks',
              Dimensions: [{ Name: 'service', Value: SKILL.featureFlag }],
            },
          }),
        }),
        Match.objectLike({
          Id: 'runs',
          MetricStat: Match.objectLike({ Metric: Match.objectLike({ MetricName: 'Runs' }) }),
        }),
      ]),
    });
    s.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
  });

  it("alarms on a message in the trigger DLQ and on each trigger rule's FailedInvocations, to the topic", () => {
    const topic = logicalId(s, 'AWS::SNS::Topic', 'ObservabilityAlarms');
    const dlq = logicalId(s, 'AWS::SQS::Queue', 'TriggersTriggerDlq');
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlq, 'QueueName'] } }],
      Threshold: 1,
      AlarmActions: [{ Ref: topic }],
    });
    const failed = resourcesOfType(s, 'AWS::CloudWatch::Alarm')
      .map(([, r]) => r.Properties)
      .filter((p) => p.Namespace === 'AWS/Events' && p.MetricName === 'FailedInvocations');
    const rules = resourcesOfType(s, 'AWS::Events::Rule').map(([id]) => id);
    const ruleOf = (p: CfnJson) =>
      String(p.Dimensions.find((d: { Name: string }) => d.Name === 'RuleName').Value.Ref);
    expect(failed.map(ruleOf).sort()).toEqual([...rules].sort());
    for (const p of failed) {
      expect(p.AlarmActions).toEqual([{ Ref: topic }]);
      expect(p.Threshold).toBe(1);
    }
    // The custom bus's rules report with EventBusName too; the default bus's rules (S3 objects, Step
    // Functions status changes for the reconciler) with RuleName only.
    expect(failed.map((p) => p.Dimensions.length).sort()).toEqual([1, 1, 2, 2]);
  });

  it('invokes the auto-fallback function from the alarm topic, so either alarm can trigger the fallback', () => {
    const topic = logicalId(s, 'AWS::SNS::Topic', 'ObservabilityAlarms');
    const [fallbackId] = fnByName('auto-fallback');
    const subscriptions = resourcesOfType(s, 'AWS::SNS::Subscription').map(([, r]) => r.Properties);
    expect(subscriptions).toEqual([
      { Protocol: 'lambda', TopicArn: { Ref: topic }, Endpoint: { 'Fn::GetAtt': [fallbackId, 'Arn'] } },
    ]);
    // SNS may invoke it only for this topic.
    const permissions = resourcesOfType(s, 'AWS::Lambda::Permission')
      .map(([, r]) => r.Properties)
      .filter((p) => p.Principal === 'sns.amazonaws.com');
    expect(permissions).toEqual([
      {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [fallbackId, 'Arn'] },
        Principal: 'sns.amazonaws.com',
        SourceArn: { Ref: topic },
      },
    ]);
    // Every alarm (failed executions, rollback rate, trigger DLQ, FailedInvocations of the four rules:
    // S3 trigger, Handoff Submitted, unusable submissions, the reconciler) publishes there, nowhere else.
    const alarms = resourcesOfType(s, 'AWS::CloudWatch::Alarm');
    expect(alarms).toHaveLength(7);
    for (const [id, alarm] of alarms) expect(alarm.Properties.AlarmActions, id).toEqual([{ Ref: topic }]);
  });

  it('still mails the alarm address when one is configured, next to the fallback function', () => {
    const withMail = synthesize({ 'handoff:alarmEmail': 'oncall@brand.test' });
    const protocols = resourcesOfType(withMail, 'AWS::SNS::Subscription').map(([, r]) => r.Properties);
    expect(protocols.map((p) => p.Protocol).sort()).toEqual(['email', 'lambda']);
    expect(protocols.find((p) => p.Protocol === 'email')?.Endpoint).toBe('oncall@brand.test');
  }, 120_000);

  it('has a dashboard with runs, decisions, retries, rollbacks, approval latency, cycle time and fallbacks', () => {
    const [[, dash] = []] = resourcesOfType(s, 'AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(dash?.Properties.DashboardBody);
    const titles = [
      'Runs',
      'Decisions',
      'Retries',
      'Rollbacks',
      'Approval latency',
      'Cycle time',
      'Auto-fallback',
    ];
    for (const title of titles) {
      expect(body).toContain(`"title\\":\\"${title}`);
    }
  });
});

describe('stack outputs', () => {
  it('outputs the deployed names operators need, under stable keys', () => {
    const outputs = (s.template.toJSON() as { Outputs: Record<string, { Value: unknown }> }).Outputs;
    const ref = (type: string, prefix: string) => ({ Ref: logicalId(s, type, prefix) });
    const values = Object.fromEntries(Object.entries(outputs).map(([k, o]) => [k, o.Value]));
    expect(values).toEqual({
      [OUTPUT_KEYS.artifactsTable]: ref('AWS::DynamoDB::Table', 'StorageArtifacts'),
      [OUTPUT_KEYS.flagsTable]: ref('AWS::DynamoDB::Table', 'StorageFlags'),
      [OUTPUT_KEYS.runsTable]: ref('AWS::DynamoDB::Table', 'StorageRuns'),
      [OUTPUT_KEYS.bucket]: ref('AWS::S3::Bucket', 'StoragePackages'),
      [OUTPUT_KEYS.eventBus]: ref('AWS::Events::EventBus', 'TriggersBus'),
      [OUTPUT_KEYS.stateMachine]: ref('AWS::StepFunctions::StateMachine', 'WorkflowStateMachine'),
      [OUTPUT_KEYS.approvalCallbackUrl]: s.stack.resolve(s.stack.approvals.approvalBaseUrl),
      [OUTPUT_KEYS.senderEmail]: 'handoffs@example.com',
      [OUTPUT_KEYS.approverGroups]: JSON.stringify({ legal: ['legal-review@example.com'] }),
      [OUTPUT_KEYS.alarmTopic]: ref('AWS::SNS::Topic', 'ObservabilityAlarms'),
      [OUTPUT_KEYS.nextSteps]: expect.anything(),
    });
    // The next steps name this stack and region, and the commands doctor, flags set and submit.
    const steps = JSON.stringify(values[OUTPUT_KEYS.nextSteps]);
    for (const cmd of ['handoff doctor --stack', 'handoff flags set shadow', 'handoff submit'])
      expect(steps).toContain(cmd);
    expect(steps).toMatch(/--stack \w+ --region /);
    // The keys the RUNBOOK's commands query.
    expect(Object.keys(values).sort()).toEqual(
      [
        'ApprovalCallbackUrl',
        'ArtifactsTableName',
        'BucketName',
        'EventBusName',
        'FlagsTableName',
        'RunsTableName',
        'StateMachineArn',
        'SenderEmail',
        'ApproverGroups',
        'AlarmTopicArn',
        'NextSteps',
      ].sort(),
    );
  });
});

describe('metric names', () => {
  it('alarms and dashboard only read metrics some handler actually emits', () => {
    // The use cases emit their metrics; the handlers only wrap them.
    const emitted = new Set<string>();
    for (const folder of ['app', 'handlers']) {
      const dir = new URL(`../../functions/${folder}/`, import.meta.url);
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
        for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(/addMetric\('([A-Za-z]+)'/g))
          emitted.add(m[1] ?? '');
      }
    }
    const missing = Object.values(METRIC_NAMES).filter((n) => !emitted.has(n));
    expect(missing).toEqual([]);
  });
});

describe('config', () => {
  it('keeps the cdk.json defaults identical to the code defaults', () => {
    const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'));
    expect(cdkJson.app).toBe('npx tsx infra/app.ts');
    const fromCdkJson = readConfig(new App({ context: cdkJson.context }).node, {});
    expect(fromCdkJson).toEqual({ ...DEFAULT_CONFIG });
  });

  it('reads -c overrides given as strings and rejects nonsense', () => {
    const c = readConfig(
      new App({
        context: {
          'handoff:memorySize': '1024',
          'handoff:bundling': 'false',
          'handoff:incomingPrefix': 'inbox',
          'handoff:approverGroups': '{"legal":["l@x.test"]}',
        },
      }).node,
      {},
    );
    expect(c).toMatchObject({
      memorySize: 1024,
      bundling: false,
      incomingPrefix: 'inbox/',
      approverGroups: { legal: ['l@x.test'] },
    });
    expect(() => readConfig(new App({ context: { 'handoff:removalPolicy': 'maybe' } }).node, {})).toThrow(
      /retain/,
    );
    expect(() =>
      readConfig(new App({ context: { 'handoff:approverGroups': '{"a":["nope"]}' } }).node, {}),
    ).toThrow(/email/);
  });
});
