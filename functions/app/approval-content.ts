import type { ApprovalRecord } from '#core/approval';
import { expiryOf } from '#core/approval-expiry';
import { approvalEmail, type MailNotice } from '#core/approval-mail';
import { type ApprovalContent, approvalContentOf } from '#core/approval-view';
import type { HandoffArtifact } from '#core/artifact-types';
import type { HandoffPackage } from '#core/package-schema';
import { PACKAGE_LIMITS } from '#core/package-schema';
import type { ObjectRef } from '#core/run';
import { IntegrityError } from '#shared/errors';
import type { ApprovalRouterInput } from '#shared/workflow-types';
import { logger } from './observability.ts';
import type { Ports } from './ports.ts';

/**
 * What the approval page and mail show of a package, read through the ports: the validated package (its
 * canonical JSON under packages/), its artifact (findings, reasons) and the package of the stream's current
 * live artifact, for the diff. Every read is bounded; nothing of it travels in workflow state.
 */

/** An artifact is the package's findings and a bounded report: a few times the package at most. */
const MAX_ARTIFACT_BYTES = 4 * PACKAGE_LIMITS.maxBytes;

export type ContentPorts = Pick<Ports, 'blobs' | 'artifacts' | 'runs'>;

async function readJson<T>(ports: ContentPorts, ref: ObjectRef, maxBytes: number): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await ports.blobs.get(ref, maxBytes))) as T;
}

/** The package of the stream's current live artifact, or null when the stream has none (or it is this one). */
async function livePackage(
  ports: ContentPorts,
  streamId: string,
  artifactDigest: string,
): Promise<HandoffPackage | null> {
  const pointer = await ports.artifacts.getPointer(streamId);
  if (pointer.current === null || pointer.current === artifactDigest) return null;
  const item = await ports.artifacts.getArtifact(streamId, pointer.current);
  const run = item ? await ports.runs.getRun(item.runId) : undefined;
  if (!run) return null;
  return readJson<HandoffPackage>(ports, run.packageRef, PACKAGE_LIMITS.maxBytes);
}

export async function loadApprovalContent(
  ports: ContentPorts,
  at: { streamId: string; packageRef: ObjectRef; artifactRef: ObjectRef; artifactDigest: string },
): Promise<ApprovalContent> {
  const [pkg, artifact, live] = await Promise.all([
    readJson<HandoffPackage>(ports, at.packageRef, PACKAGE_LIMITS.maxBytes),
    readJson<HandoffArtifact>(ports, at.artifactRef, MAX_ARTIFACT_BYTES),
    livePackage(ports, at.streamId, at.artifactDigest),
  ]);
  if (artifact.digest !== at.artifactDigest) {
    throw new IntegrityError(`artifact at ${at.artifactRef.key} is not ${at.artifactDigest}`);
  }
  return approvalContentOf(pkg, artifact, live);
}

/** The content of an approval record: its run's package and its artifact. */
export async function loadRecordContent(
  ports: ContentPorts,
  record: { runId: string; streamId: string; artifactDigest: string },
): Promise<ApprovalContent> {
  const [run, item] = await Promise.all([
    ports.runs.getRun(record.runId),
    ports.artifacts.getArtifact(record.streamId, record.artifactDigest),
  ]);
  if (!run || !item) throw new IntegrityError(`approval of run ${record.runId} has no package or artifact`);
  return loadApprovalContent(ports, {
    streamId: record.streamId,
    packageRef: run.packageRef,
    artifactRef: item.artifactRef,
    artifactDigest: record.artifactDigest,
  });
}

/**
 * Renders one approver's mail from the approval record (summary, approver, expiry) and that approver's link;
 * a later stage's mail carries its notice (reminder, escalation).
 */
export type ApprovalMailRenderer = (
  record: ApprovalRecord,
  link: string,
  notice?: StageNotice,
) => ReturnType<typeof approvalEmail>;

/** A later stage's notice as the router knows it; the checkpoint is rendered in the reader's zone. */
export type StageNotice =
  | { kind: 'reminder' }
  | { kind: 'escalation'; firstGroup: string; backupGroup: string; sinceSeconds: number };

/**
 * The mail renderer of one approval request, with the package's top findings and diff summary read once.
 * The page shows the package in full and is what an approver decides on, so when the package cannot be
 * read the mail still goes out without them. The expiry is given in the approver's time zone when the
 * package names one (as on the page), else in UTC.
 */
export async function approvalMailFor(
  ports: ContentPorts,
  { intake, scoring }: ApprovalRouterInput,
  now: Date,
): Promise<ApprovalMailRenderer> {
  let content: ApprovalContent | undefined;
  try {
    content = await loadApprovalContent(ports, {
      streamId: intake.streamId,
      packageRef: intake.packageRef,
      artifactRef: scoring.artifactRef,
      artifactDigest: scoring.artifactDigest,
    });
  } catch (error) {
    logger.warn('approval mail without the package content', { error });
  }
  return (record, link, notice) => {
    const zone = content?.timeZones[record.approver.toLowerCase()];
    const mailNotice: MailNotice | undefined =
      notice?.kind === 'escalation'
        ? {
            kind: 'escalation',
            firstGroup: notice.firstGroup,
            backupGroup: notice.backupGroup,
            since: expiryOf(notice.sinceSeconds, now, zone).local,
          }
        : notice;
    return approvalEmail(record.summary, link, expiryOf(record.exp, now, zone), content, mailNotice);
  };
}
