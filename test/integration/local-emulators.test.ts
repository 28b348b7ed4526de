import {
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import {
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  SFNClient,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { S3rverEvent } from 's3rver';
import { startLocalStack, useLocalStack } from '../support/stack.ts';

// Clients get no endpoint here: they must find the emulators through AWS_ENDPOINT_URL_<SERVICE>, as the
// Lambdas do.
const stack = useLocalStack();

describe('local emulators through the real AWS SDK clients', () => {
  it('points every service at a distinct 127.0.0.1 port and names the tables of the design', () => {
    const { env, endpoints } = stack();
    console.log(JSON.stringify({ suite: 'local-emulators', startMs: stack().emulators.timings }));
    const urls = Object.values(endpoints);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(process.env.AWS_ENDPOINT_URL_DYNAMODB).toBe(endpoints.dynamodb);
    expect(env).toMatchObject({
      ARTIFACTS_TABLE: expect.any(String),
      FLAGS_TABLE: expect.any(String),
      RUNS_TABLE: expect.any(String),
    });
  });

  it('commits a DynamoDB transaction once and cancels the conditional replay with reasons', async () => {
    const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
    const table = stack().env.ARTIFACTS_TABLE;
    const write = () =>
      doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: { pk: 'STREAM#s1', sk: 'ARTIFACT#d1', status: 'scored' },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: table,
                Item: { pk: 'STREAM#s1', sk: 'POINTER', current: 'd1', stable: 'd1', version: 1 },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    await write();
    const replay = await write().catch((e: unknown) => e);
    expect(replay).toBeInstanceOf(TransactionCanceledException);
    expect((replay as TransactionCanceledException).CancellationReasons?.map((r) => r.Code)).toEqual([
      'ConditionalCheckFailed',
      'ConditionalCheckFailed',
    ]);
    const pointer = await doc.send(
      new GetCommand({ TableName: table, Key: { pk: 'STREAM#s1', sk: 'POINTER' } }),
    );
    expect(pointer.Item).toMatchObject({ current: 'd1', version: 1 });
  });

  it('enables TTL on expiresAt in the runs table', async () => {
    const ttl = await new DynamoDBClient({}).send(
      new DescribeTimeToLiveCommand({ TableName: stack().env.RUNS_TABLE }),
    );
    expect(ttl.TimeToLiveDescription).toMatchObject({
      AttributeName: 'expiresAt',
      TimeToLiveStatus: 'ENABLED',
    });
  });

  it('stores and returns an S3 object and announces it as ObjectCreated:Put', async () => {
    const s3 = new S3Client({ forcePathStyle: process.env.HANDOFF_S3_FORCE_PATH_STYLE === 'true' });
    const seen: S3rverEvent[] = [];
    const off = stack().emulators.onS3Event((e) => seen.push(e));
    const Bucket = stack().env.BUCKET;
    await s3.send(
      new PutObjectCommand({
        Bucket,
        Key: 'incoming/a.json',
        Body: '{"a":1}',
        ContentType: 'application/json',
      }),
    );
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'incoming/a.json' }));
    off();
    expect(await got.Body?.transformToString()).toBe('{"a":1}');
    expect(seen.map((e) => [e.Records[0]?.eventName, e.Records[0]?.s3.object.key])).toEqual([
      ['ObjectCreated:Put', 'incoming/a.json'],
    ]);
  });

  it('keeps a message sent with SESv2 readable from the mail store until it is cleared', async () => {
    const ses = new SESv2Client({});
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: stack().env.SENDER_EMAIL,
        Destination: { ToAddresses: ['approver@example.com'] },
        Content: {
          Simple: { Subject: { Data: 'Approve spring launch' }, Body: { Text: { Data: 'Open the link' } } },
        },
      }),
    );
    const mail = await stack().sentMail();
    expect(mail.map((m) => [m.destination.to, m.subject, m.body.text])).toEqual([
      [['approver@example.com'], 'Approve spring launch', 'Open the link'],
    ]);
    await stack().clearMail();
    expect(await stack().sentMail()).toEqual([]);
  });

  it('records PutEvents entries on the bus as EventBridge envelopes and rejects an unknown bus per entry', async () => {
    const eb = new EventBridgeClient({});
    const received: unknown[] = [];
    const off = stack().emulators.bus.subscribe((e) => received.push(e.detail));
    const result = await eb.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: stack().env.EVENT_BUS_NAME,
            Source: 'handoff-contracting',
            DetailType: 'Handoff Handed Off',
            Detail: JSON.stringify({ streamId: 'spring', outcome: 'pass' }),
          },
          { EventBusName: 'no-such-bus', Source: 'x', DetailType: 'y', Detail: '{}' },
        ],
      }),
    );
    expect(result.FailedEntryCount).toBe(1);
    expect(result.Entries?.[1]?.ErrorCode).toBe('NotFoundException');
    expect(stack().events()).toMatchObject([
      {
        source: 'handoff-contracting',
        'detail-type': 'Handoff Handed Off',
        detail: { streamId: 'spring', outcome: 'pass' },
      },
    ]);
    // vi.waitFor's 1 s default is too short for a delivery on a machine whose cores are busy elsewhere.
    await vi.waitFor(() => expect(received).toEqual([{ streamId: 'spring', outcome: 'pass' }]), {
      timeout: 15_000,
      interval: 20,
    });
    off();
  });

  it('settles a waiting task by its token: success resolves, failure rejects with the error name', async () => {
    const sfn = new SFNClient({});
    const { tokens } = stack().emulators.sfn;
    const waitFor = () =>
      new Promise<unknown>((resolve, reject) => {
        const token = tokens.issue({
          executionArn: 'arn:local',
          stateName: 'RequestApproval',
          resolve,
          reject,
        });
        pending.push(token);
      });
    const pending: string[] = [];

    const approved = waitFor();
    await sfn.send(new SendTaskHeartbeatCommand({ taskToken: pending[0] }));
    await sfn.send(
      new SendTaskSuccessCommand({ taskToken: pending[0], output: JSON.stringify({ decision: 'approved' }) }),
    );
    expect(await approved).toEqual({ decision: 'approved' });

    const rejected = waitFor().catch((e: unknown) => e);
    await sfn.send(
      new SendTaskFailureCommand({
        taskToken: pending[1],
        error: 'ApprovalRejectedError',
        cause: 'off-brand',
      }),
    );
    expect(await rejected).toMatchObject({ name: 'ApprovalRejectedError', message: 'off-brand' });
  });

  it('answers TaskDoesNotExist for an unknown token and TaskTimedOut for one already settled', async () => {
    const sfn = new SFNClient({});
    const unknown = await sfn
      .send(new SendTaskSuccessCommand({ taskToken: 'made-up', output: '{}' }))
      .catch((e) => e);
    expect(unknown).toBeInstanceOf(TaskDoesNotExist);

    const { tokens } = stack().emulators.sfn;
    const token = tokens.issue({
      executionArn: 'arn:local',
      stateName: 'S',
      resolve: () => {},
      reject: () => {},
    });
    await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' }));
    const replay = await sfn
      .send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' }))
      .catch((e) => e);
    expect(replay).toBeInstanceOf(TaskTimedOut);
  });

  it('runs a second stack beside the first without sharing ports, mail or events', async () => {
    const first = stack();
    await first.clearMail();
    const firstEnv = { ...process.env };
    const second = await startLocalStack();
    try {
      expect(
        Object.values(second.endpoints).filter((u) => Object.values(first.endpoints).includes(u)),
      ).toEqual([]);
      await new SESv2Client({}).send(
        new SendEmailCommand({
          FromEmailAddress: second.env.SENDER_EMAIL,
          Destination: { ToAddresses: ['second@example.com'] },
          Content: { Simple: { Subject: { Data: 'second' }, Body: { Text: { Data: 'x' } } } },
        }),
      );
      expect((await second.sentMail()).map((m) => m.subject)).toEqual(['second']);
      expect((await first.sentMail()).map((m) => m.subject)).toEqual([]);
    } finally {
      await second.stop();
    }
    // Stopping the second stack gives the environment back to the first.
    expect(process.env.AWS_ENDPOINT_URL_DYNAMODB).toBe(firstEnv.AWS_ENDPOINT_URL_DYNAMODB);
  });
});
