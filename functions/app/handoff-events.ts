import type { DownstreamHint, HandoffArtifact } from '#core/artifact-types';
import type { ObjectRef } from '#core/run';
import { logger } from './observability.ts';
import type { BlobPort } from './ports.ts';

/** The artifact JSON, or undefined when it cannot be read (events then go out without hints). */
export async function loadArtifact(blobs: BlobPort, ref: ObjectRef): Promise<HandoffArtifact | undefined> {
  try {
    return JSON.parse(new TextDecoder().decode(await blobs.get(ref))) as HandoffArtifact;
  } catch (error) {
    logger.warn('artifact not readable for event hints', { key: ref.key, error });
    return undefined;
  }
}

/**
 * The hints of this outcome for a run's event: from the scoring result when it carries them, else from the
 * artifact in S3 (a state written before scoring passed them along).
 */
export async function eventHints(
  blobs: BlobPort,
  scoring: { artifactRef: ObjectRef; downstream?: DownstreamHint[] },
  when: DownstreamHint['when'],
): Promise<DownstreamHint[]> {
  if (scoring.downstream) return scoring.downstream.filter((h) => h.when === when);
  return hintsFor(await loadArtifact(blobs, scoring.artifactRef), when);
}

/** Downstream consumers that listen for this kind of outcome. */
export function hintsFor(
  artifact: HandoffArtifact | undefined,
  when: DownstreamHint['when'],
): DownstreamHint[] {
  return (artifact?.routing.downstream ?? []).filter((h) => h.when === when);
}
