import { HandoffError } from '#core/errors';
import { EXIT, type Io } from './io.ts';

/**
 * The CLI's one usage error (exit 2): unknown command or option, missing or extra argument, bad option
 * value, missing file. `code` is a stable snake_case name for `--json` consumers.
 */
export class UsageError extends HandoffError {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly code: string = 'usage',
  ) {
    super(message);
  }
}

/** Bad input that is not a usage problem (exit 1): an invalid contract file, an unknown rule. */
export class InputError extends HandoffError {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly code: string = 'invalid_input',
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Whether the user asked for JSON, judged from the raw argv (errors can come before options parse). */
export function wantsJson(argv: readonly string[]): boolean {
  return argv.some(
    (a, i) => a === '--json' || a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'),
  );
}

/**
 * Reports an error on stderr and returns its exit code: one readable line (usage errors add a pointer to
 * help), or with `--json` one JSON object `{"error":{"code","message","exitCode",…}}`. Never a stack trace.
 */
export function reportError(io: Io, e: unknown, json: boolean, help = 'handoff --help'): number {
  const usage = e instanceof UsageError;
  const exitCode = usage ? EXIT.usage : EXIT.failed;
  const code = usage || e instanceof InputError ? e.code : 'unexpected';
  const raw = e instanceof Error ? e.message : String(e);
  const message = usage || e instanceof InputError ? raw : `unexpected error: ${raw}`;
  if (json) {
    const details = e instanceof InputError ? e.details : undefined;
    io.err(`${JSON.stringify({ error: { code, message, exitCode, ...details } })}\n`);
  } else {
    io.err(`handoff: ${message}\n${usage ? `Run '${help}' for usage.\n` : ''}`);
  }
  return exitCode;
}
