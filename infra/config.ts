import type { Node } from 'constructs';

/**
 * The deployment's knobs, read once from CDK context (`cdk.json` holds the defaults, `-c key=value`
 * overrides). Constructs receive the slice they need as typed props and never read context themselves.
 */
export interface HandoffConfig {
  /** CloudFormation stack name. */
  stackName: string;
  /** Verified SES sender; the stack creates the SES v2 email identity when `createSenderIdentity`. */
  senderEmail: string;
  /** false when the identity already exists in the account (an identity can only be created once). */
  createSenderIdentity: boolean;
  /**
   * false when the region's API Gateway logging role (AWS::ApiGateway::Account, one per region) is already
   * set by another stack or by hand: the stack then leaves that region-wide setting alone.
   */
  setApiGatewayAccountRole: boolean;
  /** Approver group → emails; passed to the router as `APPROVER_GROUPS` (adds to / overrides package approvers). */
  approverGroups: Record<string, string[]>;
  /** Key prefix in the bucket whose Object Created events start a run. Ends with '/'. */
  incomingPrefix: string;
  /** Retention of every Lambda and state machine log group, in days. */
  logRetentionDays: number;
  /** 'retain' keeps data tables and buckets on stack deletion (and turns deletion protection on). */
  removalPolicy: 'retain' | 'destroy';
  /** Memory of every function, in MB (also the cost benchmark's GB-s basis). */
  memorySize: number;
  /** Optional email subscribed to the alarm topic. */
  alarmEmail: string | undefined;
  /** false: Lambda code is an inline placeholder (fast assertion tests); true: esbuild bundles each handler. */
  bundling: boolean;
  /** Deployment environment; left undefined (environment-agnostic synth) unless given. */
  account: string | undefined;
  region: string | undefined;
}

export const DEFAULT_CONFIG: HandoffConfig = {
  stackName: 'HandoffContracting',
  senderEmail: 'handoffs@example.com',
  createSenderIdentity: true,
  setApiGatewayAccountRole: true,
  approverGroups: { legal: ['legal-review@example.com'] },
  incomingPrefix: 'incoming/',
  logRetentionDays: 30,
  removalPolicy: 'retain',
  memorySize: 512,
  alarmEmail: undefined,
  bundling: true,
  account: undefined,
  region: undefined,
};

/** Retention periods CloudWatch Logs accepts. */
export const LOG_RETENTION_DAYS: readonly number[] = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/** Context keys, all under the `handoff:` namespace. */
export const CONTEXT_KEYS = {
  stackName: 'handoff:stackName',
  senderEmail: 'handoff:senderEmail',
  createSenderIdentity: 'handoff:createSenderIdentity',
  setApiGatewayAccountRole: 'handoff:setApiGatewayAccountRole',
  approverGroups: 'handoff:approverGroups',
  incomingPrefix: 'handoff:incomingPrefix',
  logRetentionDays: 'handoff:logRetentionDays',
  removalPolicy: 'handoff:removalPolicy',
  memorySize: 'handoff:memorySize',
  alarmEmail: 'handoff:alarmEmail',
  bundling: 'handoff:bundling',
  account: 'handoff:account',
  region: 'handoff:region',
} as const satisfies Record<keyof HandoffConfig, string>;

// `-c key=value` arrives as a string; cdk.json values arrive typed. Accept both.
function asString(v: unknown, key: string): string {
  if (typeof v !== 'string' || v.length === 0) throw new Error(`context ${key} must be a non-empty string`);
  return v;
}
function asBool(v: unknown, key: string): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new Error(`context ${key} must be true or false, got ${JSON.stringify(v)}`);
}
function asInt(v: unknown, key: string, min: number, max: number): number {
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw new Error(`context ${key} must be an integer in [${min}, ${max}], got ${JSON.stringify(v)}`);
  }
  return n;
}
function asGroups(v: unknown, key: string): Record<string, string[]> {
  const parsed: unknown = typeof v === 'string' ? JSON.parse(v) : v;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`context ${key} must be a JSON object of group → emails`);
  }
  const out: Record<string, string[]> = {};
  for (const [group, emails] of Object.entries(parsed)) {
    if (!Array.isArray(emails) || !emails.every((e) => typeof e === 'string' && e.includes('@'))) {
      throw new Error(`context ${key}.${group} must be a list of email addresses`);
    }
    out[group] = emails as string[];
  }
  return out;
}

/** Reads the config from a construct's context (usually the App's node). Unset keys take the defaults. */
export function readConfig(node: Node, env: NodeJS.ProcessEnv = process.env): HandoffConfig {
  const get = (k: keyof HandoffConfig): unknown => node.tryGetContext(CONTEXT_KEYS[k]);
  const c: HandoffConfig = { ...DEFAULT_CONFIG };
  const v = {
    stackName: get('stackName'),
    senderEmail: get('senderEmail'),
    createSenderIdentity: get('createSenderIdentity'),
    setApiGatewayAccountRole: get('setApiGatewayAccountRole'),
    approverGroups: get('approverGroups'),
    incomingPrefix: get('incomingPrefix'),
    logRetentionDays: get('logRetentionDays'),
    removalPolicy: get('removalPolicy'),
    memorySize: get('memorySize'),
    alarmEmail: get('alarmEmail'),
    bundling: get('bundling'),
    account: get('account') ?? env.CDK_DEPLOY_ACCOUNT,
    region: get('region') ?? env.CDK_DEPLOY_REGION,
  };
  if (v.stackName !== undefined) c.stackName = asString(v.stackName, CONTEXT_KEYS.stackName);
  if (v.senderEmail !== undefined) c.senderEmail = asString(v.senderEmail, CONTEXT_KEYS.senderEmail);
  if (v.createSenderIdentity !== undefined) {
    c.createSenderIdentity = asBool(v.createSenderIdentity, CONTEXT_KEYS.createSenderIdentity);
  }
  if (v.setApiGatewayAccountRole !== undefined) {
    c.setApiGatewayAccountRole = asBool(v.setApiGatewayAccountRole, CONTEXT_KEYS.setApiGatewayAccountRole);
  }
  if (v.approverGroups !== undefined)
    c.approverGroups = asGroups(v.approverGroups, CONTEXT_KEYS.approverGroups);
  if (v.incomingPrefix !== undefined) {
    const p = asString(v.incomingPrefix, CONTEXT_KEYS.incomingPrefix);
    c.incomingPrefix = p.endsWith('/') ? p : `${p}/`;
  }
  if (v.logRetentionDays !== undefined) {
    c.logRetentionDays = asInt(v.logRetentionDays, CONTEXT_KEYS.logRetentionDays, 1, 3653);
    if (!LOG_RETENTION_DAYS.includes(c.logRetentionDays)) {
      throw new Error(
        `context ${CONTEXT_KEYS.logRetentionDays} must be one of ${LOG_RETENTION_DAYS.join(', ')}`,
      );
    }
  }
  if (v.removalPolicy !== undefined) {
    if (v.removalPolicy !== 'retain' && v.removalPolicy !== 'destroy') {
      throw new Error(`context ${CONTEXT_KEYS.removalPolicy} must be 'retain' or 'destroy'`);
    }
    c.removalPolicy = v.removalPolicy;
  }
  if (v.memorySize !== undefined) c.memorySize = asInt(v.memorySize, CONTEXT_KEYS.memorySize, 128, 10240);
  if (v.alarmEmail !== undefined) c.alarmEmail = asString(v.alarmEmail, CONTEXT_KEYS.alarmEmail);
  if (v.bundling !== undefined) c.bundling = asBool(v.bundling, CONTEXT_KEYS.bundling);
  if (v.account !== undefined) c.account = asString(v.account, CONTEXT_KEYS.account);
  if (v.region !== undefined) c.region = asString(v.region, CONTEXT_KEYS.region);
  return c;
}
