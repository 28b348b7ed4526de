/**
 * The Lambda functions; infra names resources after these and the local runtime maps them back. The first
 * six run in the workflow; `auto-fallback` is subscribed to the alarm topic; `flag-seed` is the stack's
 * custom resource that writes the flag `off` at the first deploy. A module of its own so infra can import
 * the list without importing the handlers.
 */
export const FUNCTION_NAMES = [
  'intake',
  'scoring',
  'approval-router',
  'approval-callback',
  'handoff',
  'rollback',
  'auto-fallback',
  'flag-seed',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];
