import { samplePackage } from './package-fixtures.ts';

/**
 * Package variants for runs that must not deduplicate each other: the samples with a new stream and
 * package id. `auto` (newsletter) passes without a human, `approval` (spring launch) needs one, `blocked`
 * carries dummy text the policy-constraint-check blocks.
 */

export type PackageKind = 'auto' | 'approval' | 'blocked';

export function packageOf(kind: PackageKind, streamId: string, revision: string): Record<string, unknown> {
  const pkg = samplePackage(kind === 'auto' ? 'newsletter-copy' : 'spring-launch');
  pkg.streamId = streamId;
  pkg.packageId = `${streamId}-${revision}`;
  if (kind === 'blocked') pkg.title = `${String(pkg.title)} lorem ipsum`;
  return pkg;
}
