/**
 * `npm start`: the whole product on this machine, no AWS account. Starts the emulators and the synthesized
 * state machine, submits the sample packages the way a user does (an object under `incoming/`), prints
 * every step as it happens, serves the approval page, then watches an inbox folder until Ctrl-C.
 *
 *   npm start                                  persistent data in .local-data/
 *   npm start -- --ephemeral                   a temp dir, removed on exit
 *   npm start -- --auto-approve --once         approve as the approver would, print the outcome, exit
 *   npm start -- --port 8787 --verbose         fixed approval port; handler logs at INFO
 */
import { existsSync, type FSWatcher, mkdirSync, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { approvalLinks, decide } from './approver.ts';
import { checkNode } from './node-version.ts';
import { reconcileLostRuns } from './reconcile.ts';
import { type LocalRuntime, startLocalRuntime } from './runtime.ts';
import { ROOT } from './synth.ts';
import type { Execution, ExecutionResult, HistoryEvent } from './workflow.ts';

const USAGE = `Usage: npm start -- [--ephemeral] [--data-dir DIR] [--auto-approve] [--once] [--no-samples] [--port N] [--verbose]`;

const { values: args } = parseArgs({
  options: {
    ephemeral: { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: join(ROOT, '.local-data') },
    'auto-approve': { type: 'boolean', default: false },
    once: { type: 'boolean', default: false },
    'no-samples': { type: 'boolean', default: false },
    port: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const node = checkNode();
if (node.error) {
  console.error(node.error);
  process.exit(1);
}
if (node.notice) console.error(node.notice);

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
const dim = paint('2');
const bold = paint('1');
const green = paint('32');
const red = paint('31');
const yellow = paint('33');
const cyan = paint('36');

const secs = (ms: number) => `${(ms / 1000).toFixed(2)}s`;
const short = (e: Execution) => e.name.slice(0, 8);
const wallStart = Date.now();

interface RunView {
  label: string;
  startedAt: number;
  entered: Map<string, number>;
  announcedApproval: boolean;
}
const views = new Map<string, RunView>();
const outcomes: { label: string; result: ExecutionResult }[] = [];
let runtimeRef: LocalRuntime | undefined;

function line(execution: Execution, text: string): void {
  const view = views.get(execution.executionArn);
  const t = view ? secs(Date.now() - view.startedAt) : '';
  console.log(`${cyan(`[${short(execution)}]`)} ${dim(t.padStart(7))}  ${text}`);
}

function onEvent(execution: Execution, event: HistoryEvent): void {
  const view = views.get(execution.executionArn);
  if (!view) return;
  switch (event.type) {
    case 'StateEntered':
      view.entered.set(event.state.name, event.at);
      if (event.state.type === 'Task') line(execution, `→ ${event.state.name}`);
      break;
    case 'StateExited': {
      const since = view.entered.get(event.state.name);
      const took = since === undefined ? '' : dim(` ${event.at - since} ms`);
      const label = event.state.type === 'Choice' ? `◇ ${event.state.name}` : `✓ ${event.state.name}`;
      line(execution, `${label}${took}`);
      break;
    }
    case 'LambdaFailed':
      line(
        execution,
        yellow(`✗ ${event.function} attempt ${event.attempt}: ${event.error} — ${event.message}`),
      );
      break;
    case 'StateRetried':
      line(execution, yellow(`↻ ${event.state.name} retry ${event.retry.attempt}`));
      break;
    case 'StateCaught':
      line(execution, yellow(`⤷ ${event.state.name} failed, caught → ${event.catch.catcher.Next}`));
      break;
    case 'LambdaSucceeded':
      if (event.state === 'RequestApproval' && !view.announcedApproval) {
        view.announcedApproval = true;
        void announceApproval(execution);
      }
      break;
    default:
      break;
  }
}

/** After the router has sent its mail: print the links (and approve, with --auto-approve). */
async function announceApproval(execution: Execution): Promise<void> {
  const runtime = runtimeRef;
  if (!runtime) return;
  const streamId = (
    execution.events().find((e) => e.type === 'StateExited' && e.state.name === 'Intake') as
      | { state: { output?: { intake?: { streamId?: string } } } }
      | undefined
  )?.state.output?.intake?.streamId;
  const mail = (await runtime.emulators.sentMail()).filter(
    (m) => !streamId || (m.body.text ?? '').includes(`(stream ${streamId})`),
  );
  const links = mail.flatMap((m) =>
    approvalLinks(m.body.text ?? '', runtime.approvalBaseUrl).map((link) => ({
      to: m.destination.to.join(', '),
      link,
    })),
  );
  line(
    execution,
    bold(
      `⏸ waiting for approval — ${links.length} mail(s) sent (read them at ${runtime.emulators.endpoints.ses}/)`,
    ),
  );
  for (const { to, link } of links) line(execution, `   ${to}: ${link}`);
  if (!args['auto-approve']) {
    line(execution, dim('   open a link, read the page, approve or reject'));
    return;
  }
  const first = links[0];
  if (!first) {
    line(execution, red('   no approval link found in the mail'));
    return;
  }
  const outcome = await decide(first.link, 'approve');
  line(
    execution,
    `   auto-approved as ${first.to} (POST ${new URL(first.link).pathname} → HTTP ${outcome.status})`,
  );
}

/**
 * A verdict (rejection, policy block, invalid package) ends the execution successfully after rollback
 * (ClosedOnVerdict); the demo shows and tallies it as the refusal it is, with the failure the run carries.
 */
function verdictShown(result: ExecutionResult): ExecutionResult {
  const failure = (result.output as { failure?: { Error?: string; Cause?: string } } | undefined)?.failure;
  if (result.status !== 'SUCCEEDED' || !failure?.Error) return result;
  return { status: 'FAILED', error: failure.Error, cause: failure.Cause ?? '' };
}

function summarize(execution: Execution, executionResult: ExecutionResult): void {
  const result = verdictShown(executionResult);
  const view = views.get(execution.executionArn);
  const output = (result.output ?? {}) as {
    intake?: {
      status?: string;
      streamId?: string;
      packageId?: string;
      flag?: { state?: string; reason?: string };
      duplicateOf?: string;
    };
    scoring?: {
      artifactRef?: { bucket: string; key: string };
      outcome?: string;
      score?: number;
      risk?: string;
      confidence?: number;
    };
    handoff?: { status?: string; pointerVersion?: number };
  };
  const label = view?.label ?? execution.name;
  outcomes.push({ label, result });
  if (result.status !== 'SUCCEEDED') {
    line(
      execution,
      red(bold(`✗ ${result.status} ${result.error ?? ''}`)) + dim(` ${oneLine(result.cause ?? '')}`),
    );
    line(
      execution,
      dim('   rolled back: the pointer is back on what this run replaced, if it had moved it (fail closed)'),
    );
    return;
  }
  const intake = output.intake;
  if (intake?.status === 'duplicate') {
    line(
      execution,
      green(
        `✓ already processed (same package digest and contract version) by run ${intake.duplicateOf ?? '?'}: ignored`,
      ),
    );
    return;
  }
  if (intake?.status === 'flag-off') {
    line(
      execution,
      yellow(`✓ feature flag off for stream ${intake.streamId} (${intake.flag?.reason}): nothing done`),
    );
    return;
  }
  const s = output.scoring;
  const ref = s?.artifactRef;
  line(
    execution,
    green(bold(`✓ ${output.handoff?.status ?? 'done'}`)) +
      ` ${intake?.packageId} → outcome ${s?.outcome}, score ${s?.score}, risk ${s?.risk}, confidence ${s?.confidence}%`,
  );
  if (output.handoff?.status === 'superseded') {
    line(execution, dim('   a later revision of this stream was handed off first: the pointer stays on it'));
  }
  if (ref && runtimeRef) {
    line(execution, `   artifact s3://${ref.bucket}/${ref.key}`);
    line(execution, dim(`   GET ${runtimeRef.emulators.endpoints.s3}/${ref.bucket}/${ref.key}`));
  }
}

/** A path relative to the working directory when it is inside it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

const oneLine = (s: string) => (s.length > 160 ? `${s.slice(0, 159)}…` : s).replace(/\s+/g, ' ');

/** Called as an execution starts (before its first state), so no step goes unprinted. */
function onExecutionStarted(execution: Execution): void {
  const key =
    (execution.input as { packageRef?: { key?: string } } | null)?.packageRef?.key ?? execution.name;
  views.set(execution.executionArn, {
    label: basename(key),
    startedAt: Date.now(),
    entered: new Map(),
    announcedApproval: false,
  });
}

function track(execution: Execution): Promise<ExecutionResult> {
  return execution.result.then((result) => {
    summarize(execution, result);
    return result;
  });
}

function samples(): string[] {
  const dir = join(ROOT, 'events', 'packages');
  return readdirSync(dir)
    .filter((f) => /\.(json|ya?ml)$/.test(f) && statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => join(dir, f));
}

/** Put the file under incoming/ (the S3 trigger starts the run); `done` settles when the run ends. */
async function submitFile(runtime: LocalRuntime, path: string): Promise<{ done: Promise<ExecutionResult> }> {
  const key = `incoming/${basename(path)}`;
  const execution = await runtime.submitPackage(readFileSync(path, 'utf8'), key);
  console.log(
    `${cyan(`[${short(execution)}]`)} ${bold(basename(path))} put at s3://${runtime.env.BUCKET}/${key} → run ${execution.name}`,
  );
  return { done: track(execution) };
}

/** The local runtime with this command's options, printing each step of every run. */
function startRuntime(): Promise<LocalRuntime> {
  return startLocalRuntime({
    ...(args.ephemeral ? {} : { dataDir: resolve(args['data-dir']) }),
    logLevel: args.verbose ? 'INFO' : 'ERROR',
    handleSignals: false,
    ...(args.port ? { approvalPort: Number(args.port) } : {}),
    onEvent,
    onExecutionStarted,
  });
}

/** Where everything is: data, emulator endpoints, the workflow's origin, mail and approvals. */
function printStack(runtime: LocalRuntime): void {
  const e = runtime.emulators;
  const w = runtime.workflow;
  console.log(`  data        ${e.ephemeral ? `${e.dataDir} (ephemeral)` : shown(e.dataDir)}`);
  console.log(
    `  emulators   ready in ${secs(e.timings.total)}: DynamoDB ${e.endpoints.dynamodb}, S3 ${e.endpoints.s3}, ` +
      `EventBridge ${e.endpoints.eventbridge}, Step Functions ${e.endpoints.sfn}`,
  );
  console.log(
    `  workflow    ${w.origin.from === 'cache' ? 'synthesized template from cache' : 'synthesized'} in ${secs(w.origin.ms)} (${Object.keys(w.definition.States).length} states, hash ${w.origin.hash})`,
  );
  console.log(`  sent mail   ${e.endpoints.ses}/ (web UI), JSON at ${e.mailStoreUrl}`);
  console.log(`  approvals   ${runtime.approvalBaseUrl}/approvals/…`);
}

/** Turn the feature flag on for a fresh data dir; a flag an operator already set is kept. */
async function seedFlag(runtime: LocalRuntime): Promise<void> {
  const { flags } = await import('#adapters/flags');
  const { SKILL } = await import('#core/identity');
  const existing = await flags.get().getFlag(SKILL.featureFlag);
  if (existing) {
    console.log(`  flag        ${SKILL.featureFlag}: ${existing.state} ${existing.percentage}% (kept)`);
  } else {
    await runtime.setFlag('on', 100);
    console.log(`  flag        ${SKILL.featureFlag}: on 100% (seeded)`);
  }
}

/** Submit every sample package (unless --no-samples) and wait for their runs to end. */
async function runSamples(runtime: LocalRuntime): Promise<void> {
  const runs: Promise<ExecutionResult>[] = [];
  if (!args['no-samples']) {
    for (const path of samples()) runs.push((await submitFile(runtime, path)).done);
  }
  await Promise.all(runs);
}

/** --once: print the tally and stop; the exit code fails unless every run (and at least one) succeeded. */
async function finishOnce(runtime: LocalRuntime): Promise<number> {
  const failed = outcomes.filter((o) => o.result.status !== 'SUCCEEDED');
  console.log(
    `\n${bold(`${outcomes.length} run(s)`)}: ${outcomes.length - failed.length} succeeded, ${failed.length} failed ` +
      dim(`(${secs(Date.now() - wallStart)} in total)`),
  );
  await runtime.stop();
  return failed.length === 0 && outcomes.length > 0 ? 0 : 1;
}

/** Submit each package dropped into the inbox folder. */
function watchInbox(runtime: LocalRuntime, inbox: string): FSWatcher {
  console.log(
    `\n${bold('Watching')} ${shown(inbox)} — drop a package (.json / .yaml) there to start a run. Ctrl-C to stop.`,
  );
  const pending = new Map<string, NodeJS.Timeout>();
  return watch(inbox, (_event, name) => {
    if (!name || name.startsWith('.') || !['.json', '.yaml', '.yml'].includes(extname(name))) return;
    clearTimeout(pending.get(name));
    // Editors and copies write in several steps: submit once the file has been quiet for a moment.
    pending.set(
      name,
      setTimeout(() => {
        pending.delete(name);
        const path = join(inbox, name);
        if (existsSync(path) && statSync(path).isFile()) {
          void submitFile(runtime, path).catch((error: unknown) => console.error(red(String(error))));
        }
      }, 300),
    );
  });
}

/** Resolves with exit code 0 once Ctrl-C (or SIGTERM) has stopped the watcher and the runtime. */
function untilSignal(runtime: LocalRuntime, watcher: FSWatcher): Promise<number> {
  return new Promise<number>((resolveExit) => {
    const shutdown = () => {
      console.log(dim('\nstopping…'));
      watcher.close();
      void runtime.stop().then(() => resolveExit(0));
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}

async function main(): Promise<number> {
  console.log(bold('handoff-contracting — local stack'));
  const runtime = await startRuntime();
  runtimeRef = runtime;
  printStack(runtime);
  await seedFlag(runtime);
  for (const run of await reconcileLostRuns(runtime)) {
    const what = `run ${run.runId.slice(0, 8)} (${run.packageId}, stream ${run.streamId}, was ${run.status})`;
    console.log(yellow(`  closed      ${what} as interrupted: its execution did not survive the restart`));
  }
  console.log(`  started in  ${secs(Date.now() - wallStart)}\n`);

  const inbox = join(runtime.emulators.dataDir, 'inbox');
  mkdirSync(inbox, { recursive: true });
  await runSamples(runtime);
  if (args.once) return finishOnce(runtime);
  return untilSignal(runtime, watchInbox(runtime, inbox));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(red(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    process.exit(1);
  },
);
