import type { Violation } from '../errors.ts';
import { escapePointerToken, resolvePointer, toPointer } from '../json-pointer.ts';
import { plural } from '../rules/text.ts';
import { capText, describe, echo } from './violations.ts';

/** zod/mini issues → violations. zod/mini carries no English messages, so every code is spelled out here. */

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

/** `too_big` / `too_small`: the limit in the words of the value's kind (characters, items, a number). */
function sizeWording(issue: Issue, hint: string | undefined): { expected: string; message: string } {
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
  return { expected, message };
}

export function issueToViolations(raw: unknown, root: unknown, prefix: PropertyKey[]): Violation[] {
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
      const { expected, message } = sizeWording(issue, hint);
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
    case 'invalid_union': {
      // A union the schema words itself ('a whole number of units, or "not-limited"') says so.
      const own = typeof issue.message === 'string' && !issue.message.startsWith('Invalid input');
      return [
        v('invalid_union', own ? `must be ${issue.message}` : 'does not match any allowed shape', hint),
      ];
    }
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
