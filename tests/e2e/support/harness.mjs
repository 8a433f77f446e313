// Per-file test harness: one static server over dist/ and one headless
// Chromium for all tests in a node:test file, closed when the file ends.

import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';
import { PlannerPage } from '../fixtures/planner_page.mjs';

/**
 * Registers before/after hooks and returns `open(options)`, which opens the
 * app in a fresh browser context (fresh storage) and closes it after the file.
 */
export function useApp() {
  let server;
  let browser;
  const pages = [];
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await Promise.allSettled(pages.map((p) => p.close()));
    await browser?.close();
    await server?.close();
  });
  return async function open(options) {
    const planner = await PlannerPage.open(browser, server.url, options);
    pages.push(planner);
    return planner;
  };
}
