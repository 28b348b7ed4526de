import { App, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildApp } from '../../infra/build.ts';
import { type CfnJson, logicalId, resourcesOfType, type Synthesized, synthesize } from './synth.ts';

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
}, 120_000);

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: CfnJson;
  Condition?: CfnJson;
}

/** Every statement of every identity policy (AWS::IAM::Policy and inline role policies), with its owner. */
function identityStatements(): { owner: string; st: Statement }[] {
  const out: { owner: string; st: Statement }[] = [];
  for (const [id, r] of resourcesOfType(s, 'AWS::IAM::Policy')) {
    for (const st of r.Properties.PolicyDocument.Statement as Statement[]) out.push({ owner: id, st });
  }
  for (const [id, r] of resourcesOfType(s, 'AWS::IAM::Role')) {
    for (const p of r.Properties.Policies ?? []) {
      for (const st of p.PolicyDocument.Statement as Statement[]) out.push({ owner: id, st });
    }
    expect(r.Properties.ManagedPolicyArns, `${id} has AWS managed policies`).toBeUndefined();
  }
  return out;
}
const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

// Actions AWS does not let a policy scope to a resource (Service Authorization Reference: no resource type).
const NO_RESOURCE_LEVEL = new Set([
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
  'logs:CreateLogDelivery',
  'logs:GetLogDelivery',
  'logs:UpdateLogDelivery',
  'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries',
  'logs:PutResourcePolicy',
  'logs:DescribeResourcePolicies',
  'logs:DescribeLogGroups',
]);

describe('IAM', () => {
  it('never grants "Resource": "*" for an action that can be scoped to an ARN', () => {
    const statements = identityStatements();
    expect(statements.length).toBeGreaterThan(20);
    for (const { owner, st } of statements) {
      if (!list(st.Resource).includes('*')) continue;
      const scopable = list(st.Action).filter((a) => !NO_RESOURCE_LEVEL.has(a));
      expect(scopable, `${owner} grants ${scopable.join(', ')} on *`).toEqual([]);
    }
  });

  it('never grants a wildcard action', () => {
    for (const { owner, st } of identityStatements()) {
      for (const a of list(st.Action)) expect(a, owner).not.toMatch(/\*$/);
    }
  });

  it('lets only the callback and the router answer task tokens, and only for this state machine', () => {
    const sm = logicalId(s, 'AWS::StepFunctions::StateMachine', 'WorkflowStateMachine');
    const roles = ['ApprovalsCallbackRole', 'ApprovalRouterRole'].map((p) => ({
      Ref: logicalId(s, 'AWS::IAM::Role', p),
    }));
    const grants = identityStatements().filter(({ st }) =>
      list(st.Action).some((a) => a.startsWith('states:SendTask')),
    );
    // The router's: a decision made between two stages of the wait is delivered by the next stage.
    expect(grants).toHaveLength(2);
    for (const grant of grants) {
      expect(list(grant.st.Action).sort()).toEqual(['states:SendTaskFailure', 'states:SendTaskSuccess']);
      expect(grant.st.Resource).toEqual({ Ref: sm });
    }
    expect(grants.map((g) => s.json.Resources[g.owner]?.Properties.Roles).sort()).toEqual(
      roles.map((r) => [r]).sort(),
    );
  });

  it('lets only the router send email, and only from the sender identity', () => {
    const grants = identityStatements().filter(({ st }) => list(st.Action).some((a) => a.startsWith('ses:')));
    expect(grants.map((g) => g.owner)).toEqual([
      logicalId(s, 'AWS::IAM::Policy', 'ApprovalRouterRoleDefaultPolicy'),
    ]);
    expect(JSON.stringify(grants[0]?.st.Resource)).toContain(':identity/handoffs@example.com');
  });

  it('gives the signing secret to the router and the callback only, as an ARN, never its value', () => {
    const secret = logicalId(s, 'AWS::SecretsManager::Secret', 'ApprovalsSigningKey');
    const readers = identityStatements()
      .filter(({ st }) => list(st.Action).includes('secretsmanager:GetSecretValue'))
      .map(({ owner, st }) => {
        expect(st.Resource).toEqual({ Ref: secret });
        return owner;
      });
    expect(readers.sort()).toEqual(
      [
        logicalId(s, 'AWS::IAM::Policy', 'ApprovalRouterRoleDefaultPolicy'),
        logicalId(s, 'AWS::IAM::Policy', 'ApprovalsCallbackRoleDefaultPolicy'),
      ].sort(),
    );
    for (const [, fn] of resourcesOfType(s, 'AWS::Lambda::Function')) {
      const env = fn.Properties.Environment?.Variables ?? {};
      for (const [k, v] of Object.entries(env)) {
        expect(JSON.stringify(v), k).not.toContain('SecretString');
      }
    }
  });

  it('lets the callback and router read only what the approval page and mail show: GetItem, two prefixes', () => {
    const artifactsTable = logicalId(s, 'AWS::DynamoDB::Table', 'StorageArtifacts');
    const bucket = logicalId(s, 'AWS::S3::Bucket', 'StoragePackages');
    for (const prefix of ['ApprovalsCallbackRole', 'ApprovalRouterRole']) {
      const policy = logicalId(s, 'AWS::IAM::Policy', `${prefix}DefaultPolicy`);
      const mine = identityStatements().filter(({ owner }) => owner === policy);
      const onArtifacts = mine.filter(({ st }) => JSON.stringify(st.Resource).includes(artifactsTable));
      expect(
        onArtifacts.flatMap(({ st }) => list(st.Action)),
        prefix,
      ).toEqual(['dynamodb:GetItem']);
      const gets = mine.filter(({ st }) => list(st.Action).includes('s3:GetObject'));
      const keys = JSON.stringify(gets.map(({ st }) => st.Resource));
      expect(keys, prefix).toContain(bucket);
      expect(keys.match(/\/[a-z-]+\/\*/g)?.sort(), prefix).toEqual(['/artifacts/*', '/packages/*']);
      expect(
        mine.some(({ st }) => list(st.Action).includes('s3:PutObject')),
        prefix,
      ).toBe(false);
    }
  });

  it('starts executions from EventBridge with StartExecution on this state machine only', () => {
    const sm = logicalId(s, 'AWS::StepFunctions::StateMachine', 'WorkflowStateMachine');
    const starts = identityStatements().filter(({ st }) => list(st.Action).includes('states:StartExecution'));
    expect(starts).toHaveLength(1);
    expect(starts[0]?.st.Resource).toEqual({ Ref: sm });
  });

  it('lets the auto-fallback Query runs by day and read/write the flags table, and touch nothing else', () => {
    const table = (prefix: string) => ({
      'Fn::GetAtt': [logicalId(s, 'AWS::DynamoDB::Table', prefix), 'Arn'],
    });
    const policy = logicalId(s, 'AWS::IAM::Policy', 'AutoFallbackRoleDefaultPolicy');
    const mine = identityStatements().filter(({ owner }) => owner === policy);
    expect(s.json.Resources[policy]?.Properties.Roles).toEqual([
      { Ref: logicalId(s, 'AWS::IAM::Role', 'AutoFallbackRole') },
    ]);
    const onResource = (resource: CfnJson) =>
      mine.filter(({ st }) => JSON.stringify(list(st.Resource)) === JSON.stringify([resource]));
    const actions = (resource: CfnJson) => onResource(resource).flatMap(({ st }) => list(st.Action));

    // Runs: nothing on the table itself, only a Query of the by-day index (no Scan, no write).
    expect(actions(table('StorageRuns'))).toEqual([]);
    const byDay = {
      'Fn::Join': [
        '',
        [{ 'Fn::GetAtt': [logicalId(s, 'AWS::DynamoDB::Table', 'StorageRuns'), 'Arn'] }, '/index/byDay'],
      ],
    };
    expect(actions(byDay)).toEqual(['dynamodb:Query']);
    // Flags: GetItem, and PutItem for both items of the TransactWrite (flag record + audit entry).
    expect(actions(table('StorageFlags'))).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem']),
    );

    // Every other statement is its own log group or X-Ray (the only "*"): no artifacts table, bucket, bus,
    // secret, email or state machine.
    const rest = mine.filter(
      ({ st }) =>
        !['StorageRuns', 'StorageFlags'].some(
          (t) => JSON.stringify(list(st.Resource)) === JSON.stringify([table(t)]),
        ) && !JSON.stringify(st.Resource).includes('/index/byDay'),
    );
    for (const { st } of rest) {
      const resources = list(st.Resource);
      if (resources.includes('*')) {
        expect(list(st.Action).filter((a) => !NO_RESOURCE_LEVEL.has(a))).toEqual([]);
      } else {
        expect(resources).toEqual([
          { 'Fn::GetAtt': [logicalId(s, 'AWS::Logs::LogGroup', 'AutoFallbackLogs'), 'Arn'] },
        ]);
        expect(list(st.Action).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
      }
    }
    // No other policy attaches to its role (e.g. a standalone iam.Policy).
    const attached = resourcesOfType(s, 'AWS::IAM::Policy')
      .filter(([, r]) => JSON.stringify(r.Properties.Roles).includes('AutoFallbackRole'))
      .map(([id]) => id);
    expect(attached).toEqual([policy]);
  });

  it("gives no workflow role dynamodb:Scan, nor CDK's broad read/write grants", () => {
    const workflowRoles = [
      'IntakeRole',
      'ScoringRole',
      'ApprovalRouterRole',
      'HandoffRole',
      'RollbackRole',
      'ApprovalsCallbackRole',
    ].map((p) => logicalId(s, 'AWS::IAM::Role', p));
    const policies = [...resourcesOfType(s, 'AWS::IAM::Policy')].filter(([, r]) =>
      (r.Properties.Roles as { Ref: string }[]).some((role) => workflowRoles.includes(role.Ref)),
    );
    expect(policies.length).toBeGreaterThanOrEqual(workflowRoles.length);
    for (const [id, r] of policies) {
      for (const st of r.Properties.PolicyDocument.Statement as Statement[]) {
        const actions = list(st.Action);
        expect(actions, id).not.toContain('dynamodb:Scan');
        expect(actions, id).not.toContain('dynamodb:BatchWriteItem');
        expect(
          actions.filter((a) => a.startsWith('dynamodb:GetRecords')),
          id,
        ).toEqual([]);
      }
    }
  });

  it('keeps the public callback to approvals and its runs on the runs table, by dynamodb:LeadingKeys', () => {
    const policy = logicalId(s, 'AWS::IAM::Policy', 'ApprovalsCallbackRoleDefaultPolicy');
    const dynamo = identityStatements().filter(
      ({ owner, st }) => owner === policy && list(st.Action).some((a) => a.startsWith('dynamodb:')),
    );
    expect(dynamo.map(({ st }) => [list(st.Action).sort(), st.Condition])).toEqual([
      [
        [
          'dynamodb:BatchGetItem',
          'dynamodb:DeleteItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
        ],
        { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['APPROVAL#*'] } },
      ],
      // Of runs: the package the page shows (Get) and a rejection's record (Update); never a Put.
      [
        ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
        { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['RUN#*'] } },
      ],
      // Approval evidence, in partitions of its own.
      [['dynamodb:PutItem'], { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EVIDENCE#*'] } }],
      // The artifacts table: only the pointer and artifact items the page reads.
      [['dynamodb:GetItem'], undefined],
    ]);
  });

  it('lets intake and scoring neither Scan nor Delete', () => {
    for (const prefix of ['IntakeRoleDefaultPolicy', 'ScoringRoleDefaultPolicy']) {
      const policy = logicalId(s, 'AWS::IAM::Policy', prefix);
      const actions = identityStatements()
        .filter(({ owner }) => owner === policy)
        .flatMap(({ st }) => list(st.Action));
      expect(
        actions.filter((a) => /dynamodb:(Scan|DeleteItem|BatchWriteItem)/.test(a)),
        prefix,
      ).toEqual([]);
    }
  });

  it('limits object access to key prefixes, never the whole bucket', () => {
    for (const { owner, st } of identityStatements()) {
      if (!list(st.Action).some((a) => a === 's3:GetObject' || a === 's3:PutObject')) continue;
      for (const r of list(st.Resource)) {
        const suffix = r['Fn::Join']?.[1]?.[1];
        expect(suffix, owner).toMatch(/^\/(incoming|packages|artifacts)\/\*$/);
      }
    }
  });
});

describe('cdk-nag (AWS Solutions)', () => {
  it('reports no unacknowledged finding on the whole app', () => {
    const { app } = buildApp({ nag: false, context: { 'handoff:bundling': false } });
    const report = new AwsSolutionsChecks(app).validateScope(app);
    const findings = report.violations.flatMap((v) =>
      v.violatingResources.map((r) => `${v.ruleName} ${r.resourceLogicalId} ${r.locations.join(',')}`),
    );
    expect(findings).toEqual([]);
    expect(report.success).toBe(true);
  }, 120_000);

  it('does catch a finding that nobody acknowledged (the check above can fail)', () => {
    const app = new App();
    const stack = new Stack(app, 'Probe');
    new s3.Bucket(stack, 'Unlogged', { enforceSSL: true });
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations.map((v) => v.ruleName)).toContain('AwsSolutions-S1');
    Validations.of(stack).acknowledge({ id: 'AwsSolutions-S1', reason: 'probe' });
    const after = new AwsSolutionsChecks(app).validateScope(app);
    expect(after.violations.map((v) => v.ruleName)).not.toContain('AwsSolutions-S1');
  });
});
