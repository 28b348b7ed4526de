import { readFile } from 'node:fs/promises';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SigningKeyPort } from '#app/ports';
import { type ClientSource, call, clientConfig, lazy, lazyAsync } from './aws.ts';
import { optionalEnv, requireEnv } from './env.ts';
import { traced } from './tracing.ts';

/** The Secrets Manager SDK, imported on first use (see `lazyAsync`); never loaded when SIGNING_KEY_FILE is set. */
const secretsSdk = lazyAsync(() => import('@aws-sdk/client-secrets-manager')).get;

export const secretsClient = lazyAsync<SecretsManagerClient>(async () => {
  const { SecretsManagerClient } = await secretsSdk();
  return traced(new SecretsManagerClient(clientConfig()));
});

const MIN_KEY_BYTES = 32;

function checked(key: Uint8Array, source: string): Uint8Array {
  if (key.byteLength < MIN_KEY_BYTES) {
    throw new Error(
      `signing key from ${source} is ${key.byteLength} bytes; at least ${MIN_KEY_BYTES} required`,
    );
  }
  return key;
}

/**
 * `SIGNING_KEY_FILE` (local) or the Secrets Manager secret `SIGNING_SECRET_ARN` (AWS), read once per
 * container. The key bytes are the secret's UTF-8 string (or its binary value).
 */
export function secretSigningKey(
  client: ClientSource<SecretsManagerClient> = secretsClient.get,
): SigningKeyPort {
  let cached: Promise<Uint8Array> | undefined;
  const load = async (): Promise<Uint8Array> => {
    const file = optionalEnv('SIGNING_KEY_FILE');
    if (file) {
      const text = (await readFile(file, 'utf8')).trim();
      return checked(new TextEncoder().encode(text), 'SIGNING_KEY_FILE');
    }
    const arn = requireEnv('SIGNING_SECRET_ARN');
    const { GetSecretValueCommand } = await secretsSdk();
    const out = await call('SecretsManager GetSecretValue', async () =>
      (await client()).send(new GetSecretValueCommand({ SecretId: arn })),
    );
    if (out.SecretBinary) return checked(out.SecretBinary, 'SIGNING_SECRET_ARN');
    return checked(new TextEncoder().encode(out.SecretString ?? ''), 'SIGNING_SECRET_ARN');
  };
  return {
    get() {
      cached ??= load().catch((error: unknown) => {
        cached = undefined; // a failed read is retried by the next invocation
        throw error;
      });
      return cached;
    },
  };
}

export const signingKey = lazy(() => secretSigningKey());
