import { handoff } from '#app/handoff';
import { intake } from '#app/intake';
import { score } from '#app/score';
import { SKILL } from '#core/identity';
import { runDayOf } from '#shared/table-indexes';
import type { WorkflowState } from '#shared/workflow-types';
import { memoryPorts } from '../support/memory/index.ts';
import { packageOf } from '../support/packages.ts';

// The figure README gives for a weekly KPI call at 10,000 handoffs a day, from the size of a real run item.
// DynamoDB item size: attribute names + values (UTF-8); a Query of an index reads eventually consistent,
// 0.5 read unit per 4 KB, summed over the items it returns (the per-day query rounds up once per page).
function itemBytes(value: unknown): number {
  if (value === null || value === undefined) return 1;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  if (typeof value === 'number') return 8;
  if (typeof value === 'boolean') return 1;
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + itemBytes(v), 0);
  return (
    3 +
    Object.entries(value as Record<string, unknown>).reduce(
      (n, [k, v]) => n + 1 + Buffer.byteLength(k, 'utf8') + itemBytes(v),
      0,
    )
  );
}

describe('read units of a weekly KPI call', () => {
  it('reads a week of runs through the by-day index: under 10,000 read units at 10,000 runs a day', async () => {
    const ports = memoryPorts();
    await ports.flags.putFlag({ flag: SKILL.featureFlag, state: 'on', percentage: 100 });
    const packageRef = { bucket: 'b', key: 'incoming/p.json' };
    await ports.blobs.putImmutable(
      packageRef,
      JSON.stringify(packageOf('approval', 's1', 'r1')),
      'application/json',
    );
    const state: WorkflowState = { trigger: 's3', packageRef };
    state.intake = await intake(ports, { trigger: 's3', packageRef, executionId: 'exec:run-1' });
    state.scoring = await score(ports, state);
    state.approval = {
      decision: 'approved',
      approver: 'legal-review@example.com',
      decidedAt: new Date().toISOString(),
    };
    await handoff(ports, state);
    const run = ports.runs.runs.get('run-1');
    if (!run) throw new Error('no run');
    const stored = { pk: 'RUN#run-1', sk: 'RUN', ...run, runDay: runDayOf(run.intakeAt) };
    const bytes = itemBytes(stored);
    const perWeek = 7 * 10_000;
    const readUnits = Math.ceil((perWeek * bytes) / 4096 / 2);
    console.log(
      JSON.stringify({ runItemBytes: bytes, runsPerWeek: perWeek, readUnitsPerKpiCall: readUnits }),
    );
    // A Scan of the 400 days the table keeps reads ~57x as much for the runs alone, plus claims and approvals.
    expect(bytes).toBeLessThan(4096);
    expect(readUnits).toBeLessThan(10_000);
  });
});
