// The Content Security Policy holds and the app talks to no other origin:
// a clean console on load, and a whole journey (edits, saving, the link,
// every export, print, presentation, both languages) with no policy
// violation. The harness (support/harness.mjs) also checks, after every test
// of every file, that no page met a violation or asked another origin.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

/** Waits until the service worker controls the page (so a reload goes through it). */
async function waitControlled(app) {
  await app.waitFor('a service worker controls the page', () => navigator.serviceWorker.controller !== null);
}

test('the page carries the policy and loads with a clean console, first visit and reload', async () => {
  const app = await open();
  const policy = await app.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  for (const directive of [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]) {
    assert.ok(policy.includes(directive), `policy has ${directive}: ${policy}`);
  }
  assert.equal(await app.page.locator('script:not([src])').count(), 0, 'no inline script');
  await app.waitCanvasesPainted(500);
  await waitControlled(app);
  await app.reload();
  await app.waitCanvasesPainted(500);
  assert.deepEqual(app.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(app.consoleErrors, [], 'console errors');
  assert.deepEqual(app.consoleWarnings, [], 'console warnings');
  assert.deepEqual(app.guard.cspViolations, []);
});

test('a whole journey stays within the policy and on this origin', async () => {
  const app = await open({ clipboard: true });
  await app.pressSliderKeys('digital_growth', 3);
  await app.setName('Hành trình');
  await app.save(1);
  await app.setTarget('digital_economy', 25);
  await app.save(2, { asNew: true });
  await app.toggleCompare('plan');
  await app.page.waitForSelector('[data-comparison]');
  assert.match(await app.copyLink(), /digital_growth=/);
  await app.exportJson();
  for (const button of ['button[data-action="export-csv"]', 'button[data-export-png="digital_economy"]']) {
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click(button)]);
    assert.equal(await download.failure(), null, `${button} downloads`);
  }
  await app.page.emulateMedia({ media: 'print' });
  await app.page.pdf({ format: 'A4' });
  await app.page.emulateMedia({ media: 'screen' });
  await app.action('present').click();
  const slides = await app.page.locator('section[data-slide]').count();
  for (let n = 2; n <= slides; n++) {
    await app.page.keyboard.press('PageDown');
    await app.page.waitForSelector(`section[data-slide="${n}"][aria-current="step"]`);
  }
  await app.page.keyboard.press('Escape');
  await app.page.waitForSelector('[data-presentation]', { state: 'detached' });
  await app.chooseLanguage('en');
  await app.importFile('scenario.json', '{"version": 1, "vintage": "2025-12-01", "levers": {"grdp_growth": 12}}');
  await app.waitLevers({ grdp_growth: 12 });
  assert.deepEqual(app.guard.cspViolations, [], 'Content Security Policy violations');
  assert.deepEqual(app.guard.foreignRequests, [], 'requests to another origin');
  assert.deepEqual(app.errors(), []);
});
