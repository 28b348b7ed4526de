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
