/**
 * Structured validation errors. Every violation names where (JSON pointer), which rule was broken and
 * what was expected, and all violations of a payload are reported together.
 */
export interface Violation {
  /** RFC 6901 JSON pointer to the offending value; '' for the whole payload. */
  pointer: string;
  /** Stable rule name, e.g. 'too_big', 'unrecognized_keys', 'invalid_type', 'payload_too_large'. */
  rule: string;
  /** Human-readable explanation naming the expectation. */
  message: string;
  expected?: string;
  received?: string;
}

export class HandoffValidationError extends Error {
  override readonly name = 'HandoffValidationError';
  readonly violations: Violation[];

  constructor(violations: Violation[], options?: ErrorOptions) {
    super(
      `${violations.length} violation(s): ${violations
        .slice(0, 3)
        .map((v) => `${v.pointer || '/'} ${v.message}`)
        .join('; ')}`,
      options,
    );
    this.violations = violations;
  }
}

/** The package references a contract (id, version) that does not exist or is retired. */
export class ContractNotFoundError extends Error {
  override readonly name = 'ContractNotFoundError';
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
