import {
  memoryArtifacts,
  memoryBlobs,
  memoryEvents,
  memoryFlagAdmin,
  memoryFlags,
  memoryMailer,
  memoryRuns,
  memorySigningKey,
  memoryStore,
  memoryWorkflow,
} from '../support/memory/index.ts';
import { describeEventsContract } from '../support/port-contracts/events.ts';
import { describeFlagsContract } from '../support/port-contracts/flags.ts';
import { describeMailerContract } from '../support/port-contracts/mailer.ts';
import { describeOpsStoreContract } from '../support/port-contracts/ops-store.ts';
import { describeSigningKeyContract } from '../support/port-contracts/signing-key.ts';
import {
  describeArtifactsContract,
  describeBlobsContract,
  describeFlagAdminContract,
  describeRunsContract,
} from '../support/port-contracts/storage.ts';
import { describeWorkflowContract } from '../support/port-contracts/workflow.ts';

// The in-memory ports the use-case tests run on hold the same contract as the AWS adapters.

describeArtifactsContract('in memory', () => {
  const runs = memoryRuns();
  return { artifacts: memoryArtifacts(runs), runs };
});
describeRunsContract('in memory', () => memoryRuns());
describeBlobsContract('in memory', () => ({ blobs: memoryBlobs(), bucket: () => 'bucket' }));
describeFlagAdminContract('in memory', () => memoryFlagAdmin());
describeFlagsContract('in memory', () => memoryFlags());

describeOpsStoreContract('in memory', () => {
  const runs = memoryRuns();
  const artifacts = memoryArtifacts(runs);
  return { store: memoryStore(runs, artifacts), runs, artifacts };
});

describeEventsContract('in memory', () => {
  const events = memoryEvents();
  return { events, published: async () => events.published };
});

describeMailerContract('in memory', () => {
  const mailer = memoryMailer();
  return {
    mailer,
    sent: async () =>
      mailer.sent.map(({ messageId, to, subject, text, html }) => ({
        messageId,
        recipients: [to],
        subject,
        text,
        html,
      })),
  };
});

describeWorkflowContract('in memory', () => {
  const workflow = memoryWorkflow();
  return {
    workflow,
    wait: (token) => workflow.waiting.add(token),
    expire: (token) => workflow.waiting.delete(token),
    ended: async (token) => {
      const outcome = workflow.outcomes.find((o) => o.taskToken === token);
      if (!outcome) throw new Error(`task ${token} has not ended`);
      return outcome.output !== undefined
        ? { output: outcome.output }
        : { error: outcome.error ?? '', cause: outcome.cause ?? '' };
    },
  };
});

describeSigningKeyContract('in memory', (initial) => {
  let current = initial;
  let previous: string | undefined;
  const encode = (text: string) => new TextEncoder().encode(text);
  return {
    port: () =>
      memorySigningKey(
        () => encode(current),
        () => (previous === undefined ? undefined : encode(previous)),
      ),
    rotate: async (next) => {
      previous = current;
      current = next;
    },
  };
});
