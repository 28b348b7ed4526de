import type { Outcome } from './artifact-types.ts';
import type { RiskLevel } from './contract-schema.ts';
import type { EvaluatedFlag } from './flags.ts';
import type { ObjectRef } from './run.ts';

export type ArtifactStatus = 'scored' | 'handed-off' | 'shadow' | 'rolled-back' | 'rejected';

/** `pk=STREAM#<streamId>, sk=ARTIFACT#<artifactDigest>`: written once; only `status` changes later. */
export interface ArtifactItem {
  streamId: string;
  artifactDigest: string;
  packageId: string;
  packageDigest: string;
  runId: string;
  contract: { id: string; version: string };
  outcome: Outcome;
  risk: RiskLevel;
  score: number;
  confidence: number;
  status: ArtifactStatus;
  artifactRef: ObjectRef;
  /** The stream's stable digest when this artifact was scored: where a rollback returns to. */
  prevStableDigest: string | null;
  /** Monotonic per stream (atomic counter), orders the stream's history. */
  createdSeq: number;
  createdAt: string;
  flag: EvaluatedFlag;
  statusChangedAt?: string;
}

/** `pk=STREAM#<streamId>, sk=POINTER`: what consumers should use now (`current`) and the last good one (`stable`). */
export interface StreamPointer {
  current: string | null;
  stable: string | null;
  /** 0 when the stream has no pointer item yet; every change increments it under a condition. */
  version: number;
}

/** Where a pointer goes next; undefined when it is already there. */
export type PointerTarget = { current: string | null; stable: string | null } | undefined;

/** Handoff: this artifact becomes current and stable (nothing to do when it already is). */
export function handoffTarget(pointer: StreamPointer, artifactDigest: string): PointerTarget {
  return pointer.current === artifactDigest && pointer.stable === artifactDigest
    ? undefined
    : { current: artifactDigest, stable: artifactDigest };
}

/**
 * Where the pointer must go so consumers see the last stable baseline again, or undefined when it is
 * already there. If this run's artifact became current (and stable), return to the stable digest that was
 * recorded when it was scored.
 */
export function restoreTarget(
  pointer: StreamPointer,
  artifact: Pick<ArtifactItem, 'artifactDigest' | 'prevStableDigest'> | undefined,
): PointerTarget {
  if (artifact && pointer.current === artifact.artifactDigest) {
    const stable = pointer.stable === artifact.artifactDigest ? artifact.prevStableDigest : pointer.stable;
    return { current: stable, stable };
  }
  if (pointer.current !== pointer.stable) return { current: pointer.stable, stable: pointer.stable };
  return undefined;
}
