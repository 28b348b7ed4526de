import http from 'node:http';

/**
 * A minimal HTTP/1.1 client for the local stack's own endpoints (approval page, mail store): plain
 * `node:http` with a keep-alive agent. `fetch` (undici) costs several times its CPU per request, and the
 * approver makes three requests per approval (figures: bench/README.md, Local stack tuning).
 */
export interface HttpResponse {
  status: number;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export function httpRequest(
  url: string | URL,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpResponse> {
  const target = new URL(url);
  if (target.protocol !== 'http:') {
    return Promise.reject(
      new Error(`httpRequest serves the local http:// endpoints only, not ${target.href}`),
    );
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      {
        agent,
        method: init.method ?? 'GET',
        headers: {
          ...init.headers,
          ...(init.body !== undefined ? { 'content-length': String(Buffer.byteLength(init.body)) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
