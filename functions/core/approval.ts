import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import type { HandoffArtifact, Outcome } from './artifact-types.ts';
import type { RiskLevel } from './contract-schema.ts';

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

export type ApprovalStatus = 'pending' | 'approved' | 'rejected';

/**
 * `APPROVAL#<approvalId>/APPROVAL`: one per approver (so the decision names who decided), sharing a
 * `requestId`. The task token lives only here. A request is decided once: consuming writes
 * `APPROVAL#<requestId>/DECISION` under attribute_not_exists in the same transaction.
 */
export interface ApprovalRecord {
  approvalId: string;
  requestId: string;
  taskToken: string;
  executionId: string;
  runId: string;
  streamId: string;
  artifactDigest: string;
  group: string;
  /** The approver this link was sent to. */
  approver: string;
  approverName?: string;
  /** Every approver of the request. */
  approvers: string[];
  status: ApprovalStatus;
  createdAt: string;
  /** Link expiry, epoch seconds (the workflow's approval timeout). */
  exp: number;
  /** TTL, epoch seconds: exp + 1 day. */
  expiresAt: number;
  summary: ApprovalSummary;
  decidedAt?: string;
  reason?: string;
  /** When its mail was sent (claimed before sending; removed again if the send failed). */
  mailedAt?: string;
  /** The stage of the wait this record was created in: 0, or the escalation's stage for the backup group. */
  stage?: number;
  /** The last stage whose reminder this approver was sent (claimed like `mailedAt`), and when. */
  mailedStage?: number;
  remindedAt?: string;
}

export type ConsumeResult =
  | { ok: true; record: ApprovalRecord }
  | { ok: false; reason: 'unknown' | 'already-decided' };

/** Approval records outlive their link by a day, then DynamoDB's TTL removes them. */
export const APPROVAL_TTL_GRACE_SECONDS = 24 * 3600;

/** Same task token → same request: a retried router shares the one-decision guard with its first try. */
export function requestIdFor(taskToken: string): string {
  return createHash('sha256').update(taskToken, 'utf8').digest('hex').slice(0, 32);
}

/**
 * An approval id: the request id (32 hex, shared by the request's approvers) and 16 hex of randomness, so
 * the confirmation page reads the approval and the request's decision guard in one batch. The link's
 * signature covers the whole id; the request id is a hash prefix of the task token, never the token.
 */
export function approvalIdFor(requestId: string, random: string): string {
  return `${requestId}-${random}`;
}
const APPROVAL_ID = /^([0-9a-f]{32})-[0-9a-f]{16}$/;

/** The request id an approval id carries (`approvalIdFor`), or undefined for an id written before it. */
export function requestIdOf(approvalId: string): string | undefined {
  return APPROVAL_ID.exec(approvalId)?.[1];
}

const approverGroupsSchema = z.record(z.string(), z.array(z.string().check(z.regex(/^[^\s@]+@[^\s@]+$/))));

/** `APPROVER_GROUPS`: JSON map group → emails, added to the package's approvers of that group. */
export function approverGroupsFromEnv(raw: string | undefined): Record<string, string[]> {
  if (!raw) return {};
  const parsed = approverGroupsSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error('APPROVER_GROUPS must be a JSON object of group → list of emails');
  return parsed.data;
}

/** The group's approvers: the package's, then the configured ones; unique by email (case-insensitive). */
export function chooseApprovers(
  group: string,
  fromArtifact: readonly { name: string; email: string }[],
  configured: Record<string, string[]>,
): { name: string; email: string }[] {
  const seen = new Set<string>();
  const out: { name: string; email: string }[] = [];
  for (const a of [...fromArtifact, ...(configured[group] ?? []).map((email) => ({ name: email, email }))]) {
    const key = a.email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

export function approvalLink(baseUrl: string, approvalId: string, exp: number, sig: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}/approvals/${encodeURIComponent(approvalId)}?exp=${exp}&sig=${encodeURIComponent(sig)}`;
}
