// Launches Debian's headless Chromium through playwright-core.
//
// `npx playwright install` cannot download browsers here, so we point
// playwright-core at /usr/bin/chromium. Playwright gives every launch a fresh
// temporary profile (its own --user-data-dir), so runs never share storage.

import { chromium } from 'playwright-core';

/** The Chromium binary; override with $CHROMIUM. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const ARGS = [
  // Root cannot use Chromium's sandbox; tests load only our own local build.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}
