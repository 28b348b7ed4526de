import type { HandoffArtifact, Outcome } from '#core/artifact-types';
import type { RiskLevel } from '#core/contract-schema';

const MAX_BLOCKING_SHOWN = 20;
const MAX_REASONS_SHOWN = 10;

/** What the approval mail and confirmation page show, taken from the artifact when it is scored. */
export interface ApprovalSummary {
  title: string;
  packageId: string;
  streamId: string;
  score: number;
  risk: RiskLevel;
  confidence: number;
  outcome: Outcome;
  blocking: { ruleId: string; pointer: string; message: string }[];
  reasons: string[];
}

/** What the human-approval-router needs of an artifact: the package's approvers and the summary. */
export interface ApprovalRequest {
  /** The artifact's approvers of the chosen group (the router adds the configured ones). */
  approvers: { name: string; email: string }[];
  summary: ApprovalSummary;
}

export function summaryOf(artifact: HandoffArtifact): ApprovalSummary {
  return {
    title: artifact.package.title,
    packageId: artifact.package.packageId,
    streamId: artifact.package.streamId,
    score: artifact.scorecard.total,
    risk: artifact.risk,
    confidence: artifact.confidence.value,
    outcome: artifact.decision.outcome,
    blocking: artifact.findings
      .filter((f) => f.severity === 'block')
      .slice(0, MAX_BLOCKING_SHOWN)
      .map((f) => ({ ruleId: f.ruleId, pointer: f.pointer, message: f.message })),
    reasons: [artifact.approval.reason, ...artifact.decision.reasons]
      .filter((r) => r !== '')
      .slice(0, MAX_REASONS_SHOWN),
  };
}

export function approvalRequestOf(artifact: HandoffArtifact): ApprovalRequest {
  return { approvers: artifact.approval.approvers, summary: summaryOf(artifact) };
}
