import type { ApprovalRecord } from '#core/approval';
import { type ApprovalEvidence, type ClientInfo, evidenceOf } from '#core/approval-evidence';
import { logger } from './observability.ts';
import type { Ports } from './ports.ts';

type EvidencePorts = Pick<Ports, 'runs' | 'signingKey'>;

/**
 * The page was opened: kept with the run before the page is shown, so a page nobody can account for is
 * never shown (a failed write is a failed request, and the approver reloads).
 */
export async function recordOpened(
  ports: EvidencePorts,
  record: ApprovalRecord,
  client: ClientInfo,
  at: Date,
): Promise<void> {
  await ports.runs.putEvidence(entryOf(await ports.signingKey.get(), record, client, 'opened', at));
}

/**
 * The decision, once the workflow has it. The approval record already holds the decision, its time and
 * the comment or reason, so a failed write here is logged, not a failed decision.
 */
export async function recordDecided(
  ports: EvidencePorts,
  record: ApprovalRecord,
  client: ClientInfo,
  at: Date,
  decided: { decision: 'approved' | 'rejected'; comment: string },
): Promise<void> {
  try {
    const key = await ports.signingKey.get();
    await ports.runs.putEvidence(entryOf(key, record, client, 'decided', at, decided));
  } catch (error) {
    logger.error('could not keep the decision evidence with the run', { error });
  }
}

function entryOf(
  key: Uint8Array,
  record: ApprovalRecord,
  client: ClientInfo,
  event: ApprovalEvidence['event'],
  at: Date,
  decided?: { decision: 'approved' | 'rejected'; comment: string },
): ApprovalEvidence {
  const { runId, approvalId, approver, artifactDigest } = record;
  return evidenceOf(
    key,
    client,
    { runId, approvalId, approver, artifactDigest, event, at: at.toISOString() },
    decided,
  );
}
