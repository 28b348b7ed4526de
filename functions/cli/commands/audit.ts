import { auditOf } from '#app/audit';
import { formatAuditReport } from '#core/audit';
import { guard, type OpsIo, parse, withContext } from './util.ts';

export const AUDIT_HELP = `  handoff audit STREAM [--json]           Verify the stream's evidence chain (S3 JSON vs DynamoDB,
                                          prevStable links, pointer); exit 1 naming where it breaks.`;

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
