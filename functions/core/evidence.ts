import type { HandoffArtifact } from './artifact-types.ts';
import { digestOf } from './canonical.ts';

/** Helpers shared by replay and audit: how a stored artifact is re-hashed and compared. */

/** The digest an artifact JSON must carry: SHA-256 of its canonical form without `digest` and `delivery`. */
export function rehash(artifact: unknown): string {
  if (typeof artifact !== 'object' || artifact === null || Array.isArray(artifact)) return digestOf(artifact);
  const { digest: _digest, delivery: _delivery, ...body } = artifact as Record<string, unknown>;
  return digestOf(body);
}

/** JSON pointers where two JSON values differ (at most `limit`), for "what differs" messages. */
export function jsonDifferences(a: unknown, b: unknown, limit = 20, pointer = ''): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, at: string) => {
    if (out.length >= limit) return;
    if (Object.is(x, y)) return;
    const bothObjects = typeof x === 'object' && x !== null && typeof y === 'object' && y !== null;
    if (!bothObjects || Array.isArray(x) !== Array.isArray(y)) {
      out.push(at || '/');
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) {
        out.push(`${at}/length (${x.length} vs ${y.length})`);
        return;
      }
      for (let i = 0; i < x.length; i++) walk(x[i], y[i], `${at}/${i}`);
      return;
    }
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    for (const key of [...new Set([...Object.keys(xo), ...Object.keys(yo)])].sort()) {
      walk(xo[key], yo[key], `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  walk(a, b, pointer);
  return out;
}

/** The digest-covered body of an artifact (what replay compares). */
export function artifactBody(artifact: HandoffArtifact | Record<string, unknown>): Record<string, unknown> {
  const { delivery: _delivery, ...body } = artifact as Record<string, unknown>;
  return body;
}

export const short = (digest: string | null | undefined) => (digest ? digest.slice(0, 12) : 'null');
