/**
 * The Lambda functions; infra names resources after these and the local runtime maps them back. The first
 * six run in the workflow; `auto-fallback` is subscribed to the alarm topic. A module of its own so infra
 * can import the list without importing the handlers.
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
