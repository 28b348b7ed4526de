import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { awsPorts } from '#adapters/index';
import { signingKey } from '#adapters/signing-key';
import { TransientDependencyError } from '#shared/errors';
import { FRONT_DOOR_PAGES } from '#views/front-door';
import {
  approvalCallback,
  BUSY_RETRY_AFTER_SECONDS,
  handler,
  MAX_BODY_BYTES,
} from '../../functions/handlers/approval-callback.ts';
import { FIXTURE_EXP, FIXTURE_SIGNING_KEY, loadEvent } from '../support/aws-fixtures.ts';

// Every case here is refused before the approval store is read, so no emulator is needed.
const BEFORE_EXPIRY = () => ({ ...awsPorts(), clock: () => new Date((FIXTURE_EXP - 3600) * 1000) });
const AFTER_EXPIRY = () => ({ ...awsPorts(), clock: () => new Date((FIXTURE_EXP + 1) * 1000) });

const get = () => loadEvent<APIGatewayProxyEvent>('api-gateway/approval-get.json');
const post = () => loadEvent<APIGatewayProxyEvent>('api-gateway/approval-post-approve.json');
const withForm = (event: APIGatewayProxyEvent, form: string): APIGatewayProxyEvent => ({
  ...event,
  body: form,
  isBase64Encoded: false,
});
const formOf = (event: APIGatewayProxyEvent) => event.body ?? '';

function expectSafeHtml(res: Awaited<ReturnType<typeof approvalCallback>>) {
  expect(res.headers).toMatchObject({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  });
  expect(String(res.headers?.['content-security-policy'])).toContain("default-src 'none'");
  expect(res.body).toContain('<!doctype html>');
}

describe('approval callback routing on front door (REST API proxy) requests', () => {
  const previous = process.env.SIGNING_KEY_FILE;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-key-'));
    writeFileSync(join(dir, 'key'), FIXTURE_SIGNING_KEY);
    process.env.SIGNING_KEY_FILE = join(dir, 'key');
    signingKey.reset();
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.SIGNING_KEY_FILE;
    else process.env.SIGNING_KEY_FILE = previous;
    signingKey.reset();
  });

  it('answers 404 with an HTML page for a path that is not an approval', async () => {
    const res = await approvalCallback({ ...get(), path: '/admin' }, BEFORE_EXPIRY());
    expect(res.statusCode).toBe(404);
    expectSafeHtml(res);
  });

  it('answers a friendly 429 page with Retry-After when the approval store is throttled, changing nothing', async () => {
    const ports = BEFORE_EXPIRY();
    const throttled = () => Promise.reject(new TransientDependencyError('DynamoDB throttled'));
    const runs = { ...ports.runs, getApprovalForPage: throttled, getApproval: throttled };
    const res = await approvalCallback(get(), { ...ports, runs });
    expect(res.statusCode).toBe(429);
    expect(res.headers?.['retry-after']).toBe(String(BUSY_RETRY_AFTER_SECONDS));
    expectSafeHtml(res);
    expect(res.body).toContain('Busy right now');
    expect(res.body).toContain('Nothing was changed');
    // Word for word the page the front door answers when its own throttle is spent.
    expect(res.body).toBe(FRONT_DOOR_PAGES.throttled.body);
  });

  it('answers 405 and names the allowed methods for a PUT', async () => {
    const event = get();
    event.httpMethod = 'PUT';
    const res = await approvalCallback(event, BEFORE_EXPIRY());
    expect(res.statusCode).toBe(405);
    expect(res.headers?.allow).toBe('GET, POST');
  });

  it('shows "Invalid link" (400) for a GET whose signature was altered', async () => {
    const event = get();
    const sig = event.queryStringParameters?.sig ?? '';
    event.queryStringParameters = {
      ...event.queryStringParameters,
      sig: `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`,
    };
    const res = await approvalCallback(event, BEFORE_EXPIRY());
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Invalid link');
    expectSafeHtml(res);
  });

  it('shows "Link expired" (410) for a correctly signed link after its expiry', async () => {
    const res = await approvalCallback(get(), AFTER_EXPIRY());
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('Link expired');
  });

  it('refuses a POST that is not form data (415)', async () => {
    const event = post();
    event.headers['Content-Type'] = 'application/json';
    expect((await approvalCallback(event, BEFORE_EXPIRY())).statusCode).toBe(415);
  });

  it('reads a base64-encoded form as well as a text one (a binary media type would encode it)', async () => {
    const encoded = {
      ...post(),
      body: Buffer.from(formOf(post())).toString('base64'),
      isBase64Encoded: true,
    };
    expect((await approvalCallback(encoded, AFTER_EXPIRY())).statusCode).toBe(410);
  });

  it('refuses a POST body larger than 8 KB (413) before decoding it', async () => {
    const event = withForm(post(), `${formOf(post())}&reason=${'x'.repeat(MAX_BODY_BYTES)}`);
    expect((await approvalCallback(event, BEFORE_EXPIRY())).statusCode).toBe(413);
  });

  it('refuses unknown and repeated form fields (400), naming the field', async () => {
    const unknown = await approvalCallback(
      withForm(post(), `${formOf(post())}&approver=boss`),
      BEFORE_EXPIRY(),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Unexpected form field &quot;approver&quot;');
    const repeated = await approvalCallback(
      withForm(post(), `${formOf(post())}&decision=reject`),
      BEFORE_EXPIRY(),
    );
    expect(repeated.statusCode).toBe(400);
    expect(repeated.body).toContain('repeated');
  });

  it('refuses a decision other than approve/reject and a reason over 1000 characters (400)', async () => {
    const base = formOf(post()).replace('decision=approve', '');
    expect(
      (await approvalCallback(withForm(post(), `${base}decision=maybe`), BEFORE_EXPIRY())).statusCode,
    ).toBe(400);
    const long = `${base}decision=reject&reason=${'r'.repeat(1001)}`;
    expect((await approvalCallback(withForm(post(), long), BEFORE_EXPIRY())).statusCode).toBe(400);
  });

  it('refuses a POST whose signed fields were altered (400) and one sent after expiry (410)', async () => {
    const tampered = formOf(post()).replace(`exp=${FIXTURE_EXP}`, `exp=${FIXTURE_EXP + 1}`);
    expect((await approvalCallback(withForm(post(), tampered), BEFORE_EXPIRY())).statusCode).toBe(400);
    expect((await approvalCallback(post(), AFTER_EXPIRY())).statusCode).toBe(410);
  });

  it('works through the middy-wrapped Lambda handler with a Lambda context', async () => {
    const context = {
      functionName: 'approval-callback',
      functionVersion: '$LATEST',
      invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:approval-callback',
      memoryLimitInMB: '256',
      awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      logGroupName: '/aws/lambda/approval-callback',
      logStreamName: '2026/11/02/[$LATEST]abc',
      getRemainingTimeInMillis: () => 10_000,
    } as unknown as Context;
    const res = await handler({ ...get(), path: '/nope' }, context);
    expect(res.statusCode).toBe(404);
  });
});
