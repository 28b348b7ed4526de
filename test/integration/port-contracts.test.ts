import { dynamoArtifacts } from '#adapters/artifacts';
import { blobs, s3Client } from '#adapters/blobs';
import { documentClient } from '#adapters/dynamo';
import { dynamoFlagAdmin } from '#adapters/flag-admin';
import { cachedFlags, dynamoFlags, forgetCachedFlags } from '#adapters/flags';
import { dynamoOpsStore } from '#adapters/ops-store';
import { dynamoRuns } from '#adapters/runs';
import { describeFlagsContract } from '../support/port-contracts/flags.ts';
import { describeOpsStoreContract } from '../support/port-contracts/ops-store.ts';
import {
  describeArtifactsContract,
  describeBlobsContract,
  describeFlagAdminContract,
  describeRunsContract,
} from '../support/port-contracts/storage.ts';
import { useLocalStack } from '../support/stack.ts';

// The AWS adapters against DynamoDB Local and s3rver hold the contract the in-memory ports hold.

const stack = useLocalStack();
beforeAll(() => {
  for (const c of [documentClient, s3Client, blobs]) c.reset();
});

describeArtifactsContract('DynamoDB', () => ({ artifacts: dynamoArtifacts(), runs: dynamoRuns() }));
describeRunsContract('DynamoDB', () => dynamoRuns());
describeBlobsContract('S3', () => ({ blobs: blobs.get(), bucket: () => stack().env.BUCKET as string }));
describeFlagAdminContract('DynamoDB', () => dynamoFlagAdmin());
describeFlagsContract('DynamoDB', () => dynamoFlags());
describe('as intake reads flags', () => {
  afterAll(() => forgetCachedFlags());
  const table = () => stack().env.FLAGS_TABLE as string;
  describeFlagsContract('DynamoDB, cached', () => cachedFlags(dynamoFlags(table), 5, table));
});

describeOpsStoreContract('DynamoDB', () => ({
  store: dynamoOpsStore(),
  runs: dynamoRuns(),
  artifacts: dynamoArtifacts(),
}));
