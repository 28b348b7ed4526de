import { randomBytes } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { followSubmission, type PendingRequest } from '#app/follow';
import { progressLine, type RunProgress } from '#core/run-progress';
import { checkPackage } from '#core/validate';
import { InputError } from '../errors.ts';
import { EXIT, type Io, paint } from '../io.ts';
import { formatOf, readInput } from './input.ts';
import { type Cli, example, nowOf, num, withContext, withTarget } from './util.ts';
import { reportInvalid } from './validate.ts';

interface SubmitOptions {
  json?: boolean;
  wait?: boolean;
  timeout?: string;
  interval?: string;
  prefix?: string;
}

/** Intake may stamp the run a little before the put's instant on another clock: look back this far. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * A key of its own for every submission: the bucket takes each key once (putImmutable), and the run is
 * found again by this key. `incoming/<name>-<UTC stamp>-<4 hex>.<ext>`.
 */
export function submissionKey(prefix: string, file: string, now: Date): string {
  const ext = extname(file);
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  const name = basename(file, ext).replace(/[^A-Za-z0-9._-]/g, '-');
  return `${prefix}${name}-${stamp}-${randomBytes(2).toString('hex')}${ext}`;
}

/** "in 23 h" / "3 min ago": enough for a terminal line. */
export function relative(seconds: number, past = false): string {
  const s = Math.abs(seconds);
  const span =
    s >= 86_400
      ? `${Math.round(s / 86_400)} d`
      : s >= 3600
        ? `${Math.round(s / 3600)} h`
        : `${Math.round(s / 60)} min`;
  return past ? `${span} ago` : `in ${span}`;
}

export function approvalLines(requests: PendingRequest[]): string {
  return requests
    .map(
      (r) =>
        `  waiting for approval: group ${r.group}, asked ${r.approvers.join(', ')}${stageText(r)}; expires ${r.expiresAt} (${relative(r.expiresInSeconds)}), then the handoff fails closed\n`,
    )
    .join('');
}

/** The reminders sent and the escalation, if any: "; reminded twice; escalated to marketing-lead (a@…)". */
export function stageText(r: PendingRequest): string {
  const times = ['', 'once', 'twice'][r.reminders] ?? `${r.reminders} times`;
  const reminded = r.reminders > 0 ? `; reminded ${times}` : '';
  const e = r.escalatedTo;
  return `${reminded}${e ? `; escalated to ${e.group} (${e.approvers.join(', ')})` : ''}`;
}

function progressOut(io: Io, p: RunProgress, approvals: PendingRequest[]): void {
  const colour = !p.ended ? 'dim' : p.ok ? 'green' : 'red';
  io.out(`${paint(io, colour, progressLine(p))}\n${approvalLines(approvals)}`);
}

async function submit(io: Io, file: string, opts: SubmitOptions): Promise<number> {
  const json = opts.json === true;
  const bytes = readInput(file);
  const checked = checkPackage(bytes, formatOf(file));
  if (!checked.ok) return reportInvalid(io, file, checked.error, json);
  const timeoutMs = num(opts.timeout, 'timeout', 900) * 1000;
  const pollMs = num(opts.interval, 'interval', 2) * 1000;
  return withContext(io, { ...opts }, async (ctx) => {
    const putAt = nowOf(io);
    const bucket = ctx.bucket();
    const key = submissionKey(opts.prefix ?? 'incoming/', file, putAt);
    const type = formatOf(file) === 'yaml' ? 'application/yaml' : 'application/json';
    const { created } = await ctx.blobs.putImmutable({ bucket, key }, bytes, type);
    if (!created) throw new InputError(`s3://${bucket}/${key} already exists; submit again`, 'key_exists');
    const { pkg } = checked.value;
    const head = { bucket, key, streamId: pkg.streamId, packageId: pkg.packageId };
    if (!json) io.out(`put s3://${bucket}/${key} (stream ${pkg.streamId}, package ${pkg.packageId})\n`);
    if (opts.wait === false) {
      // The run id is the execution's name, known only once intake has run.
      if (json) io.out(`${JSON.stringify({ ...head, runId: null, waited: false })}\n`);
      return EXIT.ok;
    }
    const result = await followSubmission(ctx, {
      key,
      since: new Date(putAt.getTime() - CLOCK_SKEW_MS).toISOString(),
      timeoutMs,
      pollMs,
      clock: () => (io.now ? io.now() : new Date()),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      onChange: (p, approvals) => {
        if (!json) progressOut(io, p, approvals);
      },
    });
    const ok = result.progress?.ok === true && !result.timedOut;
    if (json) {
      io.out(
        `${JSON.stringify({ ...head, runId: result.progress?.runId ?? null, ok, timedOut: result.timedOut, run: result.progress ?? null, approvals: result.approvals })}\n`,
      );
    } else if (result.timedOut) {
      io.out(
        `gave up after ${timeoutMs / 1000} s: ${result.progress ? `run ${result.progress.runId} is still ${result.progress.step}` : 'no run started from this key (is the flag trigger wired? see handoff doctor)'}\n`,
      );
    }
    return ok ? EXIT.ok : EXIT.failed;
  });
}

export function submitCommand(program: Command, { io, action }: Cli): void {
  const cmd = program
    .command('submit')
    .summary('put a package under incoming/ and follow its run to the outcome')
    .description(
      'Validate a package (as `handoff validate` does), put it under incoming/ in the stack bucket, then ' +
        'follow the run: each state change once, who was asked when it waits for approval. Exit 0 when ' +
        'handed off (or evaluated in shadow mode); 1 when rejected, blocked, rolled back, a duplicate, ' +
        'the flag is off, or the timeout passed.',
    )
    .argument('<file>', 'the package, .json or .yaml')
    .option('--json', 'one JSON object on stdout when the run ends')
    .option('--no-wait', 'put the package and print its key; do not follow the run')
    .option('--timeout <seconds>', 'stop following after this long (default 900)')
    .option('--interval <seconds>', 'poll the runs table this often (default 2)')
    .option('--prefix <prefix>', 'the incoming prefix, if the stack sets another (default incoming/)');
  example(
    withTarget(cmd),
    'handoff submit events/packages/sample-spring-launch.json --local',
    'handoff submit handoffs/launch.yaml --stack handoff-prod --timeout 3600 --json',
  );
  cmd.action(action((file: string, opts: SubmitOptions) => submit(io, file, opts)));
}
