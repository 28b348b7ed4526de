import type { ArtifactsPort, BlobPort, FlagAdminPort, OpsStorePort, RunsPort } from '#app/ports';

/** Where an operating command reads from (resolved by context.ts) and what it gets. */
export interface TargetOptions {
  stack?: string | undefined;
  local?: boolean | undefined;
  'local-dir'?: string | undefined;
  endpoint?: string | undefined;
  region?: string | undefined;
  'table-prefix'?: string | undefined;
}

export interface OpsContext {
  source: string;
  runs: RunsPort;
  artifacts: ArtifactsPort;
  blobs: BlobPort;
  flagAdmin: FlagAdminPort;
  store: OpsStorePort;
  /** The package bucket (BUCKET; the stack's BucketName output); a usage error when unknown. */
  bucket(): string;
  close(): void;
}
