/**
 * Every failure the workflow routes on is a named error class. Infra imports these names for the state
 * machine's Retry / Catch `ErrorEquals`, so a rename is a type error rather than a silent miss.
 * A Lambda error reaches Step Functions as `errorType` = the error's `name`.
 */
import { HandoffError } from '#core/errors';

/** A dependency (DynamoDB, S3, SES, EventBridge) failed in a way that may succeed on retry. */
export class TransientDependencyError extends HandoffError {
  override readonly name = 'TransientDependencyError';
}

/** Another run changed the stream pointer first (conditional write lost); retrying re-reads and succeeds. */
export class ConcurrentUpdateError extends HandoffError {
  override readonly name = 'ConcurrentUpdateError';
}

/** The package does not conform to its schema or contract. Never retried. */
export class PackageRejectedError extends HandoffError {
  override readonly name = 'PackageRejectedError';
}

/** The package's contract reference is unknown, draft or retired. Never retried. */
export class ContractUnavailableError extends HandoffError {
  override readonly name = 'ContractUnavailableError';
}

/** The approver rejected the package (sent with SendTaskFailure). */
export class ApprovalRejectedError extends HandoffError {
  override readonly name = 'ApprovalRejectedError';
}

/** A stored record is not what this run expected (e.g. artifact digest mismatch). Never retried. */
export class IntegrityError extends HandoffError {
  override readonly name = 'IntegrityError';
}

// Literal names (not `Class.name`): minified bundles rename classes, the error names must not change.

/** Names the state machine retries: transient only, never validation. */
export const RETRYABLE_ERRORS = [
  'TransientDependencyError',
  'ConcurrentUpdateError',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  // The invoke or the function itself ran out of time: every handler is idempotent, so another attempt is safe.
  'Lambda.ClientExecutionTimeoutException',
  'Sandbox.Timedout',
] as const;

/** Names that end the run at once (fail closed, rollback), without retry. */
export const NON_RETRYABLE_ERRORS = [
  'PackageRejectedError',
  'ContractUnavailableError',
  'IntegrityError',
] as const;

export const APPROVAL_REJECTED = 'ApprovalRejectedError' as const;

/** The error of the PolicyBlocked state (a Pass in the definition, not a Lambda error class). */
export const POLICY_BLOCKED = 'PolicyBlocked' as const;

/**
 * Failures that are verdicts, not faults: the run rolls back and the execution ends successfully
 * (ClosedOnVerdict), so the ExecutionsFailed alarm counts technical failures only.
 */
export const VERDICT_ERRORS = [
  APPROVAL_REJECTED,
  POLICY_BLOCKED,
  'PackageRejectedError',
  'ContractUnavailableError',
] as const;
