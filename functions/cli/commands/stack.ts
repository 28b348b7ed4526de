import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { UsageError } from '../errors.ts';

const bytes = (d: string | ArrayBuffer | ArrayBufferView): string | Uint8Array =>
  typeof d === 'string'
    ? d
    : ArrayBuffer.isView(d)
      ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength)
      : new Uint8Array(d);

/** SHA-256 in the shape SignatureV4 wants (what @smithy/hash-node does). */
class Sha256 {
  private readonly h: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.h.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.h.digest());
  }
}

/**
 * `--stack NAME`: the table names from the deployed stack's CloudFormation outputs. The keys are
 * OUTPUT_KEYS in infra/constructs/outputs.ts (test/unit/cli-stack.test.ts holds them equal); the CLI does
 * not import infra, which would load aws-cdk-lib.
 */
export const STACK_TABLE_OUTPUTS = {
  RUNS_TABLE: 'RunsTableName',
  ARTIFACTS_TABLE: 'ArtifactsTableName',
  FLAGS_TABLE: 'FlagsTableName',
} as const;

/** Outputs some commands use (submit, doctor) and the table-only commands do without. */
export const STACK_OPTIONAL_OUTPUTS = {
  BUCKET: 'BucketName',
  APPROVAL_BASE_URL: 'ApprovalCallbackUrl',
  SENDER_EMAIL: 'SenderEmail',
  APPROVER_GROUPS: 'ApproverGroups',
  ALARM_TOPIC_ARN: 'AlarmTopicArn',
} as const;

export type StackOutputsReader = (
  stack: string,
  region: string | undefined,
) => Promise<Record<string, string>>;

/**
 * RUNS_TABLE / ARTIFACTS_TABLE / FLAGS_TABLE from the stack's outputs (a missing one is a usage error),
 * and BUCKET / APPROVAL_BASE_URL when the stack has them.
 */
export async function stackTables(
  stack: string,
  region: string | undefined,
  read: StackOutputsReader,
): Promise<Record<string, string>> {
  const outputs = await read(stack, region);
  const env: Record<string, string> = {};
  for (const [name, key] of Object.entries(STACK_OPTIONAL_OUTPUTS)) {
    if (outputs[key]) env[name] = outputs[key];
  }
  for (const [name, key] of Object.entries(STACK_TABLE_OUTPUTS) as [
    keyof typeof STACK_TABLE_OUTPUTS,
    string,
  ][]) {
    const value = outputs[key];
    if (!value)
      throw new UsageError(
        `stack ${stack} has no output ${key} (is it a handoff stack?)`,
        'stack_output_missing',
      );
    env[name] = value;
  }
  return env;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? '');

/** The OutputKey → OutputValue pairs of a DescribeStacks response (query protocol, XML). */
export function outputsFromXml(xml: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const m of xml.matchAll(
    /<member>\s*(?:(?!<\/member>)[\s\S])*?<OutputKey>([^<]*)<\/OutputKey>(?:(?!<\/member>)[\s\S])*?<\/member>/g,
  )) {
    const block = m[0];
    const key = /<OutputKey>([^<]*)<\/OutputKey>/.exec(block)?.[1];
    const value = /<OutputValue>([^<]*)<\/OutputValue>/.exec(block)?.[1];
    if (key !== undefined && value !== undefined) outputs[unescapeXml(key)] = unescapeXml(value);
  }
  return outputs;
}

/**
 * One call of an AWS query API (CloudFormation, SNS), signed with SigV4 by the SDK's own signer and
 * credential chain (installed with the DynamoDB and S3 clients), so the CLI adds no SDK client for it.
 * AWS_ENDPOINT_URL_<SERVICE> points it at an emulator. Returns the XML body; an error is a UsageError.
 */
export async function signedQuery(
  service: 'cloudformation' | 'sns',
  params: Record<string, string>,
  region: string | undefined,
  what: string,
): Promise<string> {
  const [{ SignatureV4 }, { DynamoDBClient }] = await Promise.all([
    import('@smithy/signature-v4'),
    import('@aws-sdk/client-dynamodb'),
  ]);
  const r = region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  if (!r) throw new UsageError(`${what} needs a region: --region R or AWS_REGION`, 'no_region');
  const url = new URL(
    process.env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] ?? `https://${service}.${r}.amazonaws.com/`,
  );
  const body = new URLSearchParams(params).toString();
  // The SDK's default credential chain (env, profile, SSO, IMDS), as the table clients resolve it.
  const sdk = new DynamoDBClient({ region: r });
  const signer = new SignatureV4({ service, region: r, credentials: sdk.config.credentials, sha256: Sha256 });
  sdk.destroy();
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: url.pathname,
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });
  const res = await fetch(url, { method: 'POST', headers: signed.headers, body });
  const text = await res.text();
  if (!res.ok) {
    const message = /<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? `HTTP ${res.status}`;
    throw new UsageError(`${what}: ${unescapeXml(message)}`, `${service}_error`);
  }
  return text;
}

/** CloudFormation DescribeStacks: the stack's outputs. */
export const describeStackOutputs: StackOutputsReader = async (stack, region) => {
  try {
    const xml = await signedQuery(
      'cloudformation',
      { Action: 'DescribeStacks', StackName: stack, Version: '2010-05-15' },
      region,
      `stack ${stack}`,
    );
    return outputsFromXml(xml);
  } catch (e) {
    if (e instanceof UsageError && e.code === 'cloudformation_error') {
      throw new UsageError(e.message, 'stack_not_found');
    }
    throw e;
  }
};

/** SNS ListSubscriptionsByTopic (first page: an alarm topic has a handful). */
export async function topicSubscriptions(
  topicArn: string,
  region: string | undefined,
): Promise<{ protocol: string; endpoint: string; pending: boolean }[]> {
  const xml = await signedQuery(
    'sns',
    { Action: 'ListSubscriptionsByTopic', TopicArn: topicArn, Version: '2010-03-31' },
    region ?? topicArn.split(':')[3],
    `topic ${topicArn}`,
  );
  return subscriptionsFromXml(xml);
}

/** The subscriptions of a ListSubscriptionsByTopic response; one not yet confirmed has no ARN. */
export function subscriptionsFromXml(
  xml: string,
): { protocol: string; endpoint: string; pending: boolean }[] {
  return [...xml.matchAll(/<member>([\s\S]*?)<\/member>/g)].map((m) => {
    const field = (name: string) =>
      unescapeXml(new RegExp(`<${name}>([^<]*)</${name}>`).exec(m[1] ?? '')?.[1] ?? '');
    const arn = field('SubscriptionArn');
    return { protocol: field('Protocol'), endpoint: field('Endpoint'), pending: !arn.startsWith('arn:') };
  });
}
