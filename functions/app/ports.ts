import type { ApprovalRecord, ConsumeResult } from '#core/approval';
import type { ApprovalEvidence } from '#core/approval-evidence';
import { HandoffError } from '#core/errors';
import type { FlagAuditEntry } from '#core/flag-change';
import type { FlagRecord } from '#core/flags';
import type { ObjectRef, RunPatch, RunRecord } from '#core/run';
import type {
  ArtifactItem,
  ArtifactStatus,
  PointerHistoryEntry,
  PointerWrite,
  StreamPointer,
} from '#core/stream';
import type { TimeWindow } from '#core/time-window';
import type { ApprovalDecision } from '#shared/workflow-types';

/**
 * What the use cases need from the outside world, as small interfaces. The AWS adapters
 * (functions/adapters) implement them for Lambda and the local stack; test/support/memory implements them
 * in memory for the use cases' unit tests. One shared contract test per port holds both to the same
 * behaviour (test/support/port-contracts).
 */

export interface ArtifactsPort {
  getArtifact(streamId: string, artifactDigest: string): Promise<ArtifactItem | undefined>;
  setStatus(streamId: string, artifactDigest: string, status: ArtifactStatus, at: string): Promise<void>;
  /**
   * Creates the artifact item with the next number of its stream's sequence, atomically with the counter
   * (optimistic: the counter moves from `lastSeq`, as read, to `lastSeq + 1`; when another writer took that
   * number the counter is read again and the write retried) and with `withRun` (the run's patch, which must
   * commit with it; the run must exist). An existing item is left as is: `created: false`, and nothing of
   * the transaction is written.
   */
  createArtifact(
    item: Omit<ArtifactItem, 'createdSeq'>,
    lastSeq: number,
    withRun?: { runId: string; patch: RunPatch },
  ): Promise<{ created: true; createdSeq: number } | { created: false }>;
  getPointer(streamId: string): Promise<StreamPointer>;
  /**
   * What scoring needs of a stream, in one strongly consistent read: the pointer, one artifact item and
   * the sequence counter's last value (0 before the first artifact).
   */
  getStreamView(
    streamId: string,
    artifactDigest: string,
  ): Promise<{ pointer: StreamPointer; artifact: ArtifactItem | undefined; lastSeq: number }>;
  /**
   * Replaces the pointer's value if the stored version still equals `expected.version`; else
   * ConcurrentUpdateError. Returns the new pointer (version + 1). The value is also kept, with `action`,
   * `by` and `at`, as the pointer's history entry of that version, in the same write.
   */
  writePointer(
    streamId: string,
    expected: StreamPointer,
    next: PointerWrite,
    at: string,
    /** Also set this artifact's status, in the same transaction (the artifact must exist). */
    withStatus?: { artifactDigest: string; status: ArtifactStatus },
  ): Promise<StreamPointer>;
  /** The pointer's history entries (one per write since history was kept), oldest first. */
  pointerHistory(streamId: string): Promise<PointerHistoryEntry[]>;
  /** The stream's artifacts, oldest first. */
  listByStream(streamId: string, limit?: number): Promise<ArtifactItem[]>;
}

/** The outcome event of a run that ended before intake did its work, and whether it went out. */
export interface EarlyEnd {
  detailType: HandoffDetailType;
  detail: Record<string, unknown>;
  told: boolean;
  /** When the kept record may be dropped (epoch seconds, the runs table's TTL). */
  expiresAt: number;
}

/** What a claim found: first claim, a repeat by the same run (with the stored order), or another run's. */
export type RunClaim =
  | { claimed: true; repeated: false }
  | { claimed: true; repeated: true; streamSeq: number | undefined }
  | { claimed: false; runId: string };

export interface RunsPort {
  /** Writes the run; rewriting the same runId (a retried intake) replaces it. */
  putRun(run: RunRecord): Promise<void>;
  getRun(runId: string): Promise<RunRecord | undefined>;
  /** Sets the patch's defined fields on an existing run; a missing run is an error. */
  updateRun(runId: string, patch: RunPatch): Promise<void>;
  /**
   * The stream's next submission number (an atomic counter, 1 for the first): the order the stream's
   * revisions are handed off in. Numbers taken by runs that end early leave gaps.
   */
  nextStreamSeq(streamId: string): Promise<number>;
  /** ADD 1 to attempts.<step>; returns the attempt number (1 on the first try). */
  countAttempt(runId: string, step: string): Promise<number>;
  /** countAttempt that also returns the run as it is after the increment (one write, no extra read). */
  beginAttempt(runId: string, step: string): Promise<{ attempt: number; run: RunRecord | undefined }>;
  /**
   * Idempotency claim for (packageDigest, contractVersion) together with the run record, atomically.
   * Claimed by another run → `{ claimed: false, runId: <first run> }`. Claimed before by this same runId (a
   * retried intake whose response was lost) → `repeated: true`, the stored run kept as it was, and its
   * `streamSeq`: a retry neither takes the stream's order again nor counts the run twice.
   */
  claimAndCreateRun(
    key: { packageDigest: string; contractVersion: string; scope?: string },
    run: RunRecord,
  ): Promise<RunClaim>;
  /**
   * Releases the dedupe claim if `runId` still holds it (a run that ended for a technical reason), so the
   * same bytes can run again; false when another run holds it or none is there.
   */
  releaseClaim(
    key: { packageDigest: string; contractVersion: string; scope?: string },
    runId: string,
  ): Promise<boolean>;
  /**
   * Keeps what a run that ended before its intake's work was done tells consumers (no run record holds it):
   * the first call stores `end`, untold; every later one (a retried rollback, the reconciler) returns what
   * was stored, so the one outcome is told, and told again only with the same event id.
   */
  keepEarlyEnd(runId: string, end: Omit<EarlyEnd, 'told'>): Promise<EarlyEnd>;
  /** Marks the kept early end told: its event went out. */
  markEarlyEndTold(runId: string): Promise<void>;
  /**
   * Writes the approval records (each once); with `run`, also patches that run in the same transaction
   * (up to 99 records; beyond that the records are written one by one, then the run).
   */
  putApprovals(records: ApprovalRecord[], run?: { runId: string; patch: RunPatch }): Promise<void>;
  getApproval(approvalId: string): Promise<ApprovalRecord | undefined>;
  /**
   * The approval and whether its request already has a decision (by any approver): one batch read when the
   * id carries its request id (`approvalIdFor`), else two reads.
   */
  getApprovalForPage(approvalId: string): Promise<{ record: ApprovalRecord; decided: boolean } | undefined>;
  /** Whether the request already has a decision (by any approver). */
  isRequestDecided(requestId: string): Promise<boolean>;
  /**
   * pending → approved/rejected under a condition, once per request. `known` is the record the caller has
   * just read (the condition still guards the write); without it the record is read first.
   */
  consumeApproval(
    approvalId: string,
    decision: { status: 'approved' | 'rejected'; decidedAt: string; reason?: string },
    known?: ApprovalRecord,
  ): Promise<ConsumeResult>;
  /** Undoes a consumption whose workflow callback could not be delivered (transient), so it can be retried. */
  releaseApproval(record: ApprovalRecord): Promise<void>;
  /** Keeps one entry of approval evidence with its run (never expires, never rewritten by the run). */
  putEvidence(entry: ApprovalEvidence): Promise<void>;
  /** The run's approval evidence, oldest first. */
  listEvidence(runId: string): Promise<ApprovalEvidence[]>;
  /**
   * Records, before sending, that this approval's mail goes out at `at` (a conditional write): false when an
   * earlier attempt already did, so nobody is mailed twice for one request. With a `stage` ≥ 1 it claims
   * that stage's reminder instead: once per stage, only after the first mail and while the link is pending.
   */
  claimMail(approvalId: string, at: string, stage?: number): Promise<boolean>;
  /**
   * Undoes `claimMail(approvalId, at, stage)` after the send failed, so a retried router mails again: only
   * while the claim is still its own (`at`, and for a reminder `stage`), and for a reminder it puts back
   * `previous`, the record's `mailedStage` and `remindedAt` before the claim (absent ones removed).
   */
  releaseMail(
    approvalId: string,
    at: string,
    stage?: number,
    previous?: { mailedStage?: number | undefined; remindedAt?: string | undefined },
  ): Promise<void>;
  /**
   * Points a still pending approval at a retried router's task token (its link, id and expiry stay the same);
   * false when it is no longer pending.
   */
  rebindApproval(approvalId: string, taskToken: string, executionId: string): Promise<boolean>;
}

/** Package and artifact bytes. Keys are content-addressed, so objects are written once. */
export interface BlobPort {
  /** Reads an object; more than `maxBytes` is refused before buffering the rest. */
  get(ref: ObjectRef, maxBytes?: number): Promise<Uint8Array>;
  /** Writes once: an existing object is left untouched and reported as `created: false`. */
  putImmutable(ref: ObjectRef, body: Uint8Array | string, contentType: string): Promise<{ created: boolean }>;
}

export class BlobNotFoundError extends HandoffError {
  override readonly name = 'BlobNotFoundError';
}

export class BlobTooLargeError extends HandoffError {
  override readonly name = 'BlobTooLargeError';
}

export const EVENT_SOURCE = 'handoff-contracting';

export type HandoffDetailType =
  | 'Handoff Handed Off'
  | 'Handoff Rejected'
  | 'Handoff Rolled Back'
  | 'Handoff Superseded'
  | 'Handoff Duplicate Ignored';

/** Publish one event on the product's bus. */
export interface EventsPort {
  publish(detailType: HandoffDetailType, detail: Record<string, unknown>): Promise<void>;
}

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** One email to one recipient (text + HTML). */
export interface MailerPort {
  send(email: Email): Promise<{ messageId: string }>;
}

/** The feature flag record, as intake reads it. */
export interface FlagsPort {
  getFlag(flag: string): Promise<FlagRecord | undefined>;
  putFlag(record: FlagRecord): Promise<void>;
}

/** Operator access to a flag: read it, change it with its audit entry atomically, list the audit trail. */
export interface FlagAdminPort {
  get(flag: string): Promise<FlagRecord | undefined>;
  /** Writes `record` and `audit` atomically if the stored record still equals `expected`; else ConcurrentUpdateError. */
  apply(expected: FlagRecord | undefined, record: FlagRecord, audit: FlagAuditEntry): Promise<void>;
  /** The flag's audit trail, oldest first. */
  audit(flag: string): Promise<FlagAuditEntry[]>;
}

/** The reads the operator use cases need beyond the workflow's ports. */
export interface OpsStorePort {
  /** Run records whose intakeAt is in [since, until). */
  listRuns(window: TimeWindow): Promise<RunRecord[]>;
  /** The artifact item with this digest, in whichever stream it is. */
  findArtifact(artifactDigest: string): Promise<ArtifactItem | undefined>;
  /**
   * Approval records still waiting at `now`: status pending, link not expired, and no decision on their
   * request. The task token is never returned.
   */
  listPendingApprovals(now: Date): Promise<PendingApproval[]>;
}

/** An approval record as the operator reads it: everything but the task token. */
export type PendingApproval = Omit<ApprovalRecord, 'taskToken'>;

/** The task is no longer waiting (timed out, execution ended, or the token is invalid): nothing to resume. */
export class TaskGoneError extends HandoffError {
  override readonly name = 'TaskGoneError';
}

/** Resume the execution waiting on a task token (TaskGoneError when it no longer waits). */
export interface WorkflowPort {
  succeed(taskToken: string, output: ApprovalDecision): Promise<void>;
  fail(taskToken: string, error: string, cause: string): Promise<void>;
}

/** The HMAC key that signs approval links, and the one it replaced (links signed before a rotation). */
export interface SigningKeyPort {
  /** The current key: signs every new link. */
  get(): Promise<Uint8Array>;
  /** The previous key version, undefined before the first rotation: verifies links signed with it. */
  previous(): Promise<Uint8Array | undefined>;
}

/** Deployment settings the approval use cases read (when they need them, as the handlers did). */
export interface ApprovalSettingsPort {
  /** Where the approval links point (the callback's front door: the API Gateway stage, locally its stand-in). */
  baseUrl(): string;
  /** Configured approvers per group, added to the package's. */
  groups(): Record<string, string[]>;
}

export type Clock = () => Date;

/** Every port; a use case takes the `Pick` it needs, so its tests build only those. */
export interface Ports {
  artifacts: ArtifactsPort;
  runs: RunsPort;
  blobs: BlobPort;
  events: EventsPort;
  mailer: MailerPort;
  flags: FlagsPort;
  flagAdmin: FlagAdminPort;
  store: OpsStorePort;
  workflow: WorkflowPort;
  signingKey: SigningKeyPort;
  approvalSettings: ApprovalSettingsPort;
  clock: Clock;
}
