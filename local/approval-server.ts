import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { closeServer, KEEP_ALIVE_MS } from './aws-json-server.ts';

/**
 * The approval-callback Function URL, locally: an HTTP server on 127.0.0.1 that turns each request into the
 * Lambda Function URL event (payload format 2.0) and the handler's result back into the HTTP response, so a
 * browser (or `approver.ts`) takes exactly the path a person takes in AWS.
 */

export type UrlHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;

export interface ApprovalServer {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
// Function URLs pass these bodies as text; every other content type arrives base64-encoded.
const TEXT_TYPES = [/^text\//, /^application\/(json|javascript|xml|yaml)\b/, /\+(json|xml)\b/];

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

export function toFunctionUrlEvent(req: IncomingMessage, body: Buffer, host: string): APIGatewayProxyEventV2 {
  const url = new URL(req.url ?? '/', `http://${host}`);
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined && key !== 'cookie')
      headers[key] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = key in query ? `${query[key]},${value}` : value;
  const contentType = String(req.headers['content-type'] ?? '');
  const isText = TEXT_TYPES.some((re) => re.test(contentType));
  const now = new Date();
  const cookies = req.headers.cookie?.split(';').map((c) => c.trim());
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies ? { cookies } : {}),
    headers,
    ...(url.search ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: 'anonymous',
      apiId: 'local',
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: String(req.headers['user-agent'] ?? ''),
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length > 0 ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0 && !isText,
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

export async function startApprovalServer(handler: UrlHandler, port = 0): Promise<ApprovalServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const body = await readBody(req);
        const host = String(req.headers.host ?? '127.0.0.1');
        const result = await handler(toFunctionUrlEvent(req, body, host), lambdaContext());
        // A Function URL treats a non-object result as a JSON 200 body.
        const structured: APIGatewayProxyStructuredResultV2 =
          result && typeof result === 'object' && 'statusCode' in result
            ? (result as APIGatewayProxyStructuredResultV2)
            : {
                statusCode: 200,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(result),
              };
        const headers: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(structured.headers ?? {})) headers[k.toLowerCase()] = String(v);
        if (structured.cookies?.length) headers['set-cookie'] = structured.cookies;
        const payload = structured.body ?? '';
        const bytes = structured.isBase64Encoded
          ? Buffer.from(payload, 'base64')
          : Buffer.from(payload, 'utf8');
        res.writeHead(structured.statusCode ?? 200, headers);
        res.end(bytes);
      } catch (error) {
        // What a Function URL answers when the function itself fails.
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ Message: 'Internal Server Error' }));
        process.emitWarning(
          `approval-callback failed: ${error instanceof Error ? error.stack : String(error)}`,
        );
      }
    })();
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, close: () => closeServer(server) };
}
