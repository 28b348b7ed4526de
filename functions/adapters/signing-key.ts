import { readFile } from 'node:fs/promises';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SigningKeyPort } from '#app/ports';
import { type ClientSource, call, clientConfig, lazy, lazyAsync } from './aws.ts';
import { optionalEnv, requireEnv } from './env.ts';
import { traced } from './tracing.ts';

/** The Secrets Manager SDK, imported on first use (see `lazyAsync`); never loaded when SIGNING_KEY_FILE is set. */
const secretsSdk = lazyAsync(() => import('@aws-sdk/client-secrets-manager')).get;
const parameters = lazyAsync(() => import('@aws-lambda-powertools/parameters/secrets')).get;

export const secretsClient = lazyAsync<SecretsManagerClient>(async () => {
  const { SecretsManagerClient } = await secretsSdk();
  return traced(new SecretsManagerClient(clientConfig()));
});

const MIN_KEY_BYTES = 32;

/**
 * How long a container keeps a key it read (Powertools Parameters' `maxAge`): after a rotation every warm
 * container signs with the new key within 5 minutes, and verifies with the previous one meanwhile.
 */
export const SIGNING_KEY_MAX_AGE_SECONDS = 300;

type Stage = 'AWSCURRENT' | 'AWSPREVIOUS';

function checked(key: Uint8Array, source: string): Uint8Array {
  if (key.byteLength < MIN_KEY_BYTES) {
    throw new Error(
      `signing key from ${source} is ${key.byteLength} bytes; at least ${MIN_KEY_BYTES} required`,
    );
  }
  return key;
}

const bytes = (value: string | Uint8Array): Uint8Array =>
  typeof value === 'string' ? new TextEncoder().encode(value.trim()) : value;

/** A secret that was never rotated has no AWSPREVIOUS version: Powertools wraps that not-found as its cause. */
function isMissingVersion(error: unknown): boolean {
  const cause = (error as { cause?: { name?: string } } | null)?.cause;
  return cause?.name === 'ResourceNotFoundException';
}

/**
 * Reads one version stage of the Secrets Manager secret `SIGNING_SECRET_ARN` through Powertools Parameters,
 * cached for `maxAge` seconds. One provider per stage: the provider's cache key is the name alone, not the
 * version stage, so a shared provider would answer AWSPREVIOUS with the cached AWSCURRENT.
 */
function secretStages(client: ClientSource<SecretsManagerClient>, maxAge: number) {
  const providers = lazyAsync(async () => {
    const { SecretsProvider } = await parameters();
    const awsSdkV3Client = await client();
    return {
      AWSCURRENT: new SecretsProvider({ awsSdkV3Client }),
      AWSPREVIOUS: new SecretsProvider({ awsSdkV3Client }),
    };
  });
  return async (stage: Stage): Promise<Uint8Array | undefined> => {
    const provider = (await providers.get())[stage];
    try {
      const value = await call('SecretsManager GetSecretValue', () =>
        provider.get(requireEnv('SIGNING_SECRET_ARN'), { maxAge, sdkOptions: { VersionStage: stage } }),
      );
      return value === undefined ? undefined : checked(bytes(value), `SIGNING_SECRET_ARN ${stage}`);
    } catch (error) {
      if (stage === 'AWSPREVIOUS' && isMissingVersion(error)) return undefined;
      throw error;
    }
  };
}

/** The local key file (read on every call, it is a local file) and `<file>.previous` after a rotation. */
async function fileStage(file: string, stage: Stage): Promise<Uint8Array | undefined> {
  if (stage === 'AWSCURRENT') return checked(bytes(await readFile(file, 'utf8')), 'SIGNING_KEY_FILE');
  const text = await readFile(`${file}.previous`, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : checked(bytes(text), 'SIGNING_KEY_FILE.previous');
}

/**
 * `SIGNING_KEY_FILE` (local) or the Secrets Manager secret `SIGNING_SECRET_ARN` (AWS). `get` is the current
 * key (signs new links); `previous` is the version it replaced, so links signed before a rotation still
 * verify until they expire. The key bytes are the secret's UTF-8 string (or its binary value).
 */
export function secretSigningKey(
  client: ClientSource<SecretsManagerClient> = secretsClient.get,
  maxAge: number = SIGNING_KEY_MAX_AGE_SECONDS,
): SigningKeyPort {
  const secret = secretStages(client, maxAge);
  const read = (stage: Stage) => {
    const file = optionalEnv('SIGNING_KEY_FILE');
    return file ? fileStage(file, stage) : secret(stage);
  };
  return {
    async get() {
      const key = await read('AWSCURRENT');
      if (!key) throw new Error('the signing secret has no current value');
      return key;
    },
    previous: () => read('AWSPREVIOUS'),
  };
}

export const signingKey = lazy(() => secretSigningKey());
