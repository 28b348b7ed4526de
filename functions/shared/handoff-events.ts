import { blobs } from '#adapters/blobs';
import type { DownstreamHint, HandoffArtifact } from '#core/artifact-types';
import type { ObjectRef } from '#shared/workflow-types';
import { logger } from './observability.ts';

/** The artifact JSON, or undefined when it cannot be read (events then go out without hints). */
export async function loadArtifact(ref: ObjectRef): Promise<HandoffArtifact | undefined> {
  try {
    return JSON.parse(new TextDecoder().decode(await blobs.get().get(ref))) as HandoffArtifact;
  } catch (error) {
    logger.warn('artifact not readable for event hints', { key: ref.key, error });
    return undefined;
  }
}

/** Downstream consumers that listen for this kind of outcome. */
export function hintsFor(
  artifact: HandoffArtifact | undefined,
  when: DownstreamHint['when'],
): DownstreamHint[] {
  return (artifact?.routing.downstream ?? []).filter((h) => h.when === when);
}
