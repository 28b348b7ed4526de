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
  /** A resolved setting (SENDER_EMAIL, APPROVER_GROUPS, APPROVAL_BASE_URL, ALARM_TOPIC_ARN, AWS_REGION…). */
  setting(name: string): string | undefined;
  /** Region, endpoint (from `endpointVar`) and the local stack's credentials, for another SDK client. */
  clientConfig(endpointVar: string): Record<string, unknown>;
  close(): void;
}
