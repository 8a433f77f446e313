// Layout at common screen sizes, and screenshots for people to look at.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
];

/**
 * Runs in the page: visible elements whose box reaches past the viewport's
 * right edge (cut off), except inside the data tables, which scroll on
 * their own.
 */
function cutOff() {
  const width = document.documentElement.clientWidth;
  return [...document.body.querySelectorAll('*')]
    .filter((el) => !el.closest('.table-scroll, table, .visually-hidden'))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.right > width + 1;
    })
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className} right ${Math.round(el.getBoundingClientRect().right)}`);
}

/** Runs in the page: pairs of chart canvases whose boxes overlap. */
function overlappingCharts() {
  const boxes = [...document.querySelectorAll('[data-indicator] canvas')].map((c) => c.getBoundingClientRect());
  const pairs = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b, k) => {
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) pairs.push([i, i + 1 + k]);
    }),
  );
  return pairs;
}

/** The layout facts every size holds, in the language on screen. */
async function assertLayout(app, label) {
  const { scrollWidth, innerWidth } = await app.horizontalExtent();
  assert.ok(scrollWidth <= innerWidth, `${label}: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`);
  assert.deepEqual(await app.page.evaluate(cutOff), [], `${label}: nothing cut off at the right edge`);
  assert.deepEqual(await app.page.evaluate(overlappingCharts), [], `${label}: charts do not overlap`);
}

// 320 CSS px is the width WCAG's reflow criterion asks for (1280 px at 400 %).
for (const viewport of [...VIEWPORTS, { width: 320, height: 640 }]) {
  test(`no horizontal scroll and nothing cut off at ${viewport.width}×${viewport.height}`, async () => {
    const app = await open({ viewport });
    await app.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    for (const lang of ['vi', 'en']) {
      await app.chooseLanguage(lang);
      await app.waitCanvasesSharp();
      await assertLayout(app, `${lang} ${viewport.width}×${viewport.height}`);
    }
  });
}

test('screenshots in both languages at 1366×768, 390×844 and 1920×1080, of a layout that holds', async () => {
  for (const viewport of VIEWPORTS) {
    const app = await open({ viewport });
    for (const lang of ['vi', 'en']) {
      await app.chooseLanguage(lang);
      await app.waitCanvasesSharp();
      await app.waitCanvasesPainted(500);
      await assertLayout(app, `${lang} ${viewport.width}×${viewport.height}`);
      // Wide screens put charts side by side; a phone stacks them.
      const lefts = await app.page.$$eval('[data-indicator] canvas', (cs) => cs.map((c) => Math.round(c.getBoundingClientRect().left)));
      const columns = new Set(lefts).size;
      if (viewport.width >= 1366) assert.ok(columns >= 2, `${lang} ${viewport.width}: charts in ${columns} column(s)`);
      else assert.equal(columns, 1, `${lang} ${viewport.width}: charts stacked`);
      // The whole page: Chromium's full-page capture resizes the page to its
      // whole height and the charts redraw, which must meet no CSP violation.
      const path = await app.screenshot(`${lang}-${viewport.width}x${viewport.height}`);
      console.log(`screenshot: ${path}`);
    }
    await app.close();
  }
});
