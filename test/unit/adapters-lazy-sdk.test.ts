import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyAsync } from '#adapters/aws';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs `code` in a fresh Node process (TypeScript through tsx) and returns what it printed as JSON. */
function inFreshNode(code: string): unknown {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', AWS_REGION: 'us-east-1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

// The SDK's CommonJS build lands in Node's module cache whether it was reached by import or require.
const SDK_MODULES = `const { createRequire } = await import('node:module');
const sdkModules = () => Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('/@aws-sdk/')).length;`;

describe('AWS SDK loading', () => {
  it('importing a handler loads no AWS SDK module; its first S3 and DynamoDB use does', () => {
    const counts = inFreshNode(`${SDK_MODULES}
      await import('./functions/handlers/intake.ts');
      const afterImport = sdkModules();
      const { s3Client } = await import('#adapters/blobs');
      const { documentClient } = await import('#adapters/dynamo');
      await Promise.all([s3Client.get(), documentClient.get()]);
      process.stdout.write(JSON.stringify({ afterImport, afterClients: sdkModules() }));`) as {
      afterImport: number;
      afterClients: number;
    };
    expect(counts.afterImport).toBe(0);
    expect(counts.afterClients).toBeGreaterThan(0);
  }, 30_000);
});

describe('lazyAsync', () => {
  it('creates the value once, even for calls made while the creation is pending', async () => {
    let created = 0;
    const holder = lazyAsync(async () => ({ n: ++created }));
    const [a, b] = await Promise.all([holder.get(), holder.get()]);
    expect(a).toBe(b);
    expect(await holder.get()).toBe(a);
    expect(created).toBe(1);
  });

  it('tries again on the next call after a failed creation, and after reset', async () => {
    let attempts = 0;
    const holder = lazyAsync(async () => {
      attempts++;
      if (attempts === 1) throw new Error('module not found');
      return attempts;
    });
    await expect(holder.get()).rejects.toThrow('module not found');
    expect(await holder.get()).toBe(2);
    holder.reset();
    expect(await holder.get()).toBe(3);
  });
});
