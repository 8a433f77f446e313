// Phones show the results first: a consultant's link opened at 390×844
// shows the scenario's name and the four 2030 outcomes on the first screen,
// with the levers below behind "Adjust"; on a 1366×768 laptop the lever
// being moved and the chart it changes are on screen together.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INDICATORS } from '../fixtures/planner_page.mjs';
import { useApp } from '../support/harness.mjs';

const open = useApp();

/** Whether an element's box is entirely inside the viewport. */
function inView(selector) {
  const el = document.querySelector(selector);
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
}

test('at 390×844 the first screen shows the name and the four 2030 outcomes before the levers', async () => {
  for (const lang of ['vi', 'en']) {
    const app = await open({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      query: '?v=1&preset=plan.2025-12-01&2.preset=cautious.2025-12-01',
      initScript: (code) => localStorage.setItem('lotrinh.lang.v1', JSON.stringify(code)),
      initArg: lang,
    });
    await app.page.evaluate(() => window.scrollTo(0, 0));
    assert.ok(await app.page.evaluate(inView, 'input[data-scenario-name]'), `${lang}: the name on the first screen`);
    for (const id of INDICATORS) {
      assert.ok(await app.page.evaluate(inView, `[data-outcome="${id}"]`), `${lang}: ${id} 2030 value on the first screen`);
    }
    const order = await app.page.evaluate(() => {
      const y = (s) => document.querySelector(s).getBoundingClientRect().top;
      return { outcome: y('[data-outcome="records_digitisation"]'), chart: y('[data-indicator="digital_economy"]'), levers: y('[data-lever="grdp_growth"]') };
    });
    assert.ok(order.outcome < order.levers && order.chart < order.levers, `results before levers: ${JSON.stringify(order)}`);
    // "Adjust" floats on the first screen and takes the reader to the levers.
    const adjust = app.page.locator('a[data-action="adjust"]');
    assert.ok(await app.page.evaluate(inView, 'a[data-action="adjust"]'), 'Adjust is on the first screen');
    await app.screenshot(`phone-first-${lang}-390x844`);
    await adjust.click();
    await app.page.waitForFunction(inView, 'input[type=range][data-lever="grdp_growth"]');
    const { scrollWidth, innerWidth } = await app.horizontalExtent();
    assert.ok(scrollWidth <= innerWidth, `${lang}: no horizontal scroll`);
    assert.deepEqual(app.errors(), []);
    await app.close();
  }
});

test('at 1366×768 the lever being moved and the chart it changes are visible together', async () => {
  for (const lang of ['vi', 'en']) {
    const app = await open({
      viewport: { width: 1366, height: 768 },
      initScript: (code) => localStorage.setItem('lotrinh.lang.v1', JSON.stringify(code)),
      initArg: lang,
    });
    for (const [lever, indicator] of [
      ['digital_growth', 'digital_economy'],
      ['records_ceiling', 'records_digitisation'],
    ]) {
      // Bring the chart into view, then the lever (inside the sticky lever column).
      await app.canvas(indicator).evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await app.slider(lever).evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
      const before = await app.outcomeText(indicator);
      await app.slider(lever).focus();
      await app.page.keyboard.press('ArrowLeft');
      await app.page.keyboard.press('ArrowLeft');
      await app.waitOutcomeChange(indicator, before);
      assert.ok(await app.page.evaluate(inView, `input[type=range][data-lever="${lever}"]`), `${lang}: ${lever} in view`);
      assert.ok(await app.page.evaluate(inView, `[data-indicator="${indicator}"] canvas`), `${lang}: ${indicator} chart in view`);
      await app.screenshot(`laptop-lever-and-chart-${lang}-${lever}`);
    }
    assert.deepEqual(app.errors(), []);
    await app.close();
  }
});
