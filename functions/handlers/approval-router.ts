import { createHash, randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import { blobs } from '#adapters/blobs';
import { mailer } from '#adapters/mailer';
import { type ApprovalRecord, approvalIdFor, runs } from '#adapters/runs';
import { signingKey } from '#adapters/signing-key';
import { signApproval } from '#core/approval-link';
import type { HandoffArtifact } from '#core/artifact-types';
import { escapeHtml } from '#shared/approval-page';
import { type ApprovalRequest, type ApprovalSummary, approvalRequestOf } from '#shared/approval-summary';
import { optionalEnv, requireEnv } from '#shared/env';
import { IntegrityError } from '#shared/errors';
import { correlate, lambda, logger, MetricUnit, metrics } from '#shared/observability';
import type { ApprovalRouterInput, ApprovalRouterResult, ScoringResult } from '#shared/workflow-types';

/** Approval records outlive their link by a day, then DynamoDB's TTL removes them. */
export const APPROVAL_TTL_GRACE_SECONDS = 24 * 3600;

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

/** One line, no control characters: safe for a mail subject. */
function oneLine(s: string, max: number): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const flat = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function approvalEmail(
  summary: ApprovalSummary,
  link: string,
  expiresAt: string,
): { subject: string; text: string; html: string } {
  const subject = `Approval needed: ${oneLine(summary.title, 120)} (risk ${summary.risk})`;
  const blocking = summary.blocking.map((f) => `- ${f.ruleId} at ${f.pointer || '/'}: ${f.message}`);
  const text = [
    `A handoff package needs your approval: ${summary.title}`,
    '',
    `Package: ${summary.packageId} (stream ${summary.streamId})`,
    `Score: ${summary.score} / 100`,
    `Risk: ${summary.risk}`,
    `Confidence: ${summary.confidence}%`,
    '',
    ...(summary.reasons.length ? ['Why a human is asked:', ...summary.reasons.map((r) => `- ${r}`), ''] : []),
    blocking.length ? 'Blocking findings:' : 'No blocking findings.',
    ...blocking,
    '',
    `Review and decide: ${link}`,
    `The link expires at ${expiresAt}.`,
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">',
    `<p>A handoff package needs your approval: <strong>${escapeHtml(summary.title)}</strong></p>`,
    '<ul>',
    `<li>Package: ${escapeHtml(summary.packageId)} (stream ${escapeHtml(summary.streamId)})</li>`,
    `<li>Score: ${escapeHtml(summary.score)} / 100</li>`,
    `<li>Risk: ${escapeHtml(summary.risk)}</li>`,
    `<li>Confidence: ${escapeHtml(summary.confidence)}%</li>`,
    '</ul>',
    summary.reasons.length
      ? `<p>Why a human is asked:</p><ul>${summary.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
      : '',
    summary.blocking.length
      ? `<p>Blocking findings:</p><ul>${summary.blocking
          .map(
            (f) =>
              `<li>${escapeHtml(f.ruleId)} at ${escapeHtml(f.pointer || '/')}: ${escapeHtml(f.message)}</li>`,
          )
          .join('')}</ul>`
      : '<p>No blocking findings.</p>',
    `<p><a href="${escapeHtml(link)}">Review and decide</a></p>`,
    `<p>The link expires at ${escapeHtml(expiresAt)}.</p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}

/** The approval request of a scoring result that does not carry it, from the artifact in S3. */
async function readApprovalRequest(scoring: ScoringResult): Promise<ApprovalRequest> {
  const artifact = JSON.parse(
    new TextDecoder().decode(await blobs.get().get(scoring.artifactRef)),
  ) as HandoffArtifact;
  if (artifact.digest !== scoring.artifactDigest) {
    throw new IntegrityError(`artifact at ${scoring.artifactRef.key} is not ${scoring.artifactDigest}`);
  }
  const request = approvalRequestOf(artifact);
  return artifact.approval.group === scoring.approval.group ? request : { ...request, approvers: [] };
}

/**
 * human-approval-router: one approval record and one signed link per approver, one email each. The task
 * token is stored only in DynamoDB; links carry the approval id (the request id, a hash prefix of the token,
 * then 16 random hex) and a signature. The workflow then waits for the callback.
 */
export async function approvalRouter(
  input: ApprovalRouterInput,
  now: () => Date = () => new Date(),
): Promise<ApprovalRouterResult> {
  const { intake, scoring } = input;
  correlate({
    executionId: input.executionId,
    runId: intake.runId,
    streamId: intake.streamId,
    packageDigest: intake.packageDigest,
    artifactDigest: scoring.artifactDigest,
  });
  const attempt = await runs.get().countAttempt(intake.runId, 'approval-router');
  if (attempt > 1) metrics.addMetric('Retries', MetricUnit.Count, 1);

  // Scoring passes what the mail needs; a state written before it did so reads the artifact.
  const request = scoring.approvalRequest ?? (await readApprovalRequest(scoring));
  const group = scoring.approval.group;
  const approvers = chooseApprovers(
    group,
    request.approvers,
    approverGroupsFromEnv(optionalEnv('APPROVER_GROUPS')),
  );
  if (approvers.length === 0) throw new IntegrityError(`no approvers for group ${group}`);

  const at = now();
  const createdAt = at.toISOString();
  const exp = Math.floor(at.getTime() / 1000) + scoring.approval.timeoutSeconds;
  const expiresAtIso = new Date(exp * 1000).toISOString();
  // Same task token → same request: a retried router shares the one-decision guard with its first try.
  const requestId = createHash('sha256').update(input.taskToken, 'utf8').digest('hex').slice(0, 32);
  const { summary } = request;
  const key = await signingKey.get().get();
  const baseUrl = requireEnv('APPROVAL_BASE_URL');

  const records: ApprovalRecord[] = approvers.map((a) => ({
    approvalId: approvalIdFor(requestId, randomBytes(8).toString('hex')),
    requestId,
    taskToken: input.taskToken,
    executionId: input.executionId,
    runId: intake.runId,
    streamId: intake.streamId,
    artifactDigest: scoring.artifactDigest,
    group,
    approver: a.email,
    approverName: a.name,
    approvers: approvers.map((x) => x.email),
    status: 'pending',
    createdAt,
    exp,
    expiresAt: exp + APPROVAL_TTL_GRACE_SECONDS,
    summary,
  }));
  // The records and the run's new status in one transaction, before any mail goes out.
  await runs.get().putApprovals(records, {
    runId: intake.runId,
    patch: { status: 'awaiting-approval', approvalRequestedAt: createdAt },
  });

  for (const record of records) {
    const sig = signApproval({ approvalId: record.approvalId, exp }, key);
    const email = approvalEmail(summary, approvalLink(baseUrl, record.approvalId, exp, sig), expiresAtIso);
    await mailer.get().send({ to: record.approver, ...email });
  }

  metrics.addMetric('ApprovalRequests', MetricUnit.Count, 1);
  logger.info('approval requested', { group, approvers: records.length, exp });
  return { approvalId: records[0]?.approvalId ?? '', approvers: records.length };
}

export const handler = lambda<ApprovalRouterInput, ApprovalRouterResult>((event) => approvalRouter(event));
