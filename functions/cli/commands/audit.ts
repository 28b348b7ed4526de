import type { Command } from 'commander';
import { auditOf } from '#app/audit';
import { formatAuditReport } from '#core/audit';
import { InputError } from '../errors.ts';
import { type Cli, example, withContext, withTarget } from './util.ts';

export function auditCommand(program: Command, { io, action }: Cli): void {
  const cmd = program
    .command('audit')
    .summary("verify a stream's evidence chain")
    .description(
      "Verify the stream's evidence chain (S3 JSON vs DynamoDB, prevStable links, pointer);\n" +
        'exit 1 naming where it breaks.',
    )
    .argument('<stream>', 'the stream id')
    .option('--json', 'the report as JSON');
  example(withTarget(cmd), 'handoff audit spring-launch --local');
  cmd.action(
    action(async (streamId: string, opts: { json?: boolean }) =>
      withContext(io, { ...opts }, async (ctx) => {
        const report = await auditOf(ctx, streamId);
        if (report.artifacts === 0 && report.pointer.version === 0) {
          throw new InputError(`stream ${streamId} has no artifacts`, 'stream_not_found');
        }
        io.out(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatAuditReport(report));
        return report.ok ? 0 : 1;
      }),
    ),
  );
}
