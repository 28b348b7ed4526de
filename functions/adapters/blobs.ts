import type { GetObjectCommandOutput, S3Client } from '@aws-sdk/client-s3';
import { BlobNotFoundError, type BlobPort, BlobTooLargeError } from '#app/ports';
import { TransientDependencyError } from '#shared/errors';
import { type ClientSource, call, clientConfig, dependencyError, errorName, lazy, lazyAsync } from './aws.ts';
import { optionalEnv } from './env.ts';
import { traced } from './tracing.ts';

/** The S3 SDK, imported on first use (see `lazyAsync`). */
const s3Sdk = lazyAsync(() => import('@aws-sdk/client-s3')).get;

export const s3Client = lazyAsync<S3Client>(async () => {
  const { S3Client } = await s3Sdk();
  return traced(
    new S3Client({
      ...clientConfig(),
      forcePathStyle: optionalEnv('HANDOFF_S3_FORCE_PATH_STYLE') === 'true',
      // No CRC32 over every body on the CPU: integrity is the content-addressed key (SHA-256 of the
      // canonical JSON, checked on read by scoring and the audit) and TLS; SigV4 still signs the payload.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
  );
});

const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

export function s3Blobs(client: ClientSource<S3Client> = s3Client.get): BlobPort {
  return {
    async get(ref, maxBytes = DEFAULT_MAX_BYTES) {
      const { GetObjectCommand } = await s3Sdk();
      let out: GetObjectCommandOutput;
      try {
        out = await (await client()).send(
          new GetObjectCommand({
            Bucket: ref.bucket,
            Key: ref.key,
            ...(ref.versionId ? { VersionId: ref.versionId } : {}),
          }),
        );
      } catch (error) {
        const name = errorName(error);
        if (name === 'NoSuchKey' || name === 'NotFound' || name === 'NoSuchVersion') {
          throw new BlobNotFoundError(`s3://${ref.bucket}/${ref.key} does not exist`, { cause: error });
        }
        throw dependencyError('S3 GetObject', error);
      }
      if (out.ContentLength !== undefined && out.ContentLength > maxBytes) {
        throw new BlobTooLargeError(
          `s3://${ref.bucket}/${ref.key} is ${out.ContentLength} bytes (max ${maxBytes})`,
        );
      }
      const body = out.Body;
      if (!body) return new Uint8Array();
      const bytes = await call('S3 GetObject body', () => body.transformToByteArray());
      if (bytes.byteLength > maxBytes) {
        throw new BlobTooLargeError(`s3://${ref.bucket}/${ref.key} is over ${maxBytes} bytes`);
      }
      return bytes;
    },

    async putImmutable(ref, body, contentType) {
      const { PutObjectCommand } = await s3Sdk();
      // One conditional PUT: S3 answers 412 PreconditionFailed when the key exists (the local s3rver is
      // patched to do the same), so a concurrent writer can never overwrite and no HEAD is needed first.
      try {
        await (await client()).send(
          new PutObjectCommand({
            Bucket: ref.bucket,
            Key: ref.key,
            Body: body,
            ContentType: contentType,
            IfNoneMatch: '*',
          }),
        );
        return { created: true };
      } catch (error) {
        const name = errorName(error);
        if (name === 'PreconditionFailed') return { created: false };
        // 409: another conditional write of this key is in progress; S3 asks to retry.
        if (name === 'ConditionalRequestConflict') {
          throw new TransientDependencyError(`S3 PutObject ${ref.key}: concurrent conditional write`, {
            cause: error,
          });
        }
        throw dependencyError('S3 PutObject', error);
      }
    },
  };
}

export const blobs = lazy(() => s3Blobs());
