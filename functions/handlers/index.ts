import type { FunctionName } from '#shared/function-names';
import { handler as approvalCallback } from './approval-callback.ts';
import { handler as approvalRouter } from './approval-router.ts';
import { handler as autoFallback } from './auto-fallback.ts';
import { handler as flagSeed } from './flag-seed.ts';
import { handler as handoff } from './handoff.ts';
import { handler as intake } from './intake.ts';
import { handler as rollback } from './rollback.ts';
import { handler as scoring } from './scoring.ts';

export { FUNCTION_NAMES, type FunctionName } from '#shared/function-names';

/** Every handler by function name (entry file `functions/handlers/<name>.ts`, export `handler`). */
export const HANDLERS = {
  intake,
  scoring,
  'approval-router': approvalRouter,
  'approval-callback': approvalCallback,
  handoff,
  rollback,
  'auto-fallback': autoFallback,
  'flag-seed': flagSeed,
} as const satisfies Record<FunctionName, unknown>;
