import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { computeKpis } from '#core/kpi';
import { renderKpiHtml } from '#views/kpi-report';
import { CHROMIUM_ARGS, CHROMIUM_PATH, TEST_OUTPUT } from '../support/chromium.ts';
import { at, run } from '../unit/helpers/ops-runs.ts';

// The `handoff kpi --html` report opened in Debian's Chromium, offline: its three charts must render as
// real SVG with visible marks, and the page must not try to fetch anything.

const OUT = TEST_OUTPUT;
const ARGS = CHROMIUM_ARGS;

function report(): string {
  const runs = [
    ...[1, 5, 26, 30, 50, 75, 100, 130].map((h, i) => run('auto', h, { submittedBefore: 1 + i * 3 })),
    ...[3, 28, 52, 98].map((h) => run('approved', h, { approvalHours: 2 })),
    run('rejected', 54),
    run('blocked', 77),
    run('blocked', 101),
    run('rolled-back', 102),
  ];
  const [b1, b2] = runs.filter((r) => r.outcome === 'blocked');
  const blockingRules = new Map([
    [b1?.artifactDigest as string, ['placeholder.marker', 'placeholder.lorem-ipsum']],
    [b2?.artifactDigest as string, ['placeholder.marker', 'claim.clinically-proven']],
  ]);
  return renderKpiHtml(computeKpis({ runs, window: { since: at(0), until: at(7 * 24) }, blockingRules }));
}

let context: BrowserContext;
let profile: string;
beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'kpi-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: ARGS,
    headless: true,
    viewport: { width: 900, height: 1200 },
  });
});
afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('kpi HTML report in Chromium', () => {
  it('renders the trend, cycle-time and blocking-rule charts offline and requests nothing', async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'kpi-report.html');
    writeFileSync(file, report());
    const url = pathToFileURL(file).href;

    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url, { waitUntil: 'load' });

    for (const id of ['chart-trend', 'chart-cycle', 'chart-blocking']) {
      const box = await page.locator(`svg#${id}`).boundingBox();
      expect(box?.width, id).toBeGreaterThan(300);
      expect(box?.height, id).toBeGreaterThan(50);
    }
    // Four daily series with one point per day of the window.
    const points = await page.$$eval('svg#chart-trend polyline.series', (ls) =>
      ls.map((l) => l.getAttribute('points')?.trim().split(/\s+/).length ?? 0),
    );
    expect(points).toEqual([7, 7, 7, 7]);
    // Histogram bars with height for the buckets that have handoffs; blocking rules as bars.
    const tall = await page.$$eval(
      'svg#chart-cycle rect.bar',
      (rs) => rs.filter((r) => Number(r.getAttribute('height')) > 0).length,
    );
    expect(tall).toBeGreaterThan(1);
    expect(await page.locator('svg#chart-blocking rect.bar').count()).toBe(3);
    expect(await page.locator('svg#chart-blocking').textContent()).toContain('placeholder.marker');

    expect(requests).toEqual([url]);
    await page.screenshot({ path: join(OUT, 'kpi-report.png'), fullPage: true });
    await page.close();
  });
});
