import type { Violation } from '../errors.ts';
import { escapePointerToken } from '../json-pointer.ts';
import { PACKAGE_LIMITS } from '../package-schema.ts';
import { capText, MAX_VIOLATIONS, tooDeepViolation } from './violations.ts';

/**
 * Structural walk of a parsed value before the schema runs: iterative, bounded by depth (which also
 * stops cycles from YAML self-aliases); reports prototype keys, lone surrogates and non-JSON values.
 */

/** Keys that could reach Object.prototype through a careless merge downstream; never accepted. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// A lone surrogate is a high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Item {
  value: unknown;
  pointer: string;
  /** Number of containers enclosing the value (the root container has depth 1). */
  depth: number;
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

function loneSurrogate(pointer: string, what: 'must' | 'key must'): Violation {
  return {
    pointer,
    rule: 'invalid_unicode',
    message: `${what} be well-formed Unicode (contains a lone UTF-16 surrogate)`,
    expected: 'well-formed Unicode text',
    received: 'a lone surrogate',
  };
}

/** Pushes an object's children in reverse key order (so they pop in order); bad keys are reported. */
function pushKeys(value: object, pointer: string, depth: number, stack: Item[], out: Violation[]): void {
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
      out.push(loneSurrogate(child, 'key must'));
      continue;
    }
    stack.push({ value: (value as Record<string, unknown>)[key], pointer: child, depth: depth + 1 });
  }
}

export function walkValue(root: unknown): Violation[] {
  const out: Violation[] = [];
  const stack: Item[] = [{ value: root, pointer: '', depth: 0 }];
  while (stack.length > 0 && out.length <= MAX_VIOLATIONS) {
    const { value, pointer, depth } = stack.pop() as Item;
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) out.push(loneSurrogate(pointer, 'must'));
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
    pushKeys(value, pointer, depth, stack, out);
  }
  return out;
}
