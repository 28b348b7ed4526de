import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny server for the AWS JSON protocols (1.0 / 1.1): one POST per call, the operation named by
 * `X-Amz-Target: <prefix>.<Operation>`, errors as `{ __type, message }` with a 4xx status, which is the
 * shape the AWS SDK v3 deserializers turn into a named service exception.
 */

/** A service error as AWS returns it: the SDK exposes `type` as the exception's `name`. */
export class AwsServiceError extends Error {
  override readonly name = 'AwsServiceError';
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export type Operation = (input: Record<string, unknown>) => unknown | Promise<unknown>;

export interface AwsJsonServerOptions {
  /** e.g. 'AWSEvents' (JSON 1.1) or 'AWSStepFunctions' (JSON 1.0). */
  targetPrefix: string;
  jsonVersion: '1.0' | '1.1';
  operations: Record<string, Operation>;
  /** Namespace the `__type` carries in real responses (the SDK strips it). */
  errorNamespace?: string;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Keep-alive timeout of the local HTTP servers (Node's default). A server advertises it in `Keep-Alive:
 * timeout=N`; fetch keeps a connection only for N s minus 1 s, so 1 s meant a new connection per request.
 */
export const KEEP_ALIVE_MS = 5000;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES)
      throw new AwsServiceError('SerializationException', 'Request body too large', 413);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, contentType: string, body: unknown): void {
  const text = JSON.stringify(body ?? {});
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
  });
  res.end(text);
}

export async function startAwsJsonServer(options: AwsJsonServerOptions): Promise<RunningServer> {
  const contentType = `application/x-amz-json-${options.jsonVersion}`;
  const errorType = (type: string) => (options.errorNamespace ? `${options.errorNamespace}#${type}` : type);

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const target = String(req.headers['x-amz-target'] ?? '');
        const [prefix, operationName] = target.split('.', 2);
        const operation =
          req.method === 'POST' && prefix === options.targetPrefix && operationName
            ? options.operations[operationName]
            : undefined;
        if (!operation) {
          throw new AwsServiceError('UnknownOperationException', `Unsupported operation '${target}'`);
        }
        const raw = await readBody(req);
        let input: Record<string, unknown>;
        try {
          input = raw.trim() === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
        } catch {
          throw new AwsServiceError('SerializationException', 'Request body is not valid JSON');
        }
        send(res, 200, contentType, await operation(input));
      } catch (error) {
        if (error instanceof AwsServiceError) {
          send(res, error.status, contentType, { __type: errorType(error.type), message: error.message });
        } else {
          const message = error instanceof Error ? error.message : String(error);
          send(res, 500, contentType, { __type: errorType('InternalServerError'), message });
        }
      }
    })();
  });
  // `closeServer` drops idle connections, so a longer timeout never holds close() open.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () => closeServer(server),
  };
}

/** Close a server and the idle keep-alive connections that would otherwise keep it open. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
