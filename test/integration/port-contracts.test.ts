import { writeFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dynamoArtifacts } from '#adapters/artifacts';
import { blobs, s3Client } from '#adapters/blobs';
import { documentClient } from '#adapters/dynamo';
import { eventBridgeClient, eventBridgeEvents } from '#adapters/events';
import { dynamoFlagAdmin } from '#adapters/flag-admin';
import { cachedFlags, dynamoFlags, forgetCachedFlags } from '#adapters/flags';
import { sesClient, sesMailer } from '#adapters/mailer';
import { dynamoOpsStore } from '#adapters/ops-store';
import { dynamoRuns } from '#adapters/runs';
import { secretSigningKey } from '#adapters/signing-key';
import { sfnClient, sfnWorkflow } from '#adapters/workflow';
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
import { describeWorkflowContract, type TaskEnd } from '../support/port-contracts/workflow.ts';
import { useLocalStack } from '../support/stack.ts';

// The AWS adapters against the local emulators (DynamoDB Local, s3rver, aws-ses-v2-local, the local
// EventBridge and Step Functions endpoints) hold the contract the in-memory ports hold.

const stack = useLocalStack();
beforeAll(() => {
  for (const c of [documentClient, s3Client, blobs, eventBridgeClient, sesClient, sfnClient]) c.reset();
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

describeWorkflowContract('Step Functions', () => {
  const ends = new Map<string, Promise<TaskEnd>>();
  return {
    workflow: sfnWorkflow(),
    wait: (token) => {
      ends.set(
        token,
        new Promise((resolve) => {
          stack().emulators.sfn.tokens.register(token, {
            executionArn: 'arn:aws:states:us-east-1:000000000000:execution:sm:contract',
            stateName: 'RequestApproval',
            resolve: (output) => resolve({ output }),
            reject: (error) => resolve({ error: error.name, cause: error.message }),
          });
        }),
      );
    },
    expire: (token) => stack().emulators.sfn.tokens.expire(token),
    ended: (token) => ends.get(token) ?? Promise.reject(new Error(`no task waits on ${token}`)),
  };
});

describe('signing key from its local source', () => {
  let dir: string;
  const previous = process.env.SIGNING_KEY_FILE;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'signing-key-contract-'));
  });
  afterAll(async () => {
    process.env.SIGNING_KEY_FILE = previous;
    await rm(dir, { recursive: true, force: true });
  });
  let sources = 0;
  describeSigningKeyContract('SIGNING_KEY_FILE', (initial) => {
    const file = join(dir, `key-${++sources}`);
    writeFileSync(file, initial, { mode: 0o600 });
    return {
      port: () => {
        // The adapter reads the variable on its first get(), as a container does on its first use.
        process.env.SIGNING_KEY_FILE = file;
        return secretSigningKey();
      },
      // As RUNBOOK's rotation does: the old key becomes `<file>.previous`, then the new key is written.
      rotate: async (next) => {
        await copyFile(file, `${file}.previous`);
        await writeFile(file, next, { mode: 0o600 });
      },
    };
  });
});
