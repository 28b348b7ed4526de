import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { call, clientConfig } from '#adapters/aws';
import { SDK_BUDGET } from '#core/identity';
import { TransientDependencyError } from '#shared/errors';

type Mode = 'error' | 'validation' | 'hang';

// A DynamoDB endpoint on 127.0.0.1 that fails as told: the adapters' SDK budget must stop after
// SDK_BUDGET.maxAttempts and surface a TransientDependencyError, leaving the card's policy to the state machine.
describe('SDK retry budget of the adapters', () => {
  let server: Server;
  const arrivals: number[] = [];
  let mode: Mode = 'error';

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        arrivals.push(performance.now());
        if (mode === 'hang') return; // never answers: only the request timeout ends the attempt
        const validation = mode === 'validation';
        res.writeHead(validation ? 400 : 500, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(
          validation
            ? '{"__type":"com.amazon.coral.validate#ValidationException","message":"bad key"}'
            : '{"__type":"com.amazon.coral.service#InternalFailure","message":"boom"}',
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });

  const get = (m: Mode) => {
    mode = m;
    arrivals.length = 0;
    const client = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        ...clientConfig(),
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        region: 'us-east-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
      }),
    );
    return call('DynamoDB GetItem', () =>
      client.send(new GetCommand({ TableName: 't', Key: { pk: 'x' } })),
    ).catch((e: unknown) => e);
  };

  it('makes 2 attempts on a 500, then raises TransientDependencyError for the state-level retry', async () => {
    const error = await get('error');
    expect(error).toBeInstanceOf(TransientDependencyError);
    expect((error as Error).cause).toMatchObject({ $metadata: { httpStatusCode: 500 } });
    expect(arrivals).toHaveLength(SDK_BUDGET.maxAttempts);
  });

  it('ends a call that never answers by its request timeout, retried once, as a transient error', async () => {
    const error = await get('hang');
    expect(error).toBeInstanceOf(TransientDependencyError);
    expect(arrivals).toHaveLength(SDK_BUDGET.maxAttempts);
    // The bound is the budget itself, not a wall-clock guess: each attempt ends at its request timeout.
    const gap = (arrivals[1] ?? 0) - (arrivals[0] ?? 0);
    expect(gap).toBeGreaterThanOrEqual(SDK_BUDGET.requestTimeoutMs - 50);
  }, 30_000);

  it('does not retry a validation error and passes it through unchanged', async () => {
    const error = await get('validation');
    expect(error).not.toBeInstanceOf(TransientDependencyError);
    expect((error as Error).name).toBe('ValidationException');
    expect(arrivals).toHaveLength(1);
  });
});
