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
  assert.equal(total, 8, 'title, four indicators, sensitivity, summary, sources');
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

test('a deck opened from a link gives focus to the Present button when left', async () => {
  const app = await open({ query: '?v=1&present=1&slide=2', ready: false });
  await waitSlide(app, 2);
  await app.page.keyboard.press('Escape');
  await app.page.locator('[data-presentation]').waitFor({ state: 'detached' });
  await app.waitFor('focus on the Present button', () => document.activeElement?.dataset.action === 'present');
  assert.ok(
    await app.page.evaluate(() => document.activeElement.matches(':focus-visible')),
    'focus ring visible after leaving by keyboard',
  );
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

/** Four scenarios compared (the most the app allows), one with a custom target, all with long names. */
const FOUR_SCENARIOS =
  '?v=1&present=1&slide=1&name=K%E1%BB%8Bch%20b%E1%BA%A3n%20%C4%91ang%20m%E1%BB%9F%20d%C3%A0i&digital_growth=24&t.digital_economy=32' +
  '&2.name=Ph%C6%B0%C6%A1ng%20%C3%A1n%20B%20t%C4%83ng%20t%E1%BB%91c&2.records_speed=60&2.services_ceiling=95' +
  '&3.name=Ph%C6%B0%C6%A1ng%20%C3%A1n%20C%20th%E1%BA%ADn%20tr%E1%BB%8Dng&3.grdp_growth=8&3.digital_workforce_growth=4' +
  '&4.name=Ph%C6%B0%C6%A1ng%20%C3%A1n%20D%20b%E1%BB%A9t%20ph%C3%A1&4.digital_growth=30&4.services_speed=85&4.records_speed=90';

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
]) {
  test(`every slide fits ${viewport.width}×${viewport.height} in both languages (screenshots)`, async () => {
    const dir = join(ARTIFACTS_DIR, 'screenshots', 'presentation');
    await mkdir(dir, { recursive: true });
    for (const lang of ['vi', 'en']) {
      const app = await open({
        viewport,
        query: FOUR_SCENARIOS,
        ready: false,
        ...langScript(lang),
      });
      await waitSlide(app, 1);
      const total = await app.page.locator('section[data-slide]').count();
      assert.equal(total, 10, 'with the comparison and the compared assumptions');
      // The control bar sits under the slide: nothing may reach under it.
      const controlsTop = await app.page.evaluate(() => document.querySelector('.deck-controls').getBoundingClientRect().top);
      for (let n = 1; n <= total; n++) {
        await waitSlide(app, n);
        // Every deck control, Exit included, is in view: the bar never scrolls.
        const hidden = await app.page.evaluate(() => {
          const bar = document.querySelector('.deck-controls');
          return bar.scrollWidth - bar.clientWidth;
        });
        assert.ok(hidden <= 1, `${lang} slide ${n}: the deck controls overflow by ${hidden} px`);
        const overflow = await app.page.evaluate((controlsTop) => {
          const slide = document.querySelector('section[data-slide][aria-current="step"]');
          const box = slide.getBoundingClientRect();
          const out = [];
          for (const el of slide.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            if (r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.bottom > controlsTop + 1) {
              out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}x${Math.round(r.bottom)}`);
            }
          }
          // A scroll box inside the slide would hide rows the room cannot scroll to.
          // (Text for screen readers only, such as a chart's summary, is
          // clipped to nothing on purpose.)
          for (const el of slide.querySelectorAll('*:not(.visually-hidden)')) {
            if (el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible') {
              out.push(`${el.tagName}.${el.className} scrolls ${el.scrollHeight}>${el.clientHeight}`);
            }
          }
          return { out: out.slice(0, 5), scroll: document.scrollingElement.scrollWidth - innerWidth };
        }, controlsTop);
        // The sources slide: headings larger than the text under them, text readable.
        const sizes = await app.page.evaluate(() => {
          const slide = document.querySelector('section.slide-sources[aria-current="step"]');
          if (!slide) return null;
          const size = (el) => parseFloat(getComputedStyle(el).fontSize);
          return { heading: size(slide.querySelector('.source-entry h3')), body: size(slide.querySelector('.source-entry p')) };
        });
        if (sizes) {
          assert.ok(sizes.heading > sizes.body, `${lang} sources: heading ${sizes.heading}px > body ${sizes.body}px`);
          assert.ok(sizes.body >= 16, `${lang} sources: body ${sizes.body}px ≥ 16px`);
        }
        // Screenshot first, so a failing slide can be looked at.
        await app.page.screenshot({ path: join(dir, `${lang}-${viewport.width}x${viewport.height}-${n}.png`) });
        assert.deepEqual(overflow.out, [], `${lang} slide ${n}: clipped ${overflow.out.join(', ')}`);
        assert.ok(overflow.scroll <= 0, `${lang} slide ${n}: horizontal scroll`);
        await app.page.keyboard.press('PageDown');
      }
      await visibleSlide(app.page).waitFor();
      assert.deepEqual(app.errors(), []);
      await app.close();
    }
  });
}

test('while the reveal plays, the side panel shows the year drawn, not the ending', async () => {
  const app = await open({ query: '?v=1&present=1&slide=2&digital_growth=24', ready: false, ...langScript('en') });
  await waitSlide(app, 2);
  const final = await app.page.textContent('[data-slide-outcome="digital_economy"]');
  assert.equal(await app.page.locator('[data-slide-status="digital_economy"]').count(), 1, 'verdict shown at 2030');
  await app.page.keyboard.press('r');
  // Pause at once: the panel must match whichever year the line stopped at.
  await app.page.waitForSelector('.slide-facts[data-slide-year]:not([data-slide-year="2030"])');
  await app.page.keyboard.press('r');
  const { year, outcome, status, pending } = await app.page.evaluate(() => ({
    year: Number(document.querySelector('.slide-facts').dataset.slideYear),
    outcome: document.querySelector('[data-slide-outcome="digital_economy"]').textContent,
    status: document.querySelectorAll('[data-slide-status]').length,
    pending: document.querySelector('.slide-facts .status.pending')?.textContent || '',
  }));
  assert.ok(year < 2030, `paused before 2030 (${year})`);
  assert.notEqual(outcome, final, 'the 2030 value is not given away');
  assert.equal(status, 0, 'no verdict before 2030');
  assert.ok(pending.includes('2030'), `says the verdict comes with 2030: ${pending}`);
  assert.ok(
    (await app.page.textContent('.slide-facts .big-value .caption')).includes(String(year)),
    'the caption names the year shown',
  );
  // Resume: the reveal ends at 2030 with the value and the verdict.
  await app.page.keyboard.press('r');
  await app.page.waitForSelector('[data-slide-status="digital_economy"]', { timeout: 15000 });
  assert.equal(await app.page.textContent('[data-slide-outcome="digital_economy"]'), final);
  assert.deepEqual(app.errors(), []);
});

test('the presenter can leave the sources slide out of the deck', async () => {
  const app = await open({ query: '?v=1&present=1&slide=1', ready: false });
  await waitSlide(app, 1);
  assert.equal(await app.page.locator('section[data-slide]').count(), 8);
  assert.equal(await app.page.locator('section.slide-sources').count(), 1);
  await app.page.click('input[data-present-option="sources"]');
  await app.page.waitForFunction(() => document.querySelectorAll('section[data-slide]').length === 7);
  assert.equal(await app.page.locator('section.slide-sources').count(), 0);
  await app.page.keyboard.press('End');
  await waitSlide(app, 7);
  assert.equal(await app.page.locator('section.slide-summary[aria-current="step"]').count(), 1, 'the deck ends with the summary');
  assert.deepEqual(app.errors(), []);
});
