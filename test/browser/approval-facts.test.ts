import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { runs } from '#adapters/runs';
import { expiryOf } from '#core/approval-expiry';
import { approvalContentOf } from '#core/approval-view';
import type { HandoffArtifact } from '#core/artifact-types';
import { getContract } from '#core/contracts';
import { scorePackage } from '#core/score';
import { renderConfirmationPage } from '#views/approval-page';
import { approvalLinks } from '../../local/approver.ts';
import { axeViolations, TEST_OUTPUT, useBrowserOnLocalStack } from '../support/chromium.ts';
import { fixturePackage, MIXED_FACTS, withFacts } from '../support/package-fixtures.ts';
import { waitForMail } from '../support/stack.ts';

// The facts a 2.0.0 package states (what is sold, how each list agreed, the youngest age targeted) as an
// approver meets them in Debian's Chromium: in the mail the router sent, and on the page its link opens,
// read by role and text. A fact a finding points at is marked and numbered as copy is.

const { runtime, newContext } = useBrowserOnLocalStack();

/** Spring launch with six warn findings: a human is asked. Here under contract 2.0.0, with its facts. */
const warnings = JSON.parse(readFileSync('test/regression/corpus/27-many-warnings.json', 'utf8')) as Record<
  string,
  unknown
>;

const FACTS = MIXED_FACTS;

const stating = (stream: string) => ({
  ...withFacts(warnings, FACTS),
  streamId: stream,
  packageId: `${stream}-r1`,
});

const BUSY_MACHINE_WAIT = { timeout: 15_000, interval: 50 };

/** The facts section as a user finds it: the region named by its heading, terms and their definitions. */
async function factsOnPage(page: Page): Promise<string[]> {
  const region = page.getByRole('region', { name: 'Facts the package states' });
  const terms = await region.getByRole('term').allTextContents();
  const values = await region.getByRole('definition').allTextContents();
  return terms.map((t, i) => `${t}: ${values[i] ?? ''}`);
}

describe('facts the package states, in Chromium', () => {
  it('are in the mail and on the page its link opens, in plain words', async () => {
    const stream = 'browser-facts';
    const pkg = stating(stream);
    const execution = await runtime().submitPackage(pkg, `incoming/${stream}-${Date.now()}.json`);
    const marker = `${pkg.packageId} (stream ${stream})`;
    await waitForMail(runtime(), { contains: marker });
    const mail = (await runtime().emulators.sentMail()).find((m) => m.body.text?.includes(marker));
    const [link] = approvalLinks(mail?.body.text ?? '', runtime().approvalBaseUrl);
    if (!mail?.body.text || !link) throw new Error(`no approval mail with a link for ${stream}`);
    expect(mail.body.text).toContain(
      [
        'Facts the package states:',
        '- What is sold: alcohol, a dietary supplement',
        '- Regions: DE, NL, AT',
        '- Email list: double opt-in, own sign-up form',
        '- SMS list: no consent, rented list',
        '- Youngest age targeted: 18 and over',
      ].join('\n'),
    );
    const approvalId = new URL(link).pathname.split('/')[2] ?? '';
    await vi.waitFor(async () => {
      const record = await runs.get().getApproval(approvalId);
      expect((await runs.get().getRun(record?.runId ?? ''))?.status).toBe('awaiting-approval');
    }, BUSY_MACHINE_WAIT);

    const page = await (
      await newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
    ).newPage();
    await page.goto(link);
    expect(await page.getByRole('heading', { name: 'Facts the package states', level: 2 }).isVisible()).toBe(
      true,
    );
    expect(await factsOnPage(page)).toEqual([
      'What is sold: alcohol, a dietary supplement',
      'Regions: DE, NL, AT',
      'Email list: double opt-in, own sign-up form',
      'SMS list: no consent, rented list',
      'Youngest age targeted: 18 and over',
    ]);
    // No enum value reaches the approver.
    const region = page.getByRole('region', { name: 'Facts the package states' });
    expect(await region.textContent()).not.toMatch(
      /double-opt-in|own-signup|dietary-supplement|rented\b(?! list)/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await region.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(TEST_OUTPUT, 'approval-facts-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 740 });
    const { scrollWidth }: { scrollWidth: number } = await page.evaluate(
      '({ scrollWidth: document.scrollingElement.scrollWidth })',
    );
    expect(scrollWidth).toBeLessThanOrEqual(375);
    execution.abort();
    await page.context().close();
  });

  it('marks a flagged fact and numbers it like copy; its number leads to the finding', async () => {
    const pkg = fixturePackage(stating('browser-facts-flagged'));
    const contract = getContract(pkg.contract.id, pkg.contract.version);
    if (!contract) throw new Error('no contract 2.0.0');
    const scored = scorePackage(pkg, contract);
    // As the rules that read consent will report it (they are written elsewhere): at the SMS list's basis.
    const artifact: HandoffArtifact = {
      ...scored,
      findings: [
        ...scored.findings,
        {
          ruleId: 'sms.no-consent-list',
          family: 'regulated-category',
          severity: 'block',
          pointer: '/audience/consent/1/basis',
          span: null,
          message: 'The SMS list has no consent to marketing texts',
          fix: 'Send only to people who agreed to marketing texts.',
        },
      ],
    };
    const html = renderConfirmationPage({
      action: '/approvals/x',
      exp: '1',
      sig: 's',
      title: String(pkg.title),
      packageId: pkg.packageId,
      streamId: pkg.streamId,
      score: artifact.scorecard.total,
      risk: artifact.risk,
      confidence: artifact.confidence.value,
      approver: 'priya.nair@greenhouse-goods.co',
      artifactDigest: artifact.digest,
      group: 'legal',
      expiry: expiryOf(Math.floor(Date.now() / 1000) + 86_400, new Date()),
      content: approvalContentOf(pkg, artifact, null),
      maxReasonLength: 1000,
    });
    const page = await (
      await newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
    ).newPage();
    await page.setContent(html);
    const region = page.getByRole('region', { name: 'Facts the package states' });
    const sms = region.getByRole('definition').filter({ hasText: 'no consent, rented list' });
    expect(await sms.locator('mark.block').textContent()).toBe('no consent, rented list');
    expect(await sms.getByRole('link').textContent()).toBe('[1]');
    await sms.getByRole('link', { name: '[1]' }).click();
    expect(page.url()).toMatch(/#finding-1$/);
    const finding = await page.locator('#finding-1').textContent();
    expect(finding).toContain('[1] Blocking');
    expect(finding).toContain('The SMS list has no consent to marketing texts');
    expect(finding).toContain('Audience › SMS list');
    // The other facts carry no mark.
    expect(await region.locator('mark').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(TEST_OUTPUT, 'approval-facts-flagged.png'), fullPage: true });
    await page.context().close();
  });
});
