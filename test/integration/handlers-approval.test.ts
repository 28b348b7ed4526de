import { readFileSync } from 'node:fs';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { artifacts } from '#adapters/artifacts';
import { blobs, s3Client } from '#adapters/blobs';
import { documentClient } from '#adapters/dynamo';
import { flags } from '#adapters/flags';
import { awsPorts } from '#adapters/index';
import { mailer, sesClient } from '#adapters/mailer';
import { runs } from '#adapters/runs';
import { signingKey } from '#adapters/signing-key';
import { sfnClient, workflow } from '#adapters/workflow';
import { requestApproval as routeApproval } from '#app/request-approval';
import { SKILL } from '#core/identity';
import { TransientDependencyError } from '#shared/errors';
import type { IntakeResult, ScoringResult, WorkflowState } from '#shared/workflow-types';
import { approvalCallback } from '../../functions/handlers/approval-callback.ts';
import { HANDLERS } from '../../functions/handlers/index.ts';
import { loadEvent } from '../support/aws-fixtures.ts';
import { useLocalStack } from '../support/stack.ts';

const stack = useLocalStack();
const SAMPLE = readFileSync(
  new URL('../../events/packages/sample-spring-launch.json', import.meta.url),
  'utf8',
);
// The spring sample makes an environmental claim: the contract routes regulated topics to legal.
const PACKAGE_APPROVER = 'priya.nair@greenhouse-goods.co';
const CONFIGURED_APPROVER = 'lee@greenhouse-goods.co';
const context = {
  functionName: 'local',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 30_000,
} as unknown as Context;

beforeAll(() => {
  for (const c of [
    documentClient,
    s3Client,
    sesClient,
    sfnClient,
    artifacts,
    blobs,
    flags,
    mailer,
    runs,
    signingKey,
    workflow,
  ]) {
    c.reset();
  }
  process.env.APPROVAL_BASE_URL = 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod';
  process.env.APPROVER_GROUPS = JSON.stringify({ legal: [CONFIGURED_APPROVER] });
});

type Settled = { ok: true; output: unknown } | { ok: false; error: Error };

/** A workflow execution waiting at RequestApproval (the local SFN endpoint settles it on callback). */
function waitingTask(token: string): Promise<Settled> {
  return new Promise((resolve) => {
    stack().emulators.sfn.tokens.register(token, {
      executionArn: `arn:aws:states:us-east-1:000000000000:execution:handoff:${token.slice(0, 8)}`,
      stateName: 'RequestApproval',
      resolve: (output) => resolve({ ok: true, output }),
      reject: (error) => resolve({ ok: false, error }),
    });
  });
}

/** The package approver works in Berlin: the page gives the expiry in that zone. */
function withBerlinApprover(pkg: { approvers: { email: string }[] }) {
  const approvers = pkg.approvers.map((a) =>
    a.email === PACKAGE_APPROVER ? { ...a, timeZone: 'Europe/Berlin' } : a,
  );
  return { ...pkg, approvers };
}

/** Runs intake and scoring for a fresh stream, returning the state at RequestApproval. */
async function scoredState(streamId: string): Promise<{ intake: IntakeResult; scoring: ScoringResult }> {
  await flags.get().putFlag({ flag: SKILL.featureFlag, state: 'on', percentage: 100 });
  const bucket = stack().env.BUCKET as string;
  const key = `incoming/${streamId}.json`;
  await (await s3Client.get()).send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: JSON.stringify({ ...withBerlinApprover(JSON.parse(SAMPLE)), streamId }),
    }),
  );
  const state: WorkflowState = { trigger: 's3', packageRef: { bucket, key } };
  const intake = (await HANDLERS.intake(
    { ...state, executionId: `arn:aws:states:us-east-1:000000000000:execution:handoff:${streamId}` },
    context,
  )) as IntakeResult;
  const scoring = (await HANDLERS.scoring({ ...state, intake }, context)) as ScoringResult;
  return { intake, scoring };
}

/** Requests approval and returns each approver's link as the email carries it. */
async function requestApproval(streamId: string, taskToken: string) {
  const { intake, scoring } = await scoredState(streamId);
  await stack().clearMail();
  const settled = waitingTask(taskToken);
  await HANDLERS['approval-router'](
    {
      taskToken,
      executionId: `arn:aws:states:us-east-1:000000000000:execution:handoff:${streamId}`,
      intake,
      scoring,
    },
    context,
  );
  const mail = await stack().sentMail();
  const links = new Map<string, URL>();
  for (const m of mail) {
    const href = /Review and decide: (\S+)/.exec(m.body.text ?? '')?.[1];
    if (href) links.set(m.destination.to[0] ?? '', new URL(href));
  }
  return { intake, scoring, mail, links, settled };
}

// The link's path as API Gateway passes it: `path` without the stage, `requestContext.path` with it.
function routed(event: APIGatewayProxyEvent, link: URL): APIGatewayProxyEvent {
  event.path = link.pathname.replace(/^\/prod\//, '/');
  event.requestContext.path = link.pathname;
  return event;
}

function getRequest(link: URL): APIGatewayProxyEvent {
  const event = routed(loadEvent<APIGatewayProxyEvent>('api-gateway/approval-get.json'), link);
  event.queryStringParameters = Object.fromEntries(link.searchParams);
  return event;
}

function postRequest(link: URL, fields: Record<string, string>): APIGatewayProxyEvent {
  const event = routed(loadEvent<APIGatewayProxyEvent>('api-gateway/approval-post-approve.json'), link);
  const form = new URLSearchParams({
    exp: link.searchParams.get('exp') ?? '',
    sig: link.searchParams.get('sig') ?? '',
    ...fields,
  });
  event.body = form.toString();
  return event;
}

const call = (event: APIGatewayProxyEvent) =>
  HANDLERS['approval-callback'](event, context) as Promise<APIGatewayProxyResult>;

describe('human-approval-router and the approval callback on the local stack', () => {
  it('emails one signed link per approver, never the task token, and waits for a decision', async () => {
    const token = 'tok-approve-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const { intake, scoring, mail, links, settled } = await requestApproval('stream-approve', token);
    expect(mail.map((m) => m.destination.to[0]).sort()).toEqual(
      [PACKAGE_APPROVER, CONFIGURED_APPROVER].sort(),
    );
    for (const m of mail) {
      expect(m.subject).toBe(`Approval needed: ${JSON.parse(SAMPLE).title} (risk high)`);
      expect(JSON.stringify(m)).not.toContain(token);
      expect(m.body.text).toContain(`Score: ${scoring.score} / 100`);
    }
    const link = links.get(PACKAGE_APPROVER);
    if (!link) throw new Error('no link for the package approver');
    expect(link.origin).toBe('https://abc123.execute-api.eu-west-1.amazonaws.com');
    expect(link.pathname).toMatch(/^\/prod\/approvals\/[0-9a-f]{32}-[0-9a-f]{16}$/);

    const approvalId = link.pathname.split('/')[3] ?? '';
    const record = await runs.get().getApproval(approvalId);
    expect(record).toMatchObject({ status: 'pending', taskToken: token, approver: PACKAGE_APPROVER });
    expect(record?.expiresAt).toBe(Number(link.searchParams.get('exp')) + 86_400);
    expect(Number(link.searchParams.get('exp')) - Date.now() / 1000).toBeGreaterThan(
      scoring.approval.timeoutSeconds - 60,
    );
    expect(await runs.get().getRun(intake.runId)).toMatchObject({
      status: 'awaiting-approval',
      approvalRequestedAt: expect.any(String),
    });

    // GET shows what is decided and decides nothing.
    const page = await call(getRequest(link));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(JSON.parse(SAMPLE).title.replace(/&/g, '&amp;'));
    expect(page.body).toContain('Approve handoff');
    // The forms post back through the stage the link named, not to the host's root.
    expect(page.body).toContain(`action="${link.pathname}"`);
    expect(page.body).not.toContain(token);
    expect(page.body).toMatch(
      /Europe\/Berlin time \(UTC\+0[12]:00\)<\/time><\/strong> \(expires in \d+ (hours|days)\)/,
    );
    expect((await runs.get().getApproval(approvalId))?.status).toBe('pending');

    // POST approve: the waiting execution resumes with the decision.
    const approved = await call(postRequest(link, { decision: 'approve' }));
    expect(approved.statusCode).toBe(200);
    expect(approved.body).toContain('was approved');
    expect(await settled).toEqual({
      ok: true,
      output: { decision: 'approved', approver: PACKAGE_APPROVER, decidedAt: expect.any(String) },
    });
    // The approval reaches the run with the workflow's next step (handoff records `$.approval`).
    const run = await runs.get().getRun(intake.runId);
    expect(run).toMatchObject({ status: 'awaiting-approval' });
    expect(run?.decision).toBeUndefined();
    expect(await runs.get().getApproval(approvalId)).toMatchObject({
      status: 'approved',
      decidedAt: expect.any(String),
    });

    // The opening and the decision are kept with the run; the address only as a keyed hash.
    const evidence = await runs.get().listEvidence(intake.runId);
    expect(evidence.map((e) => [e.event, e.approver, e.artifactDigest])).toEqual([
      ['opened', PACKAGE_APPROVER, scoring.artifactDigest],
      ['decided', PACKAGE_APPROVER, scoring.artifactDigest],
    ]);
    expect(evidence[1]).toMatchObject({ decision: 'approved', clientHash: evidence[0]?.clientHash });
    expect(JSON.stringify(evidence)).not.toContain('203.0.113.24');

    // Replays and the other approver's link are refused; nothing changes.
    expect((await call(postRequest(link, { decision: 'reject', reason: 'too late' }))).statusCode).toBe(409);
    const other = links.get(CONFIGURED_APPROVER);
    if (!other) throw new Error('no link for the configured approver');
    expect((await call(postRequest(other, { decision: 'approve' }))).statusCode).toBe(409);
    expect((await call(getRequest(other))).statusCode).toBe(409);
    expect((await runs.get().getApproval(approvalId))?.status).toBe('approved');
  });

  it('mails what scoring passed on even without the artifact; a state without it needs the artifact', async () => {
    const { intake, scoring } = await scoredState('stream-from-state');
    expect(scoring.approvalRequest).toMatchObject({
      approvers: [{ email: PACKAGE_APPROVER }],
      summary: { title: JSON.parse(SAMPLE).title, score: scoring.score, risk: scoring.risk, blocking: [] },
    });
    const { approvalRequest: _, ...withoutRequest } = scoring;
    const executionId = `arn:aws:states:us-east-1:000000000000:execution:handoff:stream-from-state`;
    // Each route is a run of its own: a second route of one run is a retry, which mails nobody again.
    const route = async (taskToken: string, s: ScoringResult, runId: string) => {
      await stack().clearMail();
      await HANDLERS['approval-router'](
        { taskToken, executionId, intake: { ...intake, runId }, scoring: s },
        context,
      );
      // The mail without its link (which differs per approval): what the approver reads.
      return (await stack().sentMail())
        .map(
          (m) => `${m.destination.to[0]} ${m.subject}\n${(m.body.text ?? '').replace(/https:\S+/, 'LINK')}`,
        )
        .sort();
    };
    const run = await runs.get().getRun(intake.runId);
    if (!run) throw new Error('no run');
    const fresh = async (suffix: string) => {
      await runs.get().putRun({ ...run, runId: `${intake.runId}-${suffix}` });
      return `${intake.runId}-${suffix}`;
    };
    const fromArtifact = await route('tok-artifact-'.padEnd(64, 'C'), withoutRequest, intake.runId);
    expect(fromArtifact).toHaveLength(2);

    await (await s3Client.get()).send(
      new DeleteObjectCommand({ Bucket: scoring.artifactRef.bucket, Key: scoring.artifactRef.key }),
    );
    // The router reads the artifact only for the mail's findings: without it the mail still goes out,
    // from the state alone, to the same approvers with the same subject and link.
    const fromState = await route('tok-state-'.padEnd(64, 'D'), scoring, await fresh('b'));
    expect(fromState.map((m) => m.split('\n')[0])).toEqual(fromArtifact.map((m) => m.split('\n')[0]));
    for (const m of fromState) expect(m).toContain('Review and decide: LINK');
    // Without the request in the state it must read the artifact, which is gone now.
    await expect(route('tok-gone-'.padEnd(64, 'E'), withoutRequest, await fresh('c'))).rejects.toMatchObject({
      name: 'BlobNotFoundError',
    });
  });

  it('sends a rejection with its reason as ApprovalRejectedError', async () => {
    const token = 'tok-reject-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB';
    const { links, settled, intake } = await requestApproval('stream-reject', token);
    const link = links.get(CONFIGURED_APPROVER);
    if (!link) throw new Error('no link');
    const res = await call(
      postRequest(link, { decision: 'reject', reason: 'The 40% claim needs the study attached' }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('was rejected');
    const result = await settled;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.name).toBe('ApprovalRejectedError');
      expect(result.error.message).toBe(
        `rejected by ${CONFIGURED_APPROVER}: The 40% claim needs the study attached`,
      );
    }
    expect(await runs.get().getRun(intake.runId)).toMatchObject({
      decision: 'rejected',
      approver: CONFIGURED_APPROVER,
    });
  });

  it('refuses an expired link (410) and a tampered one (400) without touching the approval', async () => {
    const token = 'tok-expire-CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC';
    const { links } = await requestApproval('stream-expire', token);
    const link = links.get(PACKAGE_APPROVER);
    if (!link) throw new Error('no link');
    const approvalId = link.pathname.split('/')[3] ?? '';
    const later = () => new Date((Number(link.searchParams.get('exp')) + 1) * 1000);
    expect(
      (await approvalCallback(postRequest(link, { decision: 'approve' }), { ...awsPorts(), clock: later }))
        .statusCode,
    ).toBe(410);
    const forged = new URL(link);
    forged.searchParams.set('exp', String(Number(link.searchParams.get('exp')) + 86_400));
    expect((await call(postRequest(forged, { decision: 'approve' }))).statusCode).toBe(400);
    expect((await runs.get().getApproval(approvalId))?.status).toBe('pending');
  });

  it('says the request is closed (410) when the workflow stopped waiting (approval timeout)', async () => {
    const token = 'tok-gone-DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD';
    const { links, intake } = await requestApproval('stream-gone', token);
    // The wait timed out and the rollback wrote the run: nothing will deliver a decision now.
    stack().emulators.sfn.tokens.expire(token);
    await runs.get().updateRun(intake.runId, { status: 'rolled-back' });
    const link = links.get(PACKAGE_APPROVER);
    if (!link) throw new Error('no link');
    const res = await call(postRequest(link, { decision: 'approve' }));
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('no longer waiting');
  });

  it('says the decision is recorded, not closed, when no task waits but the run still does', async () => {
    const token = 'tok-between-EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE';
    const { links } = await requestApproval('stream-between', token);
    // A failed router attempt whose retry has not run yet (or a checkpoint before the next stage).
    stack().emulators.sfn.tokens.expire(token);
    const link = links.get(PACKAGE_APPROVER);
    if (!link) throw new Error('no link');
    const res = await call(postRequest(link, { decision: 'approve' }));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Your decision is recorded; the workflow picks it up within moments.');
    expect(res.body).not.toContain('notified');
  });

  it('answers 404 for a well-signed link to an approval that does not exist', async () => {
    const { signApproval } = await import('#core/approval-link');
    const key = await signingKey.get().get();
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const id = '00000000-0000-4000-8000-000000000000';
    const link = new URL(
      `https://x/approvals/${id}?exp=${exp}&sig=${signApproval({ approvalId: id, exp }, key)}`,
    );
    expect((await call(getRequest(link))).statusCode).toBe(404);
  });
});

describe('human-approval-router mails once per approver on the local stack', () => {
  const linksIn = (mail: { destination: { to: string[] }; body: { text?: string } }[]) =>
    new Map(
      mail.map((m) => [m.destination.to[0] ?? '', /Review and decide: (\S+)/.exec(m.body.text ?? '')?.[1]]),
    );

  it('mails the others through local SES when one recipient fails; the retry mails only that one', async () => {
    const { intake, scoring } = await scoredState('stream-mail-once');
    await stack().clearMail();
    const ports = awsPorts();
    const ses = mailer.get();
    // The only mock: one recipient's SES call fails; every other mail goes to the local SES.
    let failing: string | undefined = PACKAGE_APPROVER;
    const faulty = {
      send: (email: Parameters<typeof ses.send>[0]) =>
        email.to === failing
          ? Promise.reject(new TransientDependencyError('SES throttled'))
          : ses.send(email),
    };
    const routerPorts = {
      blobs: ports.blobs,
      artifacts: ports.artifacts,
      runs: ports.runs,
      signingKey: ports.signingKey,
      approvalSettings: ports.approvalSettings,
      clock: ports.clock,
      mailer: faulty,
      workflow: ports.workflow,
    };
    const executionId = 'arn:aws:states:us-east-1:000000000000:execution:handoff:stream-mail-once';
    const first = 'tok-mail-once-1-EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE';
    await routeApproval(routerPorts, { taskToken: first, executionId, intake, scoring });
    const firstMail = await stack().sentMail();
    expect(firstMail.map((m) => m.destination.to[0])).toEqual([CONFIGURED_APPROVER]);
    const firstLink = linksIn(firstMail).get(CONFIGURED_APPROVER);

    failing = undefined;
    const second = 'tok-mail-once-2-FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF';
    const settled = waitingTask(second);
    await routeApproval(routerPorts, { taskToken: second, executionId, intake, scoring });
    const all = await stack().sentMail();
    expect(all.map((m) => m.destination.to[0]).sort()).toEqual(
      [CONFIGURED_APPROVER, PACKAGE_APPROVER].sort(),
    );

    // The link mailed by the first attempt still decides, for the task that waits now.
    if (!firstLink) throw new Error('no link in the first mail');
    const res = await call(postRequest(new URL(firstLink), { decision: 'approve' }));
    expect(res.statusCode).toBe(200);
    expect(await settled).toMatchObject({ ok: true, output: { approver: CONFIGURED_APPROVER } });
    expect((await runs.get().getRun(intake.runId))?.approvalIds).toHaveLength(2);
  });
});
