import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { call, clientConfig } from '#adapters/aws';
import { RETRY_POLICY, retryDelayMs } from '#core/identity';
import { TransientDependencyError } from '#shared/errors';

// A DynamoDB endpoint on 127.0.0.1 that always answers 500: the adapters' SDK configuration must retry
// exactly per the card (4 attempts, 750/1500/3000 ms) and then surface a TransientDependencyError.
describe('SDK retry policy of the adapters', () => {
  let server: Server;
  const arrivals: number[] = [];
  let status = 500;
  let body = '{"__type":"com.amazon.coral.service#InternalFailure","message":"boom"}';

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        arrivals.push(performance.now());
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const client = () =>
    DynamoDBDocumentClient.from(
      new DynamoDBClient({
        ...clientConfig(),
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        region: 'us-east-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
      }),
    );

  it('makes 4 attempts spaced 750, 1500 and 3000 ms apart, then raises TransientDependencyError', async () => {
    arrivals.length = 0;
    const error = await call('DynamoDB GetItem', () =>
      client().send(new GetCommand({ TableName: 't', Key: { pk: 'x' } })),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientDependencyError);
    expect((error as Error).cause).toMatchObject({ $metadata: { httpStatusCode: 500 } });
    expect(arrivals).toHaveLength(RETRY_POLICY.maxAttempts);
    const gaps = arrivals.slice(1).map((t, i) => t - (arrivals[i] ?? 0));
    gaps.forEach((gap, i) => {
      const expected = retryDelayMs(i + 1);
      expect(gap).toBeGreaterThanOrEqual(expected - 5);
      expect(gap).toBeLessThan(expected + 400);
    });
  }, 20_000);

  it('does not retry a validation error and passes it through unchanged', async () => {
    arrivals.length = 0;
    status = 400;
    body = '{"__type":"com.amazon.coral.validate#ValidationException","message":"bad key"}';
    const error = await call('DynamoDB GetItem', () =>
      client().send(new GetCommand({ TableName: 't', Key: { pk: 'x' } })),
    ).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(TransientDependencyError);
    expect((error as Error).name).toBe('ValidationException');
    expect(arrivals).toHaveLength(1);
  });
});
