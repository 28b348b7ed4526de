import { dynamoArtifacts } from '#adapters/artifacts';
import { blobs, s3Client } from '#adapters/blobs';
import { documentClient } from '#adapters/dynamo';
import { eventBridgeClient, eventBridgeEvents } from '#adapters/events';
import { dynamoFlagAdmin } from '#adapters/flag-admin';
import { cachedFlags, dynamoFlags, forgetCachedFlags } from '#adapters/flags';
import { sesClient, sesMailer } from '#adapters/mailer';
import { dynamoOpsStore } from '#adapters/ops-store';
import { dynamoRuns } from '#adapters/runs';
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
import { useLocalStack } from '../support/stack.ts';

// The AWS adapters against the local emulators (DynamoDB Local, s3rver, aws-ses-v2-local, the local
// EventBridge endpoint) hold the contract the in-memory ports hold.

const stack = useLocalStack();
beforeAll(() => {
  for (const c of [documentClient, s3Client, blobs, eventBridgeClient, sesClient]) c.reset();
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

describeEventsContract('EventBridge', () => ({
  events: eventBridgeEvents(),
  published: async () =>
    stack()
      .events()
      .map((e) => ({ source: e.source, detailType: e['detail-type'], detail: e.detail })),
}));

describeMailerContract('SES v2', () => ({
  mailer: sesMailer(),
  sent: async () =>
    (await stack().sentMail()).map((m) => ({
      messageId: m.messageId,
      recipients: m.destination.to,
      subject: m.subject,
      text: m.body.text,
      html: m.body.html,
    })),
}));
