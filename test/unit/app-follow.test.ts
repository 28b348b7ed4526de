import { followSubmission, type PendingRequest, pendingRequests } from '#app/follow';
import type { PendingApproval } from '#app/ports';
import { progressOf } from '#core/run-progress';
import { stageText } from '../../functions/cli/commands/submit.ts';
import { memoryArtifacts, memoryRuns, memoryStore } from '../support/memory/index.ts';
import { runRecord } from '../support/port-contracts/storage.ts';

/**
 * Following a submission: the run is found by the key it was started from, each change is reported
 * once, and the clock (injected; the sleep advances it) decides the timeout.
 */

const KEY = 'incoming/launch-20261102T090000Z-abcd.json';

function harness() {
  const runs = memoryRuns();
  const store = memoryStore(runs, memoryArtifacts(runs));
  let now = Date.parse('2026-11-02T09:00:00.000Z');
  const script: (() => Promise<void>)[] = [];
  const changes: string[] = [];
  const follow = (timeoutMs = 60_000) =>
    followSubmission(
      { runs, store },
      {
        key: KEY,
        since: '2026-11-02T08:55:00.000Z',
        timeoutMs,
        pollMs: 1000,
        clock: () => new Date(now),
        // Each poll advances the clock and lets the "workflow" take its next step.
        sleep: async (ms) => {
          now += ms;
          await script.shift()?.();
        },
        onChange: (p, approvals) => changes.push(`${p.status}/${p.step}/${approvals.length}`),
      },
    );
  return { runs, script, changes, follow };
}

describe('followSubmission', () => {
  it('finds the run by its source key and reports each change once, to the end', async () => {
    const { runs, script, changes, follow } = harness();
    const id = 'run-1';
    const other = runRecord('run-0', { sourceKey: 'incoming/other.json' });
    script.push(
      async () => runs.putRun(other),
      async () => runs.putRun(runRecord(id, { sourceKey: KEY })),
      async () => {},
      async () => runs.updateRun(id, { scoredAt: '2026-11-02T09:00:03.000Z', outcome: 'pass' }),
      async () => {},
      async () =>
        runs.updateRun(id, {
          status: 'handed-off',
          handedOffAt: '2026-11-02T09:00:05.000Z',
          finishedAt: '2026-11-02T09:00:05.000Z',
          artifactDigest: 'a'.repeat(64),
        }),
    );
    const result = await follow();
    expect(changes).toEqual(['running/intake/0', 'running/scored/0', 'handed-off/ended/0']);
    expect(result).toMatchObject({ timedOut: false, progress: { runId: id, ok: true, outcome: 'pass' } });
  });

  it('gives up at the timeout, by the injected clock', async () => {
    const { follow, changes } = harness();
    const result = await follow(5_000);
    expect(result).toEqual({ approvals: [], timedOut: true });
    expect(changes).toEqual([]);
  });
});

describe('run progress', () => {
  it('says why a run did not hand off, and never calls a duplicate a success', () => {
    const dup = progressOf(runRecord('r', { status: 'duplicate', duplicateOf: 'r0', finishedAt: 'x' }));
    expect(dup).toMatchObject({ ended: true, ok: false, reason: expect.stringContaining('r0') });
    const blocked = progressOf(runRecord('r', { status: 'rolled-back', outcome: 'blocked' }));
    expect(blocked.reason).toMatch(/blocked by policy/);
    expect(progressOf(runRecord('r', { status: 'flag-off' })).reason).toMatch(/flags set/);
    expect(progressOf(runRecord('r', { status: 'shadow' })).ok).toBe(true);
  });

  it('groups pending links by request, with age and time left, and no token', () => {
    const base = {
      requestId: 'q1',
      executionId: 'e',
      runId: 'r',
      streamId: 's',
      artifactDigest: 'a',
      group: 'legal',
      approvers: ['b@example.com', 'a@example.com'],
      status: 'pending' as const,
      createdAt: '2026-11-02T08:00:00.000Z',
      exp: Date.parse('2026-11-03T08:00:00.000Z') / 1000,
      expiresAt: 0,
      summary: { packageId: 'p' },
    };
    const links = [
      { ...base, approvalId: 'x1', approver: 'a@example.com' },
      { ...base, approvalId: 'x2', approver: 'b@example.com' },
    ] as unknown as PendingApproval[];
    expect(pendingRequests(links, new Date('2026-11-02T09:00:00.000Z'))).toEqual([
      {
        requestId: 'q1',
        runId: 'r',
        streamId: 's',
        packageId: 'p',
        group: 'legal',
        approvers: ['a@example.com', 'b@example.com'],
        createdAt: '2026-11-02T08:00:00.000Z',
        expiresAt: '2026-11-03T08:00:00.000Z',
        ageSeconds: 3600,
        expiresInSeconds: 23 * 3600,
        reminders: 0,
      },
    ]);
    // Two reminder rounds later the backup group has its own records (stage 2): one request still,
    // the routed group first, whatever order the store returns the records in.
    const escalated = [
      {
        ...base,
        approvalId: 'y1',
        approver: 'lead@example.com',
        group: 'marketing-lead',
        stage: 2,
        mailedAt: 'x',
      },
      { ...base, approvalId: 'x1', approver: 'a@example.com', mailedStage: 2 },
      { ...base, approvalId: 'x2', approver: 'b@example.com', mailedStage: 1 },
    ] as unknown as PendingApproval[];
    const [request, ...more] = pendingRequests(escalated, new Date('2026-11-02T09:00:00.000Z'));
    expect(more).toEqual([]);
    expect(request).toMatchObject({
      group: 'legal',
      approvers: ['a@example.com', 'b@example.com'],
      reminders: 2,
      escalatedTo: { group: 'marketing-lead', approvers: ['lead@example.com'] },
    });
    expect(stageText(request as PendingRequest)).toBe(
      '; reminded twice; escalated to marketing-lead (lead@example.com)',
    );
  });
});
