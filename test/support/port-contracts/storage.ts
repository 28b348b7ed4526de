import { randomUUID } from 'node:crypto';
import {
  type ArtifactsPort,
  BlobNotFoundError,
  type BlobPort,
  BlobTooLargeError,
  type FlagAdminPort,
  type RunsPort,
} from '#app/ports';
import { type ApprovalRecord, approvalIdFor } from '#core/approval';
import type { FlagAuditEntry } from '#core/flag-change';
import type { RunRecord } from '#core/run';
import type { ArtifactItem } from '#core/stream';
import { ConcurrentUpdateError } from '#shared/errors';

/**
 * The behaviours every implementation of the storage ports shares, declared once: the in-memory ports run
 * them in the unit suite (test/unit/port-contracts.test.ts), the DynamoDB / S3 adapters against DynamoDB
 * Local and s3rver in the integration suite (test/integration/port-contracts.test.ts). Keys are fresh per
 * test, so a shared emulator table needs no cleanup.
 */

export const fresh = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export function runRecord(runId: string, over: Partial<RunRecord> = {}): RunRecord {
  return {
    runId,
    trigger: 's3',
    status: 'running',
    streamId: 's',
    packageId: 'p',
    packageDigest: 'd',
    packageRef: { bucket: 'b', key: 'k' },
    contract: { id: 'c', version: '1.0.0' },
    flag: { flag: 'f', state: 'on', reason: 'allowlist' },
    shadow: false,
    submittedAt: '2026-11-02T09:00:00.000Z',
    intakeAt: '2026-11-02T09:00:01.000Z',
    expiresAt: 2_000_000_000,
    ...over,
  };
}

export function artifactItem(streamId: string, artifactDigest: string): Omit<ArtifactItem, 'createdSeq'> {
  return {
    streamId,
    artifactDigest,
    packageId: 'p',
    packageDigest: 'd',
    runId: 'r',
    contract: { id: 'c', version: '1.0.0' },
    outcome: 'pass',
    risk: 'low',
    score: 71,
    confidence: 80,
    status: 'scored',
    artifactRef: { bucket: 'b', key: `artifacts/${streamId}/${artifactDigest}.json` },
    prevStableDigest: null,
    createdAt: '2026-11-02T09:30:00.000Z',
    flag: { flag: 'f', state: 'on', reason: 'allowlist' },
  };
}

export function describeArtifactsContract(
  name: string,
  make: () => { artifacts: ArtifactsPort; runs: RunsPort },
): void {
  describe(`artifacts port contract: ${name}`, () => {
    it('reads an unknown stream as an empty pointer, no artifact and sequence 0', async () => {
      const { artifacts } = make();
      const stream = fresh('s');
      expect(await artifacts.getPointer(stream)).toEqual({ current: null, stable: null, version: 0 });
      expect(await artifacts.getStreamView(stream, 'a')).toEqual({
        pointer: { current: null, stable: null, version: 0 },
        artifact: undefined,
        lastSeq: 0,
      });
    });

    it('numbers a stream’s artifacts 1, 2, 3 (a stale lastSeq included) and lists them in that order', async () => {
      const { artifacts } = make();
      const stream = fresh('s');
      expect(await artifacts.createArtifact(artifactItem(stream, 'z'), 0)).toEqual({
        created: true,
        createdSeq: 1,
      });
      expect(await artifacts.createArtifact(artifactItem(stream, 'a'), 0)).toEqual({
        created: true,
        createdSeq: 2,
      });
      expect(await artifacts.createArtifact(artifactItem(stream, 'm'), 2)).toEqual({
        created: true,
        createdSeq: 3,
      });
      expect((await artifacts.listByStream(stream)).map((i) => i.artifactDigest)).toEqual(['z', 'a', 'm']);
      expect((await artifacts.listByStream(stream, 2)).map((i) => i.artifactDigest)).toEqual(['a', 'm']);
    });

    it('leaves an existing artifact as is: created false, counter and run untouched', async () => {
      const { artifacts, runs } = make();
      const stream = fresh('s');
      const runId = fresh('run');
      await runs.putRun(runRecord(runId));
      await artifacts.createArtifact(artifactItem(stream, 'a1'), 0);
      const again = await artifacts.createArtifact({ ...artifactItem(stream, 'a1'), score: 0 }, 1, {
        runId,
        patch: { scoredAt: 'x' },
      });
      expect(again).toEqual({ created: false });
      expect((await artifacts.getStreamView(stream, 'a1')).lastSeq).toBe(1);
      expect((await artifacts.getArtifact(stream, 'a1'))?.score).toBe(71);
      expect((await runs.getRun(runId))?.scoredAt).toBeUndefined();
    });

    it('writes the artifact and the run patch together, or neither', async () => {
      const { artifacts, runs } = make();
      const stream = fresh('s');
      const runId = fresh('run');
      await runs.putRun(runRecord(runId));
      const patch = { scoredAt: '2026-11-02T09:30:00.000Z', score: 71 };
      expect(await artifacts.createArtifact(artifactItem(stream, 'a1'), 0, { runId, patch })).toEqual({
        created: true,
        createdSeq: 1,
      });
      expect(await runs.getRun(runId)).toMatchObject(patch);
      await expect(
        artifacts.createArtifact(artifactItem(stream, 'a2'), 1, { runId: fresh('missing'), patch }),
      ).rejects.toThrow(/condition/);
      expect(await artifacts.getStreamView(stream, 'a2')).toMatchObject({ artifact: undefined, lastSeq: 1 });
    });

    it('changes only the status of an artifact, and refuses one that does not exist', async () => {
      const { artifacts } = make();
      const stream = fresh('s');
      await artifacts.createArtifact(artifactItem(stream, 'a1'), 0);
      await artifacts.setStatus(stream, 'a1', 'handed-off', '2026-11-02T10:00:00.000Z');
      expect(await artifacts.getArtifact(stream, 'a1')).toMatchObject({
        score: 71,
        createdSeq: 1,
        status: 'handed-off',
        statusChangedAt: '2026-11-02T10:00:00.000Z',
      });
      await expect(artifacts.setStatus(stream, 'nope', 'shadow', 't')).rejects.toThrow(/does not exist/);
    });

    it('writes the pointer only on the version read, one version up each time', async () => {
      const { artifacts } = make();
      const stream = fresh('s');
      const empty = await artifacts.getPointer(stream);
      const v1 = await artifacts.writePointer(stream, empty, { current: 'a', stable: 'a' }, 't1');
      expect(v1).toEqual({ current: 'a', stable: 'a', version: 1 });
      await expect(
        artifacts.writePointer(stream, empty, { current: 'b', stable: 'b' }, 't2'),
      ).rejects.toBeInstanceOf(ConcurrentUpdateError);
      expect(await artifacts.writePointer(stream, v1, { current: 'b', stable: 'a' }, 't3')).toEqual({
        current: 'b',
        stable: 'a',
        version: 2,
      });
      expect(await artifacts.getPointer(stream)).toEqual({ current: 'b', stable: 'a', version: 2 });
    });

    it('keeps every pointer write as a history entry, with who wrote it, what it replaced and why', async () => {
      const { artifacts } = make();
      const stream = fresh('s');
      const empty = await artifacts.getPointer(stream);
      const replaced = { current: null, stable: null };
      const v1 = await artifacts.writePointer(
        stream,
        empty,
        { current: 'a', stable: 'a', seq: 3, runId: 'run-3', replaced, action: 'handoff', by: 'run-3' },
        't1',
      );
      expect(await artifacts.getPointer(stream)).toEqual({
        current: 'a',
        stable: 'a',
        seq: 3,
        runId: 'run-3',
        replaced,
        version: 1,
      });
      await artifacts.writePointer(stream, v1, { ...replaced, action: 'rollback', by: 'run-3' }, 't2');
      expect(await artifacts.pointerHistory(stream)).toEqual([
        {
          current: 'a',
          stable: 'a',
          seq: 3,
          runId: 'run-3',
          replaced,
          version: 1,
          action: 'handoff',
          by: 'run-3',
          at: 't1',
        },
        { current: null, stable: null, version: 2, action: 'rollback', by: 'run-3', at: 't2' },
      ]);
    });

    it('moves the pointer and an artifact’s status together, or neither when the artifact is missing', async () => {
      const { artifacts } = make();
      const stream = fresh('s');
      await artifacts.createArtifact(artifactItem(stream, 'a1'), 0);
      const empty = await artifacts.getPointer(stream);
      await artifacts.writePointer(stream, empty, { current: 'a1', stable: 'a1' }, 't', {
        artifactDigest: 'a1',
        status: 'handed-off',
      });
      expect((await artifacts.getArtifact(stream, 'a1'))?.status).toBe('handed-off');
      const v1 = await artifacts.getPointer(stream);
      await expect(
        artifacts.writePointer(stream, v1, { current: 'x', stable: 'x' }, 't', {
          artifactDigest: 'x',
          status: 'handed-off',
        }),
      ).rejects.toThrow(/does not exist/);
      expect(await artifacts.getPointer(stream)).toEqual(v1);
    });
  });
}

function approvalRecord(runId: string, requestId: string, approver: string): ApprovalRecord {
  return {
    approvalId: approvalIdFor(requestId, randomUUID().replace(/-/g, '').slice(0, 16)),
    requestId,
    taskToken: `token-${requestId}`,
    executionId: 'exec',
    runId,
    streamId: 's',
    artifactDigest: 'a',
    group: 'brand',
    approver,
    approvers: [approver],
    status: 'pending',
    createdAt: '2026-11-02T10:00:00.000Z',
    exp: 2_000_000_000,
    expiresAt: 2_000_086_400,
    summary: {
      title: 't',
      packageId: 'p',
      streamId: 's',
      score: 60,
      risk: 'medium',
      confidence: 70,
      outcome: 'needs-approval',
      blocking: [],
      reasons: [],
    },
  };
}

const requestId = () => randomUUID().replace(/-/g, '');

export function describeRunsContract(name: string, make: () => RunsPort): void {
  describe(`runs port contract: ${name}`, () => {
    it('stores a run with an empty attempts map and reads it back', async () => {
      const runs = make();
      const runId = fresh('run');
      await runs.putRun(runRecord(runId));
      expect(await runs.getRun(runId)).toEqual({ ...runRecord(runId), attempts: {} });
      expect(await runs.getRun(fresh('none'))).toBeUndefined();
    });

    it('keeps approval evidence with its run, oldest first, without touching the run', async () => {
      const runs = make();
      const runId = fresh('run');
      await runs.putRun(runRecord(runId));
      const entry = (at: string, event: 'opened' | 'decided') => ({
        runId,
        approvalId: 'a'.repeat(32),
        approver: 'ana@example.com',
        event,
        at,
        clientHash: 'f'.repeat(32),
        userAgent: 'Chromium/156',
        artifactDigest: 'd'.repeat(64),
        ...(event === 'decided' ? { decision: 'approved' as const, comment: 'Fine.' } : {}),
      });
      await runs.putEvidence(entry('2026-11-29T10:05:00.000Z', 'decided'));
      await runs.putEvidence(entry('2026-11-29T10:00:00.000Z', 'opened'));
      expect(await runs.listEvidence(runId)).toEqual([
        entry('2026-11-29T10:00:00.000Z', 'opened'),
        entry('2026-11-29T10:05:00.000Z', 'decided'),
      ]);
      expect(await runs.getRun(runId)).toEqual({ ...runRecord(runId), attempts: {} });
      expect(await runs.listEvidence(fresh('none'))).toEqual([]);
    });

    it('keeps a run’s early end once, beside no run record, until it is marked told', async () => {
      const runs = make();
      const runId = fresh('run');
      const end = {
        detailType: 'Handoff Rejected' as const,
        detail: { eventId: `${runId}:rejected`, packageRef: { bucket: 'b', key: 'incoming/x.json' } },
        expiresAt: 1_900_000_000,
      };
      expect(await runs.keepEarlyEnd(runId, end)).toEqual({ ...end, told: false });
      // A later keeper (the reconciler's interrupted end) gets what the first one stored.
      const later = {
        ...end,
        detailType: 'Handoff Rolled Back' as const,
        detail: { outcome: 'interrupted' },
      };
      expect(await runs.keepEarlyEnd(runId, later)).toEqual({ ...end, told: false });
      await runs.markEarlyEndTold(runId);
      expect(await runs.keepEarlyEnd(runId, later)).toEqual({ ...end, told: true });
      expect(await runs.getRun(runId)).toBeUndefined();
      await expect(runs.markEarlyEndTold(fresh('none'))).rejects.toThrow();
    });

    it('keeps an early end whose detail is a hostile submission: huge numbers, deep nesting', async () => {
      const runs = make();
      const runId = fresh('run');
      let deep: unknown = 'bottom';
      for (let i = 0; i < 40; i++) deep = { deeper: deep };
      const unusable = { big: 2 ** 60, tiny: 1e-200, deep, text: 'x'.repeat(10_000) };
      const end = {
        detailType: 'Handoff Rejected' as const,
        detail: { eventId: `${runId}:rejected`, packageRef: { unusable } },
        expiresAt: 1_900_000_000,
      };
      expect(await runs.keepEarlyEnd(runId, end)).toEqual({ ...end, told: false });
    });

    it('patches only defined fields of an existing run and refuses a missing one', async () => {
      const runs = make();
      const runId = fresh('run');
      await runs.putRun(runRecord(runId));
      await runs.updateRun(runId, { status: 'handed-off', approver: undefined });
      expect(await runs.getRun(runId)).toMatchObject({ status: 'handed-off' });
      expect(await runs.getRun(runId)).not.toHaveProperty('approver');
      await runs.updateRun(fresh('none'), {});
      await expect(runs.updateRun(fresh('none'), { status: 'shadow' })).rejects.toThrow(/does not exist/);
    });

    it('counts attempts per step and returns the run as it is after the count', async () => {
      const runs = make();
      const runId = fresh('run');
      await runs.putRun(runRecord(runId));
      expect(await runs.countAttempt(runId, 'handoff')).toBe(1);
      const second = await runs.beginAttempt(runId, 'handoff');
      expect(second.attempt).toBe(2);
      expect(second.run?.attempts).toEqual({ handoff: 2 });
      // A stage of the approval wait counts under its own key (`attemptKey`): not a retry of stage 0.
      expect((await runs.beginAttempt(runId, 'approval-router')).attempt).toBe(1);
      const stage = await runs.beginAttempt(runId, 'approval-router#1');
      expect(stage.attempt).toBe(1);
      expect(stage.run?.attempts).toEqual({ handoff: 2, 'approval-router': 1, 'approval-router#1': 1 });
      expect(await runs.beginAttempt(fresh('none'), 'handoff')).toEqual({ attempt: 1, run: undefined });
    });

    it('claims a package once: the same run hears it repeated, another run hears who has it', async () => {
      const runs = make();
      const key = { packageDigest: fresh('digest'), contractVersion: '1.0.0' };
      const first = fresh('run');
      expect(await runs.claimAndCreateRun(key, runRecord(first, { streamSeq: 4 }))).toEqual({
        claimed: true,
        repeated: false,
      });
      expect(await runs.claimAndCreateRun(key, runRecord(fresh('run')))).toEqual({
        claimed: false,
        runId: first,
      });
      expect(await runs.claimAndCreateRun({ ...key, scope: 'shadow' }, runRecord(fresh('run')))).toEqual({
        claimed: true,
        repeated: false,
      });
      expect((await runs.getRun(first))?.status).toBe('running');
    });

    it('keeps the stored run and its streamSeq when the same run claims again (a retried intake)', async () => {
      const runs = make();
      const key = { packageDigest: fresh('digest'), contractVersion: '1.0.0' };
      const first = fresh('run');
      await runs.claimAndCreateRun(
        key,
        runRecord(first, { streamSeq: 4, intakeAt: '2027-01-01T00:00:00.000Z' }),
      );
      const retry = runRecord(first, { streamSeq: 5, intakeAt: '2027-01-01T00:00:09.000Z' });
      expect(await runs.claimAndCreateRun(key, retry)).toEqual({
        claimed: true,
        repeated: true,
        streamSeq: 4,
      });
      expect(await runs.getRun(first)).toMatchObject({ streamSeq: 4, intakeAt: '2027-01-01T00:00:00.000Z' });
    });

    it('releases a claim only for the run that holds it; then another run may claim the package', async () => {
      const runs = make();
      const key = { packageDigest: fresh('digest'), contractVersion: '1.0.0' };
      const first = fresh('run');
      await runs.claimAndCreateRun(key, runRecord(first));
      expect(await runs.releaseClaim(key, fresh('other'))).toBe(false);
      expect(await runs.releaseClaim(key, first)).toBe(true);
      expect(await runs.releaseClaim(key, first)).toBe(false);
      const second = fresh('run');
      expect(await runs.claimAndCreateRun(key, runRecord(second))).toEqual({
        claimed: true,
        repeated: false,
      });
    });

    it('numbers a stream’s submissions 1, 2, 3, … and each stream on its own', async () => {
      const runs = make();
      const stream = fresh('s');
      expect([await runs.nextStreamSeq(stream), await runs.nextStreamSeq(stream)]).toEqual([1, 2]);
      expect(await runs.nextStreamSeq(fresh('s'))).toBe(1);
    });

    it('writes approvals with the run’s patch and decides a request once, for every approver of it', async () => {
      const runs = make();
      const runId = fresh('run');
      await runs.putRun(runRecord(runId));
      const req = requestId();
      const [ana, ben] = [
        approvalRecord(runId, req, 'ana@example.com'),
        approvalRecord(runId, req, 'ben@example.com'),
      ];
      await runs.putApprovals([ana, ben], { runId, patch: { status: 'awaiting-approval' } });
      expect((await runs.getRun(runId))?.status).toBe('awaiting-approval');
      expect(await runs.getApprovalForPage(ana.approvalId)).toEqual({ record: ana, decided: false });

      const decision = { status: 'approved' as const, decidedAt: '2026-11-02T11:00:00.000Z' };
      const consumed = await runs.consumeApproval(ana.approvalId, decision);
      expect(consumed).toEqual({ ok: true, record: { ...ana, ...decision, reason: '' } });
      expect(await runs.consumeApproval(ana.approvalId, decision)).toEqual({
        ok: false,
        reason: 'already-decided',
      });
      expect(await runs.consumeApproval(ben.approvalId, decision, ben)).toEqual({
        ok: false,
        reason: 'already-decided',
      });
      expect(await runs.isRequestDecided(req)).toBe(true);
      expect(await runs.getApprovalForPage(ben.approvalId)).toEqual({ record: ben, decided: true });
      expect(await runs.consumeApproval(fresh('none'), decision)).toEqual({ ok: false, reason: 'unknown' });
    });

    it('claims an approval’s mail once, releases only its own claim, and rebinds only a pending approval', async () => {
      const runs = make();
      const runId = fresh('run');
      await runs.putRun(runRecord(runId));
      const ana = approvalRecord(runId, requestId(), 'ana@example.com');
      await runs.putApprovals([ana]);
      expect(await runs.claimMail(ana.approvalId, 't1')).toBe(true);
      expect(await runs.claimMail(ana.approvalId, 't2')).toBe(false);
      await runs.releaseMail(ana.approvalId, 't2');
      expect((await runs.getApproval(ana.approvalId))?.mailedAt).toBe('t1');
      await runs.releaseMail(ana.approvalId, 't1');
      expect((await runs.getApproval(ana.approvalId))?.mailedAt).toBeUndefined();
      expect(await runs.claimMail(fresh('none'), 't3')).toBe(false);

      expect(await runs.rebindApproval(ana.approvalId, 'token-2', 'exec-2')).toBe(true);
      expect(await runs.getApproval(ana.approvalId)).toMatchObject({
        taskToken: 'token-2',
        executionId: 'exec-2',
      });
      await runs.consumeApproval(ana.approvalId, { status: 'approved', decidedAt: 't4' });
      expect(await runs.rebindApproval(ana.approvalId, 'token-3', 'exec-3')).toBe(false);
      expect(await runs.claimMail(ana.approvalId, 't5')).toBe(false);
    });

    it('claims a stage’s reminder once, only after the first mail and while pending, and releases its own', async () => {
      const runs = make();
      const runId = fresh('run');
      await runs.putRun(runRecord(runId));
      const ana = approvalRecord(runId, requestId(), 'ana@example.com');
      await runs.putApprovals([ana]);
      expect(await runs.claimMail(ana.approvalId, 'r0', 1)).toBe(false); // never mailed: no reminder
      expect(await runs.claimMail(ana.approvalId, 't1')).toBe(true);
      expect(await runs.claimMail(ana.approvalId, 'r1', 1)).toBe(true);
      expect(await runs.claimMail(ana.approvalId, 'r1-retry', 1)).toBe(false);
      await runs.releaseMail(ana.approvalId, 'r1-retry', 1);
      expect(await runs.getApproval(ana.approvalId)).toMatchObject({ mailedStage: 1, remindedAt: 'r1' });
      await runs.releaseMail(ana.approvalId, 'r1', 1);
      const released = await runs.getApproval(ana.approvalId);
      expect([released?.mailedStage, released?.remindedAt]).toEqual([undefined, undefined]);
      expect(await runs.claimMail(ana.approvalId, 'r1-again', 1)).toBe(true);
      // A failed reminder puts back the record's earlier reminder, not `stage - 1`.
      expect(await runs.claimMail(ana.approvalId, 'r3-failed', 3)).toBe(true);
      await runs.releaseMail(ana.approvalId, 'r3-failed', 3, { mailedStage: 1, remindedAt: 'r1-again' });
      expect(await runs.getApproval(ana.approvalId)).toMatchObject({
        mailedStage: 1,
        remindedAt: 'r1-again',
      });
      expect(await runs.claimMail(ana.approvalId, 'r2', 2)).toBe(true);
      expect(await runs.claimMail(ana.approvalId, 'r1-late', 1)).toBe(false); // stages only move forward
      expect((await runs.getApproval(ana.approvalId))?.mailedAt).toBe('t1');
      await runs.consumeApproval(ana.approvalId, { status: 'approved', decidedAt: 't4' });
      expect(await runs.claimMail(ana.approvalId, 'r3', 3)).toBe(false);
    });

    it('releases a consumed approval so it can be decided again', async () => {
      const runs = make();
      const runId = fresh('run');
      await runs.putRun(runRecord(runId));
      const ana = approvalRecord(runId, requestId(), 'ana@example.com');
      await runs.putApprovals([ana]);
      const consumed = await runs.consumeApproval(ana.approvalId, {
        status: 'rejected',
        decidedAt: 't',
        reason: 'no',
      });
      if (!consumed.ok) throw new Error('not consumed');
      await runs.releaseApproval(consumed.record);
      expect(await runs.getApproval(ana.approvalId)).toEqual(ana);
      expect(await runs.isRequestDecided(ana.requestId)).toBe(false);
      expect((await runs.consumeApproval(ana.approvalId, { status: 'approved', decidedAt: 't2' })).ok).toBe(
        true,
      );
    });
  });
}

export function describeBlobsContract(
  name: string,
  make: () => { blobs: BlobPort; bucket: () => string },
): void {
  describe(`blob port contract: ${name}`, () => {
    it('writes an object once and reads the first bytes back', async () => {
      const { blobs, bucket } = make();
      const ref = { bucket: bucket(), key: `contract/${fresh('o')}.json` };
      expect(await blobs.putImmutable(ref, '{"v":1}', 'application/json')).toEqual({ created: true });
      expect(await blobs.putImmutable(ref, '{"v":2}', 'application/json')).toEqual({ created: false });
      expect(new TextDecoder().decode(await blobs.get(ref))).toBe('{"v":1}');
    });

    it('names a missing object and refuses one over the size limit', async () => {
      const { blobs, bucket } = make();
      await expect(blobs.get({ bucket: bucket(), key: `contract/${fresh('none')}` })).rejects.toBeInstanceOf(
        BlobNotFoundError,
      );
      const ref = { bucket: bucket(), key: `contract/${fresh('big')}` };
      await blobs.putImmutable(ref, new Uint8Array(2048), 'application/octet-stream');
      await expect(blobs.get(ref, 1024)).rejects.toBeInstanceOf(BlobTooLargeError);
    });
  });
}

function auditEntry(flag: string, at: string, state: 'on' | 'shadow'): FlagAuditEntry {
  return { flag, at, by: 'ops', why: 'test', from: null, to: { state, percentage: 100, allowlist: [] } };
}

export function describeFlagAdminContract(name: string, make: () => FlagAdminPort): void {
  describe(`flag admin port contract: ${name}`, () => {
    it('changes a flag only from the record as read, and keeps the audit trail in time order', async () => {
      const admin = make();
      const flag = fresh('flag');
      const on = { flag, state: 'on' as const, percentage: 100, updatedAt: '2026-11-02T10:00:00.000Z' };
      await admin.apply(undefined, on, auditEntry(flag, '2026-11-02T10:00:00.000Z', 'on'));
      await expect(
        admin.apply(
          undefined,
          { ...on, state: 'shadow' },
          auditEntry(flag, '2026-11-02T10:01:00.000Z', 'shadow'),
        ),
      ).rejects.toBeInstanceOf(ConcurrentUpdateError);
      const shadow = { ...on, state: 'shadow' as const, updatedAt: '2026-11-02T10:02:00.000Z' };
      await admin.apply(on, shadow, auditEntry(flag, '2026-11-02T10:02:00.000Z', 'shadow'));
      expect(await admin.get(flag)).toMatchObject({ state: 'shadow', percentage: 100 });
      expect((await admin.audit(flag)).map((e) => e.to.state)).toEqual(['on', 'shadow']);
    });
  });
}
