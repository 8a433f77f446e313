// Chances of meeting the 2030 targets (Monte Carlo): on every card and for
// all four, following a lever change, and reproduced exactly by a link
// with a seed in a new page.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();
const INDICATORS = ['digital_economy', 'digital_workforce', 'online_services', 'records_digitisation'];

/** Every chance on the page, by indicator, plus `all`. */
async function chances(page) {
  const out = {};
  for (const id of INDICATORS) out[id] = (await page.textContent(`[data-probability="${id}"]`)).trim();
  out.all = (await page.textContent('[data-probability-all]')).trim();
  return out;
}

test('every card shows a chance, and so does the summary for all four', async () => {
  const app = await open();
  await app.page.waitForSelector('[data-probability="digital_economy"]');
  const shown = await chances(app.page);
  for (const [id, text] of Object.entries(shown)) {
    assert.match(text, /^(< |> )?\d{1,3}[ \u00a0]?%$/, `${id}: ${text}`);
  }
  assert.deepEqual(app.errors(), []);
});

test('a chance follows a lever change', async () => {
  const app = await open();
  const selector = '[data-probability="digital_economy"]';
  await app.page.waitForSelector(selector);
  const before = (await app.page.textContent(selector)).trim();
  const field = app.page.locator('input[data-number-field][data-lever="digital_growth"]:not([data-year])');
  await field.fill('24');
  await field.press('Enter');
  await app.page.waitForFunction(
    ([sel, old]) => document.querySelector(sel)?.textContent.trim() !== old,
    [selector, before],
    { timeout: 10_000 },
  );
  const after = (await app.page.textContent(selector)).trim();
  assert.notEqual(after, before);
  assert.deepEqual(app.errors(), []);
});

test('a link with a seed reproduces the exact chances in a new page', async () => {
  const query = '?v=1&digital_growth=24&services_speed=60&records_speed=45&spread.grdp_growth=2~2&seed=7';
  const first = await open({ query });
  await first.page.waitForSelector('[data-probability-all]');
  const a = await chances(first.page);
  const second = await open({ query });
  await second.page.waitForSelector('[data-probability-all]');
  assert.deepEqual(await chances(second.page), a);
  // The address bar still carries the seed.
  assert.match(await first.page.url(), /seed=7/);
  assert.deepEqual(first.errors(), []);
  assert.deepEqual(second.errors(), []);
});
