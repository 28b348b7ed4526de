import {
  memoryArtifacts,
  memoryBlobs,
  memoryEvents,
  memoryFlagAdmin,
  memoryFlags,
  memoryMailer,
  memoryRuns,
  memoryStore,
} from '../support/memory/index.ts';
import { describeEventsContract } from '../support/port-contracts/events.ts';
import { describeFlagsContract } from '../support/port-contracts/flags.ts';
import { describeMailerContract } from '../support/port-contracts/mailer.ts';
import { describeOpsStoreContract } from '../support/port-contracts/ops-store.ts';
import {
  describeArtifactsContract,
  describeBlobsContract,
  describeFlagAdminContract,
  describeRunsContract,
} from '../support/port-contracts/storage.ts';

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
