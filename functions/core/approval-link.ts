import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed approval links: `sig` = base64url(HMAC-SHA256(key, "<approvalId>.<exp>")). Key and time are
 * passed in, so signing and verification are pure and testable.
 */
export interface ApprovalClaims {
  approvalId: string;
  /** Expiry, epoch seconds. */
  exp: number;
}

export type VerifyResult = { ok: true } | { ok: false; reason: 'tampered' | 'expired' | 'malformed' };

const ID = /^[A-Za-z0-9-]{8,64}$/;

function mac(approvalId: string, exp: number, key: Uint8Array): Buffer {
  return createHmac('sha256', key).update(`${approvalId}.${exp}`, 'utf8').digest();
}

export function signApproval(claims: ApprovalClaims, key: Uint8Array): string {
  if (!ID.test(claims.approvalId)) throw new Error('approvalId must be 8-64 letters, digits or dashes');
  if (!Number.isSafeInteger(claims.exp) || claims.exp <= 0)
    throw new Error('exp must be positive epoch seconds');
  return mac(claims.approvalId, claims.exp, key).toString('base64url');
}

/**
 * Verifies a link. `exp` arrives as the raw query/form string so a non-canonical number ("0100", "1e9")
 * is malformed rather than silently normalised. The signature is checked before the expiry so an
 * attacker learns nothing about expiry from a forged link.
 */
export function verifyApproval(
  link: { approvalId: string; exp: string | number; sig: string },
  key: Uint8Array,
  nowEpochSeconds: number,
): VerifyResult {
  const expText = String(link.exp);
  if (!ID.test(link.approvalId) || !/^[1-9]\d{0,15}$/.test(expText) || typeof link.sig !== 'string') {
    return { ok: false, reason: 'malformed' };
  }
  const exp = Number(expText);
  // Compare the canonical base64url text, not decoded bytes: decoding is lenient (ignored padding bits),
  // so two different strings could otherwise pass for one signature.
  const expected = Buffer.from(mac(link.approvalId, exp, key).toString('base64url'), 'utf8');
  const given = Buffer.from(link.sig, 'utf8');
  // timingSafeEqual throws on unequal lengths: compare the expected MAC with itself so the call takes
  // the same time, then fail.
  const sameLength = given.length === expected.length;
  const equal = timingSafeEqual(sameLength ? given : expected, expected) && sameLength;
  if (!equal) return { ok: false, reason: 'tampered' };
  if (nowEpochSeconds >= exp) return { ok: false, reason: 'expired' };
  return { ok: true };
}
