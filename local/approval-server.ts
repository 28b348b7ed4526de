import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { FRONT_DOOR_THROTTLE, type ThrottleLimits } from '#shared/front-door';
import { type FixedPage, FRONT_DOOR_PAGES } from '#views/front-door';
import { closeServer, KEEP_ALIVE_MS } from './aws-json-server.ts';
import { type TokenBucket, tokenBucket } from './token-bucket.ts';

/**
 * The approval callback's front door, locally: an HTTP server on 127.0.0.1 that does what the API Gateway
 * stage does in AWS — throttles with the same token bucket, routes only GET/POST /approvals/{id}, refuses a
 * link GET without exp and sig, and answers its own pages for all of that — then turns each request into
 * the REST API proxy event (payload format 1.0) and the handler's result back into the HTTP response, so a
 * browser (or `approver.ts`) takes exactly the path a person takes in AWS.
 */

export type UrlHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<unknown>;

export interface ApprovalServer {
  url: string;
  close(): Promise<void>;
}

export interface ApprovalServerOptions {
  port?: number;
  /** The stage throttle (default: AWS's numbers); `'off'` for suites that decide at machine speed. */
  throttle?: ThrottleLimits | 'off';
  /** Milliseconds, for the token bucket (tests advance it instead of sleeping). */
  clock?: () => number;
}

const MAX_BODY_BYTES = 1024 * 1024;
const ROUTE = /^\/approvals\/([^/]+)\/?$/;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) break;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function identity(req: IncomingMessage): APIGatewayProxyEvent['requestContext']['identity'] {
  return {
    accessKey: null,
    accountId: null,
    apiKey: null,
    apiKeyId: null,
    caller: null,
    clientCert: null,
    cognitoAuthenticationProvider: null,
    cognitoAuthenticationType: null,
    cognitoIdentityId: null,
    cognitoIdentityPoolId: null,
    principalOrgId: null,
    sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
    user: null,
    userAgent: req.headers['user-agent'] ?? null,
    userArn: null,
  };
}

/** The REST API proxy event API Gateway sends for this request (no stage locally, so both paths agree). */
export function toRestApiEvent(req: IncomingMessage, body: Buffer, host: string): APIGatewayProxyEvent {
  const url = new URL(req.url ?? '/', `http://${host}`);
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    headers[key] = values.at(-1) ?? '';
    multiValueHeaders[key] = values;
  }
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    query[key] = value; // API Gateway keeps the last value of a repeated parameter
    multiQuery[key] = [...(multiQuery[key] ?? []), value];
  }
  const method = req.method ?? 'GET';
  const id = ROUTE.exec(url.pathname)?.[1];
  const now = new Date();
  return {
    resource: '/approvals/{id}',
    path: url.pathname,
    httpMethod: method,
    headers,
    multiValueHeaders,
    queryStringParameters: url.search ? query : null,
    multiValueQueryStringParameters: url.search ? multiQuery : null,
    pathParameters: id ? { id } : null,
    stageVariables: null,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: null,
      domainName: host,
      httpMethod: method,
      identity: identity(req),
      path: url.pathname,
      protocol: `HTTP/${req.httpVersion}`,
      requestId: randomUUID(),
      requestTimeEpoch: now.getTime(),
      resourceId: 'local',
      resourcePath: '/approvals/{id}',
      stage: 'local',
    },
    // No binary media types are declared, so API Gateway passes the form as text.
    body: body.length > 0 ? body.toString('utf8') : null,
    isBase64Encoded: false,
  };
}

function lambdaContext(): Context {
  const started = Date.now();
  return {
    functionName: 'approval-callback',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:approval-callback',
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/approval-callback',
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, 10_000 - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/**
 * What the stage answers itself, before the function, in its order: no such route (no method, so nothing
 * to throttle), the method's throttle, then its required parameters.
 */
export function frontDoorAnswer(
  req: IncomingMessage,
  bucket: TokenBucket | undefined,
): FixedPage | undefined {
  const url = new URL(req.url ?? '/', 'http://front-door');
  const method = req.method ?? 'GET';
  if (!ROUTE.test(url.pathname) || (method !== 'GET' && method !== 'POST')) return FRONT_DOOR_PAGES.notFound;
  if (bucket && !bucket.take()) return FRONT_DOOR_PAGES.throttled;
  if (method === 'GET' && !(url.searchParams.has('exp') && url.searchParams.has('sig'))) {
    return FRONT_DOOR_PAGES.refused;
  }
  return undefined;
}

function send(res: ServerResponse, result: APIGatewayProxyResult): void {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = String(v);
  const bytes = Buffer.from(result.body ?? '', result.isBase64Encoded ? 'base64' : 'utf8');
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(bytes);
}

export async function startApprovalServer(
  handler: UrlHandler,
  opts: ApprovalServerOptions = {},
): Promise<ApprovalServer> {
  const throttle = opts.throttle ?? FRONT_DOOR_THROTTLE;
  const bucket = throttle === 'off' ? undefined : tokenBucket(throttle, opts.clock);
  const server: Server = createServer((req, res) => {
    void (async () => {
      // The front door answers before reading a body, and an aborted upload lands in the catch below.
      const own = frontDoorAnswer(req, bucket);
      if (own) return send(res, own);
      try {
        const body = await readBody(req);
        const host = String(req.headers.host ?? '127.0.0.1');
        const result = await handler(toRestApiEvent(req, body, host), lambdaContext());
        // API Gateway refuses a proxy result without a status code (502, DEFAULT_5XX) as it does a failure.
        if (!(result && typeof result === 'object' && 'statusCode' in result))
          throw new Error('malformed result');
        send(res, result as APIGatewayProxyResult);
      } catch (error) {
        // What the stage answers when the function fails (DEFAULT_5XX).
        send(res, FRONT_DOOR_PAGES.unavailable);
        process.emitWarning(
          `approval-callback failed: ${error instanceof Error ? error.stack : String(error)}`,
        );
      }
    })();
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, close: () => closeServer(server) };
}
