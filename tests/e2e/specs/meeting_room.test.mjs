// The meeting room: a live what-if drawer inside the deck (L), back to the
// prepared scenario in one key or click, typing that never moves slides, and
// the overview grid (O).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp } from '../support/harness.mjs';
import { ARTIFACTS_DIR } from '../support/server.mjs';

const SHOTS = join(ARTIFACTS_DIR, 'screenshots');
await mkdir(SHOTS, { recursive: true });

const open = useApp();

function langScript(lang) {
  return { initScript: (code) => localStorage.setItem('lotrinh.lang.v1', JSON.stringify(code)), initArg: lang };
}

async function waitSlide(app, n) {
  await app.page.waitForSelector(`section[data-slide="${n}"][aria-current="step"]`, { timeout: 15000 });
}

const slideValue = (app) => app.page.textContent('[data-slide-outcome="digital_economy"]');

for (const [lang, viewport] of [
  ['vi', { width: 1920, height: 1080 }],
  ['en', { width: 1366, height: 768 }],
]) {
  test(`${lang} ${viewport.width}×${viewport.height}: change a lever live on a slide, see the value and the banner change, and go back`, async () => {
    const app = await open({ query: '?v=1&present=1&slide=2&preset=plan.2025-12-01', viewport, ready: false, ...langScript(lang) });
    await waitSlide(app, 2);
    const prepared = await slideValue(app);
    const status = await app.page.textContent('section[data-slide="2"] .status');
    await app.page.click('button[data-present-action="levers"]');
    const drawer = app.page.locator('[data-live-levers]');
    await drawer.waitFor();
    assert.equal(await app.page.locator('[data-what-if]').count(), 0, 'no banner before a change');

    // Type 20 into the digital growth field: digits and Backspace must not move slides.
    const field = drawer.locator('input[data-number-field][data-lever="digital_growth"]:not([data-year])');
    await field.click();
    await field.press('Control+a');
    await field.pressSequentially('20');
    await field.press('Enter');
    await field.press('Backspace');
    await field.pressSequentially('0');
    await field.press('Tab');
    await waitSlide(app, 2);
    await app.page.waitForFunction((before) => document.querySelector('[data-slide-outcome="digital_economy"]')?.textContent !== before, prepared);
    assert.equal(await app.page.locator('section[data-slide][aria-current="step"]').getAttribute('data-slide'), '2', 'still slide 2');
    const banner = await app.page.textContent('[data-what-if]');
    const expected = lang === 'vi' ? /20,0\u00a0%\/năm thay vì 26,5\u00a0%\/năm/ : /20\.0\u00a0%\/yr instead of 26\.5\u00a0%\/yr/;
    assert.match(banner, expected, banner);
    assert.notEqual(await app.page.textContent('section[data-slide="2"] .status'), null);
    await app.page.screenshot({ path: join(SHOTS, `what-if-${lang}-${viewport.width}x${viewport.height}.png`) });

    // One click back to the prepared scenario.
    await app.page.click('button[data-present-action="prepared"]');
    await app.page.waitForFunction((before) => document.querySelector('[data-slide-outcome="digital_economy"]')?.textContent === before, prepared);
    assert.equal(await app.page.locator('[data-what-if]').count(), 0, 'banner gone');
    assert.equal(await app.page.textContent('section[data-slide="2"] .status'), status);

    // And with the B key, after closing the drawer with Esc (which keeps the deck open).
    await field.fill('18');
    await field.press('Tab');
    await app.page.locator('[data-what-if]').waitFor();
    await app.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    assert.equal(await app.page.locator('[data-presentation]').count(), 1, 'Esc closed the drawer, not the deck');
    await app.page.keyboard.press('b');
    await app.page.waitForFunction((before) => document.querySelector('[data-slide-outcome="digital_economy"]')?.textContent === before, prepared);
    assert.deepEqual(app.errors(), []);
    await app.close();
  });
}

test('O opens the overview; picking a slide lands on it', async () => {
  const app = await open({ query: '?v=1&present=1&slide=1&preset=breakthrough.2025-12-01', viewport: { width: 1280, height: 720 }, ready: false });
  await waitSlide(app, 1);
  await app.page.keyboard.press('o');
  const grid = app.page.locator('[data-overview]');
  await grid.waitFor();
  assert.equal(await grid.locator('[data-overview-slide]').count(), await app.page.locator('section[data-slide]').count());
  assert.equal(await grid.locator('[data-overview-slide][aria-current="step"]').getAttribute('data-overview-slide'), '1');
  // Each indicator tile holds a thumbnail of its chart: a canvas with the scenario's blue line drawn on it.
  assert.equal(await grid.locator('canvas[data-tile-chart]').count(), 4);
  await app.page.waitForFunction(() => [...document.querySelectorAll('canvas[data-tile-chart]')].every((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let blue = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 40 && data[i + 1] > 70 && data[i + 1] < 120 && data[i + 2] > 140) blue++;
    return blue > 50;
  }), null, { timeout: 10000 });
  // Arrows do not move slides behind the overview.
  await app.page.keyboard.press('ArrowRight');
  await waitSlide(app, 1);
  await app.page.screenshot({ path: join(SHOTS, 'overview-vi-1280x720.png') });
  await grid.locator('[data-overview-slide="5"]').click();
  await grid.waitFor({ state: 'detached' });
  await waitSlide(app, 5);
  await app.page.waitForFunction(() => new URLSearchParams(location.search).get('slide') === '5');
  // O again, then Esc closes it without leaving the deck.
  await app.page.keyboard.press('O');
  await grid.waitFor();
  await app.page.keyboard.press('Escape');
  await grid.waitFor({ state: 'detached' });
  assert.equal(await app.page.locator('[data-presentation]').count(), 1);
  // The button opens it too.
  await app.page.click('button[data-present-action="overview"]');
  await grid.locator('[data-overview-slide="3"]').click();
  await waitSlide(app, 3);
  assert.deepEqual(app.errors(), []);
});

test('the presenter console opens as a second window, stays in step both ways, and its notes stay off the audience page', async () => {
  const app = await open({ query: '?v=1&present=1&slide=1&preset=plan.2025-12-01', viewport: { width: 1280, height: 720 }, ready: false });
  await waitSlide(app, 1);
  const [popup] = await Promise.all([app.page.context().waitForEvent('page'), app.page.keyboard.press('s')]);
  await popup.setViewportSize({ width: 1280, height: 800 });
  const consoleRoot = popup.locator('[data-presenter-console]');
  await consoleRoot.waitFor();
  await popup.locator('[data-next-slide="2"]').waitFor();
  assert.match(await popup.textContent('[data-elapsed]'), /^\d\d:\d\d$/);
  assert.match(await popup.textContent('[data-clock]'), /^\d\d:\d\d$/);
  // The title slide's notes default to the scenario's note.
  const notes = popup.locator('textarea[data-speaker-notes]');
  assert.match(await notes.inputValue(), /Đạt đúng các mục tiêu 2030/);

  // Console → audience.
  await popup.click('button[data-console-action="next"]');
  await waitSlide(app, 2);
  await popup.locator('[data-current-slide="2"]').waitFor();
  // Audience → console.
  await app.page.keyboard.press('PageDown');
  await waitSlide(app, 3);
  await popup.locator('[data-current-slide="3"]').waitFor();
  await popup.locator('[data-next-slide="4"]').waitFor();
  // The previews show the bands as the deck does: the 90 % range beside the
  // chart of the current slide and of the next one.
  await popup.locator('[data-current-slide="3"] [data-slide-range]').waitFor();
  await popup.locator('[data-next-slide="4"] [data-slide-range]').waitFor();
  // A jump and a live what-if in the audience window reach the console.
  await app.page.keyboard.press('5');
  await popup.locator('[data-current-slide="5"]').waitFor();
  // Leaving the sources slide out in the audience window shortens the console's deck too.
  const counted = (n) => popup.waitForFunction((n) => document.querySelector('[data-console-counter]').textContent.trim().endsWith(`/ ${n}`), n, { timeout: 10000 });
  const total = Number((await popup.textContent('[data-console-counter]')).split('/')[1]);
  await app.page.uncheck('input[data-present-option="sources"]');
  await counted(total - 1);
  await app.page.check('input[data-present-option="sources"]');
  await counted(total);

  // Notes typed in the console: typing moves no slide, and the audience never shows them.
  const secret = 'Nhắc: hỏi Sở TT&TT về số liệu 9/2025';
  await notes.fill('');
  await notes.pressSequentially(secret);
  await waitSlide(app, 5);
  await popup.locator('[data-current-slide="5"]').waitFor();
  // They reach the audience window's autosave, but not its page.
  await app.page.waitForFunction((text) => (localStorage.getItem('lotrinh.workspace.v1') || '').includes(text), secret, { timeout: 15000 });
  assert.ok(!(await app.page.textContent('body')).includes(secret), 'the audience page never shows the notes');
  assert.equal(await app.page.locator('[data-speaker-notes]').count(), 0);
  // Back on slide 5 later, the note is still there in the console.
  await popup.click('button[data-console-action="previous"]');
  await waitSlide(app, 4);
  await popup.click('button[data-console-action="next"]');
  await waitSlide(app, 5);
  assert.equal(await notes.inputValue(), secret);
  // The next slide is the sensitivity slide, which sizes its tornadoes to
  // the room it is given: its preview shows them, not just its title.
  await popup.locator('[data-next-slide="6"] .sensitivity-cell').first().waitFor();
  const cells = await popup.$$eval('[data-next-slide="6"] .sensitivity-cell', (all) => all.map((c) => Math.round(c.getBoundingClientRect().height)));
  assert.equal(cells.length, 4);
  assert.ok(cells.every((h) => h > 80), `tornado cells in the next-slide preview: ${cells} px high`);
  // The elapsed time resets.
  await popup.click('button[data-console-action="reset-timer"]');
  assert.equal(await popup.textContent('[data-elapsed]'), '00:00');
  await popup.screenshot({ path: join(SHOTS, 'presenter-console-vi-1280x800.png') });
  assert.deepEqual(app.errors(), []);
});

test('a blocked pop-up says how to allow it', async () => {
  const app = await open({
    query: '?v=1&present=1&slide=1',
    ready: false,
    initScript: () => {
      window.open = () => null;
    },
  });
  await waitSlide(app, 1);
  await app.page.click('button[data-present-action="console"]');
  const texts = await app.waitMessage('alert', 'S');
  assert.ok(texts.some((t) => /pop-up|bật lên/.test(t)), texts.join(' | '));
  assert.ok(await app.page.locator('[role=alert]').first().isVisible(), 'the alert shows above the deck');
});
