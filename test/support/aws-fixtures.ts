import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Real AWS event fixtures under `events/aws/<source>/<case>.json`, loaded fresh (safe to mutate). */
export const EVENTS_DIR = fileURLToPath(new URL('../../events/aws/', import.meta.url));

/** The test-only key the approval fixtures are signed with (see events/aws/README.md). */
export const FIXTURE_SIGNING_KEY = 'test-only-approval-signing-key-0123456789abcdef';
export const FIXTURE_APPROVAL_ID = '7f0c5a0e-8a51-4c1e-9f8e-2b1d7c3e9a10';
export const FIXTURE_EXP = 4102444800;

export function loadEvent<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(join(EVENTS_DIR, path), 'utf8')) as T;
}

/** Every fixture path relative to events/aws/, sorted. */
export function listEventFixtures(dir = EVENTS_DIR): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listEventFixtures(full));
    else if (entry.name.endsWith('.json')) out.push(relative(EVENTS_DIR, full));
  }
  return out.sort();
}
