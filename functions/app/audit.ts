import { type AuditReport, auditStream, type StoredObject } from '#core/audit';
import type { Ports } from './ports.ts';
import { readOptional } from './read-optional.ts';

/** `handoff audit`: reads everything the evidence-chain check needs for one stream, then runs it. */
export async function auditOf(
  ports: Pick<Ports, 'artifacts' | 'blobs'>,
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
  const history = await ports.artifacts.pointerHistory(streamId);
  return auditStream({ streamId, items, pointer, objects, history });
}
