// Per-file test harness: one static server over dist/ and one headless
// Chromium for all tests in a node:test file, closed when the file ends.

import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';
import { PlannerPage } from '../fixtures/planner_page.mjs';

/**
 * Registers before/after hooks and returns `open(options)`, which opens the
 * app in a fresh browser context (fresh storage) and closes it after the file.
 * After every test, whatever it did, no page may have met a Content Security
 * Policy violation or asked any origin other than the app's for anything.
 */
export function useApp() {
  let server;
  let browser;
  const pages = [];
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  let checked = 0;
  afterEach(() => {
    const opened = pages.slice(checked);
    checked = pages.length;
    for (const planner of opened) {
      assert.deepEqual(planner.guard.cspViolations, [], 'Content Security Policy violations');
      assert.deepEqual(planner.guard.foreignRequests, [], 'requests to another origin');
    }
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
