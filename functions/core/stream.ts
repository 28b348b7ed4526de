import type { Outcome } from './artifact-types.ts';
import type { RiskLevel } from './contract-schema.ts';
import type { EvaluatedFlag } from './flags.ts';
import type { ObjectRef } from './run.ts';

export type ArtifactStatus =
  | 'scored'
  | 'handed-off'
  | 'shadow'
  | 'rolled-back'
  | 'rejected'
  /** A newer revision of the stream was handed off first: this one never became current (or not for long). */
  | 'superseded';

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

/** Who put a value on the pointer: enough for a rollback to put it back exactly. */
export interface PointerMark {
  current: string | null;
  stable: string | null;
  /** The stream sequence number of the run that wrote it (absent on pointers written before ordering). */
  seq?: number;
  runId?: string;
}

/** `pk=STREAM#<streamId>, sk=POINTER`: what consumers should use now (`current`) and the last good one (`stable`). */
export interface StreamPointer extends PointerMark {
  /** 0 when the stream has no pointer item yet; every change increments it under a condition. */
  version: number;
  /** What the handoff that wrote this value replaced: its run's rollback restores exactly this. */
  replaced?: PointerMark;
}

/** Why the pointer was written; every write is also kept as an immutable history entry (`POINTER#<version>`). */
export type PointerAction = 'handoff' | 'rollback';

/** The pointer's next value. `action` and `by` (the run making the write) go to the history entry. */
export interface PointerWrite extends PointerMark {
  replaced?: PointerMark;
  action?: PointerAction;
  by?: string;
}

/** One entry of the pointer's history: the value written at `version`, by whom and why. */
export interface PointerHistoryEntry extends PointerWrite {
  version: number;
  at: string;
}

/** Where a pointer goes next; undefined when it stays. */
export type PointerTarget = PointerWrite | undefined;

/** The run a pointer decision is about: its id, its place in the stream's order and its artifact. */
export interface OrderedRun {
  runId: string;
  /** Submission sequence in the stream (intake's counter); a run from before ordering counts as 0. */
  seq: number | undefined;
  artifactDigest: string;
}

const markOf = (p: PointerMark): PointerMark => ({
  current: p.current,
  stable: p.stable,
  ...(p.seq !== undefined ? { seq: p.seq } : {}),
  ...(p.runId !== undefined ? { runId: p.runId } : {}),
});

/**
 * What a handoff does with the pointer it finds: `in-place` when this run's own write holds (a retry after
 * it), `superseded` when a run later in the stream's order already wrote it (the pointer only moves
 * forward), otherwise `write` this artifact, remembering exactly what it replaces.
 */
export type HandoffStep =
  | { kind: 'in-place' }
  | { kind: 'superseded'; by: StreamPointer }
  | { kind: 'write'; next: PointerWrite };

export function handoffStep(pointer: StreamPointer, run: OrderedRun): HandoffStep {
  if (pointer.runId === run.runId) return { kind: 'in-place' };
  if (pointer.seq !== undefined && pointer.seq > (run.seq ?? 0)) return { kind: 'superseded', by: pointer };
  return {
    kind: 'write',
    next: {
      current: run.artifactDigest,
      stable: run.artifactDigest,
      ...(run.seq !== undefined ? { seq: run.seq } : {}),
      runId: run.runId,
      replaced: markOf(pointer),
      action: 'handoff',
      by: run.runId,
    },
  };
}

/**
 * Where a rollback of `run` puts the pointer: back to exactly what the run's handoff replaced, and only
 * while the pointer still holds that write; undefined (leave it alone) otherwise. A pointer written before
 * ordering existed (no runId) falls back to the artifact's recorded stable predecessor.
 */
export function restoreTarget(
  pointer: StreamPointer,
  run: Pick<OrderedRun, 'runId'>,
  artifact: Pick<ArtifactItem, 'artifactDigest' | 'prevStableDigest'> | undefined,
): PointerTarget {
  if (pointer.runId === undefined) return legacyRestore(pointer, artifact);
  if (pointer.runId !== run.runId) return undefined;
  const back = pointer.replaced ?? { current: null, stable: null };
  return { ...markOf(back), action: 'rollback', by: run.runId };
}

function legacyRestore(
  pointer: StreamPointer,
  artifact: Pick<ArtifactItem, 'artifactDigest' | 'prevStableDigest'> | undefined,
): PointerTarget {
  if (artifact && pointer.current === artifact.artifactDigest) {
    const stable = pointer.stable === artifact.artifactDigest ? artifact.prevStableDigest : pointer.stable;
    return { current: stable, stable, action: 'rollback' };
  }
  if (pointer.current !== pointer.stable) {
    return { current: pointer.stable, stable: pointer.stable, action: 'rollback' };
  }
  return undefined;
}
