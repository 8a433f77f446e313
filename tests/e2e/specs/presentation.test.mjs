// Presentation mode: opened from a link, driven by keys (as a clicker sends
// them), left with Esc, and readable at projector sizes in both languages.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';
import { ARTIFACTS_DIR } from '../support/server.mjs';

const open = useApp();

const visibleSlide = (page) => page.locator('section[data-slide][aria-current="step"]');

async function waitSlide(app, n) {
  await app.page.waitForSelector(`section[data-slide="${n}"][aria-current="step"]`, { timeout: 15000 });
  await app.page.waitForFunction((n) => new URLSearchParams(location.search).get('slide') === String(n), n, {
    timeout: 15000,
  });
}

function langScript(lang) {
  return { initScript: (code) => localStorage.setItem('lotrinh.lang.v1', JSON.stringify(code)), initArg: lang };
}

test('a link with present=1&slide=2 opens straight into slide 2', async () => {
  const app = await open({ query: '?v=1&present=1&slide=2&digital_growth=24', ready: false });
  await waitSlide(app, 2);
  assert.equal(await app.page.locator('[data-presentation]').count(), 1);
  assert.equal(await app.page.locator('section[data-slide]:not([hidden])').count(), 1, 'one slide visible');
  const outcome = await app.page.textContent('[data-slide-outcome="digital_economy"]');
  assert.match(outcome, /^\d+,\d\u00a0%$/, `Vietnamese format: ${outcome}`);
  assert.deepEqual(app.errors(), []);
});

test('PageDown, PageUp, arrows, Home, End and digits move; the slide survives a reload', async () => {
  const app = await open({ query: '?v=1&present=1&slide=2', ready: false });
  await waitSlide(app, 2);
  const total = await app.page.locator('section[data-slide]').count();
  assert.equal(total, 7, 'title, four indicators, summary, sources');
  await app.page.keyboard.press('PageDown');
  await waitSlide(app, 3);
  await app.page.keyboard.press('PageUp');
  await waitSlide(app, 2);
  await app.page.keyboard.press('ArrowRight');
  await waitSlide(app, 3);
  await app.page.keyboard.press('ArrowLeft');
  await waitSlide(app, 2);
  await app.page.keyboard.press('Space');
  await waitSlide(app, 3);
  await app.page.keyboard.press('End');
  await waitSlide(app, total);
  await app.page.keyboard.press('PageDown');
  await waitSlide(app, total);
  await app.page.keyboard.press('Home');
  await waitSlide(app, 1);
  await app.page.keyboard.press('4');
  await waitSlide(app, 4);
  await app.page.reload();
  await waitSlide(app, 4);
  assert.deepEqual(app.errors(), []);
});

test('Esc leaves presentation mode and the Present button enters it', async () => {
  const app = await open();
  await app.page.click('button[data-action="present"]');
  await waitSlide(app, 1);
  await app.page.keyboard.press('Escape');
  await app.page.locator('[data-presentation]').waitFor({ state: 'detached' });
  await app.page.waitForSelector('[data-outcome="digital_economy"]');
  await app.page.waitForFunction(() => !new URLSearchParams(location.search).has('present'));
  assert.deepEqual(app.errors(), []);
});

test('the year-by-year reveal plays and stops by itself', async () => {
  const app = await open({ query: '?v=1&present=1&slide=2', ready: false, ...langScript('en') });
  await waitSlide(app, 2);
  const reveal = app.page.locator('button[data-present-action="reveal"]');
  const before = await reveal.textContent();
  await app.page.keyboard.press('r');
  await app.page.waitForFunction((before) => {
    const b = document.querySelector('button[data-present-action="reveal"]');
    return b && b.textContent !== before;
  }, before);
  await app.page.waitForFunction(
    (before) => document.querySelector('button[data-present-action="reveal"]')?.textContent === before,
    before,
    { timeout: 15000 },
  );
  assert.deepEqual(app.errors(), []);
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
]) {
  test(`every slide fits ${viewport.width}×${viewport.height} in both languages (screenshots)`, async () => {
    const dir = join(ARTIFACTS_DIR, 'screenshots', 'presentation');
    await mkdir(dir, { recursive: true });
    for (const lang of ['vi', 'en']) {
      const app = await open({
        viewport,
        query: '?v=1&present=1&slide=1&digital_growth=24&2.name=B&2.records_speed=60',
        ready: false,
        ...langScript(lang),
      });
      await waitSlide(app, 1);
      const total = await app.page.locator('section[data-slide]').count();
      assert.equal(total, 8, 'with a comparison slide');
      for (let n = 1; n <= total; n++) {
        await waitSlide(app, n);
        const overflow = await app.page.evaluate(() => {
          const slide = document.querySelector('section[data-slide][aria-current="step"]');
          const box = slide.getBoundingClientRect();
          const out = [];
          for (const el of slide.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            if (r.right > box.right + 1 || r.bottom > box.bottom + 1) {
              out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}x${Math.round(r.bottom)}`);
            }
          }
          return { out: out.slice(0, 5), scroll: document.scrollingElement.scrollWidth - innerWidth };
        });
        assert.deepEqual(overflow.out, [], `${lang} slide ${n}: clipped ${overflow.out.join(', ')}`);
        assert.ok(overflow.scroll <= 0, `${lang} slide ${n}: horizontal scroll`);
        await app.page.screenshot({ path: join(dir, `${lang}-${viewport.width}x${viewport.height}-${n}.png`) });
        await app.page.keyboard.press('PageDown');
      }
      await visibleSlide(app.page).waitFor();
      assert.deepEqual(app.errors(), []);
      await app.close();
    }
  });
}
