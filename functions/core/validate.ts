import { Lexer, parseDocument } from 'yaml';
import type { HandoffContract } from './contract-schema.ts';
import { resolveContract, unavailabilityViolation } from './contracts.ts';
import type { Result, Violation } from './errors.ts';
import { type HandoffPackage, PACKAGE_LIMITS } from './package-schema.ts';
import {
  capText,
  decodePayload,
  parseJsonText,
  rejectWith,
  tooDeepViolation,
  validateAgainstContract,
  validatePackage,
} from './validate-value.ts';

/**
 * The validation edge: `parsePackage` reads JSON or YAML, `checkPackage` adds the contract the package
 * references. The YAML-free parts live in validate-value.ts and are re-exported here, so callers import
 * everything from '#core/validate'; a Lambda that never reads YAML can import '#core/validate-value' and
 * leave the YAML parser (about 115 KB minified) out of its bundle.
 */
export {
  escapePointerToken,
  formatViolations,
  parseJsonPackage,
  resolvePointer,
  scanJson,
  sortViolations,
  toPointer,
  validateAgainstContract,
  validatePackage,
} from './validate-value.ts';

export type PackageFormat = 'json' | 'yaml' | 'auto';

/** YAML alias expansion budget; a handoff package has no legitimate need for many aliases. */
const YAML_MAX_ALIAS_COUNT = 50;

/** Parses and validates a raw package (JSON or YAML, string or bytes). `auto`: JSON when it starts with `{` or `[`. */
export function parsePackage(
  raw: string | Uint8Array,
  format: PackageFormat = 'auto',
): Result<HandoffPackage, Violation[]> {
  const text = decodePayload(raw);
  if (!text.ok) return text;
  const fmt = format === 'auto' ? (/^\s*[[{]/.test(text.value) ? 'json' : 'yaml') : format;
  const value = fmt === 'json' ? parseJsonText(text.value) : parseYaml(text.value);
  if (!value.ok) return value;
  return validatePackage(value.value);
}

/**
 * The whole intake check in one call: parse + schema, resolve the referenced contract, check the package
 * against it. This is what `handoff validate` runs.
 */
export function checkPackage(
  raw: string | Uint8Array,
  format: PackageFormat = 'auto',
): Result<{ pkg: HandoffPackage; contract: HandoffContract }, Violation[]> {
  const parsed = parsePackage(raw, format);
  if (!parsed.ok) return parsed;
  const contract = resolveContract(parsed.value.contract);
  if (!contract.ok) return contract;
  const unavailable = unavailabilityViolation(contract.value);
  if (unavailable) return { ok: false, error: [unavailable] };
  const violations = validateAgainstContract(parsed.value, contract.value);
  if (violations.length > 0) return { ok: false, error: violations };
  return { ok: true, value: { pkg: parsed.value, contract: contract.value } };
}

// ---------------------------------------------------------------------------------------------------
// YAML: core schema (JSON-compatible scalars only), no custom or known-but-non-core tags, unique keys,
// bounded alias expansion, single document.

/**
 * Lower bound of the YAML nesting depth from the lexer's tokens (linear, no recursion): open flow
 * collections, plus compact block indicators (`- - - x`) on one line. The yaml composer is slow and can
 * even run out of memory on a few thousand nested flow collections, so such input never reaches it.
 */
function yamlNestingExceeds(text: string, max: number): boolean {
  let flow = 0;
  let lineIndicators = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      if (++flow > max) return true;
    } else if (token === ']' || token === '}') {
      if (flow > 0) flow--;
    } else if (token === '-' || token === '?') {
      if (++lineIndicators > max) return true;
    } else if (token === '\n' || token === '\r\n') {
      lineIndicators = 0;
    }
  }
  return false;
}

function parseYaml(text: string): Result<unknown, Violation[]> {
  try {
    if (yamlNestingExceeds(text, PACKAGE_LIMITS.maxDepth)) return rejectWith([tooDeepViolation('')]);
    const doc = parseDocument(text, {
      schema: 'core',
      resolveKnownTags: false,
      uniqueKeys: true,
      merge: false,
      strict: true,
      prettyErrors: true,
      logLevel: 'silent',
    });
    const problems: Violation[] = [];
    for (const e of [...doc.errors, ...doc.warnings]) {
      const pos = e.linePos?.[0];
      const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      const first = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      if (e.code === 'DUPLICATE_KEY') {
        problems.push({
          pointer: '',
          rule: 'duplicate_key',
          message: `duplicate key${where}: every key may appear once per mapping`,
          expected: 'unique keys',
        });
      } else if (e.code === 'TAG_RESOLVE_FAILED') {
        problems.push({
          pointer: '',
          rule: 'yaml_tag_not_allowed',
          message: `YAML tag not allowed${where}: only JSON-compatible core-schema values are accepted`,
          expected: 'plain YAML without custom tags',
          received: capText(first.replace(/^Unresolved tag: /, '')),
        });
      } else {
        problems.push({
          pointer: '',
          rule: 'malformed_yaml',
          message: `malformed YAML${where}: ${capText(first, 160)}`,
          expected: 'a single well-formed YAML document',
          received: e.code,
        });
      }
    }
    if (problems.length > 0) return rejectWith(problems);
    return { ok: true, value: doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT }) as unknown };
  } catch (e) {
    if (e instanceof RangeError) return rejectWith([tooDeepViolation('')]);
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      return rejectWith([
        {
          pointer: '',
          rule: 'too_many_aliases',
          message: `YAML aliases expand beyond the limit of ${YAML_MAX_ALIAS_COUNT}`,
          expected: `at most ${YAML_MAX_ALIAS_COUNT} alias expansions`,
        },
      ]);
    }
    return rejectWith([
      {
        pointer: '',
        rule: 'malformed_yaml',
        message: `malformed YAML: ${capText(e instanceof Error ? e.message : String(e), 160)}`,
        expected: 'a single well-formed YAML document',
      },
    ]);
  }
}
