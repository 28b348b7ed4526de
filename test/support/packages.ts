import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * Package variants for runs that must not deduplicate each other: the samples with a new stream and
 * package id. `auto` (newsletter) passes without a human, `approval` (spring launch) needs one, `blocked`
 * carries dummy text the policy-constraint-check blocks.
 */

export type PackageKind = 'auto' | 'approval' | 'blocked';

const spring = JSON.parse(readFileSync('events/packages/sample-spring-launch.json', 'utf8')) as Record<
  string,
  unknown
>;
const newsletter = parse(readFileSync('events/packages/sample-newsletter-copy.yaml', 'utf8')) as Record<
  string,
  unknown
>;

export function packageOf(kind: PackageKind, streamId: string, revision: string): Record<string, unknown> {
  const base = kind === 'auto' ? newsletter : spring;
  const pkg: Record<string, unknown> = structuredClone(base);
  pkg.streamId = streamId;
  pkg.packageId = `${streamId}-${revision}`;
  if (kind === 'blocked') pkg.title = `${String(base.title)} lorem ipsum`;
  return pkg;
}
