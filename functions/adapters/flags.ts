import type { FlagsPort } from '#app/ports';
import type { FlagRecord } from '#core/flags';
import { type ClientSource, call, lazy } from './aws.ts';
import { type DocumentDb, documentClient } from './dynamo.ts';
import { optionalEnv, requireEnv } from './env.ts';

export function dynamoFlags(
  table: () => string = () => requireEnv('FLAGS_TABLE'),
  client: ClientSource<DocumentDb> = documentClient.get,
): FlagsPort {
  return {
    async getFlag(flag) {
      const out = await call('DynamoDB GetItem flag', async () =>
        (await client()).get({ TableName: table(), Key: { flag }, ConsistentRead: true }),
      );
      if (!out.Item) return undefined;
      const item = out.Item;
      // An allowlist may be stored as a string set (unmarshalled as a Set) or a list.
      const allowlist = item.allowlist instanceof Set ? [...item.allowlist] : item.allowlist;
      return { ...item, allowlist } as FlagRecord;
    },

    async putFlag(record) {
      await call('DynamoDB PutItem flag', async () =>
        (await client()).put({ TableName: table(), Item: { ...record } }),
      );
    },
  };
}

/** How long intake may answer from its copy of a flag: `FLAG_CACHE_SECONDS` (default 5, 0 = always read). */
export const DEFAULT_FLAG_CACHE_SECONDS = 5;

/** Per-container copies of flag records, shared by every cached port of this process. */
const copies = new Map<string, { record: FlagRecord | undefined; readAt: number }>();

/**
 * Forgets every cached flag record: a flag change made in this process (flag-admin) applies to the next
 * read at once; other containers see it within their cache age.
 */
export function forgetCachedFlags(): void {
  copies.clear();
}

/**
 * `port` with getFlag answered from a per-container copy for up to `maxAgeSeconds` (as Powertools'
 * feature flags and parameters cache for 5 s by default): a rollout change reaches a warm container within
 * that time, and a run does not pay a DynamoDB read for a value that changes a few times a month. A missing
 * flag is cached too (it evaluates to off); a failed read is not. putFlag writes through.
 */
export function cachedFlags(
  port: FlagsPort,
  maxAgeSeconds: number,
  scope: () => string,
  now: () => number = Date.now,
): FlagsPort {
  if (maxAgeSeconds <= 0) return port;
  const key = (flag: string) => `${scope()}\u0000${flag}`;
  return {
    async getFlag(flag) {
      const copy = copies.get(key(flag));
      const at = now();
      // Copies in and out: a caller changing a record it read or wrote never changes the cached one.
      if (copy && at - copy.readAt < maxAgeSeconds * 1000 && at >= copy.readAt) {
        return structuredClone(copy.record);
      }
      const record = await port.getFlag(flag);
      copies.set(key(flag), { record: structuredClone(record), readAt: at });
      return record;
    },
    async putFlag(record) {
      await port.putFlag(record);
      copies.set(key(record.flag), { record: structuredClone(record), readAt: now() });
    },
  };
}

/** `FLAG_CACHE_SECONDS` as a number of seconds (unset or empty: the default); anything else is refused. */
export function flagCacheSeconds(): number {
  const raw = optionalEnv('FLAG_CACHE_SECONDS');
  const seconds = raw === undefined ? DEFAULT_FLAG_CACHE_SECONDS : Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`FLAG_CACHE_SECONDS must be a number of seconds >= 0, got "${raw}"`);
  }
  return seconds;
}

/** The flags port of the handlers: cached reads (see cachedFlags). */
export const flags = lazy(() => {
  const table = () => requireEnv('FLAGS_TABLE');
  return cachedFlags(dynamoFlags(table), flagCacheSeconds(), table);
});
