import { HandoffError } from '#core/errors';
import { type ReplayReport, replayArtifact } from '#core/replay';
import type { RunRecord } from '#core/run';
import type { ArtifactItem } from '#core/stream';
import type { Ports } from './ports.ts';
import { readOptional } from './read-optional.ts';

/** The run or artifact to replay is not there (or has nothing to replay). */
export class ReplayTargetNotFoundError extends HandoffError {
  override readonly name = 'ReplayTargetNotFoundError';
}

type ReplayPorts = Pick<Ports, 'artifacts' | 'blobs' | 'runs' | 'store'>;

/** The artifact item a run id or an artifact digest refers to. */
async function locate(ports: ReplayPorts, id: string): Promise<{ item: ArtifactItem; run?: RunRecord }> {
  if (/^[0-9a-f]{64}$/.test(id)) {
    const item = await ports.store.findArtifact(id);
    if (item) return { item };
  }
  const run = await ports.runs.getRun(id);
  if (!run) throw new ReplayTargetNotFoundError(`no run or artifact '${id}'`);
  if (!run.artifactDigest) {
    throw new ReplayTargetNotFoundError(
      `run ${id} has no artifact (status ${run.status}): nothing to replay`,
    );
  }
  const item = await ports.artifacts.getArtifact(run.streamId, run.artifactDigest);
  if (!item)
    throw new ReplayTargetNotFoundError(
      `run ${id} names artifact ${run.artifactDigest}, which has no item in the artifacts table`,
    );
  return { item, run };
}

/** `handoff replay`: re-score the stored package of a run or artifact and compare with what was stored. */
export async function replay(ports: ReplayPorts, id: string): Promise<ReplayReport> {
  const { item, run } = await locate(ports, id);
  const bucket = run?.packageRef.bucket ?? item.artifactRef.bucket;
  const packageBytes = await readOptional(ports.blobs, {
    bucket,
    key: `packages/${item.packageDigest}.json`,
  });
  const artifactBytes = await readOptional(ports.blobs, item.artifactRef);
  return replayArtifact({
    recorded: item,
    packageBytes,
    artifactText: artifactBytes ? new TextDecoder().decode(artifactBytes) : undefined,
  });
}
