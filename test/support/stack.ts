import {
  type EmulatorOptions,
  type Emulators,
  type SentMail,
  startEmulators,
} from '../../local/emulators.ts';
import type { BusEvent } from '../../local/eventbridge.ts';

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
