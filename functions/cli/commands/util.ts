import { type ParseArgsConfig, parseArgs } from 'node:util';
import { HandoffError } from '#core/errors';
import { type OpsContext, opsContext, TARGET_OPTIONS, TargetError, type TargetOptions } from './context.ts';

/** What the ops commands need from the CLI's io; `now` lets tests fix the clock. */
export interface OpsIo {
  out: (s: string) => void;
  err: (s: string) => void;
  root: string;
  now?: () => Date;
  /** Test seam: the context to use instead of one built from the target options. */
  context?: (opts: TargetOptions) => OpsContext;
}

export class OpsUsageError extends HandoffError {
  override readonly name = 'OpsUsageError';
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with the target options added; usage problems become OpsUsageError. */
export function parse<O extends Options>(argv: readonly string[], options: O, positionals: number) {
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: { ...TARGET_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.positionals.length !== positionals) {
      throw new OpsUsageError(
        parsed.positionals.length < positionals
          ? `missing argument (expected ${positionals})`
          : `unexpected argument '${parsed.positionals[positionals]}'`,
      );
    }
    return { values: parsed.values as Record<string, unknown>, pos: parsed.positionals };
  } catch (e) {
    if (e instanceof OpsUsageError) throw e;
    throw new OpsUsageError(
      e instanceof Error ? (e.message.split('\n')[0] ?? 'bad arguments') : 'bad arguments',
    );
  }
}

export function targetOf(values: Record<string, unknown>): TargetOptions {
  const s = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  return {
    local: values.local === true,
    'local-dir': s('local-dir'),
    endpoint: s('endpoint'),
    region: s('region'),
    'table-prefix': s('table-prefix'),
  };
}

/** Runs a command body with a context, mapping usage and target problems to exit code 2, others to 1. */
export async function withContext(
  io: OpsIo,
  values: Record<string, unknown>,
  body: (ctx: OpsContext) => Promise<number>,
): Promise<number> {
  const opts = targetOf(values);
  const ctx = io.context ? io.context(opts) : opsContext(opts, io.root);
  try {
    return await body(ctx);
  } finally {
    if (!io.context) ctx.close();
  }
}

export async function guard(io: OpsIo, fn: () => Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof OpsUsageError || e instanceof TargetError) {
      io.err(`handoff: ${e.message}\nRun 'handoff --help' for usage.\n`);
      return 2;
    }
    io.err(`handoff: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

export const nowOf = (io: OpsIo) => (io.now ? io.now() : new Date());
