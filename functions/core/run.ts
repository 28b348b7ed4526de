import { createHash, randomUUID } from 'node:crypto';
import type { Outcome } from './artifact-types.ts';
import type { RiskLevel } from './contract-schema.ts';
import type { EvaluatedFlag } from './flags.ts';

/** Where an object lives in the bucket (packages, artifacts). */
export interface ObjectRef {
  bucket: string;
  key: string;
  /**
   * The S3 object version a trigger named (the bucket is versioned): exactly that version is read, so two
   * quick writes of one key run each version once. null or absent: the latest (an unversioned bucket).
   */
  versionId?: string | null;
}

/** What a Catch adds at `$.failure` before rollback. */
export interface FailureInfo {
  Error: string;
  Cause: string;
}

export type RunStatus =
  | 'running'
  | 'duplicate'
  | 'flag-off'
  | 'awaiting-approval'
  | 'handed-off'
  | 'shadow'
  | 'rejected'
  | 'rolled-back'
  /** A later revision of the stream was handed off first: this run never moved the pointer back. */
  | 'superseded'
  /** Its execution ended outside the definition's paths (stopped, timed out, lost on a local restart). */
  | 'interrupted';

/** Still running or waiting for its approver: the only runs whose workflow has not ended. */
export const isInFlight = (run: Pick<RunRecord, 'status'>): boolean =>
  run.status === 'running' || run.status === 'awaiting-approval';

/** `RUN#<runId>/RUN`: one run of the workflow, with its timings (ISO instants) and attempts per step. */
export interface RunRecord {
  runId: string;
  executionId?: string;
  trigger: 's3' | 'event';
  status: RunStatus;
  streamId: string;
  /** The run's place in its stream's submission order (intake's counter); absent on older runs. */
  streamSeq?: number;
  packageId: string;
  packageDigest: string;
  packageRef: ObjectRef;
  /** The object key the run was started from (`incoming/…`), so `handoff submit` finds its run. */
  sourceKey?: string;
  contract: { id: string; version: string };
  flag: EvaluatedFlag;
  shadow: boolean;
  /** The package's own submission instant (data). */
  submittedAt: string;
  /** When intake ran (the Lambda's clock). */
  intakeAt: string;
  scoredAt?: string;
  approvalRequestedAt?: string;
  /** The approval ids of the run's request, one per approver: a retried router reuses them (same links). */
  approvalIds?: string[];
  /**
   * The stage of the approval wait the router last started (0: the request; later: reminders, escalation)
   * and the last one: a decision that meets no waiting task before the last stage is delivered by the next.
   */
  approvalStage?: number;
  approvalLastStage?: number;
  decidedAt?: string;
  handedOffAt?: string;
  /** When rollback-to-last-stable-baseline ran (rejections included). */
  rolledBackAt?: string;
  finishedAt?: string;
  artifactDigest?: string;
  outcome?: Outcome;
  risk?: RiskLevel;
  score?: number;
  decision?: 'approved' | 'rejected';
  approver?: string;
  /** For duplicates: the run that first accepted this digest + contract version. */
  duplicateOf?: string;
  /** For superseded runs: the later run whose handoff already holds the pointer. */
  supersededBy?: { runId: string | null; streamSeq: number | null; artifactDigest: string | null };
  /** Whether a technical end released the dedupe claim (so the same bytes can run again). */
  claimReleased?: boolean;
  /** What the rollback did with the pointer: restored what this run replaced, left it (moved on), or none. */
  pointerAction?: 'restored' | 'left-alone' | 'not-moved';
  failure?: FailureInfo;
  rolledBackTo?: string | null;
  attempts?: Record<string, number>;
  /** TTL, epoch seconds. */
  expiresAt: number;
}

/**
 * The key of a step's attempts in `attempts`: the step itself, or `<step>#<stage>` for a later stage of the
 * approval wait (each stage runs the router once more, which is not a retry). Stage 0 keeps the plain key,
 * as runs written before stages had.
 */
export function attemptKey(step: string, stage = 0): string {
  return stage > 0 ? `${step}#${stage}` : step;
}

/** A step's attempt counts, one per key (`step`, then `step#1`, `step#2`, …); each count above 1 is retries. */
export function stepAttempts(attempts: Readonly<Record<string, number>> | undefined, step: string): number[] {
  return Object.entries(attempts ?? {})
    .filter(([key]) => key === step || key.startsWith(`${step}#`))
    .map(([, n]) => Number(n));
}

export type RunPatch = Partial<Omit<RunRecord, 'runId' | 'attempts' | 'expiresAt'>>;

/** Runs and dedupe keys are kept ~13 months; approvals a day beyond their expiry. */
export const RUN_RETENTION_SECONDS = 400 * 24 * 3600;

/**
 * The run id: the execution's name when the workflow passes `$$.Execution.Id` (stable across retries of
 * the same execution), otherwise a random UUID.
 */
export function runIdFor(executionId: string | undefined): string {
  if (!executionId) return randomUUID();
  const name = executionId.split(':').pop() ?? '';
  if (/^[A-Za-z0-9_-]{1,80}$/.test(name)) return name;
  return createHash('sha256').update(executionId, 'utf8').digest('hex').slice(0, 32);
}

/**
 * The approval decision the workflow carries at `$.approval`, as run fields. An approval is recorded on
 * the run by the step it leads to (handoff, or rollback if handoff fails), in that step's final run write;
 * the callback records only rejections.
 */
export function approvalFields(
  approval: { decision: 'approved'; approver: string; decidedAt: string } | undefined,
): { decision: 'approved'; approver: string; decidedAt: string } | Record<string, never> {
  return approval?.decision === 'approved'
    ? { decision: 'approved', approver: approval.approver, decidedAt: approval.decidedAt }
    : {};
}

/** Milliseconds between two ISO instants, or undefined if either is missing. */
export function elapsedMs(from: string | undefined, to: string | undefined): number | undefined {
  if (!from || !to) return undefined;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * The readable reason inside a Catch's Cause: a Lambda error's Cause is JSON with `errorMessage`;
 * a Pass state's or a callback's Cause is plain text. Capped, since it is echoed in events and records.
 */
export function failureReason(cause: string | undefined, max = 2_000): string {
  let text = cause ?? '';
  try {
    const parsed = JSON.parse(text) as { errorMessage?: unknown };
    if (typeof parsed.errorMessage === 'string') text = parsed.errorMessage;
  } catch {
    // plain text cause
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
