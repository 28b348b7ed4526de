import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type S3rver from 's3rver';

/**
 * Three changes to s3rver 3.7 (a Koa app over a filesystem store), found by `bench/e2e.ts`:
 *
 * 1. Read-after-write. Its `putObject` resolves once the body has passed its MD5 transform, not when the file
 *    write has finished, and the ObjectCreated event follows at once. A GetObject started by that event (the
 *    Intake of a run) can then read an empty object and reject the package, which AWS S3 (strongly
 *    consistent) never does: seen once in about a thousand runs on a loaded machine (not reproduced in
 *    isolation). Here the store resolves after the file is written.
 * 2. Per-request work whose result changes only when s3rver itself changes it: the CORS and website
 *    middlewares read the bucket's `cors.xml` / `website.xml` (missing: an ENOENT error each time) and the
 *    bucket directory is stat'ed on every request; the request logger formats a coloured line per request
 *    even when silent. Here bucket-level reads go through a cache that the store's own writes invalidate
 *    (this process is the only writer of its data dir) and the silent logger is dropped, which cuts s3rver's
 *    CPU per request (figures: bench/README.md). Requests take the same routes and checks (authentication,
 *    CORS, website) as before.
 * 3. Conditional writes. AWS S3 honours `If-None-Match: *` on PutObject (412 PreconditionFailed when the key
 *    exists); s3rver ignores it and overwrites. The adapters write immutable objects with one conditional PUT,
 *    so here a PUT carrying it is refused with the same 412 when the object exists. Conditional PUTs of one
 *    key run one after another, so of two racing writers exactly one creates the object, as in AWS. (The
 *    check runs before s3rver's authentication: a badly signed conditional PUT of an existing key gets 412
 *    where AWS would answer 403.)
 *
 * If a later s3rver changes the store's shape, the store is left as it is.
 */

type StoreFn = (...args: unknown[]) => unknown;

interface StoredObject {
  bucket: string;
  key: string;
  content: Buffer | NodeJS.ReadableStream;
  metadata: unknown;
}

interface KoaContext {
  method: string;
  path: string;
  querystring: string;
  headers: Record<string, string | string[] | undefined>;
}
type Middleware = (ctx: KoaContext, next: () => Promise<unknown>) => unknown;

interface S3rverInternals {
  silent: boolean;
  middleware: Middleware[];
  store: Record<string, unknown>;
}

const require = createRequire(import.meta.url);

/** s3rver's own error type, rendered by its error handler as the S3 XML error with the code's status. */
function s3Error(code: string, message: string, detail: Record<string, string>): Error {
  const S3Error = require('s3rver/lib/models/error') as new (
    code: string,
    message: string,
    detail: Record<string, string>,
  ) => Error;
  return new S3Error(code, message, detail);
}

/** `If-None-Match: *` on a plain object PUT (path-style URL, after s3rver's vhost rewrite). */
function conditionalPuts(exists: (bucket: string, key: string) => Promise<boolean>): Middleware {
  const inFlight = new Map<string, Promise<void>>();
  return async function ifNoneMatch(ctx, next) {
    const match = /^\/([^/]+)\/(.+)$/.exec(ctx.path);
    if (
      ctx.method !== 'PUT' ||
      ctx.headers['if-none-match'] !== '*' ||
      // The SDK adds `?x-id=PutObject` and a presigned URL its `X-Amz-*` signature; any other parameter is a
      // sub-resource (tagging, uploadId, …).
      [...new URLSearchParams(ctx.querystring).keys()].some((k) => k !== 'x-id' && !/^x-amz-/i.test(k)) ||
      'x-amz-copy-source' in ctx.headers ||
      !match
    ) {
      return next();
    }
    const bucket = match[1] as string;
    let key: string;
    try {
      key = decodeURIComponent(match[2] as string);
    } catch {
      return next(); // not valid percent-encoding: s3rver answers as it would
    }
    const id = `${bucket}/${key}`;
    const previous = inFlight.get(id) ?? Promise.resolve();
    let release = () => {};
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queued = previous.then(() => mine);
    inFlight.set(id, queued);
    try {
      await previous;
      if (await exists(bucket, key)) {
        throw s3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', {
          Condition: 'If-None-Match',
        });
      }
      return await next();
    } finally {
      release();
      if (inFlight.get(id) === queued) inFlight.delete(id);
    }
  };
}

const STORE_METHODS = [
  'getBucket',
  'putBucket',
  'deleteBucket',
  'getSubresource',
  'putSubresource',
  'deleteSubresource',
  'putObject',
  'putMetadata',
  'getResourcePath',
  'reset',
] as const;

/** A read kept until invalidated; a failed read, or one `keep` refuses, is not kept. */
function readCache(keep: (value: unknown) => boolean = () => true) {
  const entries = new Map<string, Promise<unknown>>();
  return {
    read(key: string, read: () => Promise<unknown>): Promise<unknown> {
      let value = entries.get(key);
      if (!value) {
        value = read();
        entries.set(key, value);
        value.then(
          (v) => {
            if (!keep(v)) entries.delete(key);
          },
          () => entries.delete(key),
        );
      }
      return value;
    },
    forget(prefix: string): void {
      for (const key of entries.keys())
        if (key === prefix || key.startsWith(`${prefix}\0`)) entries.delete(key);
    },
    clear: () => entries.clear(),
  };
}

/** Run `write` with the cached reads it changes forgotten before and after (a read during it may cache the old value). */
async function invalidating<T>(forget: () => void, write: () => T | Promise<T>): Promise<T> {
  forget();
  try {
    return await write();
  } finally {
    forget();
  }
}

/** The store's own methods, bound, for the replacements to call. */
type OriginalStore = Record<Exclude<(typeof STORE_METHODS)[number], 'getResourcePath' | 'reset'>, StoreFn> & {
  getResourcePath(bucket: string, key: string, resource: string): string;
  reset(): void;
};

/** Drop the silent request logger, and refuse conditional PUTs of existing objects just before the router. */
function tuneMiddleware(app: S3rverInternals): void {
  const store = app.store;
  if (app.silent) app.middleware = app.middleware.filter((fn) => fn.name !== 'logger');
  // Just before the router (the last middleware), after the vhost rewrite.
  if (typeof store.existsObject === 'function') {
    const exists = (store.existsObject as (bucket: string, key: string) => Promise<boolean>).bind(store);
    app.middleware.splice(Math.max(app.middleware.length - 1, 0), 0, conditionalPuts(exists));
  }
}

/** `putObject` that resolves once the file is written (and its metadata stored), not when hashed. */
function putObjectWhenWritten(original: OriginalStore) {
  return async function putObject(object: StoredObject) {
    const objectPath = original.getResourcePath(object.bucket, object.key, 'object');
    await mkdir(dirname(objectPath), { recursive: true });
    const md5 = createHash('md5');
    let size = 0;
    const source = Buffer.isBuffer(object.content) ? Readable.from([object.content]) : object.content;
    await pipeline(
      source,
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          md5.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      }),
      createWriteStream(objectPath),
    );
    const digest = md5.digest('hex');
    await original.putMetadata(object.bucket, object.key, object.metadata, digest);
    return { size, md5: digest };
  };
}

/** Bucket and bucket-configuration reads through caches that the store's own writes invalidate. */
function cachedBucketReads(original: OriginalStore) {
  // Only an existing bucket is kept: a missing one may be created later.
  const buckets = readCache((bucket) => Boolean(bucket));
  const bucketConfigs = readCache();
  const forgetBucket = (bucket: string) => {
    buckets.forget(bucket);
    bucketConfigs.forget(bucket);
  };
  return {
    getBucket: (bucket: string) => buckets.read(bucket, async () => original.getBucket(bucket)),
    putBucket: (bucket: string) =>
      invalidating(
        () => forgetBucket(bucket),
        () => original.putBucket(bucket),
      ),
    deleteBucket: (bucket: string) =>
      invalidating(
        () => forgetBucket(bucket),
        () => original.deleteBucket(bucket),
      ),
    // Bucket-level configuration (cors, website) is cached; object-level subresources (tagging) are not.
    getSubresource: (bucket: string, key: string | undefined, type: string) =>
      key === undefined
        ? bucketConfigs.read(`${bucket}\0${type}`, async () => original.getSubresource(bucket, key, type))
        : original.getSubresource(bucket, key, type),
    putSubresource: (bucket: string, key: string | undefined, resource: { type: string }) =>
      invalidating(
        () => bucketConfigs.forget(`${bucket}\0${resource.type}`),
        () => original.putSubresource(bucket, key, resource),
      ),
    deleteSubresource: (bucket: string, key: string | undefined, type: string) =>
      invalidating(
        () => bucketConfigs.forget(`${bucket}\0${type}`),
        () => original.deleteSubresource(bucket, key, type),
      ),
    reset: () => {
      buckets.clear();
      bucketConfigs.clear();
      original.reset();
    },
  };
}

export function tuneS3rver(s3: S3rver): void {
  const app = s3 as unknown as S3rverInternals;
  const store = app.store;
  if (STORE_METHODS.some((name) => typeof store[name] !== 'function')) return;
  const original = Object.fromEntries(
    STORE_METHODS.map((name) => [name, (store[name] as StoreFn).bind(store)]),
  ) as OriginalStore;
  tuneMiddleware(app);
  Object.assign(store, { putObject: putObjectWhenWritten(original), ...cachedBucketReads(original) });
}
