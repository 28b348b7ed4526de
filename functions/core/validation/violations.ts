import type { Violation } from '../errors.ts';
import { PACKAGE_LIMITS } from '../package-schema.ts';
import { codePointLength, excerpt, plural } from '../rules/text.ts';

/** More violations than this are summarised in one final entry, so a hostile payload cannot flood logs. */
export const MAX_VIOLATIONS = 200;
/** No value is echoed back longer than this (UTF-16 code units). */
const ECHO_MAX = 80;

export const rejectWith = (violations: Violation[]): { ok: false; error: Violation[] } => ({
  ok: false,
  error: capViolations(sortViolations(violations)),
});

/** Stable order: by pointer, segment by segment, numeric segments numerically; ties keep their order. */
export function sortViolations(violations: Violation[]): Violation[] {
  return violations
    .map((v, i) => ({ v, i, segs: v.pointer.split('/') }))
    .sort((a, b) => comparePointerSegments(a.segs, b.segs) || a.i - b.i)
    .map((x) => x.v);
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

export function tooDeepViolation(pointer: string): Violation {
  return {
    pointer,
    rule: 'too_deep',
    message: `nesting must be at most ${PACKAGE_LIMITS.maxDepth} levels of objects and arrays`,
    expected: `at most ${PACKAGE_LIMITS.maxDepth} levels`,
    received: `more than ${PACKAGE_LIMITS.maxDepth} levels`,
  };
}

// ---------------------------------------------------------------------------------------------------
// What a violation may say about a value: type and size, capped scalars, never unbounded content.

/** Caps a string at `max` code units without splitting a surrogate pair. */
export const capText = (s: string, max = ECHO_MAX): string => excerpt(s, max);

/** Type and size, never the content: safe for any value. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return `array (${plural(value.length, 'item')})`;
  // Characters are Unicode code points, as zod counts them for min/max length.
  if (typeof value === 'string') {
    return value.length === 0 ? 'empty string' : `string (${plural(codePointLength(value), 'character')})`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

/** A short JSON rendering of scalar values (capped); containers are described instead. */
export function echo(value: unknown): string {
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
