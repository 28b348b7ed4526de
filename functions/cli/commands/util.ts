import type { Command } from 'commander';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';
import type { OpsContext, TargetOptions } from './target.ts';

/** What a command's registration gets: the io, and `action` to turn a body's exit code into the run's. */
export interface Cli {
  io: Io;
  action<A extends unknown[]>(fn: (...a: A) => number | Promise<number>): (...a: A) => Promise<void>;
}

export type Register = (program: Command, cli: Cli) => void;

/** Adds the example every command's `--help` ends with. */
export function example(cmd: Command, ...lines: string[]): Command {
  return cmd.addHelpText('after', `\nExample:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
}

/** The options that say where the operating commands read from (see context.ts). */
export function withTarget(cmd: Command): Command {
  return cmd
    .option('--stack <name>', 'the deployed stack: its outputs name the tables (CloudFormation)')
    .option('--local', 'the running local stack (npm start)')
    .option('--local-dir <dir>', 'data dir of the local stack', undefined)
    .option('--endpoint <url>', 'one endpoint for DynamoDB and S3 (e.g. LocalStack)')
    .option('--region <region>', 'AWS region')
    .option('--table-prefix <prefix>', 'tables PREFIX + runs / artifacts / flags');
}

/** commander takes the next word as an option's value even when it is another option: refuse that. */
export function noOptionAsValue(opts: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(opts)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'string' && v.startsWith('--')) {
        const flag = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        throw new UsageError(`option '--${flag}' needs a value (got '${v}')`, 'option_missing_argument');
      }
    }
  }
}

export function targetOf(values: Record<string, unknown>): TargetOptions {
  const s = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  return {
    stack: s('stack'),
    local: values.local === true,
    'local-dir': s('localDir'),
    endpoint: s('endpoint'),
    region: s('region'),
    'table-prefix': s('tablePrefix'),
  };
}

/** Runs a command body with a context built from the target options, and closes it afterwards. */
export async function withContext(
  io: Io,
  values: Record<string, unknown>,
  body: (ctx: OpsContext) => Promise<number>,
): Promise<number> {
  noOptionAsValue(values);
  const opts = targetOf(values);
  const { opsContext } = io.context ? { opsContext: undefined } : await import('./context.ts');
  const ctx = io.context
    ? await io.context(opts)
    : await (opsContext as NonNullable<typeof opsContext>)(opts, io);
  try {
    return await body(ctx);
  } finally {
    if (!io.context) ctx.close();
  }
}

/** A non-negative number option, or its default. */
export function num(v: unknown, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`--${name} must be a non-negative number`, 'invalid_option');
  return n;
}

export const nowOf = (io: Io) => (io.now ? io.now() : new Date());
