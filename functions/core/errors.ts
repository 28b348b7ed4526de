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

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/**
 * The base of every named error of the product. A subclass declares its `name` as a string literal ending
 * in `Error` (the type says so): minified bundles rename classes, and a Step Functions `ErrorEquals` or a
 * caller's `instanceof` must not depend on that. `cause` goes through ErrorOptions.
 */
export abstract class HandoffError extends Error {
  abstract override readonly name: `${string}Error`;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
