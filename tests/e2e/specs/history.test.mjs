// Back and Forward retrace share links and presentation slides: each step
// shows exactly what was shown there (scenario, comparison, slide).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

/** What the page shows: the slide on screen (0 when not presenting), the levers and outcomes. */
async function shown(app) {
  const slide = await app.page.evaluate(
    () => Number(document.querySelector('section[data-slide][aria-current="step"]')?.dataset.slide || 0),
  );
  if (slide) return { slide, search: (await app.address()).search };
  return { slide, search: (await app.address()).search, ...(await app.snapshot()) };
}

async function waitShown(app, want) {
  await app.waitFor(
    `the page at ${want.search}`,
    ([search, slide]) =>
      location.search === search &&
      Number(document.querySelector('section[data-slide][aria-current="step"]')?.dataset.slide || 0) === slide,
    [want.search, want.slide],
    () => [location.search, document.querySelector('section[data-slide][aria-current="step"]')?.dataset.slide],
  );
  assert.deepEqual(await shown(app), want);
}

test('Back and Forward step through a shared link, a preset and every slide shown, exactly', async () => {
  const app = await open({ query: '?v=1&name=Li%C3%AAn%20k%E1%BA%BFt&digital_growth=24&2.records_speed=60' });
  await app.page.waitForSelector('[data-comparison]');
  const steps = [await shown(app)];
  await app.openLibrary();
  await app.openPresetButton('plan').click();
  await app.waitFor('the preset on screen', () => !location.search.includes('digital_growth=24'));
  steps.push(await shown(app));
  await app.action('present').click();
  await app.page.waitForSelector('section[data-slide="1"][aria-current="step"]');
  steps.push(await shown(app));
  for (const n of [2, 3]) {
    await app.page.keyboard.press('PageDown');
    await app.page.waitForSelector(`section[data-slide="${n}"][aria-current="step"]`);
    steps.push(await shown(app));
  }
  for (let i = steps.length - 2; i >= 0; i--) {
    await app.page.goBack();
    await waitShown(app, steps[i]);
  }
  for (let i = 1; i < steps.length; i++) {
    await app.page.goForward();
    await waitShown(app, steps[i]);
  }
  assert.deepEqual(app.errors(), []);
});
