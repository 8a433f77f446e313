import { launchBrowser } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { PlannerPage } from './fixtures/planner_page.mjs';
const server = await startServer();
const browser = await launchBrowser();
const q = '?v=1&name=D%E1%BB%93n%20s%E1%BB%9Bm&t.digital_economy=32&digital_growth=26.4&2.name=B&2.digital_growth=24';
for (const lang of ['vi', 'en']) {
  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    const app = await PlannerPage.open(browser, server.url, { viewport, query: q,
      initScript: (code) => localStorage.setItem('lotrinh.lang.v1', JSON.stringify(code)), initArg: lang });
    await app.openLibrary();
    await app.commitNumber('grdp_growth', '500');
    await app.perYearButton('records_speed').click();
    await app.page.waitForTimeout(500);
    await app.page.screenshot({ path: `/tmp/defects-shots/${lang}-${viewport.width}-top.png` });
    const cards = app.page.locator('.summary');
    await cards.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: `/tmp/defects-shots/${lang}-${viewport.width}-cards.png` });
    await app.page.locator('[data-comparison]').scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: `/tmp/defects-shots/${lang}-${viewport.width}-compare.png` });
    await app.page.locator('[data-lever-row="records_speed"]').scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: `/tmp/defects-shots/${lang}-${viewport.width}-peryear.png` });
    await app.close();
  }
}
await browser.close();
await server.close();
