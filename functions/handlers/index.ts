import { handler as approvalCallback } from './approval-callback.ts';
import { handler as approvalRouter } from './approval-router.ts';
import { handler as autoFallback } from './auto-fallback.ts';
import { handler as handoff } from './handoff.ts';
import { handler as intake } from './intake.ts';
import { handler as rollback } from './rollback.ts';
import { handler as scoring } from './scoring.ts';

/**
 * The Lambda functions; infra names resources after these and the local runtime maps them back. The first
 * six run in the workflow; `auto-fallback` is subscribed to the alarm topic.
 */
export const FUNCTION_NAMES = [
  'intake',
  'scoring',
  'approval-router',
  'approval-callback',
  'handoff',
  'rollback',
  'auto-fallback',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Every handler by function name (entry file `functions/handlers/<name>.ts`, export `handler`). */
export const HANDLERS = {
  intake,
  scoring,
  'approval-router': approvalRouter,
  'approval-callback': approvalCallback,
  handoff,
  rollback,
  'auto-fallback': autoFallback,
} as const satisfies Record<FunctionName, unknown>;
