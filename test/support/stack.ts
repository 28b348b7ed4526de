import { approvalLinks, type DecisionOutcome, decide } from '../../local/approver.ts';
import {
  type EmulatorOptions,
  type Emulators,
  type SentMail,
  startEmulators,
} from '../../local/emulators.ts';
import type { BusEvent } from '../../local/eventbridge.ts';
import { type LocalRuntime, type LocalRuntimeOptions, startLocalRuntime } from '../../local/runtime.ts';

/**
 * The local AWS stack for a test file: start it in `beforeAll`, stop it in `afterAll` (or call
 * `useLocalStack()` which does both). While it runs, `process.env` carries the endpoints, region, dummy
 * credentials and resource names, so the real adapters and handlers reach the emulators unchanged.
 */

export interface LocalStack {
  env: Record<string, string>;
  endpoints: Emulators['endpoints'];
  emulators: Emulators;
  /** Mail sent through SES so far (aws-ses-v2-local's store). */
  sentMail(): Promise<SentMail[]>;
  clearMail(): Promise<void>;
  /** Events put on the local bus so far, oldest first. */
  events(): BusEvent[];
  clearEvents(): void;
  stop(): Promise<void>;
}

export async function startLocalStack(opts: EmulatorOptions = {}): Promise<LocalStack> {
  const emulators = await startEmulators({ handleSignals: false, ...opts });
  const previous = new Map<string, string | undefined>();
  for (const [key, value] of Object.entries(emulators.env)) {
    previous.set(key, process.env[key]);
    process.env[key] = value;
  }
  // A developer's profile must never send test traffic to a real account.
  previous.set('AWS_PROFILE', process.env.AWS_PROFILE);
  delete process.env.AWS_PROFILE;

  return {
    env: emulators.env,
    endpoints: emulators.endpoints,
    emulators,
    sentMail: emulators.sentMail,
    clearMail: emulators.clearMail,
    events: emulators.bus.events,
    clearEvents: emulators.bus.clear,
    stop: async () => {
      await emulators.stop();
      for (const [key, value] of previous) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    },
  };
}

/** Start one local stack for the enclosing test file; read it through the returned getter. */
export function useLocalStack(opts: EmulatorOptions = {}): () => LocalStack {
  let stack: LocalStack | undefined;
  beforeAll(async () => {
    stack = await startLocalStack(opts);
  });
  afterAll(async () => {
    await stack?.stop();
  });
  return () => {
    if (!stack) throw new Error('The local stack is not started (use it inside a test or hook)');
    return stack;
  };
}

/**
 * The whole local runtime for a test file: emulators, the synthesized state machine running the real
 * handlers, the S3 / EventBridge triggers and the local approval server. See `local/runtime.ts`.
 */
export function useLocalRuntime(opts: LocalRuntimeOptions = {}): () => LocalRuntime {
  let runtime: LocalRuntime | undefined;
  beforeAll(async () => {
    runtime = await startLocalRuntime({ handleSignals: false, ...opts });
  }, 180_000);
  afterAll(async () => {
    await runtime?.stop();
  });
  return () => {
    if (!runtime) throw new Error('The local runtime is not started (use it inside a test or hook)');
    return runtime;
  };
}

/** Which approval mail to act on: its recipient and/or a text its body contains (e.g. the stream id). */
export interface MailMatch {
  to?: string;
  contains?: string;
}

/** Follow the approval link of the latest matching mail and submit the decision as the approver would. */
export async function decideFromMail(
  runtime: LocalRuntime,
  match: MailMatch,
  decision: 'approve' | 'reject',
  reason = '',
): Promise<DecisionOutcome> {
  const mail = (await runtime.emulators.sentMail()).filter(
    (m) =>
      (!match.to || m.destination.to.includes(match.to)) &&
      (!match.contains || `${m.body.text ?? ''}${m.body.html ?? ''}`.includes(match.contains)),
  );
  for (const message of mail.reverse()) {
    const link = approvalLinks(
      `${message.body.text ?? ''}\n${message.body.html ?? ''}`,
      runtime.approvalBaseUrl,
    )[0];
    if (link) return decide(link, decision, reason);
  }
  throw new Error(`no approval mail matching ${JSON.stringify(match)}`);
}

/** Wait until an approval mail matching `match` has been sent. */
export async function waitForMail(
  runtime: LocalRuntime,
  match: MailMatch,
  timeoutMs = 20_000,
): Promise<void> {
  await vi.waitFor(
    async () => {
      const mail = await runtime.emulators.sentMail();
      const found = mail.some(
        (m) =>
          (!match.to || m.destination.to.includes(match.to)) &&
          (!match.contains || `${m.body.text ?? ''}${m.body.html ?? ''}`.includes(match.contains)),
      );
      if (!found) throw new Error(`no mail matching ${JSON.stringify(match)} yet`);
    },
    { timeout: timeoutMs, interval: 50 },
  );
}
