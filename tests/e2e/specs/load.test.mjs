// The release build loads cleanly and paints every chart sharply.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INDICATORS } from '../fixtures/planner_page.mjs';
import { useApp } from '../support/harness.mjs';

const open = useApp();

/** A chart with axes, labels and a line has far more than this many non-background pixels. */
const MIN_PAINTED_PIXELS = 500;

test('loads with no console errors and no page errors', async () => {
  const app = await open();
  // Let the first charts paint before judging the console.
  await app.waitCanvasesPainted(MIN_PAINTED_PIXELS);
  assert.deepEqual(app.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(app.consoleErrors, [], 'console errors');
});

test('every indicator has a chart canvas and a table of yearly values', async () => {
  const app = await open();
  for (const id of INDICATORS) {
    assert.equal(await app.canvas(id).count(), 1, `one <canvas> in [data-indicator="${id}"]`);
    const rows = await app.table(id).locator('tr').count();
    assert.ok(rows >= 2, `[data-indicator="${id}"] table has rows (got ${rows})`);
    const text = await app.table(id).innerText();
    assert.match(text, /2030/, `[data-indicator="${id}"] table lists 2030`);
  }
});

for (const deviceScaleFactor of [1, 2]) {
  test(`every canvas is painted and sized for devicePixelRatio ${deviceScaleFactor}`, async () => {
    const app = await open({ deviceScaleFactor });
    await app.waitCanvasesSharp();
    await app.waitCanvasesPainted(MIN_PAINTED_PIXELS);
    const report = await app.canvasReport();
    for (const c of report) {
      assert.equal(c.dpr, deviceScaleFactor, 'devicePixelRatio');
      assert.ok(c.painted >= MIN_PAINTED_PIXELS, `canvas ${c.id} looks blank: ${JSON.stringify(c)}`);
      assert.ok(
        Math.abs(c.width - c.cssWidth * c.dpr) < c.dpr,
        `canvas ${c.id} backing width ${c.width} ≠ CSS width ${c.cssWidth} × ${c.dpr}`,
      );
      assert.ok(
        Math.abs(c.height - c.cssHeight * c.dpr) < c.dpr,
        `canvas ${c.id} backing height ${c.height} ≠ CSS height ${c.cssHeight} × ${c.dpr}`,
      );
    }
  });
}
