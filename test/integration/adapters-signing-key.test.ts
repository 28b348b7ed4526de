import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { clientConfig } from '#adapters/aws';
import { secretSigningKey } from '#adapters/signing-key';

// The Secrets Manager path of the signing key through Powertools Parameters, against a GetSecretValue
// endpoint on 127.0.0.1 that serves AWSCURRENT / AWSPREVIOUS (no Secrets Manager emulator exists).
describe('signing key from Secrets Manager through Powertools Parameters', () => {
  let server: Server;
  const versions = new Map<string, string>();
  const requests: string[] = [];
  const saved = { file: process.env.SIGNING_KEY_FILE, arn: process.env.SIGNING_SECRET_ARN };

  beforeAll(async () => {
    delete process.env.SIGNING_KEY_FILE;
    process.env.SIGNING_SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:signing';
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        const stage = (JSON.parse(body) as { VersionStage?: string }).VersionStage ?? 'AWSCURRENT';
        requests.push(stage);
        const value = versions.get(stage);
        res.writeHead(value === undefined ? 400 : 200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(
          JSON.stringify(
            value === undefined
              ? { __type: 'ResourceNotFoundException', message: `no ${stage}` }
              : { ARN: process.env.SIGNING_SECRET_ARN, SecretString: value, VersionStages: [stage] },
          ),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(() => {
    if (saved.file !== undefined) process.env.SIGNING_KEY_FILE = saved.file;
    if (saved.arn === undefined) delete process.env.SIGNING_SECRET_ARN;
    else process.env.SIGNING_SECRET_ARN = saved.arn;
    return new Promise<void>((r) => server.close(() => r()));
  });

  const client = () =>
    new SecretsManagerClient({
      ...clientConfig(),
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
    });
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads each version stage once per maxAge, and has no previous key before the first rotation', async () => {
    versions.clear();
    requests.length = 0;
    versions.set('AWSCURRENT', 'c'.repeat(40));
    const sm = client();
    const port = secretSigningKey(() => sm, 300);
    expect(await port.get()).toEqual(bytes('c'.repeat(40)));
    expect(await port.get()).toEqual(bytes('c'.repeat(40)));
    expect(await port.previous()).toBeUndefined();
    expect(requests.filter((s) => s === 'AWSCURRENT')).toHaveLength(1);
  });

  it('after a rotation gives the new current key and the replaced one as previous (maxAge 0 reads again)', async () => {
    versions.clear();
    versions.set('AWSCURRENT', 'n'.repeat(40));
    versions.set('AWSPREVIOUS', 'c'.repeat(40));
    const sm = client();
    const port = secretSigningKey(() => sm, 0);
    expect(await port.get()).toEqual(bytes('n'.repeat(40)));
    expect(await port.previous()).toEqual(bytes('c'.repeat(40)));
  });
});
