import type { RunRecord } from '#core/run';

/** Run records as the handlers write them, for the ops tests. Times are offsets from a fixed instant. */
export const T0 = Date.parse('2026-11-02T00:00:00.000Z');
export const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();

let n = 0;
type Kind = 'auto' | 'approved' | 'rejected' | 'blocked' | 'rolled-back' | 'shadow' | 'duplicate' | 'waiting';

/**
 * One run that started at `start` hours after T0, submitted `submittedBefore` hours earlier, with the
 * given ending. Approvals wait `approvalHours`; the handoff follows one minute after the decision.
 */
export function run(
  kind: Kind,
  start: number,
  over: Partial<RunRecord> & { submittedBefore?: number; approvalHours?: number } = {},
): RunRecord {
  n++;
  const { submittedBefore = 2, approvalHours = 1, ...rest } = over;
  const base: RunRecord = {
    runId: `run-${String(n).padStart(4, '0')}`,
    trigger: 's3',
    status: 'running',
    streamId: `stream-${n}`,
    packageId: `pkg-${n}`,
    packageDigest: `${n}`.padStart(64, '0'),
    packageRef: { bucket: 'b', key: `packages/${n}.json` },
    contract: { id: 'creative-brief-to-production', version: '1.0.0' },
    flag: { flag: 'f', state: 'on', reason: 'bucket 1 < 100%' },
    shadow: false,
    submittedAt: at(start - submittedBefore),
    intakeAt: at(start),
    scoredAt: at(start + 0.001),
    artifactDigest: `a${n}`.padStart(64, '0'),
    outcome: 'needs-approval',
    risk: 'medium',
    score: 80,
    attempts: { scoring: 1 },
    expiresAt: 0,
  };
  const decided = start + approvalHours;
  switch (kind) {
    case 'auto':
      Object.assign(base, {
        status: 'handed-off',
        outcome: 'pass',
        risk: 'low',
        score: 92,
        handedOffAt: at(start + 0.01),
        finishedAt: at(start + 0.01),
        attempts: { scoring: 1, handoff: 1 },
      });
      break;
    case 'approved':
      Object.assign(base, {
        status: 'handed-off',
        approvalRequestedAt: at(start + 0.002),
        decidedAt: at(decided),
        decision: 'approved',
        approver: 'ana@example.com',
        handedOffAt: at(decided + 1 / 60),
        finishedAt: at(decided + 1 / 60),
        attempts: { scoring: 1, 'approval-router': 1, handoff: 1 },
      });
      break;
    case 'rejected':
      Object.assign(base, {
        status: 'rejected',
        approvalRequestedAt: at(start + 0.002),
        decidedAt: at(decided),
        decision: 'rejected',
        approver: 'ana@example.com',
        failure: { Error: 'ApprovalRejectedError', Cause: 'rejected by ana' },
        rolledBackAt: at(decided + 1 / 60),
        finishedAt: at(decided + 1 / 60),
        attempts: { scoring: 1, 'approval-router': 1, rollback: 1 },
      });
      break;
    case 'blocked':
      Object.assign(base, {
        status: 'rejected',
        outcome: 'blocked',
        risk: 'high',
        score: 40,
        failure: { Error: 'PolicyBlocked', Cause: 'blocking findings' },
        rolledBackAt: at(start + 0.01),
        finishedAt: at(start + 0.01),
        attempts: { scoring: 1, rollback: 1 },
      });
      break;
    case 'rolled-back':
      Object.assign(base, {
        status: 'rolled-back',
        outcome: 'pass',
        risk: 'low',
        score: 92,
        failure: { Error: 'TransientDependencyError', Cause: 'S3 down' },
        rolledBackAt: at(start + 0.02),
        finishedAt: at(start + 0.02),
        attempts: { scoring: 1, handoff: 4, rollback: 1 },
      });
      break;
    case 'shadow':
      Object.assign(base, {
        status: 'shadow',
        shadow: true,
        flag: { flag: 'f', state: 'shadow', reason: 'allowlist' },
        finishedAt: at(start + 0.01),
      });
      break;
    case 'duplicate':
      Object.assign(base, { status: 'duplicate', duplicateOf: 'run-0001', finishedAt: at(start) });
      break;
    case 'waiting':
      Object.assign(base, { status: 'awaiting-approval', approvalRequestedAt: at(start + 0.002) });
      break;
  }
  return { ...base, ...rest } as RunRecord;
}
