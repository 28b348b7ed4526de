import type { Result, Violation } from '../errors.ts';
import { PACKAGE_LIMITS } from '../package-schema.ts';
import { rejectWith } from './violations.ts';

/** Bytes to text: the size is checked before anything is decoded, and bytes must be UTF-8. */

function tooLarge(bytes: string): { ok: false; error: Violation[] } {
  return rejectWith([
    {
      pointer: '',
      rule: 'payload_too_large',
      message: `payload must be at most ${PACKAGE_LIMITS.maxBytes} bytes`,
      expected: `at most ${PACKAGE_LIMITS.maxBytes} bytes`,
      received: bytes,
    },
  ]);
}

export function decodePayload(raw: string | Uint8Array): Result<string, Violation[]> {
  const max = PACKAGE_LIMITS.maxBytes;
  let text: string;
  if (typeof raw === 'string') {
    // Every UTF-16 code unit needs at least one UTF-8 byte: cheap rejection before measuring.
    if (raw.length > max) return tooLarge(`more than ${max} bytes`);
    const bytes = utf8Length(raw);
    if (bytes > max) return tooLarge(`${bytes} bytes`);
    text = raw;
  } else {
    if (raw.byteLength > max) return tooLarge(`${raw.byteLength} bytes`);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      return rejectWith([
        {
          pointer: '',
          rule: 'invalid_encoding',
          message: 'payload must be valid UTF-8',
          expected: 'UTF-8 text',
          received: `invalid UTF-8 at byte ${firstInvalidUtf8(raw)}`,
        },
      ]);
    }
  }
  return { ok: true, value: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Offset of the first byte that starts an ill-formed UTF-8 sequence (for a precise message). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    const c1 = b[i + 1];
    if (c1 === undefined || c1 < lo || c1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const ck = b[i + k];
      if (ck === undefined || ck < 0x80 || ck > 0xbf) return i;
    }
    i += need + 1;
  }
  return b.length;
}
