import { createHmac } from 'node:crypto';

/**
 * Audit evidence of an approval, kept with its run: each time a link's page was opened (GET) and the
 * decision it carried (POST), with who (the approver the link was sent to), when, a keyed hash of the
 * client address, the user agent, and the artifact digest the page showed. `handoff audit` prints it.
 * The address itself is never stored: an IPv4 address hashed without a key is found again by trying all
 * 2^32, so the hash is keyed with a key derived from the link-signing secret.
 */

export interface ApprovalEvidence {
  runId: string;
  approvalId: string;
  /** The approver the link was sent to. */
  approver: string;
  event: 'opened' | 'decided';
  /** ISO 8601, from the callback's clock. */
  at: string;
  /** HMAC-SHA256 (first 32 hex) of the client address: the same client gives the same hash. */
  clientHash: string;
  /** The client's user agent, flattened and capped. */
  userAgent: string;
  /** The artifact digest shown on the page (opened) or decided on (decided). */
  artifactDigest: string;
  decision?: 'approved' | 'rejected';
  /** The approver's comment on an approval, or the reason of a rejection. */
  comment?: string;
}

/** What the edge knows of the client; the address only goes as far as `evidenceOf`. */
export interface ClientInfo {
  address: string;
  userAgent: string;
}

export const MAX_USER_AGENT_CHARS = 256;

/** A purpose-bound key, so the link-signing key never hashes anything but links itself. */
const hashKey = (signingKey: Uint8Array) =>
  createHmac('sha256', signingKey).update('handoff approval evidence: client address').digest();

export function clientHashOf(signingKey: Uint8Array, address: string): string {
  return createHmac('sha256', hashKey(signingKey)).update(address, 'utf8').digest('hex').slice(0, 32);
}

function flatUserAgent(raw: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must not reach a terminal.
  const flat = raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > MAX_USER_AGENT_CHARS ? `${flat.slice(0, MAX_USER_AGENT_CHARS - 1)}…` : flat;
}

export function evidenceOf(
  signingKey: Uint8Array,
  client: ClientInfo,
  at: {
    runId: string;
    approvalId: string;
    approver: string;
    artifactDigest: string;
    event: ApprovalEvidence['event'];
    at: string;
  },
  decided?: { decision: 'approved' | 'rejected'; comment: string },
): ApprovalEvidence {
  return {
    ...at,
    clientHash: clientHashOf(signingKey, client.address),
    userAgent: flatUserAgent(client.userAgent),
    ...(decided ? { decision: decided.decision } : {}),
    ...(decided && decided.comment !== '' ? { comment: decided.comment } : {}),
  };
}

/** Oldest first; one line each, for `handoff audit`. */
export function formatEvidence(entries: readonly ApprovalEvidence[]): string[] {
  return entries.map((e) => {
    const what =
      e.event === 'opened'
        ? 'opened  '
        : `${e.decision ?? 'decided'}${e.comment ? ` “${e.comment.replace(/\s+/g, ' ')}”` : ''}`;
    return `        ${e.at}  ${e.approver}  ${what}  artifact ${e.artifactDigest.slice(0, 12)}…  client ${e.clientHash.slice(0, 12)}  ${e.userAgent || '(no user agent)'}`;
  });
}
