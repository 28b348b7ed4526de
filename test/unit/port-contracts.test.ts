import { memoryArtifacts, memoryBlobs, memoryFlagAdmin, memoryRuns } from '../support/memory/index.ts';
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
