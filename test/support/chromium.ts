import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime.ts';

/** Debian's Chromium, launched the way this machine allows (no background networking, fresh profile). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where browser tests write screenshots and reports. */
export const TEST_OUTPUT = new URL('../../test-output/', import.meta.url).pathname;

/** axe-core, injected into the page under test (a context that bypasses the page's CSP lets it run). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG 2.2 A/AA violations axe finds on the page, as `rule: targets` lines (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } }).then((r) =>
      r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
  );
}

/**
 * A browser suite's pair: the real local stack (flag on, handlers logging errors only: refused links are
 * warnings by design) and Chromium, started together before the file's tests and stopped after them.
 */
export function useBrowserOnLocalStack(): { runtime: () => LocalRuntime; newContext: Browser['newContext'] } {
  let stack: LocalRuntime | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(TEST_OUTPUT, { recursive: true });
    [stack, browser] = await Promise.all([
      startLocalRuntime({ handleSignals: false, retryIntervalMs: 0, logLevel: 'ERROR' }),
      chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }),
    ]);
    await stack.setFlag('on', 100);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  return {
    runtime: () => {
      if (!stack) throw new Error('the local runtime is not started');
      return stack;
    },
    newContext: (options) => {
      if (!browser) throw new Error('Chromium is not started');
      return browser.newContext(options);
    },
  };
}
