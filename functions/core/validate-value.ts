import { missingFields } from './contract-requirements.ts';
import type { HandoffContract } from './contract-schema.ts';
import type { Result, Violation } from './errors.ts';
import { type HandoffPackage, handoffPackageSchema } from './package-schema.ts';
import { parseJsonText } from './validation/json-scanner.ts';
import { decodePayload } from './validation/payload.ts';
import { capText, describe, rejectWith, sortViolations } from './validation/violations.ts';
import { walkValue } from './validation/walker.ts';
import { issueToViolations } from './validation/zod-issues.ts';

/**
 * The YAML-free half of the validation edge; `validate.ts` adds YAML and re-exports everything public
 * here. A Lambda that only validates parsed values or JSON imports this module and does not bundle the
 * YAML parser. Every payload is treated as hostile: size is checked before anything is decoded, bytes
 * must be UTF-8 (validation/payload.ts), JSON is scanned by an iterative tokenizer (exact line/column,
 * duplicate keys, nesting depth) before `JSON.parse` (validation/json-scanner.ts), and the parsed value
 * is walked iteratively (never recursively) for depth, prototype keys, lone surrogates and non-JSON
 * values (validation/walker.ts) before the zod/mini schema runs (validation/zod-issues.ts words its
 * issues). All violations are reported together, sorted by pointer (validation/violations.ts).
 */

export { escapePointerToken, resolvePointer, toPointer } from './json-pointer.ts';
export { parseJsonText, scanJson } from './validation/json-scanner.ts';
export { decodePayload } from './validation/payload.ts';
export {
  capText,
  formatViolations,
  rejectWith,
  sortViolations,
  tooDeepViolation,
} from './validation/violations.ts';

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
  for (const m of missingFields(pkg, contract)) {
    const why = m.because === null ? '' : ` because ${m.because},`;
    out.push({
      pointer: m.pointer,
      rule: 'required_field',
      message: `is required by contract ${ref}${why} and must not be empty`,
      expected: 'a present, non-empty value',
      received: m.found.present ? describe(m.found.value) : 'missing',
    });
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
