import { readFileSync } from 'node:fs';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { ScoringResult, WorkflowState } from '#shared/workflow-types';
import { decideFromMail, useLocalRuntime, waitForMail } from '../support/stack.ts';

// The synthesized state machine with the real handlers on the emulators: the paths a user of `npm start`
// takes, through the same triggers (S3 put, bus event) and the same approval page as in AWS.

const sample = JSON.parse(readFileSync('events/packages/sample-spring-launch.json', 'utf8')) as Record<
  string,
  unknown
>;
/** A distinct package (new digest, own stream) so tests never deduplicate each other. */
const variant = (id: string) => ({
  ...sample,
  packageId: `${String(sample.packageId)}-${id}`,
  streamId: `stream-${id}`,
});

const runtime = useLocalRuntime({ retryIntervalMs: 0 });

beforeAll(async () => {
  await runtime().setFlag('on', 100);
});

describe('local runtime on the synthesized state machine', () => {
  it('hands off a package dropped under incoming/ once the approver approves from the emailed link', async () => {
    const execution = await runtime().submitPackage(variant('approve'));
    await waitForMail(runtime(), { contains: 'stream stream-approve' });
    const decision = await decideFromMail(runtime(), { contains: 'stream stream-approve' }, 'approve');
    expect(decision.status).toBe(200);

    const result = await execution.result;
    expect(result.status).toBe('SUCCEEDED');
    const output = result.output as WorkflowState;
    expect(output.trigger).toBe('s3');
    expect(output.handoff?.status).toBe('handed-off');
    expect(
      runtime()
        .emulators.bus.events()
        .map((e) => e['detail-type']),
    ).toContain('Handoff Handed Off');

    const ref = (output.scoring as ScoringResult).artifactRef;
    const artifact = await new S3Client({ forcePathStyle: true }).send(
      new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key }),
    );
    expect(JSON.parse((await artifact.Body?.transformToString()) ?? '{}')).toBeTruthy();
  });

  const putSubmitted = (detail: unknown) =>
    new EventBridgeClient({}).send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: runtime().env.EVENT_BUS_NAME,
            Source: 'handoff-contracting',
            DetailType: 'Handoff Submitted',
            Detail: JSON.stringify(detail),
          },
        ],
      }),
    );

  it('starts the same run input from a Handoff Submitted event as the EventBridge rule does', async () => {
    const key = 'incoming/by-event.json';
    const started = runtime().waitForExecution((input) => {
      const state = input as WorkflowState;
      return state.trigger === 'event' && (state.packageRef as { key?: string } | undefined)?.key === key;
    });
    await putSubmitted({ packageRef: { bucket: runtime().env.BUCKET, key } });
    const execution = await started;
    expect(execution.input).toEqual({ trigger: 'event', packageRef: { bucket: runtime().env.BUCKET, key } });
    execution.abort();
  });

  it.each([
    ['no packageRef', { package: 'incoming/x.json' }],
    ['another bucket', { packageRef: { bucket: 'someone-elses-bucket', key: 'incoming/x.json' } }],
    ['a key outside incoming/', { packageRef: { bucket: 'BUCKET', key: 'packages/x.json' } }],
  ])(
    'rejects a Handoff Submitted event with %s: a run that ends in Handoff Rejected, saying why',
    async (_, detail) => {
      const sent = JSON.parse(
        JSON.stringify(detail).replace('"BUCKET"', JSON.stringify(runtime().env.BUCKET)),
      );
      const started = runtime().waitForExecution(
        (input) =>
          JSON.stringify((input as { packageRef?: { unusable?: unknown } }).packageRef?.unusable) ===
          JSON.stringify(sent),
      );
      await putSubmitted(sent);
      const result = await (await started).result;
      // A rejection is a verdict: the execution ends in ClosedOnVerdict, its output saying why.
      expect(result).toMatchObject({
        status: 'SUCCEEDED',
        output: { failure: { Error: 'PackageRejectedError' } },
      });
      const rejected = runtime()
        .emulators.bus.events()
        .filter((e) => e['detail-type'] === 'Handoff Rejected')
        .map((e) => e.detail as { reason?: string; packageRef?: { unusable?: unknown } })
        .find((d) => JSON.stringify(d.packageRef?.unusable) === JSON.stringify(sent));
      expect(rejected?.reason).toMatch(/unusable_package_ref/);
    },
  );

  it('ignores the second submission of the same package: one run, the other ends DuplicateIgnored', async () => {
    const pkg = variant('dup');
    const first = await runtime().submitPackage(pkg);
    await vi.waitFor(
      () =>
        expect(first.events().some((e) => e.type === 'StateEntered' && e.state.name === 'Score')).toBe(true),
      {
        timeout: 20_000,
      },
    );
    const second = await runtime().submitPackage(pkg);
    const result = await second.result;
    expect(result.status).toBe('SUCCEEDED');
    expect(
      second
        .events()
        .filter((e) => e.type === 'StateEntered')
        .map((e) => ('state' in e ? e.state.name : '')),
    ).toEqual(['Intake', 'IntakeStatus', 'DuplicateIgnored']);
    first.abort();
  });

  it('fails closed through Rollback when the approver rejects', async () => {
    const execution = await runtime().submitPackage(variant('reject'));
    await waitForMail(runtime(), { contains: 'stream stream-reject' });
    const decision = await decideFromMail(
      runtime(),
      { contains: 'stream stream-reject' },
      'reject',
      'The claims need legal review',
    );
    expect(decision.status).toBe(200);
    const result = await execution.result;
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      output: { failure: { Error: 'ApprovalRejectedError' } },
    });
    expect(execution.events().some((e) => e.type === 'StateEntered' && e.state.name === 'Rollback')).toBe(
      true,
    );
  });
});
