import type { AslDefinition, LambdaHandler, WorkflowRuntimeOptions } from './workflow-types.ts';

/**
 * What the local workflow runtime reads from a definition before running it: which function each Task
 * state calls and how (`planTasks`), the retry delays to pass to aws-local-stepfunctions, and the copy of
 * the definition the library runs (`localDefinition`).
 */

export const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';
export const WAIT_FOR_TOKEN = '.waitForTaskToken';
/** Parameters field carrying a waitForTaskToken state's TimeoutSecondsPath value to its local handler. */
export const LOCAL_TIMEOUT_FIELD = '__localTaskTimeoutSeconds';
/** Largest timeout a Node timer holds (2^31 - 1 ms): the library's own timer for such states. */
const MAX_TIMER_SECONDS = 2_147_483;

/** How one Task state calls its function, decided once from the definition. */
export interface TaskPlan {
  fn: string;
  invoke: boolean;
  waitForToken: boolean;
  tokenPath?: string[];
  timeoutSeconds?: number;
  timeoutFromInput?: boolean;
}

/** The key of a Parameters template whose value is `$$.Task.Token` (where the router finds its token). */
function findTokenPath(template: unknown, path: string[] = []): string[] | undefined {
  if (!template || typeof template !== 'object') return undefined;
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$') && value === '$$.Task.Token') return [...path, key.slice(0, -2)];
    const nested = findTokenPath(value, [...path, key]);
    if (nested) return nested;
  }
  return undefined;
}

export function valueAt(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (const key of path)
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
  return cur;
}

/** Which function each Task state calls; throws for a state no local handler can serve. */
export function planTasks(
  definition: AslDefinition,
  functionOf: (arnOrName: string) => string | undefined,
  handlers: Record<string, LambdaHandler>,
): Map<string, TaskPlan> {
  const tasks = new Map<string, TaskPlan>();
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type !== 'Task' || !state.Resource) continue;
    const invoke = state.Resource === LAMBDA_INVOKE || state.Resource === LAMBDA_INVOKE + WAIT_FOR_TOKEN;
    const target = invoke ? String(state.Parameters?.FunctionName ?? '') : state.Resource;
    const fn = functionOf(target);
    if (!fn) throw new Error(`Task state ${name}: no local handler for resource ${target}`);
    if (!handlers[fn]) throw new Error(`Task state ${name}: function ${fn} has no handler`);
    const waitForToken = state.Resource.endsWith(WAIT_FOR_TOKEN);
    // Where the handler finds the token, in the payload it receives (unwrapped from lambda:invoke).
    const tokenPath = waitForToken
      ? findTokenPath(invoke ? state.Parameters?.Payload : state.Parameters)
      : undefined;
    if (waitForToken && !tokenPath)
      throw new Error(`Task state ${name}: waitForTaskToken without $$.Task.Token`);
    tasks.set(name, {
      fn,
      invoke,
      waitForToken,
      ...(tokenPath ? { tokenPath } : {}),
      ...(waitForToken && state.TimeoutSeconds ? { timeoutSeconds: state.TimeoutSeconds } : {}),
      ...(waitForToken && state.TimeoutSecondsPath ? { timeoutFromInput: true } : {}),
    });
  }
  return tasks;
}

export function retryOverrides(
  definition: AslDefinition,
  spec: WorkflowRuntimeOptions['retryIntervalMs'],
): Record<string, number | number[]> | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec !== 'number') return spec;
  const out: Record<string, number> = {};
  for (const [name, state] of Object.entries(definition.States)) if (state.Retry) out[name] = spec;
  return out;
}

/**
 * aws-local-stepfunctions evaluates TimeoutSecondsPath against the task's Parameters output, AWS against
 * the state input. For a waitForTaskToken state the local copy therefore carries the path's value in an
 * extra Parameters field (evaluated against the state input, as AWS does) for the local handler, which
 * enforces the timeout itself (and can be shortened in tests); the library's own timer is set out of reach.
 */
export function localDefinition(definition: AslDefinition): AslDefinition {
  const copy = structuredClone(definition);
  for (const state of Object.values(copy.States)) {
    if (state.Type !== 'Task' || !state.Resource?.endsWith(WAIT_FOR_TOKEN)) continue;
    if (state.TimeoutSecondsPath) {
      state.Parameters = { ...state.Parameters, [`${LOCAL_TIMEOUT_FIELD}.$`]: state.TimeoutSecondsPath };
      delete state.TimeoutSecondsPath;
      state.TimeoutSeconds = MAX_TIMER_SECONDS;
    }
  }
  return copy;
}
