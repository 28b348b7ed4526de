import { replay } from '#app/replay';
import { formatReplay } from '#core/replay';
import { guard, type OpsIo, parse, withContext } from './util.ts';

export const REPLAY_HELP = `  handoff replay RUN_ID|ARTIFACT_DIGEST [--json]
                                          Re-score the stored package with the same contract; exit 0
                                          "verified" when the digests match, 1 with what differs.`;

export function replayCommand(argv: readonly string[], io: OpsIo): Promise<number> {
  return guard(io, async () => {
    const { values, pos } = parse(argv, { json: { type: 'boolean' } }, 1);
    return withContext(io, values, async (ctx) => {
      const report = await replay(ctx, pos[0] as string);
      io.out(values.json ? `${JSON.stringify(report)}\n` : formatReplay(report));
      return report.verified ? 0 : 1;
    });
  });
}
