import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { approvalLinks } from '../../local/approver.ts';
import type { SentMail } from '../../local/emulators.ts';
import { axeViolations, TEST_OUTPUT, useBrowserOnLocalStack } from '../support/chromium.ts';
import { packageOf } from '../support/packages.ts';
import { waitForMail } from '../support/stack.ts';

// A reminder and an escalation as approvers meet them: the real local stack, its clock moved forward to
// the route's checkpoints (50 % and 90 % of the 24 h timeout of contract 1.1.0) instead of waiting, and
// Debian's Chromium reading the mails and deciding through the escalated link.

const LEGAL = 'priya.nair@greenhouse-goods.co';
const BACKUP = 'jonas.weber@greenhouse-goods.co';
const HOUR_MS = 3_600_000;
const STREAM = 'browser-remind';

const { runtime, newContext } = useBrowserOnLocalStack();

/** The latest mail to `to` of this stream whose text contains `marker`, once it has been sent. */
async function mailTo(to: string, marker: string): Promise<SentMail> {
  const match = { to, contains: marker };
  await waitForMail(runtime(), match, 60_000);
  const mail = (await runtime().emulators.sentMail())
    .filter((m) => m.destination.to.includes(to) && m.body.text?.includes(marker))
    .at(-1);
  if (!mail) throw new Error(`no mail to ${to} with ${marker}`);
  return mail;
}

/** Opens a mail's HTML as a mail client shows it, checks it with axe and keeps screenshots at both widths. */
async function readMail(mail: SentMail, name: string): Promise<Page> {
  const page = await (await newContext({ viewport: { width: 375, height: 740 }, bypassCSP: true })).newPage();
  await page.setContent(mail.body.html ?? '');
  expect(await page.title()).toBe(mail.subject);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(TEST_OUTPUT, `${name}-375.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(TEST_OUTPUT, `${name}-1280.png`), fullPage: true });
  return page;
}

/** Follows the mail's button to the confirmation page (the same link the text part carries). */
async function followLink(page: Page, mail: SentMail): Promise<void> {
  await page.click('text=Review and decide');
  await page.waitForURL(`${runtime().approvalBaseUrl}/approvals/**`);
  expect(page.url()).toBe(approvalLinks(mail.body.text ?? '', runtime().approvalBaseUrl)[0]);
}

describe('reminder and escalation in Chromium on the local stack', () => {
  it('mails a reminder, escalates to the backup group, and the escalated link decides once', async () => {
    const pkg = packageOf('approval', STREAM, 'r1') as {
      contract: { version: string };
      approvers: { email: string; timeZone?: string }[];
    };
    pkg.contract.version = '1.1.0';
    // The backup approver reads times in Berlin: the mail gives the expiry in that zone.
    for (const a of pkg.approvers) if (a.email === BACKUP) a.timeZone = 'Europe/Berlin';
    const execution = await runtime().submitPackage(pkg, `incoming/${STREAM}.json`);
    await mailTo(LEGAL, `(stream ${STREAM})`);

    runtime().clock.advance(12 * HOUR_MS + 1_000);
    const reminder = await mailTo(LEGAL, 'Reminder: nobody has decided');
    expect(reminder.subject).toMatch(/^Reminder: Approval needed: Spring 2027 launch/);
    const reminderPage = await readMail(reminder, 'reminder-mail');
    expect(await reminderPage.locator('body').textContent()).toMatch(
      /Reminder: nobody has decided on this request yet\. It expires in (11|12) hours, at \w+day, \d+ \w+ \d{4} at \d{2}:\d{2} UTC\./,
    );
    await followLink(reminderPage, reminder);
    expect(await reminderPage.locator('.expiry').textContent()).toMatch(/expires in (11|12) hours/);
    expect(await axeViolations(reminderPage)).toEqual([]);
    await reminderPage.screenshot({ path: join(TEST_OUTPUT, 'reminder-page.png'), fullPage: true });

    runtime().clock.advance(9.6 * HOUR_MS + 1_000);
    const escalation = await mailTo(BACKUP, `(stream ${STREAM})`);
    expect(escalation.subject).toMatch(/^Escalated to you: Approval needed: /);
    const page = await readMail(escalation, 'escalation-mail');
    expect(await page.locator('body').textContent()).toMatch(
      /You receive this because legal did not decide by \w+day, \d+ \w+ \d{4} at \d{2}:\d{2} Europe\/Berlin time \(UTC\+0[12]:00\), so the request is escalated to marketing-lead\. The first decision by anyone asked counts\./,
    );
    await followLink(page, escalation);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#comment', 'Legal was away; the evidence is in order.');
    const response = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.click('button.approve');
    expect((await response).status()).toBe(200);
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe('Handoff approved');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(TEST_OUTPUT, 'escalated-approved.png'), fullPage: true });

    const result = await execution.result;
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { approval: { approver: BACKUP } } });

    // The first group's link now says the request is decided, and changes nothing.
    await reminderPage.goto(approvalLinks(reminder.body.text ?? '', runtime().approvalBaseUrl)[0] ?? '');
    expect(await reminderPage.locator('h1').textContent()).toBe('Already decided');
    expect(await axeViolations(reminderPage)).toEqual([]);
    await reminderPage.screenshot({ path: join(TEST_OUTPUT, 'reminder-link-after-escalation.png') });
    await reminderPage.context().close();
    await page.context().close();
  });
});
