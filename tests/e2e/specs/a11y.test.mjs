// Accessibility held by axe-core (from npm): zero violations on the planner,
// the comparison, every presentation slide and the print report, in both
// languages at a laptop and a phone size, with every collapsible panel open
// (every <details>, so panels added later are covered too).

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

/** A link with a second scenario, so the comparison shows (and its slide). */
const COMPARING = '?v=1&name=A&digital_growth=24&2.name=B&2.records_speed=60';

function langScript(lang) {
  return { initScript: (code) => localStorage.setItem('lotrinh.lang.v1', JSON.stringify(code)), initArg: lang };
}

/**
 * Runs axe on the page and returns its violations, one line each. axe is
 * evaluated through the DevTools protocol, which the page's Content Security
 * Policy does not govern (a <script> tag would be refused, rightly).
 */
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} at ${n.target.join(' ')} ${n.failureSummary.replace(/\s+/g, ' ')}`),
  );
}

/** Opens every <details> on the page and waits for the planner to settle. */
async function openEveryPanel(app) {
  await app.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await app.waitCanvasesSharp();
}

for (const viewport of VIEWPORTS) {
  for (const lang of ['vi', 'en']) {
    const size = `${viewport.width}×${viewport.height}`;

    test(`axe: the planner and the comparison, every panel open, ${lang}, ${size}`, async () => {
      const app = await open({ viewport, query: COMPARING, ...langScript(lang) });
      await app.page.waitForSelector('[data-comparison]');
      await openEveryPanel(app);
      // The analysis panels with an answer, Apply and a field message showing.
      await app.page.waitForSelector('[data-analysis] details[data-uncertainty]');
      await openEveryPanel(app);
      await app.page.click('[data-goal-seek="digital_economy"] [data-goal-solve]');
      await app.page.waitForSelector('[data-goal-seek="digital_economy"] [data-apply-goal]');
      await app.page.fill('[data-uncertain-field="spread.grdp_growth"][data-side="above"]', 'x');
      await app.page.press('[data-uncertain-field="spread.grdp_growth"][data-side="above"]', 'Enter');
      await app.page.waitForSelector('[data-field-message="spread.grdp_growth"]');
      assert.deepEqual(await violations(app.page), []);
    });

    test(`axe: every presentation slide, ${lang}, ${size}`, async () => {
      const app = await open({ viewport, query: `${COMPARING}&present=1&slide=1`, ready: false, ...langScript(lang) });
      await app.page.waitForSelector('section[data-slide="1"][aria-current="step"]');
      const total = await app.page.locator('section[data-slide]').count();
      for (let n = 1; n <= total; n++) {
        if (n > 1) {
          await app.page.keyboard.press('PageDown');
          await app.page.waitForSelector(`section[data-slide="${n}"][aria-current="step"]`);
        }
        assert.deepEqual(await violations(app.page), [], `slide ${n}`);
      }
    });

    test(`axe: the print report, ${lang}, ${size}`, async () => {
      const app = await open({ viewport, query: COMPARING, ...langScript(lang) });
      await app.waitCanvasesPainted(500);
      await app.page.emulateMedia({ media: 'print' });
      await app.page.waitForSelector('[data-print-report]', { state: 'visible' });
      assert.deepEqual(await violations(app.page), []);
    });
  }
}
