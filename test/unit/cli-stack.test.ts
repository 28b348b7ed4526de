import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { opsContext } from '../../functions/cli/commands/context.ts';
import {
  describeStackOutputs,
  outputsFromXml,
  STACK_OPTIONAL_OUTPUTS,
  STACK_TABLE_OUTPUTS,
  stackTables,
  subscriptionsFromXml,
} from '../../functions/cli/commands/stack.ts';
import { run } from '../../functions/cli/commands.ts';
import { OUTPUT_KEYS } from '../../infra/constructs/outputs.ts';

/**
 * `--stack NAME`: table names from the stack's CloudFormation outputs. No emulator of the project answers
 * CloudFormation, so DescribeStacks is tested against a local HTTP fake with the response shape AWS sends.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

const RESPONSE = `<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
  <DescribeStacksResult><Stacks><member>
    <StackName>handoff-prod</StackName>
    <Outputs>
      <member><Description>runs</Description><OutputKey>RunsTableName</OutputKey><OutputValue>prod-runs</OutputValue></member>
      <member><OutputKey>ArtifactsTableName</OutputKey><OutputValue>prod-artifacts</OutputValue></member>
      <member><OutputKey>FlagsTableName</OutputKey><OutputValue>prod-flags&amp;co</OutputValue></member>
    </Outputs>
  </member></Stacks></DescribeStacksResult>
</DescribeStacksResponse>`;

describe('handoff --stack', () => {
  it('reads the output keys the stack declares', () => {
    expect(STACK_TABLE_OUTPUTS).toEqual({
      RUNS_TABLE: OUTPUT_KEYS.runsTable,
      ARTIFACTS_TABLE: OUTPUT_KEYS.artifactsTable,
      FLAGS_TABLE: OUTPUT_KEYS.flagsTable,
    });
    expect(STACK_OPTIONAL_OUTPUTS).toEqual({
      BUCKET: OUTPUT_KEYS.bucket,
      APPROVAL_BASE_URL: OUTPUT_KEYS.approvalCallbackUrl,
      SENDER_EMAIL: OUTPUT_KEYS.senderEmail,
      APPROVER_GROUPS: OUTPUT_KEYS.approverGroups,
      ALARM_TOPIC_ARN: OUTPUT_KEYS.alarmTopic,
    });
  });

  it('reads which alarm subscriptions still wait for confirmation (SNS XML)', () => {
    const xml = `<ListSubscriptionsByTopicResponse><ListSubscriptionsByTopicResult><Subscriptions>
      <member><TopicArn>arn:aws:sns:eu-west-1:1:a</TopicArn><Protocol>email</Protocol>
        <SubscriptionArn>PendingConfirmation</SubscriptionArn><Owner>1</Owner><Endpoint>ops@example.com</Endpoint></member>
      <member><TopicArn>arn:aws:sns:eu-west-1:1:a</TopicArn><Protocol>lambda</Protocol>
        <SubscriptionArn>arn:aws:sns:eu-west-1:1:a:5f</SubscriptionArn><Owner>1</Owner><Endpoint>arn:aws:lambda:eu-west-1:1:function:f</Endpoint></member>
    </Subscriptions></ListSubscriptionsByTopicResult></ListSubscriptionsByTopicResponse>`;
    expect(subscriptionsFromXml(xml)).toEqual([
      { protocol: 'email', endpoint: 'ops@example.com', pending: true },
      { protocol: 'lambda', endpoint: 'arn:aws:lambda:eu-west-1:1:function:f', pending: false },
    ]);
  });

  it('parses the outputs of a DescribeStacks response', () => {
    expect(outputsFromXml(RESPONSE)).toEqual({
      RunsTableName: 'prod-runs',
      ArtifactsTableName: 'prod-artifacts',
      FlagsTableName: 'prod-flags&co',
    });
  });

  it('signs a DescribeStacks request and maps the outputs to the three tables', async () => {
    const seen: { auth?: string; body: string }[] = [];
    const server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        seen.push({ auth: req.headers.authorization, body });
        res.writeHead(200, { 'content-type': 'text/xml' }).end(RESPONSE);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_CLOUDFORMATION: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
    });
    delete process.env.AWS_PROFILE;
    try {
      const tables = await stackTables('handoff-prod', 'eu-west-1', describeStackOutputs);
      expect(tables).toEqual({
        RUNS_TABLE: 'prod-runs',
        ARTIFACTS_TABLE: 'prod-artifacts',
        FLAGS_TABLE: 'prod-flags&co',
      });
      expect(seen[0]?.body).toBe('Action=DescribeStacks&StackName=handoff-prod&Version=2010-05-15');
      expect(seen[0]?.auth).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/cloudformation\/aws4_request/,
      );
    } finally {
      process.env = saved;
      server.close();
    }
  });

  it('names the stack in the context it builds', async () => {
    const ctx = await opsContext(
      { stack: 'handoff-prod', region: 'eu-west-1' },
      {
        root,
        stackOutputs: async () => ({ RunsTableName: 'r', ArtifactsTableName: 'a', FlagsTableName: 'f' }),
      },
    );
    expect(ctx.source).toBe('stack handoff-prod');
    ctx.close();
  });

  it('a stack without the outputs is a usage error, as JSON with --json', async () => {
    let err = '';
    const code = await run(['kpi', '--stack', 'other-stack', '--region', 'eu-west-1', '--json'], {
      out: () => {},
      err: (s) => (err += s),
      root,
      stackOutputs: async () => ({ BucketName: 'b' }),
    });
    expect(code).toBe(2);
    expect(JSON.parse(err).error).toMatchObject({ code: 'stack_output_missing', exitCode: 2 });
  });
});
