import type { ApprovalRequest } from '#core/approval';
import type { DownstreamHint, Outcome } from '#core/artifact-types';
import type { RiskLevel } from '#core/contract-schema';
import type { EvaluatedFlag } from '#core/flags';
import type { FailureInfo, ObjectRef } from '#core/run';
import type { StreamPointer } from '#core/stream';

export type { EvaluatedFlag, FlagState } from '#core/flags';
export type { FailureInfo, ObjectRef } from '#core/run';

/**
 * The state machine's payload, as it grows step by step. Only references, digests and small bounded
 * summaries travel between states (a state payload is limited to 256 KB): package and artifact content
 * stay in S3 / DynamoDB.
 * Infra's JSONPath expressions (ResultPath, Choice variables, TimeoutSecondsPath) refer to these fields.
 */

/** Execution input, built by the EventBridge rule targets' input transformers. */
export interface ExecutionInput {
  /** 's3' for Object Created under the incoming prefix, 'event' for a custom "Handoff Submitted" event. */
  trigger: 's3' | 'event';
  /**
   * With `versionId` from an S3 trigger (the bucket is versioned): that exact version is read. The rule for
   * `Handoff Submitted` events that name no package of this stack (no packageRef, another bucket, a key
   * outside the incoming prefix) passes `{ unusable: <the event's detail> }` instead: intake rejects it.
   */
  packageRef: ObjectRef | UnusablePackageRef;
  /**
   * Optional `$$.Execution.Id` passed by the Intake task. When present the run id is derived from it,
   * so a retried intake re-claims its own dedupe key instead of reporting itself as a duplicate.
   */
  executionId?: string;
}

/** What the rule for unusable `Handoff Submitted` events passes as packageRef: the event's detail. */
export interface UnusablePackageRef {
  unusable: unknown;
}

/** Output of the intake Lambda, stored at `$.intake`. */
export interface IntakeResult {
  /** 'accepted' continues; 'duplicate' and 'flag-off' end the run successfully with that status. */
  status: 'accepted' | 'duplicate' | 'flag-off';
  runId: string;
  streamId: string;
  /**
   * The run's place in the stream's submission order: the pointer only moves to a higher number. Absent in
   * states written before it existed (such a run counts as older than any numbered one).
   */
  streamSeq?: number;
  packageId: string;
  packageDigest: string;
  contract: { id: string; version: string };
  flag: EvaluatedFlag;
  /** The exact package bytes that were validated, copied to an immutable key. */
  packageRef: ObjectRef;
  /** true when flag state is 'shadow': run fully, publish nothing, keep the baseline. */
  shadow: boolean;
  /** For a duplicate: the run that holds the package's claim. */
  duplicateOf?: string;
}

/** Output of the scoring Lambda (policy-constraint-check included), stored at `$.scoring`. */
export interface ScoringResult {
  artifactDigest: string;
  artifactRef: ObjectRef;
  outcome: Outcome;
  risk: RiskLevel;
  confidence: number;
  score: number;
  /** Whether the human-approval-router must run, and where and how long the workflow waits. */
  approval: { required: boolean; group: string; timeoutSeconds: number } & Partial<ApprovalStages>;
  /**
   * The artifact's downstream routing hints (a few short entries), so handoff and rollback put them on their
   * events without reading the artifact back. Absent in states written before it existed: then read.
   */
  downstream?: DownstreamHint[];
  /**
   * When approval is required: the package's approvers and the mail's summary (bounded: at most 20 blocking
   * findings and 10 reasons), so the router does not read the artifact back. Absent in states written
   * before it existed: then read. The approvers' e-mail addresses are thereby in the execution history (kept
   * 90 days, readable with states:GetExecutionHistory), as they are in the package and the artifact.
   */
  approvalRequest?: ApprovalRequest;
  /**
   * The stream pointer as scoring read it: handoff's first conditional write guesses it unchanged, one
   * read fewer unless another run of the stream moved it meanwhile (then the write is refused and it reads).
   */
  pointerSeen?: StreamPointer;
}

/**
 * The approval wait in stages (`approvalPlan`): the state machine waits `wait.seconds`, and at each
 * checkpoint's timeout moves `wait` to the next stage (`States.MathAdd`, `States.ArrayGetItem` over `waits`)
 * until `lastStage`, whose timeout fails closed. Absent in states written before reminders existed.
 */
export interface ApprovalStages {
  /** The stage the workflow waits in now and for how many seconds (the RequestApproval task's timeout). */
  wait: { stage: number; seconds: number };
  waits: number[];
  lastStage: number;
  /** Seconds after the request at which each later stage starts (absent: no reminders). */
  checkpoints?: number[];
  /** The route's backup group and the package's approvers in it: asked too at the last stage. */
  escalation?: { group: string; approvers: { name: string; email: string }[] };
}

/** Task-token callback output, stored at `$.approval` (SendTaskSuccess). */
export interface ApprovalDecision {
  decision: 'approved';
  approver: string;
  decidedAt: string;
}

/** Output of the handoff Lambda, stored at `$.handoff`. */
export interface HandoffResult {
  /** `superseded`: a later revision of the stream already holds the pointer; this run left it alone. */
  status: 'handed-off' | 'shadow-recorded' | 'superseded';
  pointerVersion: number;
}

export interface WorkflowState {
  trigger: ExecutionInput['trigger'];
  packageRef: ExecutionInput['packageRef'];
  intake?: IntakeResult;
  scoring?: ScoringResult;
  approval?: ApprovalDecision;
  handoff?: HandoffResult;
  failure?: FailureInfo;
}

/** Payload of the `RequestApproval` task (waitForTaskToken): the token never leaves DynamoDB afterwards. */
export interface ApprovalRouterInput {
  taskToken: string;
  executionId: string;
  intake: IntakeResult;
  scoring: ScoringResult;
}

/** What the approval-router returns (ignored by the workflow, which waits for the callback). */
export interface ApprovalRouterResult {
  approvalId: string;
  approvers: number;
}

/** Output of the rollback Lambda: the stable digest the stream pointer now points to, if any. */
export interface RollbackResult {
  rolledBackTo: string | null;
  /** restored: back to what this run replaced; left-alone: another run wrote since; not-moved: never wrote. */
  pointer?: 'restored' | 'left-alone' | 'not-moved';
}

/** Detail of the `Handoff Submitted` custom event that starts a run. */
export interface HandoffSubmittedDetail {
  packageRef: ObjectRef;
}
