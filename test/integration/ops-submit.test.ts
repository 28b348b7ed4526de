import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { PendingRequest } from '#app/follow';
import type { RunProgress } from '#core/run-progress';
import type { Check, DoctorProbes } from '../../functions/cli/commands/doctor-checks.ts';
import { type Io, run } from '../../functions/cli/commands.ts';
import { decideFromMail, useLocalRuntime, waitForMail } from '../support/stack.ts';

/**
 * `handoff submit | status | approvals pending --local` against the running local stack, as a user runs
 * them after `npm start`: the package is put under incoming/ in s3rver, the S3 trigger starts the
 * synthesized state machine, and the CLI follows the run through the runs table in DynamoDB Local.
 */

const ROOT = new URL('../../', import.meta.url).pathname;
const spring = JSON.parse(readFileSync(`${ROOT}events/packages/sample-spring-launch.json`, 'utf8'));
const newsletter = parseYaml(readFileSync(`${ROOT}events/packages/sample-newsletter-copy.yaml`, 'utf8'));

const dataDir = mkdtempSync(join(tmpdir(), 'submit-local-'));
const files = mkdtempSync(join(tmpdir(), 'submit-files-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});
const runtime = useLocalRuntime({
  retryIntervalMs: 0,
  dataDir,
  approverGroups: { legal: ['legal-review@example.com'] },
});
const LOCAL = ['--local', '--local-dir', dataDir];

function packageFile(base: Record<string, unknown>, streamId: string): string {
  const file = join(files, `${streamId}.json`);
  const pkg = { ...structuredClone(base), streamId, packageId: `${streamId}-r1` };
  writeFileSync(file, JSON.stringify({ ...pkg, submittedAt: new Date().toISOString() }));
  return file;
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s), root: ROOT });
  return { code, out: out.join(''), err: err.join('') };
}

beforeAll(async () => {
  expect(runtime().env.BUCKET).toBeTruthy();
  expect((await cli('flags', 'set', 'on', '--by', 'ci', '--why', 'submit tests', ...LOCAL)).code).toBe(0);
}, 60_000);

describe('handoff submit --local', () => {
  it('puts the package under incoming/, prints each state change once and exits 0 on handed-off', async () => {
    const file = packageFile(newsletter, 'submit-auto');
    const r = await cli('submit', file, '--interval', '0.2', '--timeout', '60', ...LOCAL);
    expect(r.err).toBe('');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/^put s3:\/\/handoff-local\/incoming\/submit-auto-\d{8}T\d{6}Z-[0-9a-f]{4}\.json/);
    const lines = r.out.split('\n').filter((l) => l.startsWith('run '));
    expect(lines.at(-1)).toMatch(/: handed-off \(outcome pass/);
    expect(new Set(lines).size).toBe(lines.length);

    // The same bytes again: a duplicate, a non-zero exit naming the first run.
    const again = await cli('submit', file, '--json', '--interval', '0.2', '--timeout', '60', ...LOCAL);
    expect(again.code).toBe(1);
    const result = JSON.parse(again.out) as { ok: boolean; run: RunProgress };
    expect(result).toMatchObject({ ok: false, run: { status: 'duplicate' } });
    expect(result.run.reason).toMatch(/already ran as /);
    expect(again.out.trim().split('\n')).toHaveLength(1);
  }, 90_000);

  it('refuses an invalid package with the errors validate gives, and uploads nothing', async () => {
    const file = join(files, 'invalid.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, streamId: 'x' }));
    const [submitted, validated] = [await cli('submit', file, ...LOCAL), await cli('validate', file)];
    expect(submitted).toEqual(validated);
    expect(submitted.code).toBe(1);
    const json = await cli('submit', file, '--json', ...LOCAL);
    expect(json.out).toBe((await cli('validate', file, '--json')).out);
  });

  it('with --no-wait prints the key and no run id', async () => {
    const r = await cli('submit', packageFile(newsletter, 'submit-nowait'), '--no-wait', '--json', ...LOCAL);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      bucket: 'handoff-local',
      key: expect.stringMatching(/^incoming\/submit-nowait-/),
      runId: null,
      waited: false,
    });
  });

  it('says who was asked while the run waits, lists the approval, and exits 1 on rejection', async () => {
    const submitted = cli('submit', packageFile(spring, 'submit-approval'), '--interval', '0.2', ...LOCAL);
    await waitForMail(runtime(), { contains: 'stream submit-approval)' }, 30_000);

    const pending = await cli('approvals', 'pending', '--stream', 'submit-approval', '--json', ...LOCAL);
    expect(pending.code).toBe(0);
    const requests = JSON.parse(pending.out) as PendingRequest[];
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ streamId: 'submit-approval', group: expect.any(String) });
    expect(requests[0]?.approvers.length).toBeGreaterThan(0);
    expect(requests[0]?.expiresInSeconds).toBeGreaterThan(0);
    expect(pending.out).not.toMatch(/token|https?:\/\//i);
    const text = await cli('approvals', 'pending', ...LOCAL);
    expect(text.out).toContain(`run ${requests[0]?.runId}`);

    const status = await cli('status', requests[0]?.runId ?? '', '--json', ...LOCAL);
    expect(JSON.parse(status.out)).toMatchObject({
      status: 'awaiting-approval',
      step: 'awaiting-approval',
      outcome: 'needs-approval',
      approvals: [{ requestId: requests[0]?.requestId }],
    });

    await decideFromMail(runtime(), { contains: 'stream submit-approval)' }, 'reject', 'Claims need legal');
    const r = await submitted;
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/waiting for approval: group \S+, asked \S+@/);
    expect(r.out).toMatch(/: rejected \(.*Claims need legal/);

    const byStream = await cli('status', '--stream', 'submit-approval', '--json', ...LOCAL);
    expect(JSON.parse(byStream.out)).toMatchObject([{ status: 'rejected', decision: 'rejected' }]);
    const after = await cli('approvals', 'pending', '--stream', 'submit-approval', '--json', ...LOCAL);
    expect(JSON.parse(after.out)).toEqual([]);
  }, 90_000);

  it('with --stack NAME takes the bucket and tables from the stack outputs', async () => {
    // No emulator answers CloudFormation: the outputs seam gives the local stack's names.
    const env = runtime().env;
    const outputs = {
      RunsTableName: env.RUNS_TABLE,
      ArtifactsTableName: env.ARTIFACTS_TABLE,
      FlagsTableName: env.FLAGS_TABLE,
      BucketName: env.BUCKET,
    } as Record<string, string>;
    const file = packageFile(newsletter, 'submit-stack');
    const r = await cliIo(
      { stackOutputs: async () => outputs },
      ...['submit', file, '--stack', 'handoff-test', '--json', '--interval', '0.2', '--timeout', '60'],
    );
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ bucket: env.BUCKET, ok: true, run: { status: 'handed-off' } });
  }, 90_000);

  it('status of an unknown run is a JSON error with a code', async () => {
    const r = await cli('status', 'no-such-run', '--json', ...LOCAL);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err)).toMatchObject({ error: { code: 'run_not_found' } });
  });
});

describe('handoff doctor --local', () => {
  it('reads the SES account from the local SES, the flag from DynamoDB Local, and calls the callback', async () => {
    // aws-ses-v2-local answers GetAccount from this variable: a sandboxed account, as a new one is.
    process.env.AWS_SES_ACCOUNT = JSON.stringify(SANDBOXED_ACCOUNT);
    // Only AWS answers GetEmailIdentity: the sender is verified, the approvers are not.
    const verified = new Set(['handoff-local@example.com']);
    const r = await cliWith(
      { sesIdentity: async (id: string) => (verified.has(id) ? 'verified' : 'missing') },
      'doctor',
      '--json',
      ...LOCAL,
    );
    delete process.env.AWS_SES_ACCOUNT;
    const report = JSON.parse(r.out) as { ok: boolean; checks: Check[] };
    const by = Object.fromEntries(report.checks.map((c) => [c.check, c]));
    expect(by['ses-sender']).toMatchObject({ status: 'ok' });
    expect(by['ses-sandbox']).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('legal-review@example.com (legal)'),
    });
    expect(by['ses-sandbox']?.fix).toMatch(/production access/);
    expect(by['rollout-flag']).toMatchObject({ status: 'ok', detail: expect.stringContaining('on') });
    expect(by['alarm-subscription']).toMatchObject({ status: 'warn' });
    expect(by['callback-url']).toMatchObject({ status: 'ok' });
    expect(r.code).toBe(1);
    expect(report.ok).toBe(false);
  });

  it('without the fake, says what only AWS can tell', async () => {
    const r = await cli('doctor', ...LOCAL);
    expect(r.out).toMatch(/warn ses-sender: cannot tell .*only AWS/);
    expect(r.out).toMatch(/ok {3}callback-url/);
  });
});

const SANDBOXED_ACCOUNT = {
  DedicatedIpAutoWarmupEnabled: false,
  Details: {
    AdditionalContactEmailAddresses: [],
    ContactLanguage: 'EN',
    MailType: 'TRANSACTIONAL',
    ReviewDetails: { CaseId: '', Status: 'PENDING' },
    UseCaseDescription: '',
    WebsiteURL: '',
  },
  EnforcementStatus: 'HEALTHY',
  ProductionAccessEnabled: false,
  SendingEnabled: true,
  SendQuota: { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 0 },
  SuppressionAttributes: { SuppressedReasons: [] },
};

async function cliWith(probes: Partial<DoctorProbes>, ...argv: string[]) {
  return cliIo({ doctorProbes: probes }, ...argv);
}

async function cliIo(extra: Partial<Io>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), root: ROOT, ...extra };
  const code = await run(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}
