import {
  memoryArtifacts,
  memoryBlobs,
  memoryFlagAdmin,
  memoryFlags,
  memoryRuns,
  memoryStore,
} from '../support/memory/index.ts';
import { describeFlagsContract } from '../support/port-contracts/flags.ts';
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
