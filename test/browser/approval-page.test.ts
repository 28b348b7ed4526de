import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { artifacts } from '#adapters/artifacts';
import { runs } from '#adapters/runs';
import { signingKey } from '#adapters/signing-key';
import { signApproval } from '#core/approval-link';
import { APPROVAL_REJECTED } from '#shared/errors';
import { FRONT_DOOR_THROTTLE } from '#shared/front-door';
import type { WorkflowState } from '#shared/workflow-types';
import { BUSY_RETRY_AFTER_SECONDS } from '#views/front-door';
import { run } from '../../functions/cli/commands.ts';
import { approvalLinks } from '../../local/approver.ts';
import type { SentMail } from '../../local/emulators.ts';
import type { Execution } from '../../local/workflow.ts';
import { axeViolations, TEST_OUTPUT, useBrowserOnLocalStack } from '../support/chromium.ts';
import { packageOf } from '../support/packages.ts';
import { waitForMail } from '../support/stack.ts';

// The approval page as an approver meets it: the real local stack (emulators, synthesized state machine,
// real handlers, the approval callback behind its local front door) and Debian's Chromium. Every link
// comes from the mail the router sent; every check reads what the approver sees and what was stored.

const OUT = TEST_OUTPUT;
const ROOT = new URL('../../', import.meta.url).pathname;

/** Spring launch with six warn findings (score 77, risk medium): a human is asked, nothing blocks. */
const warnings = JSON.parse(readFileSync('test/regression/corpus/27-many-warnings.json', 'utf8')) as Record<
  string,
  unknown
>;
const warningsPackage = (stream: string, revision = 'r1') => ({
  ...structuredClone(warnings),
  streamId: stream,
  packageId: `${stream}-${revision}`,
});

const { runtime, newContext } = useBrowserOnLocalStack();

interface Pending {
  execution: Execution;
  mail: SentMail;
  /** The approval link exactly as mailed. */
  link: string;
  approvalId: string;
  exp: number;
  sig: string;
}

// vi.waitFor gives up after 1 s by default: too short on a machine whose cores are busy with other work.
const BUSY_MACHINE_WAIT = { timeout: 15_000, interval: 50 };

/** Submit a package like a user and wait for the approval mail of its stream; parse the link out of it. */
async function submitForApproval(stream: string, pkg: object = warningsPackage(stream)): Promise<Pending> {
  const execution = await runtime().submitPackage(pkg, `incoming/${stream}-${Date.now()}.json`);
  // The package id too: a stream's next revision gets a mail of its own.
  const marker = `${String((pkg as { packageId?: string }).packageId)} (stream ${stream})`;
  await waitForMail(runtime(), { contains: marker });
  const mail = (await runtime().emulators.sentMail()).find((m) => m.body.text?.includes(marker));
  if (!mail?.body.text) throw new Error(`no approval mail for ${stream}`);
  const [link] = approvalLinks(mail.body.text, runtime().approvalBaseUrl);
  if (!link) throw new Error(`the approval mail for ${stream} has no link`);
  const url = new URL(link);
  const approvalId = url.pathname.split('/')[2] ?? '';
  // The router has sent the mail; wait until the workflow is really parked on the task token.
  await vi.waitFor(async () => {
    const record = await runs.get().getApproval(approvalId);
    expect((await runs.get().getRun(record?.runId ?? ''))?.status).toBe('awaiting-approval');
  }, BUSY_MACHINE_WAIT);
  return {
    execution,
    mail,
    link,
    approvalId,
    exp: Number(url.searchParams.get('exp')),
    sig: url.searchParams.get('sig') ?? '',
  };
}

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await newContext(options);
  return context.newPage();
}

/** Click a submit button and return the status of the POST it sends, once the next page has loaded. */
async function submit(page: Page, button: string): Promise<number> {
  const response = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.click(button);
  const status = (await response).status();
  await page.waitForLoadState('load');
  return status;
}

/** One character changed, as a typo or a forger would. */
const flip = (s: string, at: number) => `${s.slice(0, at)}${s[at] === 'A' ? 'B' : 'A'}${s.slice(at + 1)}`;

/** Edit a hidden field of both decision forms, as someone tampering with the page before submitting. */
async function setHidden(page: Page, name: string, value: string): Promise<void> {
  await page.locator(`form input[type=hidden][name=${name}]`).evaluateAll((inputs, v) => {
    for (const input of inputs) input.setAttribute('value', v);
  }, value);
}

const text = (page: Page) => page.locator('main').textContent();

const settled = (execution: Execution) => execution.events().filter((e) => e.type === 'TaskTokenSettled');

const entered = (execution: Execution) =>
  execution
    .events()
    .filter((e) => e.type === 'StateEntered')
    .map((e) => ('state' in e ? e.state.name : ''));

const busEvents = (stream: string) =>
  runtime()
    .emulators.bus.events()
    .filter((e) => (e.detail as { streamId?: string }).streamId === stream)
    .map((e) => e['detail-type']);

/** The workflow waits on the token and the approval is still pending: nothing was decided. */
async function expectUndecided(pending: Pending): Promise<void> {
  expect(pending.execution.status()).toBe('RUNNING');
  expect(entered(pending.execution).at(-1)).toBe('RequestApproval');
  expect(settled(pending.execution)).toEqual([]);
  const record = await runs.get().getApproval(pending.approvalId);
  expect(record?.status).toBe('pending');
  expect(record?.decidedAt).toBeUndefined();
  expect(await runs.get().isRequestDecided(record?.requestId ?? '')).toBe(false);
}

describe('approval page in Chromium on the local stack', () => {
  it('shows what is being approved from the mailed link, and approving hands the artifact off', async () => {
    const stream = 'browser-approve';
    const stated = warningsPackage(stream) as ReturnType<typeof warningsPackage> & {
      claims: { evidence: object[] }[];
    };
    // The trial report states what it compared and how much of its claim it covers (ADR 0022).
    Object.assign(stated.claims[0]?.evidence[0] ?? {}, { comparedWith: 'nothing', covers: 'all' });
    const pending = await submitForApproval(stream, stated);
    const page = await newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });

    // The approver opens the HTML mail and follows its link, as in a mail client.
    await page.setContent(pending.mail.body.html ?? '');
    expect(await page.title()).toBe(pending.mail.subject);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('body').textContent()).toContain(
      'Insecure link “http://greenhouse-goods.co/faq”',
    );
    expect(await page.locator('body').textContent()).toContain('First version of this stream');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.screenshot({ path: join(OUT, 'approval-mail-375.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(OUT, 'approval-mail-1280.png'), fullPage: true });
    await page.click('text=Review and decide');
    await page.waitForURL(`${runtime().approvalBaseUrl}/approvals/**`);
    expect(page.url()).toBe(pending.link);

    expect(await page.locator('h1').textContent()).toBe('Spring 2027 launch: the Windowsill Herb Kit');
    const facts = await page.locator('dl').textContent();
    expect(facts).toMatch(/Quality score\s*77 \/ 100/);
    expect(facts).toMatch(/Risk\s*medium/);
    expect(facts).toMatch(/Confidence\s*\d+%/);
    // The artifact digest the decision applies to, as the audit evidence records it.
    expect(facts).toContain((await runs.get().getApproval(pending.approvalId))?.artifactDigest);
    // The expiry in words: the zone named, how long is left, and what happens if nobody decides.
    const expiry = await page.locator('.expiry').textContent();
    expect(expiry).toMatch(
      /Decide by \w+day, \d+ \w+ \d{4} at \d{2}:\d{2} UTC \(expires in \d+ (hours|days)\)/,
    );
    expect(expiry).toContain('the handoff fails closed');
    expect(expiry).toContain('ask Maya Okafor (Campaign team)');
    // Why a human is asked, in the engine's sentences: no configuration keys, no JSON pointers.
    const why = await page.locator('h2:text-is("Why you are asked") + ul').textContent();
    expect(why).toContain('The quality score is 77 out of 100; packages pass on their own from 85.');
    expect(why).toContain('Subject line is 75 characters; the limit is 60.');
    expect(await text(page)).not.toMatch(/autoApprove|autoPassMin|maxRisk|\/channels\/\d/);
    // The copy itself, every finding marked where it is and explained under its deliverable.
    for (const copy of ['Your windowsill is enough', 'A small herb kit with basil and mint']) {
      expect(await page.locator('p.copy', { hasText: copy }).count()).toBeGreaterThan(0);
    }
    const phone = page.locator('mark', { hasText: '+49 30 1234 5678' });
    expect(await phone.count()).toBe(1);
    const ref = (await page.locator('mark:has-text("+49 30 1234 5678") + sup a').getAttribute('href')) ?? '';
    const explained = await page.locator(ref).textContent();
    expect(explained).toContain('“+49 30 1234 5678” is a phone number in public copy');
    expect(explained).toContain('How to fix: Keep it if it is the brand’s own line');
    // A claim's finding carries the engine's why and fix too.
    const claim = await page.locator('#claim-kit-price').textContent();
    expect(claim).toContain('Why it matters: Evidence must be specific enough to verify');
    expect(claim).toContain('How to fix: Add verifiedOn');
    expect(await page.locator('mark').count()).toBeGreaterThanOrEqual(5);
    // Claims with their evidence; the stream has nothing live yet.
    const harvest = await page.locator('#claim-harvest-in-30-days').textContent();
    expect(harvest).toContain('home-trial-report.pdf');
    expect(harvest).toContain('(compared with: nothing else; covers: all of the claim)');
    expect(await page.locator('h2#changes + p').textContent()).toContain('First version of this stream');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(OUT, 'approval-page.png'), fullPage: true });

    await page.fill('#comment', 'Fine to go; the phone number is our hotline.');
    expect(await submit(page, 'button.approve')).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Handoff approved');
    expect(await axeViolations(page)).toEqual([]);

    const result = await pending.execution.result;
    expect(result.status).toBe('SUCCEEDED');
    const digest = (result.output as WorkflowState).scoring?.artifactDigest ?? '';
    expect((await runs.get().getApproval(pending.approvalId))?.artifactDigest).toBe(digest);
    expect((await artifacts.get().getArtifact(stream, digest))?.status).toBe('handed-off');
    expect(await artifacts.get().getPointer(stream)).toMatchObject({ current: digest, stable: digest });
    expect(busEvents(stream)).toContain('Handoff Handed Off');
    const record = await runs.get().getApproval(pending.approvalId);
    expect(record).toMatchObject({
      status: 'approved',
      reason: 'Fine to go; the phone number is our hotline.',
    });
    expect((await runs.get().getRun(record?.runId ?? ''))?.decision).toBe('approved');

    // `handoff audit` shows who opened the link and when, the comment, and the digest the page showed.
    const out: string[] = [];
    expect(await run(['audit', stream], { out: (s) => out.push(s), err: () => {}, root: ROOT })).toBe(0);
    const audit = out.join('');
    const short = digest.slice(0, 12);
    const opened = audit.split('\n').filter((l) => l.includes(`${record?.approver}  opened`));
    expect(opened.length).toBeGreaterThanOrEqual(1);
    expect(opened[0]).toMatch(new RegExp(`artifact ${short}…  client [0-9a-f]{12}  .*HeadlessChrome`));
    expect(audit).toContain(`approved “Fine to go; the phone number is our hotline.”  artifact ${short}`);
    expect(audit).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
    await page.context().close();
  });

  it('rejecting with a reason fails the run closed through Rollback and keeps the stable baseline', async () => {
    const stream = 'browser-reject';
    const baseline = await runtime().submitPackage(
      packageOf('auto', stream, 'r1'),
      `incoming/${stream}-r1.json`,
    );
    expect((await baseline.result).status).toBe('SUCCEEDED');
    const before = await artifacts.get().getPointer(stream);
    expect(before.stable).not.toBeNull();

    const pending = await submitForApproval(stream, warningsPackage(stream, 'r2'));
    const page = await newPage();
    await page.goto(pending.link);
    const reason = 'Remove the phone number and shorten the subject line first.';
    await page.fill('#reason', reason);
    expect(await submit(page, 'button.reject')).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Handoff rejected');

    const result = await pending.execution.result;
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { failure: { Error: APPROVAL_REJECTED } } });
    expect(entered(pending.execution)).toContain('Rollback');
    const record = await runs.get().getApproval(pending.approvalId);
    expect(record).toMatchObject({ status: 'rejected', reason });
    const run = await runs.get().getRun(record?.runId ?? '');
    expect(run).toMatchObject({ status: 'rejected', decision: 'rejected' });
    expect(run?.failure?.Cause).toContain(reason);
    expect((await artifacts.get().getArtifact(stream, record?.artifactDigest ?? ''))?.status).toBe(
      'rejected',
    );
    const after = await artifacts.get().getPointer(stream);
    expect({ current: after.current, stable: after.stable }).toEqual({
      current: before.stable,
      stable: before.stable,
    });
    expect(busEvents(stream)).toContain('Handoff Rejected');
    await page.context().close();
  });

  it('decides nothing when a mail scanner prefetches the link with plain GETs', async () => {
    const pending = await submitForApproval('browser-prefetch');
    for (let i = 0; i < 4; i++) {
      const response = await fetch(pending.link, { headers: { 'user-agent': 'SafeLinks-Scanner/1.0' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Approve handoff');
    }
    await expectUndecided(pending);
    pending.execution.abort();
  });

  it('shows a clear error page for a tampered link and changes nothing', async () => {
    const pending = await submitForApproval('browser-tampered');
    const page = await newPage({ bypassCSP: true });
    const base = runtime().approvalBaseUrl;
    for (const link of [
      `${base}/approvals/${pending.approvalId}?exp=${pending.exp}&sig=${flip(pending.sig, 10)}`,
      `${base}/approvals/${flip(pending.approvalId, 0)}?exp=${pending.exp}&sig=${pending.sig}`,
      `${base}/approvals/${pending.approvalId}?exp=${pending.exp + 3600}&sig=${pending.sig}`,
    ]) {
      const response = await page.goto(link);
      expect(response?.status(), link).toBe(400);
      expect(await page.locator('h1').textContent()).toBe('Invalid link');
      expect(await text(page)).toContain('Use the exact link from the approval email.');
    }
    expect(await axeViolations(page)).toEqual([]);
    // A form whose signature was edited before submitting is refused the same way.
    await page.goto(pending.link);
    await setHidden(page, 'sig', flip(pending.sig, 0));
    expect(await submit(page, 'button.approve')).toBe(400);
    expect(await page.locator('h1').textContent()).toBe('Invalid link');
    expect(await text(page)).toContain('Nothing was changed.');

    await expectUndecided(pending);
    pending.execution.abort();
    await page.context().close();
  });

  it("answers the front door's own busy page when its throttle is spent, and the same link works again", async () => {
    const pending = await submitForApproval('browser-busy');
    const page = await newPage({ bypassCSP: true });
    // Unsigned requests take a token each and are refused by the front door without reaching the callback,
    // so they empty the bucket fast; the approver's next opening then meets the throttle.
    const unsigned = `${runtime().approvalBaseUrl}/approvals/${pending.approvalId}`;
    const drain = () =>
      Promise.all(
        Array.from({ length: FRONT_DOOR_THROTTLE.burst * 4 }, () =>
          fetch(unsigned).then((r) => r.body?.cancel()),
        ),
      );
    let retryAfter: string | undefined;
    await vi.waitFor(async () => {
      await drain();
      const busy = await page.goto(pending.link);
      expect(busy?.status()).toBe(429);
      retryAfter = busy?.headers()['retry-after'];
    }, BUSY_MACHINE_WAIT);
    expect(retryAfter).toBe(String(BUSY_RETRY_AFTER_SECONDS));
    expect(await page.locator('h1').textContent()).toBe('Busy right now');
    expect(await text(page)).toContain('Nothing was changed: your link still works.');
    expect(await axeViolations(page)).toEqual([]);
    // The bucket refills at the stage's rate: the same link shows the approval page again.
    await vi.waitFor(async () => {
      expect((await page.goto(pending.link))?.status()).toBe(200);
    }, BUSY_MACHINE_WAIT);
    expect(await page.locator('button.approve').count()).toBe(1);
    await expectUndecided(pending);
    pending.execution.abort();
    await page.context().close();
  });

  it('shows a clear error page for an expired link, even correctly signed, and changes nothing', async () => {
    const pending = await submitForApproval('browser-expired');
    const key = await signingKey.get().get();
    const past = Math.floor(Date.now() / 1000) - 60;
    const sig = signApproval({ approvalId: pending.approvalId, exp: past }, key);
    const expired = `${runtime().approvalBaseUrl}/approvals/${pending.approvalId}?exp=${past}&sig=${sig}`;

    const page = await newPage();
    const response = await page.goto(expired);
    expect(response?.status()).toBe(410);
    expect(await page.locator('h1').textContent()).toBe('Link expired');
    expect(await text(page)).toContain('The handoff was not approved through it.');
    expect(await page.locator('form').count()).toBe(0);

    // The same expired claims posted from an opened page (the approver left it open too long).
    await page.goto(pending.link);
    await setHidden(page, 'exp', String(past));
    await setHidden(page, 'sig', sig);
    expect(await submit(page, 'button.approve')).toBe(410);
    expect(await page.locator('h1').textContent()).toBe('Link expired');

    await expectUndecided(pending);
    pending.execution.abort();
    await page.context().close();
  });

  it('refuses a replayed decision with a clear error page and keeps the first decision', async () => {
    const pending = await submitForApproval('browser-replay');
    const context = await newContext();
    // The approver has the page open twice (or a back button and a resend).
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(pending.link);
    await second.goto(pending.link);

    expect(await submit(first, 'button.approve')).toBe(200);
    expect((await pending.execution.result).status).toBe('SUCCEEDED');
    const decided = await runs.get().getApproval(pending.approvalId);
    expect(decided?.status).toBe('approved');

    await second.fill('#reason', 'Changed my mind');
    expect(await submit(second, 'button.reject')).toBe(409);
    expect(await second.locator('h1').textContent()).toBe('Already decided');
    expect(await text(second)).toContain('It cannot be changed here.');
    const again = await second.goto(pending.link);
    expect(again?.status()).toBe(409);

    expect(await runs.get().getApproval(pending.approvalId)).toEqual(decided);
    expect(settled(pending.execution)).toHaveLength(1);
    expect((await runs.get().getRun(decided?.runId ?? ''))?.decision).toBe('approved');
    await context.close();
  });

  it('works without JavaScript: the plain form rejects with its required reason', async () => {
    const pending = await submitForApproval('browser-nojs-reject');
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(pending.link);
    // The browser itself refuses an empty reason (required), no script involved.
    await page.click('button.reject');
    expect(await page.locator('h1').textContent()).toBe('Spring 2027 launch: the Windowsill Herb Kit');
    await page.fill('#reason', 'Shorten the subject line.');
    expect(await submit(page, 'button.reject')).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Handoff rejected');
    // A rejection is a verdict: the execution closes successfully, its output carrying the failure.
    expect(await pending.execution.result).toMatchObject({
      status: 'SUCCEEDED',
      output: { failure: { Error: APPROVAL_REJECTED } },
    });
    expect(await runs.get().getApproval(pending.approvalId)).toMatchObject({
      status: 'rejected',
      reason: 'Shorten the subject line.',
    });
    await page.context().close();
  });

  it('works without JavaScript: the plain form approves and the run hands off', async () => {
    const pending = await submitForApproval('browser-nojs');
    const page = await newPage({ javaScriptEnabled: false });
    const response = await page.goto(pending.link);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(await page.locator('script').count()).toBe(0);
    expect(await submit(page, 'button.approve')).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Handoff approved');
    const result = await pending.execution.result;
    expect(result.status).toBe('SUCCEEDED');
    expect((await runs.get().getApproval(pending.approvalId))?.status).toBe('approved');
    await page.context().close();
  });

  it('shows what changed against the live version of the stream, word by word', async () => {
    const stream = 'browser-diff';
    const first = await submitForApproval(stream, warningsPackage(stream, 'r1'));
    const page = await newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.goto(first.link);
    expect(await submit(page, 'button.approve')).toBe(200);
    expect((await first.execution.result).status).toBe('SUCCEEDED');

    // The next revision (still asking a person): a longer caption, a new claim, one more evidence ref.
    const next = warningsPackage(stream, 'r2') as ReturnType<typeof warningsPackage> & {
      channels: { deliverables: { copy: string }[] }[];
      claims: { id: string; text: string; category: string; evidence: { ref: string; kind: string }[] }[];
    };
    const caption = next.channels[1]?.deliverables[1];
    if (caption) caption.copy = 'The best, crazy good herb kit for a sunny sill. Start your herb kit.';
    next.claims[1]?.evidence.push({ ref: 'Price list 2027-Q2, line 3', kind: 'internal-data' });
    next.claims.push({
      id: 'three-herbs',
      text: 'Every kit grows three herbs',
      category: 'general',
      evidence: [{ ref: 'Product sheet HK-1', kind: 'internal-data' }],
    });
    const pending = await submitForApproval(stream, next);
    await page.goto(pending.link);
    const changes = page.locator('h2#changes ~ *');
    expect(await page.locator('h2#changes + p').textContent()).toContain(
      '1 deliverable changed, 1 claim changed, 1 claim added.',
    );
    const captionDiff = page.locator('.card', { hasText: 'Social (paid) › caption' }).locator('p.diff');
    expect(await captionDiff.locator('del').allTextContents()).toEqual(['kit.']);
    expect((await captionDiff.locator('ins').allTextContents()).join('|')).toContain('sunny');
    expect(await captionDiff.textContent()).toMatch(/^The .* Start your herb kit\.$/);
    expect(await changes.filter({ hasText: 'Claim kit-price' }).textContent()).toContain(
      'Evidence added: Price list 2027-Q2, line 3',
    );
    expect(await changes.filter({ hasText: 'Claim three-herbs' }).locator('p.diff ins').textContent()).toBe(
      'Every kit grows three herbs',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('h2#changes').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'approval-diff-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 740 });
    const { scrollWidth }: { scrollWidth: number } = await page.evaluate(
      '({ scrollWidth: document.scrollingElement.scrollWidth })',
    );
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(OUT, 'approval-diff-375.png'), fullPage: true });
    await expectUndecided(pending);
    pending.execution.abort();
    await page.context().close();
  });

  it('fits a phone screen: no sideways scrolling and both decision buttons in view', async () => {
    const pending = await submitForApproval('browser-mobile');
    const page = await newPage({
      viewport: { width: 375, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      bypassCSP: true,
    });
    await page.goto(pending.link);
    const { scrollWidth, innerWidth }: { scrollWidth: number; innerWidth: number } = await page.evaluate(
      '({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })',
    );
    expect(innerWidth).toBe(375);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    for (const button of ['button.approve', 'button.reject']) {
      const locator = page.locator(button);
      await locator.scrollIntoViewIfNeeded();
      expect(await locator.isVisible()).toBe(true);
      const box = await locator.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(375);
      expect(box?.height).toBeGreaterThanOrEqual(44); // a comfortable touch target
    }
    // The title stays the largest heading on a small screen.
    const sizes = await page.$$eval('h1, h2', (hs) =>
      hs.map((h) => Number.parseFloat(h.ownerDocument.defaultView?.getComputedStyle(h).fontSize ?? '0')),
    );
    expect(Math.max(...sizes.slice(1))).toBeLessThan(sizes[0] ?? 0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(OUT, 'approval-page-mobile.png'), fullPage: true });
    await expectUndecided(pending);
    pending.execution.abort();
    await page.context().close();
  });
});
