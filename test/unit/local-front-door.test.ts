import { request } from 'node:http';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { BUSY_RETRY_AFTER_SECONDS, FRONT_DOOR_PAGES } from '#views/front-door';
import { type ApprovalServer, startApprovalServer } from '../../local/approval-server.ts';
import { tokenBucket } from '../../local/token-bucket.ts';

// The local stand-in for the API Gateway stage: its token bucket on an injected clock (no sleeping), its
// own pages, and the REST API proxy event it hands the callback.

describe('token bucket', () => {
  it('admits a burst, refuses the next request, and refills at the rate, never above the burst', () => {
    let now = 0;
    const bucket = tokenBucket({ ratePerSecond: 5, burst: 5 }, () => now);
    expect(Array.from({ length: 6 }, () => bucket.take())).toEqual([true, true, true, true, true, false]);
    now += 199; // 0.995 of a token
    expect(bucket.take()).toBe(false);
    now += 1;
    expect(bucket.take()).toBe(true);
    now += 60_000;
    expect(Array.from({ length: 6 }, () => bucket.take()).filter(Boolean)).toHaveLength(5);
  });
});

describe('local front door', () => {
  let now = 0;
  let server: ApprovalServer;
  const seen: APIGatewayProxyEvent[] = [];
  let fail = false;
  beforeAll(async () => {
    server = await startApprovalServer(
      async (event) => {
        if (fail) throw new Error('the function crashed');
        seen.push(event);
        return { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: 'from the callback' };
      },
      { throttle: { ratePerSecond: 1, burst: 2 }, clock: () => now },
    );
  });
  afterAll(() => server.close());
  beforeEach(() => {
    now += 60_000; // a full bucket for each test
    seen.length = 0;
    fail = false;
  });

  const link = () => `${server.url}/approvals/7f0c5a0e-8a51?exp=4102444800&sig=abc`;

  it('answers the busy page with Retry-After once its bucket is empty, then recovers', async () => {
    expect((await fetch(link())).status).toBe(200);
    expect((await fetch(link())).status).toBe(200);
    const throttled = await fetch(link());
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe(String(BUSY_RETRY_AFTER_SECONDS));
    expect(throttled.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await throttled.text()).toBe(FRONT_DOOR_PAGES.throttled.body);
    expect(seen).toHaveLength(2); // the throttled request never reached the callback

    now += 1000; // one token back
    const recovered = await fetch(link());
    expect(recovered.status).toBe(200);
    expect(await recovered.text()).toBe('from the callback');
  });

  it('hands the callback the REST API proxy event: path, method, query and the form as text', async () => {
    const res = await fetch(link(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'decision=approve&exp=1&sig=x',
    });
    expect(res.status).toBe(200);
    expect(seen[0]).toMatchObject({
      resource: '/approvals/{id}',
      path: '/approvals/7f0c5a0e-8a51',
      httpMethod: 'POST',
      pathParameters: { id: '7f0c5a0e-8a51' },
      queryStringParameters: { exp: '4102444800', sig: 'abc' },
      body: 'decision=approve&exp=1&sig=x',
      isBase64Encoded: false,
      requestContext: { path: '/approvals/7f0c5a0e-8a51', identity: { sourceIp: expect.any(String) } },
    });
  });

  it('answers its own pages where the stage would: unknown route, link without a signature, a crash', async () => {
    const other = await fetch(`${server.url}/admin`);
    expect([other.status, await other.text()]).toEqual([404, FRONT_DOOR_PAGES.notFound.body]);
    const put = await fetch(link(), { method: 'PUT' });
    expect(put.status).toBe(404);
    const unsigned = await fetch(`${server.url}/approvals/7f0c5a0e-8a51`);
    expect([unsigned.status, await unsigned.text()]).toEqual([400, FRONT_DOOR_PAGES.refused.body]);
    expect(seen).toHaveLength(0);
    fail = true;
    const crashed = await fetch(link());
    expect([crashed.status, await crashed.text()]).toEqual([503, FRONT_DOOR_PAGES.unavailable.body]);
  });

  it('survives an upload aborted mid-body and keeps answering', async () => {
    const aborted = new Promise<void>((resolve) => {
      const req = request(link(), { method: 'POST', headers: { 'content-length': '100000' } });
      req.on('error', () => resolve());
      req.write('decision=approve&');
      // Give the server the headers and the first chunk, then hang up mid-body.
      req.once('socket', (socket) =>
        socket.once('connect', () =>
          setTimeout(() => {
            req.destroy();
            resolve();
          }, 100),
        ),
      );
    });
    await aborted;
    const after = await fetch(link());
    expect([after.status, await after.text()]).toEqual([200, 'from the callback']);
  });
});
