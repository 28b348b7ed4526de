import { dynamoArtifacts } from '#adapters/artifacts';
import { blobs, s3Client } from '#adapters/blobs';
import { documentClient } from '#adapters/dynamo';
import { dynamoFlagAdmin } from '#adapters/flag-admin';
import { dynamoRuns } from '#adapters/runs';
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
