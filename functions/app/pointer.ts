import { jitterPause } from '#core/identity';
import type { ArtifactStatus, PointerTarget, StreamPointer } from '#core/stream';
import { ConcurrentUpdateError } from '#shared/errors';
import type { ArtifactsPort } from './ports.ts';

/** Conditional-write rounds before a lost race is handed to the state machine as ConcurrentUpdateError. */
export const POINTER_WRITE_ROUNDS = 10;

/**
 * Optimistic update of a stream pointer: read it, decide the next value, write it conditionally on the
 * version read (with `withStatus`, together with an artifact's status in one transaction); on a lost race
 * read again and re-decide. Contention between runs of one stream is
 * resolved here, so it does not use up the state's retry budget, which is meant for transient faults.
 * `decide` returns undefined when the pointer stays as it is; `written` says whether this call wrote it.
 *
 * `seen` is the pointer as an earlier step read it: the first write guesses it is still current and
 * saves the read. A guess is only ever written under its version condition; a stale guess costs one
 * refused write, and "nothing to do" is never concluded from a guess (it is read first).
 */
export async function updatePointer(
  artifacts: ArtifactsPort,
  streamId: string,
  decide: (pointer: StreamPointer) => PointerTarget,
  at: string,
  withStatus?: { artifactDigest: string; status: ArtifactStatus },
  seen?: StreamPointer,
): Promise<{ pointer: StreamPointer; written: boolean }> {
  if (seen) {
    const next = decide(seen);
    if (next) {
      try {
        return { pointer: await artifacts.writePointer(streamId, seen, next, at, withStatus), written: true };
      } catch (error) {
        // A stale guess is not contention: read and decide below, with every round still available.
        if (!(error instanceof ConcurrentUpdateError)) throw error;
      }
    }
  }
  let lost: unknown;
  for (let round = 0; round < POINTER_WRITE_ROUNDS; round++) {
    const pointer = await artifacts.getPointer(streamId);
    const next = decide(pointer);
    if (!next) return { pointer, written: false };
    try {
      return {
        pointer: await artifacts.writePointer(streamId, pointer, next, at, withStatus),
        written: true,
      };
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError)) throw error;
      lost = error;
      await jitterPause(round);
    }
  }
  throw lost;
}
