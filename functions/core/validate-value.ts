import type { HandoffContract } from './contract-schema.ts';
import type { Result, Violation } from './errors.ts';
import { type HandoffPackage, handoffPackageSchema, PACKAGE_LIMITS } from './package-schema.ts';

/**
 * The YAML-free half of the validation edge; `validate.ts` adds YAML and re-exports everything public
 * here. A Lambda that only validates parsed values or JSON imports this module and does not bundle the
 * YAML parser. Every payload is treated as hostile: size is checked before anything is decoded, bytes
 * must be UTF-8, JSON is scanned by an iterative tokenizer (exact line/column, duplicate keys, nesting
 * depth) before `JSON.parse`, and the parsed value is walked iteratively (never recursively) for depth,
 * prototype keys, lone surrogates and non-JSON values before the zod/mini schema runs. All violations
 * are reported together, sorted by pointer.
 */

/** Keys that could reach Object.prototype through a careless merge downstream; never accepted. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** More violations than this are summarised in one final entry, so a hostile payload cannot flood logs. */
const MAX_VIOLATIONS = 200;
/** No value is echoed back longer than this (UTF-16 code units). */
const ECHO_MAX = 80;

// ---------------------------------------------------------------------------------------------------
// Public API

/** Parses and validates a raw JSON package (string or bytes); `parsePackage` in validate.ts adds YAML. */
export function parseJsonPackage(raw: string | Uint8Array): Result<HandoffPackage, Violation[]> {
  const text = decodePayload(raw);
  if (!text.ok) return text;
  const value = parseJsonText(text.value);
  if (!value.ok) return value;
  return validatePackage(value.value);
}

/** Validates an already-parsed value: structure (depth, forbidden keys, Unicode, JSON types), then the schema. */
export function validatePackage(value: unknown): Result<HandoffPackage, Violation[]> {
  const structural = walkValue(value);
  if (structural.length > 0) return rejectWith(structural);
  const parsed = handoffPackageSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  // One violation per pointer: a value that fails its format also fails later checks (e.g. a calendar
  // refine after the regex), and the first explanation is the useful one.
  const seen = new Set<string>();
  const violations = parsed.error.issues
    .flatMap((issue) => issueToViolations(issue, value, []))
    .filter((v) => !seen.has(v.pointer) && seen.add(v.pointer));
  return rejectWith(violations);
}

/** Checks a schema-valid package against the contract it references. Returns [] when it conforms. */
export function validateAgainstContract(pkg: HandoffPackage, contract: HandoffContract): Violation[] {
  const out: Violation[] = [];
  const ref = `${contract.id}@${contract.version}`;
  if (pkg.contract.id !== contract.id || pkg.contract.version !== contract.version) {
    out.push({
      pointer: '/contract',
      rule: 'contract_mismatch',
      message: `references contract ${pkg.contract.id}@${pkg.contract.version} but is checked against ${ref}`,
      expected: ref,
      received: capText(`${pkg.contract.id}@${pkg.contract.version}`),
    });
  }
  if (contract.status === 'retired' || contract.status === 'draft') {
    out.push({
      pointer: '/contract',
      rule: 'contract_unavailable',
      message: `contract ${ref} is ${contract.status} and cannot accept handoffs`,
      expected: 'an active or deprecated contract',
      received: contract.status,
    });
  }
  for (const field of contract.requiredFields) {
    const found = resolvePointer(pkg, field);
    if (!found.present || isEmpty(found.value)) {
      out.push({
        pointer: field,
        rule: 'required_field',
        message: `is required by contract ${ref} and must not be empty`,
        expected: 'a present, non-empty value',
        received: found.present ? describe(found.value) : 'missing',
      });
    }
  }
  const allowed = new Set<string>(contract.allowedChannels);
  pkg.channels.forEach((plan, i) => {
    if (!allowed.has(plan.channel)) {
      out.push({
        pointer: `/channels/${i}/channel`,
        rule: 'channel_not_allowed',
        message: `channel '${plan.channel}' is not allowed by contract ${ref}; allowed: ${contract.allowedChannels.join(', ')}`,
        expected: `one of: ${contract.allowedChannels.join(', ')}`,
        received: plan.channel,
      });
    }
  });
  return sortViolations(out);
}

/** One violation per line: `pointer  message [rule] (expected …; received …)`. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const detail = [
        v.expected === undefined ? '' : `expected ${v.expected}`,
        v.received === undefined ? '' : `received ${v.received}`,
      ]
        .filter(Boolean)
        .join('; ');
      return `${v.pointer || '/'}: ${v.message} [${v.rule}]${detail ? ` (${detail})` : ''}`;
    })
    .join('\n');
}

/** RFC 6901 escaping of one reference token. */
export function escapePointerToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Builds an RFC 6901 pointer from path segments. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${escapePointerToken(typeof p === 'symbol' ? String(p) : p)}`).join('');
}

/** Resolves an RFC 6901 pointer against a value (own properties only). */
export function resolvePointer(root: unknown, pointer: string): { present: boolean; value: unknown } {
  if (pointer === '') return { present: true, value: root };
  if (!pointer.startsWith('/')) return { present: false, value: undefined };
  let cur: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, token)) {
      return { present: false, value: undefined };
    }
    cur = (cur as Record<string, unknown>)[token];
  }
  return { present: true, value: cur };
}

/** Stable order: by pointer, segment by segment, numeric segments numerically; ties keep their order. */
export function sortViolations(violations: Violation[]): Violation[] {
  return violations
    .map((v, i) => ({ v, i, segs: v.pointer.split('/') }))
    .sort((a, b) => comparePointerSegments(a.segs, b.segs) || a.i - b.i)
    .map((x) => x.v);
}

// ---------------------------------------------------------------------------------------------------
// Bytes and text

export const rejectWith = (violations: Violation[]): { ok: false; error: Violation[] } => ({
  ok: false,
  error: capViolations(sortViolations(violations)),
});

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

// ---------------------------------------------------------------------------------------------------
// JSON: an iterative validating scanner (exact position, duplicate keys, depth), then JSON.parse.

interface Frame {
  kind: 'object' | 'array';
  keys: Set<string>;
  key: string;
  index: number;
}

type ScanResult =
  | { ok: true; duplicates: { pointer: string; key: string }[] }
  | { ok: false; violation: Violation };

function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastNl = i;
    }
  }
  return { line, column: offset - lastNl };
}

function framePointer(stack: readonly Frame[], depth: number): string {
  let p = '';
  for (let i = 0; i < depth; i++) {
    const f = stack[i] as Frame;
    p += `/${f.kind === 'object' ? escapePointerToken(f.key) : f.index}`;
  }
  return p;
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function scanJson(text: string): ScanResult {
  const n = text.length;
  const stack: Frame[] = [];
  const duplicates: { pointer: string; key: string }[] = [];
  let i = 0;
  let state: 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'after' = 'value';

  const err = (offset: number, reason: string): ScanResult => {
    const { line, column } = lineCol(text, offset);
    const c = text[offset];
    const at =
      c === undefined
        ? 'end of input'
        : /^[\x21-\x7e]$/.test(c)
          ? `character '${c}'`
          : `character ${JSON.stringify(c)}`;
    return {
      ok: false,
      violation: {
        pointer: '',
        rule: 'malformed_json',
        message: `malformed JSON at line ${line}, column ${column}: ${reason}`,
        expected: reason.replace(/^expected /, ''),
        received: at,
      },
    };
  };

  /** Returns the index after the closing quote, or a negative error code. */
  const scanString = (start: number): number | ScanResult => {
    let j = start + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 34) return j + 1;
      if (c === 92) {
        const e = text[j + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
            return err(j, 'expected \\u followed by 4 hex digits');
          j += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
        else return err(j, 'expected a valid escape sequence');
      } else if (c < 0x20) return err(j, 'expected control characters inside strings to be escaped');
      else j++;
    }
    return err(n, 'expected a closing double quote');
  };

  while (true) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
    const ch = text[i];
    if (state === 'value' || state === 'value-or-end') {
      if (state === 'value-or-end' && ch === ']') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (ch === '{' || ch === '[') {
        if (stack.length + 1 > PACKAGE_LIMITS.maxDepth) {
          return { ok: false, violation: tooDeepViolation(framePointer(stack, stack.length)) };
        }
        stack.push({ kind: ch === '{' ? 'object' : 'array', keys: new Set(), key: '', index: 0 });
        i++;
        state = ch === '{' ? 'key-or-end' : 'value-or-end';
        continue;
      }
      if (ch === '"') {
        const end = scanString(i);
        if (typeof end !== 'number') return end;
        i = end;
        state = 'after';
        continue;
      }
      if (ch === 't' || ch === 'f' || ch === 'n') {
        const word = ch === 't' ? 'true' : ch === 'f' ? 'false' : 'null';
        if (text.startsWith(word, i)) {
          i += word.length;
          state = 'after';
          continue;
        }
        return err(i, 'expected a value (object, array, string, number, true, false or null)');
      }
      NUMBER_RE.lastIndex = i;
      if ((ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) && NUMBER_RE.test(text)) {
        i = NUMBER_RE.lastIndex;
        state = 'after';
        continue;
      }
      return err(i, 'expected a value (object, array, string, number, true, false or null)');
    }
    if (state === 'key' || state === 'key-or-end') {
      const top = stack[stack.length - 1] as Frame;
      if (state === 'key-or-end' && ch === '}') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (ch !== '"') return err(i, 'expected a property name in double quotes');
      const end = scanString(i);
      if (typeof end !== 'number') return end;
      const token = text.slice(i + 1, end - 1);
      const key = token.includes('\\') ? (JSON.parse(`"${token}"`) as string) : token;
      top.key = key;
      if (top.keys.has(key)) {
        duplicates.push({ pointer: framePointer(stack, stack.length), key });
      } else top.keys.add(key);
      i = end;
      state = 'colon';
      continue;
    }
    if (state === 'colon') {
      if (ch !== ':') return err(i, "expected ':' after the property name");
      i++;
      state = 'value';
      continue;
    }
    // state === 'after': a value just ended.
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (i < n) return err(i, 'expected end of input after the JSON value');
      return { ok: true, duplicates };
    }
    if (ch === ',') {
      i++;
      if (top.kind === 'object') state = 'key';
      else {
        top.index++;
        state = 'value';
      }
      continue;
    }
    if ((ch === '}' && top.kind === 'object') || (ch === ']' && top.kind === 'array')) {
      stack.pop();
      i++;
      continue;
    }
    return err(i, top.kind === 'object' ? "expected ',' or '}'" : "expected ',' or ']'");
  }
}

export function parseJsonText(text: string): Result<unknown, Violation[]> {
  const scan = scanJson(text);
  if (!scan.ok) return rejectWith([scan.violation]);
  if (scan.duplicates.length > 0) {
    return rejectWith(
      scan.duplicates.map(({ pointer, key }) => ({
        pointer,
        rule: 'duplicate_key',
        message: `duplicate key '${capText(key)}': every key may appear once per object`,
        expected: 'unique keys',
        received: `'${capText(key)}' more than once`,
      })),
    );
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    // The scanner accepted the text, so only resource exhaustion can land here.
    if (e instanceof RangeError) return rejectWith([tooDeepViolation('')]);
    return rejectWith([
      { pointer: '', rule: 'malformed_json', message: 'malformed JSON', expected: 'a JSON document' },
    ]);
  }
}

// ---------------------------------------------------------------------------------------------------
// Structural walk: iterative, bounded by depth (which also stops cycles from YAML self-aliases).

export function tooDeepViolation(pointer: string): Violation {
  return {
    pointer,
    rule: 'too_deep',
    message: `nesting must be at most ${PACKAGE_LIMITS.maxDepth} levels of objects and arrays`,
    expected: `at most ${PACKAGE_LIMITS.maxDepth} levels`,
    received: `more than ${PACKAGE_LIMITS.maxDepth} levels`,
  };
}

// A lone surrogate is a high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function walkValue(root: unknown): Violation[] {
  const out: Violation[] = [];
  // depth = number of containers enclosing the value (root container has depth 1).
  const stack: { value: unknown; pointer: string; depth: number }[] = [
    { value: root, pointer: '', depth: 0 },
  ];
  while (stack.length > 0 && out.length <= MAX_VIOLATIONS) {
    const { value, pointer, depth } = stack.pop() as { value: unknown; pointer: string; depth: number };
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) {
        out.push({
          pointer,
          rule: 'invalid_unicode',
          message: 'must be well-formed Unicode (contains a lone UTF-16 surrogate)',
          expected: 'well-formed Unicode text',
          received: 'a lone surrogate',
        });
      }
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) out.push(nonJson(pointer, String(value)));
      continue;
    }
    if (typeof value !== 'object') {
      out.push(nonJson(pointer, typeof value));
      continue;
    }
    const isArray = Array.isArray(value);
    const proto = Object.getPrototypeOf(value) as unknown;
    if (!isArray && proto !== Object.prototype && proto !== null) {
      out.push(nonJson(pointer, (value as object).constructor?.name ?? 'object'));
      continue;
    }
    if (depth + 1 > PACKAGE_LIMITS.maxDepth) {
      out.push(tooDeepViolation(pointer));
      continue;
    }
    if (isArray) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], pointer: `${pointer}/${i}`, depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k] as string;
      const child = `${pointer}/${escapePointerToken(key)}`;
      if (FORBIDDEN_KEYS.has(key)) {
        out.push({
          pointer: child,
          rule: 'forbidden_key',
          message: `key '${key}' is not allowed anywhere in a package`,
          expected: 'no __proto__, constructor or prototype keys',
          received: key,
        });
        continue;
      }
      if (LONE_SURROGATE.test(key)) {
        out.push({
          pointer: child,
          rule: 'invalid_unicode',
          message: 'key must be well-formed Unicode (contains a lone UTF-16 surrogate)',
          expected: 'well-formed Unicode text',
          received: 'a lone surrogate',
        });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], pointer: child, depth: depth + 1 });
    }
  }
  return out;
}

function nonJson(pointer: string, what: string): Violation {
  return {
    pointer,
    rule: 'non_json_value',
    message: 'must be a JSON value (string, finite number, boolean, null, array or object)',
    expected: 'a JSON value',
    received: capText(what),
  };
}

// ---------------------------------------------------------------------------------------------------
// zod/mini issues → violations. zod/mini carries no English messages, so every code is spelled out here.

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  [k: string]: unknown;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function hintOf(issue: Issue): string | undefined {
  return issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
}

function issueToViolations(raw: unknown, root: unknown, prefix: PropertyKey[]): Violation[] {
  const issue = raw as Issue;
  const path = [...prefix, ...issue.path];
  const pointer = toPointer(path);
  const at = resolvePointer(root, pointer);
  const received = at.present ? describe(at.value) : 'missing';
  const hint = hintOf(issue);
  const v = (rule: string, message: string, expected?: string, rec: string | undefined = received) => {
    const out: Violation = { pointer, rule, message };
    if (expected !== undefined) out.expected = expected;
    if (rec !== undefined) out.received = rec;
    return out;
  };
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[String(issue.expected)] ?? String(issue.expected);
      return [
        at.present
          ? v('invalid_type', `must be ${expected}`, expected)
          : v('invalid_type', `is required (${expected})`, expected, 'missing'),
      ];
    }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = Number(big ? issue.maximum : issue.minimum);
      const inclusive = issue.inclusive !== false;
      const origin = String(issue.origin);
      let expected: string;
      if (origin === 'string') {
        expected =
          !big && limit === 1
            ? 'a non-empty string'
            : `${big ? 'at most' : 'at least'} ${plural(limit, 'character')}`;
      } else if (origin === 'array' || origin === 'set') {
        expected = !big && hint ? hint : `${big ? 'at most' : 'at least'} ${plural(limit, 'item')}`;
      } else {
        expected = `${big ? (inclusive ? 'at most' : 'less than') : inclusive ? 'at least' : 'greater than'} ${limit}`;
      }
      const message =
        origin === 'string'
          ? !big && limit === 1
            ? 'must not be empty'
            : `must be ${expected}`
          : origin === 'array' || origin === 'set'
            ? `must contain ${expected}`
            : `must be ${expected}`;
      return [v(issue.code, message, expected)];
    }
    case 'invalid_format': {
      const expected =
        issue.format === 'regex' ? (hint ?? 'the expected format') : `a valid ${String(issue.format)}`;
      return [v('invalid_format', `must be ${expected}`, expected, echo(at.value))];
    }
    case 'invalid_value': {
      const values = (issue.values as unknown[] | undefined) ?? [];
      const shown = values.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
      const expected = shown.length === 1 ? JSON.stringify(values[0]) : `one of: ${shown.join(', ')}`;
      return [v('invalid_value', `must be ${expected}`, expected, at.present ? echo(at.value) : 'missing')];
    }
    case 'unrecognized_keys': {
      const keys = (issue.keys as string[] | undefined) ?? [];
      return keys.map((key) => ({
        pointer: `${pointer}/${escapePointerToken(key)}`,
        rule: 'unrecognized_keys',
        message: `unknown field '${capText(key)}' is not allowed`,
        expected: 'only fields defined by the package schema',
        received: capText(key),
      }));
    }
    case 'not_multiple_of':
      return [v('not_multiple_of', `must be a multiple of ${String(issue.divisor)}`)];
    case 'invalid_union':
      return [v('invalid_union', 'does not match any allowed shape', hint)];
    case 'invalid_key':
    case 'invalid_element': {
      const inner = (issue.issues as unknown[] | undefined) ?? [];
      const nested = inner.flatMap((x) => issueToViolations(x, root, path));
      return nested.length > 0 ? nested : [v(issue.code, 'is invalid')];
    }
    case 'custom':
      return [v('custom', hint ? `must be ${hint}` : 'is invalid', hint, echo(at.value))];
    default:
      return [v(issue.code || 'invalid', hint ? `must be ${hint}` : 'is invalid', hint)];
  }
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A low surrogate that follows a high surrogate belongs to the same code point.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Caps a string at `max` code units without splitting a surrogate pair. */
export function capText(s: string, max = ECHO_MAX): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

/** Type and size, never the content: safe for any value. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return `array (${plural(value.length, 'item')})`;
  // Characters are Unicode code points, as zod counts them for min/max length.
  if (typeof value === 'string') {
    return value.length === 0 ? 'empty string' : `string (${plural(codePoints(value), 'character')})`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

/** A short JSON rendering of scalar values (capped); containers are described instead. */
function echo(value: unknown): string {
  if (value === undefined) return 'missing';
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value === null
  ) {
    return capText(JSON.stringify(value));
  }
  return describe(value);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim().length === 0;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

function comparePointerSegments(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

function capViolations(violations: Violation[]): Violation[] {
  if (violations.length <= MAX_VIOLATIONS) return violations;
  const rest = violations.length - MAX_VIOLATIONS;
  return [
    ...violations.slice(0, MAX_VIOLATIONS),
    {
      pointer: '',
      rule: 'too_many_violations',
      message: `${rest} more violation(s) not listed; fix the ones above first`,
    },
  ];
}
