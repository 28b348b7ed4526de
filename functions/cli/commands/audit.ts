import { type AuditReport, auditStream, formatAuditReport, type StoredObject } from '../../ops/audit.ts';
import type { OpsContext } from './context.ts';
import { guard, type OpsIo, parse, readOptional, withContext } from './util.ts';

export const AUDIT_HELP = `  handoff audit STREAM [--json]           Verify the stream's evidence chain (S3 JSON vs DynamoDB,
                                          prevStable links, pointer); exit 1 naming where it breaks.`;

/** Reads everything the audit needs for one stream, then runs the pure check. */
export async function auditOf(ctx: OpsContext, streamId: string): Promise<AuditReport> {
  const items = await ctx.artifacts.listByStream(streamId, 100_000);
  const pointer = await ctx.artifacts.getPointer(streamId);
  const objects = new Map<string, StoredObject>();
  for (const item of items) {
    const bytes = await readOptional(ctx.blobs, item.artifactRef);
    objects.set(
      item.artifactDigest,
      bytes ? { kind: 'json', text: new TextDecoder().decode(bytes) } : { kind: 'missing' },
    );
  }
  return auditStream({ streamId, items, pointer, objects });
}

export function auditCommand(argv: readonly string[], io: OpsIo): Promise<number> {
  return guard(io, async () => {
    const { values, pos } = parse(argv, { json: { type: 'boolean' } }, 1);
    return withContext(io, values, async (ctx) => {
      const streamId = pos[0] as string;
      const report = await auditOf(ctx, streamId);
      if (report.artifacts === 0 && report.pointer.version === 0) {
        io.err(`handoff: stream ${streamId} has no artifacts\n`);
        return 1;
      }
      io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatAuditReport(report));
      return report.ok ? 0 : 1;
    });
  });
}
