import type { RunRecord } from '#core/run';
import type { LocalRuntime } from './runtime.ts';

/**
 * Every run record of the local runs table. A lost run can be any age (the stack may not have run for
 * weeks), so this reads the whole local table once; in AWS the reconciler is event-driven and never lists.
 */
async function allLocalRuns(): Promise<RunRecord[]> {
  const [{ allItems, documentClient }, { requireEnv }, { strip }] = await Promise.all([
    import('#adapters/dynamo'),
    import('#adapters/env'),
    import('#adapters/runs-keys'),
  ]);
  const db = await documentClient.get();
  const items = await allItems((startKey) =>
    db.scan({
      TableName: requireEnv('RUNS_TABLE'),
      FilterExpression: 'sk = :run',
      ExpressionAttributeValues: { ':run': 'RUN' },
      ExclusiveStartKey: startKey,
    }),
  );
  return items.map((item) => strip<RunRecord>(item) as RunRecord);
}

/**
 * Runs a previous `npm start` left in flight. The local runner keeps executions in memory, so a restart
 * loses every execution that was still running (a run waiting for its approver, typically): those runs are
 * finished as the reconciler does in AWS for an aborted execution (`interrupted`: pointer restored if the
 * run moved it, dedupe claim released, `Handoff Rolled Back`), so nothing stays "in flight" for good and the
 * same file can be submitted again.
 */
export async function reconcileLostRuns(runtime: LocalRuntime): Promise<RunRecord[]> {
  const [{ awsPorts }, { isInFlight, reconcile }] = await Promise.all([
    import('#adapters/index'),
    import('#app/reconcile'),
  ]);
  const ports = awsPorts();
  const runs = await allLocalRuns();
  const closed: RunRecord[] = [];
  for (const run of runs.filter(isInFlight)) {
    const execution = run.executionId ? runtime.runtime.get(run.executionId) : undefined;
    if (execution?.status() === 'RUNNING') continue;
    const result = await reconcile(ports, {
      executionArn: run.executionId ?? run.runId,
      status: 'ABORTED',
      why: 'its execution was lost when the local stack stopped (the local runner keeps executions in memory)',
    });
    if (result.closed) closed.push(run);
  }
  return closed;
}
