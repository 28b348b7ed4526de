import { auditOf } from '#app/audit';
import { applyFallback } from '#app/fallback';
import { changeFlag } from '#app/flags';
import { intake } from '#app/intake';
import { kpiReport } from '#app/kpi';
import { ReplayTargetNotFoundError, replay } from '#app/replay';
import { score } from '#app/score';
import { suggestionsFor } from '#app/thresholds';
import { formatAuditReport } from '#core/audit';
import { FlagChangeError } from '#core/flag-change';
import { SKILL } from '#core/identity';
import { ConcurrentUpdateError } from '#shared/errors';
import type { WorkflowState } from '#shared/workflow-types';
import { memoryPorts } from '../support/memory/index.ts';
import { packageOf } from '../support/packages.ts';
import { at, run } from './helpers/ops-runs.ts';

// The operator use cases over in-memory ports: what they read, and what they change.

const BUCKET = 'handoff-bucket';
const WINDOW = { since: at(-24), until: at(200) };

async function scoredRun(kind: 'auto' | 'blocked' = 'auto') {
  const ports = memoryPorts();
  await ports.flags.putFlag({ flag: SKILL.featureFlag, state: 'on', percentage: 100 });
  const packageRef = { bucket: BUCKET, key: 'incoming/p.json' };
  await ports.blobs.putImmutable(packageRef, JSON.stringify(packageOf(kind, 's1', 'r1')), 'application/json');
  const state: WorkflowState = { trigger: 's3', packageRef };
  state.intake = await intake(ports, { trigger: 's3', packageRef, executionId: 'exec:run-1' });
  state.scoring = await score(ports, state);
  return { ports, scoring: state.scoring };
}

describe('replay', () => {
  it('verifies a run by re-scoring its stored package, found by run id or artifact digest', async () => {
    const { ports, scoring } = await scoredRun();
    expect((await replay(ports, 'run-1')).verified).toBe(true);
    expect((await replay(ports, scoring.artifactDigest)).verified).toBe(true);
  });

  it('says what is missing: no such run, a run without artifact', async () => {
    const { ports } = await scoredRun();
    await expect(replay(ports, 'run-none')).rejects.toBeInstanceOf(ReplayTargetNotFoundError);
    await ports.runs.putRun(run('duplicate', 1, { runId: 'run-dup', artifactDigest: undefined }));
    await expect(replay(ports, 'run-dup')).rejects.toThrow(/nothing to replay/);
  });
});

describe('audit', () => {
  it('passes an intact stream and names an artifact whose object went missing', async () => {
    const { ports, scoring } = await scoredRun();
    expect((await auditOf(ports, 's1')).ok).toBe(true);
    ports.blobs.objects.delete(`s3://${BUCKET}/${scoring.artifactRef.key}`);
    const report = await auditOf(ports, 's1');
    expect(report.ok).toBe(false);
    expect(JSON.stringify(report.problems)).toContain(scoring.artifactDigest.slice(0, 12));
  });

  it('shows the approval evidence kept with each run, and breaks on evidence of another artifact', async () => {
    const { ports, scoring } = await scoredRun();
    const entry = {
      runId: 'run-1',
      approvalId: 'a'.repeat(32),
      approver: 'ana@example.com',
      at: '2026-11-29T10:00:00.000Z',
      clientHash: 'c'.repeat(32),
      userAgent: 'Chromium/156',
      artifactDigest: scoring.artifactDigest,
    };
    await ports.runs.putEvidence({ ...entry, event: 'opened' });
    await ports.runs.putEvidence({
      ...entry,
      event: 'decided',
      at: '2026-11-29T10:02:00.000Z',
      decision: 'rejected',
      comment: 'Shorten the subject.',
    });
    const report = await auditOf(ports, 's1');
    expect(report.ok).toBe(true);
    expect(report.chain[0]?.approval?.map((e) => e.event)).toEqual(['opened', 'decided']);
    const text = formatAuditReport(report);
    expect(text).toContain('2026-11-29T10:00:00.000Z  ana@example.com  opened');
    expect(text).toContain('rejected “Shorten the subject.”');
    expect(text).toContain(
      `artifact ${scoring.artifactDigest.slice(0, 12)}…  client cccccccccccc  Chromium/156`,
    );

    await ports.runs.putEvidence({
      ...entry,
      event: 'opened',
      at: '2026-11-29T11:00:00.000Z',
      artifactDigest: 'e'.repeat(64),
    });
    const broken = await auditOf(ports, 's1');
    expect(broken.ok).toBe(false);
    expect(broken.problems.map((p) => p.check)).toEqual(['approval-evidence']);
  });
});

describe('kpi', () => {
  it('reports the window’s runs with the blocking rules read from the blocked artifacts', async () => {
    const { ports } = await scoredRun('blocked');
    const report = await kpiReport(ports, WINDOW);
    expect(report.runs.total).toBe(1);
    expect(report.topBlockingRules.length).toBeGreaterThan(0);
  });
});

describe('thresholds', () => {
  it('suggests per contract the runs used, or only for the one asked', async () => {
    const ports = memoryPorts();
    for (let i = 0; i < 6; i++) await ports.runs.putRun(run('approved', i));
    const all = await suggestionsFor(ports, WINDOW, undefined, 5);
    expect(all.map((s) => s.contract)).toEqual(['creative-brief-to-production@1.0.0']);
    expect(await suggestionsFor(ports, WINDOW, { id: 'no-such', version: '1.0.0' }, 5)).toEqual([]);
  });
});

describe('flags', () => {
  it('changes the flag with its audit entry, and refuses an unexplained change', async () => {
    const ports = memoryPorts();
    const meta = { by: 'ops', why: 'launch', at: at(0) };
    const { audit } = await changeFlag(ports, 'f', { kind: 'set', state: 'on' }, meta);
    expect(audit).toMatchObject({ from: null, to: { state: 'on', percentage: 100 } });
    expect(ports.flagAdmin.entries).toHaveLength(1);
    await expect(
      changeFlag(ports, 'f', { kind: 'set', state: 'off' }, { ...meta, why: ' ' }),
    ).rejects.toBeInstanceOf(FlagChangeError);
  });
});

describe('fallback', () => {
  const failing = () => [
    ...Array.from({ length: 7 }, (_, i) => run('auto', i)),
    ...Array.from({ length: 3 }, (_, i) =>
      run('rolled-back', 10 + i, { failure: { Error: 'States.Timeout', Cause: '' } }),
    ),
  ];

  it('moves the flag to shadow when recent runs fail above the threshold, with an audit entry', async () => {
    const ports = memoryPorts();
    await ports.flags.putFlag({ flag: 'f', state: 'on', percentage: 100 });
    for (const r of failing()) await ports.runs.putRun(r);
    const outcome = await applyFallback(ports, 'f', new Date(at(14)));
    expect(outcome).toMatchObject({ applied: true, by: 'auto-fallback' });
    expect(ports.flags.records.get('f')?.state).toBe('shadow');
    expect(ports.flagAdmin.entries.at(-1)).toMatchObject({ by: 'auto-fallback' });
  });

  it('changes nothing on a dry run, or when the runs are healthy', async () => {
    const ports = memoryPorts();
    await ports.flags.putFlag({ flag: 'f', state: 'on', percentage: 100 });
    for (const r of failing()) await ports.runs.putRun(r);
    expect((await applyFallback(ports, 'f', new Date(at(14)), undefined, true)).applied).toBe(false);
    const healthy = memoryPorts();
    await healthy.flags.putFlag({ flag: 'f', state: 'on', percentage: 100 });
    for (let i = 0; i < 10; i++) await healthy.runs.putRun(run('auto', i));
    expect((await applyFallback(healthy, 'f', new Date(at(14)))).applied).toBe(false);
    expect(ports.flags.records.get('f')?.state).toBe('on');
  });

  it('loses to an operator who changed the flag meanwhile', async () => {
    const ports = memoryPorts();
    await ports.flags.putFlag({ flag: 'f', state: 'on', percentage: 100 });
    for (const r of failing()) await ports.runs.putRun(r);
    const get = ports.flagAdmin.get;
    ports.flagAdmin.get = async (flag) => {
      const read = await get(flag);
      await ports.flags.putFlag({ flag: 'f', state: 'on', percentage: 50 });
      return read;
    };
    await expect(applyFallback(ports, 'f', new Date(at(14)))).rejects.toBeInstanceOf(ConcurrentUpdateError);
  });
});
