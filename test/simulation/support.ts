import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalRuntime } from '../../local/runtime.ts';
import type { Execution, ExecutionResult, HistoryEvent } from '../../local/workflow.ts';
import { type PackageKind, packageOf } from '../support/packages.ts';
import { decideFromMail, waitForMail } from '../support/stack.ts';

/** Shared steps of the simulation suites: submit like a user, decide like an approver, read the stores. */

export interface Run {
  execution: Execution;
  result: ExecutionResult;
}

const documentClient = () => DynamoDBDocumentClient.from(new DynamoDBClient({}));

/** Put a package under incoming/<stream>.json (or `key`) and let the S3 trigger start its run. */
export async function submit(
  runtime: LocalRuntime,
  kind: PackageKind,
  stream: string,
  opts: { revision?: string; key?: string; decision?: 'approve' | 'reject'; reason?: string } = {},
): Promise<Run> {
  const execution = await runtime.submitPackage(
    packageOf(kind, stream, opts.revision ?? 'r1'),
    opts.key ?? `incoming/${stream}.json`,
  );
  if (opts.decision) {
    await waitForMail(runtime, { contains: `(stream ${stream})` }, 60_000);
    await decideFromMail(runtime, { contains: `(stream ${stream})` }, opts.decision, opts.reason ?? '');
  }
  return { execution, result: await execution.result };
}

export const entered = (execution: Execution): string[] =>
  execution
    .events()
    .filter((e): e is Extract<HistoryEvent, { type: 'StateEntered' }> => e.type === 'StateEntered')
    .map((e) => e.state.name);

/** Lambda invocations of one state, counted from the execution's own history. */
export const attempts = (execution: Execution, state: string): number =>
  execution.events().filter((e) => e.type === 'LambdaInvoked' && e.state === state).length;

export const retries = (execution: Execution, state: string): number =>
  execution.events().filter((e) => e.type === 'StateRetried' && e.state.name === state).length;

export interface Pointer {
  current: string | null;
  stable: string | null;
  version: number;
}

export async function pointerOf(runtime: LocalRuntime, stream: string): Promise<Pointer | undefined> {
  const out = await documentClient().send(
    new GetCommand({
      TableName: runtime.env.ARTIFACTS_TABLE,
      Key: { pk: `STREAM#${stream}`, sk: 'POINTER' },
      ConsistentRead: true,
    }),
  );
  return out.Item as Pointer | undefined;
}

export interface ArtifactRow {
  sk: string;
  status: string;
  outcome: string;
  packageId: string;
}

/** Every artifact item of a stream. */
export async function artifactsOf(runtime: LocalRuntime, stream: string): Promise<ArtifactRow[]> {
  const rows: ArtifactRow[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: runtime.env.ARTIFACTS_TABLE,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :a)',
        ExpressionAttributeValues: { ':pk': `STREAM#${stream}`, ':a': 'ARTIFACT#' },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    rows.push(...((out.Items ?? []) as ArtifactRow[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return rows;
}

export async function artifactOf(
  runtime: LocalRuntime,
  stream: string,
  digest: string,
): Promise<ArtifactRow | undefined> {
  const out = await documentClient().send(
    new GetCommand({
      TableName: runtime.env.ARTIFACTS_TABLE,
      Key: { pk: `STREAM#${stream}`, sk: `ARTIFACT#${digest}` },
      ConsistentRead: true,
    }),
  );
  return out.Item as ArtifactRow | undefined;
}

/** Detail types put on the bus for a stream, oldest first. */
export const busEventsOf = (runtime: LocalRuntime, stream: string): string[] =>
  runtime.emulators.bus
    .events()
    .filter((e) => (e.detail as { streamId?: string }).streamId === stream)
    .map((e) => e['detail-type']);

export const outputOf = (run: Run) =>
  (run.result.output ?? {}) as {
    intake?: { status: string; streamId: string };
    scoring?: { artifactDigest: string; outcome: string };
    handoff?: { status: string };
    approval?: { decision: string; approver: string };
  };

/** The artifact digest the Score state produced, read from the history (a failed run has no output). */
export function scoredDigest(execution: Execution): string | undefined {
  const exited = execution.events().find((e) => e.type === 'StateExited' && e.state.name === 'Score') as
    | { state: { output?: { scoring?: { artifactDigest?: string } } } }
    | undefined;
  return exited?.state.output?.scoring?.artifactDigest;
}
