import type { ArtifactItem } from '#adapters/artifacts';
import type { RunRecord } from '#adapters/runs';
import { formatReplay, replayArtifact } from '../../ops/replay.ts';
import type { OpsContext } from './context.ts';
import { guard, type OpsIo, parse, readOptional, withContext } from './util.ts';

export const REPLAY_HELP = `  handoff replay RUN_ID|ARTIFACT_DIGEST [--json]
                                          Re-score the stored package with the same contract; exit 0
                                          "verified" when the digests match, 1 with what differs.`;

class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** The artifact item a run id or an artifact digest refers to. */
async function locate(ctx: OpsContext, id: string): Promise<{ item: ArtifactItem; run?: RunRecord }> {
  if (/^[0-9a-f]{64}$/.test(id)) {
    const item = await ctx.store.findArtifact(id);
    if (item) return { item };
  }
  const run = await ctx.runs.getRun(id);
  if (!run) throw new NotFoundError(`no run or artifact '${id}'`);
  if (!run.artifactDigest) {
    throw new NotFoundError(`run ${id} has no artifact (status ${run.status}): nothing to replay`);
  }
  const item = await ctx.artifacts.getArtifact(run.streamId, run.artifactDigest);
  if (!item)
    throw new NotFoundError(
      `run ${id} names artifact ${run.artifactDigest}, which has no item in the artifacts table`,
    );
  return { item, run };
}

export function replayCommand(argv: readonly string[], io: OpsIo): Promise<number> {
  return guard(io, async () => {
    const { values, pos } = parse(argv, { json: { type: 'boolean' } }, 1);
    return withContext(io, values, async (ctx) => {
      const { item, run } = await locate(ctx, pos[0] as string);
      const bucket = run?.packageRef.bucket ?? item.artifactRef.bucket;
      const packageBytes = await readOptional(ctx.blobs, {
        bucket,
        key: `packages/${item.packageDigest}.json`,
      });
      const artifactBytes = await readOptional(ctx.blobs, item.artifactRef);
      const report = replayArtifact({
        recorded: item,
        packageBytes,
        artifactText: artifactBytes ? new TextDecoder().decode(artifactBytes) : undefined,
      });
      io.out(values.json ? `${JSON.stringify(report)}\n` : formatReplay(report));
      return report.verified ? 0 : 1;
    });
  });
}
