import type { Command } from 'commander';
import { replay } from '#app/replay';
import { formatReplay } from '#core/replay';
import { type Cli, example, withContext, withTarget } from './util.ts';

export function replayCommand(program: Command, { io, action }: Cli): void {
  const cmd = program
    .command('replay')
    .summary('re-score a stored package and compare digests')
    .description(
      'Re-score the stored package with the same contract; exit 0 "verified" when the digests match, ' +
        '1 with what differs.',
    )
    .argument('<run-or-digest>', 'a run id or an artifact digest')
    .option('--json', 'the report as JSON');
  example(withTarget(cmd), 'handoff replay 01JD2X4K8M3N5P7Q9R1S3T5V7W --local');
  cmd.action(
    action(async (id: string, opts: { json?: boolean }) =>
      withContext(io, { ...opts }, async (ctx) => {
        const report = await replay(ctx, id);
        io.out(opts.json ? `${JSON.stringify(report)}\n` : formatReplay(report));
        return report.verified ? 0 : 1;
      }),
    ),
  );
}
