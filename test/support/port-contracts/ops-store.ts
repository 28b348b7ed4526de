import { randomInt } from 'node:crypto';
import type { ArtifactsPort, OpsStorePort, RunsPort } from '#app/ports';
import { approvalIdFor } from '#core/approval';
import { artifactItem, fresh, runRecord } from './storage.ts';

/**
 * The operator store's behaviours, declared once: the in-memory store (over the in-memory runs and
 * artifacts) in the unit suite, the DynamoDB store (Scans) against DynamoDB Local in the integration
 * suite. Each test writes through the workflow's ports and reads through the store, in a time window and
 * under digests no other test uses.
 */

export interface OpsStoreHarness {
  store: OpsStorePort;
  runs: RunsPort;
  artifacts: ArtifactsPort;
}

/** An hour of its own, somewhere in 2030–2040, so a shared table needs no cleanup. */
function freshHour(): (minute: number) => string {
  const start = Date.UTC(2030, 0, 1) + randomInt(0, 87_000) * 3_600_000;
  return (minute) => new Date(start + minute * 60_000).toISOString();
}

/** A pending approval link of `requestId` for `runId`, expiring at `exp` (epoch seconds). */
function approval(requestId: string, suffix: string, runId: string, createdAt: string, exp = 2_000_000_000) {
  return {
    approvalId: approvalIdFor(requestId, suffix.repeat(16)),
    requestId,
    taskToken: `token-${requestId}`,
    executionId: 'e',
    runId,
    streamId: 's',
    artifactDigest: 'a',
    group: 'brand',
    approver: `${suffix}@example.com`,
    approvers: ['a@example.com', 'b@example.com'],
    status: 'pending' as const,
    createdAt,
    exp,
    expiresAt: exp + 86_400,
    summary: {
      title: 't',
      packageId: 'p',
      streamId: 's',
      score: 60,
      risk: 'medium' as const,
      confidence: 70,
      outcome: 'needs-approval' as const,
      blocking: [],
      reasons: [],
    },
  };
}

export function describeOpsStoreContract(name: string, make: () => OpsStoreHarness): void {
  describe(`ops store port contract: ${name}`, () => {
    it('lists the runs whose intake is in [since, until), as getRun reads them', async () => {
      const { store, runs } = make();
      const at = freshHour();
      const ids = { before: fresh('run'), first: fresh('run'), last: fresh('run'), until: fresh('run') };
      await runs.putRun(runRecord(ids.before, { intakeAt: at(-1) }));
      await runs.putRun(runRecord(ids.first, { intakeAt: at(0) }));
      await runs.putRun(runRecord(ids.last, { intakeAt: at(59) }));
      await runs.putRun(runRecord(ids.until, { intakeAt: at(60) }));
      await runs.countAttempt(ids.last, 'score');
      const listed = await store.listRuns({ since: at(0), until: at(60) });
      const byId = (a: { runId: string }, b: { runId: string }) => (a.runId < b.runId ? -1 : 1);
      const expected = [await runs.getRun(ids.first), await runs.getRun(ids.last)];
      expect(listed.sort(byId)).toEqual(
        expected.sort((a, b) => byId(a ?? { runId: '' }, b ?? { runId: '' })),
      );
      expect(await store.listRuns({ since: at(120), until: at(180) })).toEqual([]);
    });

    it('lists runs only: not the approvals or the claims stored beside them', async () => {
      const { store, runs } = make();
      const at = freshHour();
      const runId = fresh('run');
      const key = { packageDigest: fresh('digest'), contractVersion: '1.0.0' };
      await runs.claimAndCreateRun(key, runRecord(runId, { intakeAt: at(1) }));
      const requestId = fresh('req').replace(/-/g, '');
      await runs.putApprovals([approval(requestId, 'a', runId, at(2))]);
      expect((await store.listRuns({ since: at(0), until: at(60) })).map((r) => r.runId)).toEqual([runId]);
    });

    it('finds an artifact by its digest alone, in whichever stream it is, as getArtifact reads it', async () => {
      const { store, artifacts } = make();
      const [stream, digest] = [fresh('s'), fresh('digest')];
      await artifacts.createArtifact(artifactItem(fresh('other'), fresh('digest')), 0);
      await artifacts.createArtifact(artifactItem(stream, digest), 0);
      await artifacts.setStatus(stream, digest, 'handed-off', '2026-11-02T10:00:00.000Z');
      expect(await store.findArtifact(digest)).toEqual(await artifacts.getArtifact(stream, digest));
      expect(await store.findArtifact(fresh('none'))).toBeUndefined();
    });

    it('lists the approvals still waiting, without their task token; decided and expired ones drop out', async () => {
      const { store, runs } = make();
      const at = freshHour();
      const runId = fresh('run');
      const [waiting, decided, expired] = [fresh('req'), fresh('req'), fresh('req')].map((r) =>
        r.replace(/-/g, ''),
      ) as [string, string, string];
      const now = new Date(Date.parse(at(10)));
      const epoch = Math.floor(now.getTime() / 1000);
      await runs.putApprovals([
        approval(waiting, 'a', runId, at(1), epoch + 3600),
        approval(waiting, 'b', runId, at(1), epoch + 3600),
        approval(decided, 'a', runId, at(2), epoch + 3600),
        approval(decided, 'b', runId, at(2), epoch + 3600),
        approval(expired, 'a', runId, at(3), epoch - 1),
      ]);
      const consumed = await runs.consumeApproval(approvalIdFor(decided, 'a'.repeat(16)), {
        status: 'approved',
        decidedAt: at(4),
      });
      expect(consumed.ok).toBe(true);
      const mine = (await store.listPendingApprovals(now)).filter((a) => a.runId === runId);
      expect(mine.map((a) => a.approver).sort()).toEqual(['a@example.com', 'b@example.com']);
      expect(mine.every((a) => a.requestId === waiting && !('taskToken' in a))).toBe(true);
      expect(JSON.stringify(mine)).not.toContain('token-');
    });
  });
}
