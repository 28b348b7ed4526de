import type { ObjectRef } from '#core/run';
import { BlobNotFoundError, type BlobPort } from './ports.ts';

/** The object's bytes, or undefined when it does not exist (operator reads go up to 16 MB). */
export async function readOptional(blobs: BlobPort, ref: ObjectRef): Promise<Uint8Array | undefined> {
  try {
    return await blobs.get(ref, 16 * 1024 * 1024);
  } catch (error) {
    if (error instanceof BlobNotFoundError) return undefined;
    throw error;
  }
}
