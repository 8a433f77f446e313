// Embeds: `embed=1&ind=…` shows only the chosen indicators, fits its
// iframe, posts its height to the parent page and never writes to
// localStorage; "Copy embed code" gives the <iframe> snippet.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

test('an embed shows only the chosen indicator, no chrome, and leaves localStorage untouched', async () => {
  const app = await open({
    query: '?v=1&preset=plan.2025-12-01&embed=1&ind=online_services&lang=en',
    viewport: { width: 700, height: 900 },
    ready: false,
  });
  await app.page.locator('[data-embed] [data-indicator="online_services"] canvas').waitFor();
  assert.equal(await app.page.locator('[data-indicator]').count(), 1, 'one chart');
  assert.equal(await app.page.locator('[data-outcome]').count(), 1, 'one card');
  assert.equal(await app.page.locator('[data-outcome="online_services"]').count(), 1);
  for (const chrome of ['[data-lever]', '[data-scenario-name]', 'button[data-action="present"]', '.app-header', '.app-footer']) {
    assert.equal(await app.page.locator(chrome).count(), 0, `no ${chrome}`);
  }
  const href = await app.page.getAttribute('[data-embed] a[data-open-planner]', 'href');
  const planner = new URL(href);
  assert.equal(planner.searchParams.get('preset'), 'plan.2025-12-01');
  assert.equal(planner.searchParams.get('embed'), null, 'the planner link is not an embed');
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'en');
  const { scrollWidth, innerWidth } = await app.horizontalExtent();
  assert.ok(scrollWidth <= innerWidth, 'fits the width');
  // A resize redraws; nothing is written.
  await app.page.setViewportSize({ width: 360, height: 700 });
  assert.deepEqual(await app.page.evaluate(() => Object.keys(localStorage)), [], 'localStorage untouched');
  assert.deepEqual(app.errors(), []);
});

test('an embed in an iframe posts its height and the parent can size the frame', async () => {
  const app = await open();
  const src = `${app.url}?v=1&grdp_growth=12&embed=1&ind=digital_economy,digital_workforce`;
  // A parent page written by a report author, using the documented snippet's
  // listener. It is its own document, without the app's Content Security
  // Policy (which refuses inline scripts), and it is served over http: a page
  // with no address (about:blank) counts as public to Chromium, which then
  // refuses to frame a server on the loopback address (Local Network Access).
  const parent = `${app.url}embed-parent.html`;
  await app.page.context().route(parent, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><body>
    <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'lotrinh-embed-height') window.heights.push(e.data.height); });</script>
    <iframe id="f" src="${src}" style="width:600px;height:300px;border:0"></iframe></body>`,
    }),
  );
  await app.page.goto(parent);
  await app.page.waitForFunction(() => window.heights.length > 0 && window.heights[window.heights.length - 1] > 300, null, { timeout: 15000 });
  const frame = app.page.frameLocator('#f');
  assert.equal(await frame.locator('[data-indicator]').count(), 2);
  const height = await app.page.evaluate(() => window.heights[window.heights.length - 1]);
  const inner = await frame.locator('html').evaluate((root) => root.scrollHeight);
  assert.ok(Math.abs(height - inner) <= 2, `posted ${height}, content ${inner}`);
});

test('Copy embed code gives an iframe snippet that opens the same scenario as an embed', async () => {
  const app = await open({ clipboard: true });
  await app.commitNumber('grdp_growth', 12.5);
  await app.waitAddress({ grdp_growth: '12.5' });
  await app.page.evaluate(() => navigator.clipboard.writeText(''));
  await app.page.click('[data-embed-menu] > summary');
  await app.page.click('button[data-action="copy-embed"]');
  await app.page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('<iframe'));
  const code = await app.page.evaluate(() => navigator.clipboard.readText());
  const src = /src="([^"]+)"/.exec(code)[1].replaceAll('&amp;', '&');
  const url = new URL(src);
  assert.equal(url.searchParams.get('embed'), '1');
  assert.equal(url.searchParams.get('grdp_growth'), '12.5');
  assert.equal(url.searchParams.get('ind'), 'digital_economy,digital_workforce,online_services,records_digitisation');
  assert.match(code, /lotrinh-embed-height/, 'the snippet sizes the frame');
  const embed = await open({ query: url.search, ready: false });
  await embed.page.locator('[data-embed] [data-indicator]').first().waitFor();
  assert.equal(await embed.page.locator('[data-embed] [data-indicator]').count(), 4);
  assert.deepEqual(await embed.page.evaluate(() => Object.keys(localStorage)), []);

  // Untick two charts: the code embeds only the other two, in table order.
  await app.page.uncheck('[data-embed-indicator="digital_workforce"]');
  await app.page.uncheck('[data-embed-indicator="records_digitisation"]');
  await app.page.evaluate(() => navigator.clipboard.writeText(''));
  await app.page.click('button[data-action="copy-embed"]');
  await app.page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('<iframe'));
  const two = new URL(/src="([^"]+)"/.exec(await app.page.evaluate(() => navigator.clipboard.readText()))[1].replaceAll('&amp;', '&'));
  assert.equal(two.searchParams.get('ind'), 'digital_economy,online_services');
  // With nothing ticked there is nothing to embed.
  await app.page.uncheck('[data-embed-indicator="digital_economy"]');
  await app.page.uncheck('[data-embed-indicator="online_services"]');
  assert.ok(await app.page.locator('button[data-action="copy-embed"]').isDisabled());
});
