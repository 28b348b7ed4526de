import fc from 'fast-check';
import { signApproval, verifyApproval } from '#core/approval-link';

const key = new TextEncoder().encode('unit-test-key-0123456789abcdef0123456789');
const otherKey = new TextEncoder().encode('unit-test-key-0123456789abcdef0123456789X');
const approvalId = '0b7e8f4c-2d1a-4c3b-9e8f-7a6b5c4d3e2f';
const exp = 1_800_000_000;
const now = exp - 3600;

describe('approval link signing', () => {
  it('verifies a link it signed, before expiry', () => {
    const sig = signApproval({ approvalId, exp }, key);
    expect(sig).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyApproval({ approvalId, exp: String(exp), sig }, key, now)).toEqual({ ok: true });
  });

  it('refuses an expired link at and after exp', () => {
    const sig = signApproval({ approvalId, exp }, key);
    expect(verifyApproval({ approvalId, exp, sig }, key, exp)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyApproval({ approvalId, exp, sig }, key, exp + 1)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a link signed with another key', () => {
    const sig = signApproval({ approvalId, exp }, otherKey);
    expect(verifyApproval({ approvalId, exp, sig }, key, now)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('refuses a moved expiry: a later exp with the old signature is tampered, not accepted', () => {
    const sig = signApproval({ approvalId, exp }, key);
    expect(verifyApproval({ approvalId, exp: exp + 86_400, sig }, key, now)).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });

  it('refuses an expired link whose signature was forged as tampered (signature checked first)', () => {
    expect(verifyApproval({ approvalId, exp, sig: 'A'.repeat(43) }, key, exp + 10)).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });

  it('refuses any change to any field of a signed link', () => {
    const sig = signApproval({ approvalId, exp }, key);
    const mutate = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);
    fc.assert(
      fc.property(
        fc.constantFrom('approvalId', 'exp', 'sig'),
        fc.nat(),
        fc.constantFrom(...'0123456789abcdefABCDEF-_'.split('')),
        (field, pos, c) => {
          const link = { approvalId, exp: String(exp), sig };
          const value = link[field as keyof typeof link];
          const i = pos % value.length;
          const changed = mutate(value, i, c);
          fc.pre(changed !== value);
          const result = verifyApproval({ ...link, [field]: changed }, key, now);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('compares signatures of unequal length without throwing (timing-safe path), as tampered', () => {
    const sig = signApproval({ approvalId, exp }, key);
    for (const bad of ['', sig.slice(0, 42), `${sig}A`, `${sig}${sig}`, 'é'.repeat(43)]) {
      expect(verifyApproval({ approvalId, exp, sig: bad }, key, now)).toEqual({
        ok: false,
        reason: 'tampered',
      });
    }
  });

  it('treats a non-canonical or absent expiry and a bad id as malformed', () => {
    const sig = signApproval({ approvalId, exp }, key);
    for (const e of ['', '0', `0${exp}`, '1e9', `${exp}.0`, '-5', 'abc']) {
      expect(verifyApproval({ approvalId, exp: e, sig }, key, now)).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
    expect(verifyApproval({ approvalId: '../../etc', exp, sig }, key, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('refuses to sign an id that could not round-trip through a URL path', () => {
    expect(() => signApproval({ approvalId: 'a/b', exp }, key)).toThrow(/approvalId/);
    expect(() => signApproval({ approvalId, exp: 1.5 }, key)).toThrow(/exp/);
  });
});
