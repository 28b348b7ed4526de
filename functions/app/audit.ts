import type { ApprovalEvidence } from '#core/approval-evidence';
import { type AuditReport, auditStream, type StoredObject } from '#core/audit';
import type { Ports } from './ports.ts';
import { readOptional } from './read-optional.ts';

/** `handoff audit`: reads everything the evidence-chain check needs for one stream, then runs it. */
export async function auditOf(
  ports: Pick<Ports, 'artifacts' | 'blobs' | 'runs'>,
  streamId: string,
): Promise<AuditReport> {
  const items = await ports.artifacts.listByStream(streamId, 100_000);
  const pointer = await ports.artifacts.getPointer(streamId);
  const objects = new Map<string, StoredObject>();
  for (const item of items) {
    const bytes = await readOptional(ports.blobs, item.artifactRef);
    objects.set(
      item.artifactDigest,
      bytes ? { kind: 'json', text: new TextDecoder().decode(bytes) } : { kind: 'missing' },
    );
  }
  // Approval evidence is kept with each run: who opened the link, when, and what they decided.
  const evidence = new Map<string, ApprovalEvidence[]>();
  for (const runId of new Set(items.map((i) => i.runId))) {
    evidence.set(runId, await ports.runs.listEvidence(runId));
  }
  const history = await ports.artifacts.pointerHistory(streamId);
  return auditStream({ streamId, items, pointer, objects, evidence, history });
}
