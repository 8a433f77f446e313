// The print / PDF report, rendered by Chromium's own PDF printer.

import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';
import { ARTIFACTS_DIR } from '../support/server.mjs';

const open = useApp();

test('the report prints on A4 with its header, charts, summary, sources and link', async () => {
  for (const lang of ['vi', 'en']) {
    const app = await open({
      query: '?v=1&name=B%C3%A1o%20c%C3%A1o&digital_growth=24',
      initScript: (code) => localStorage.setItem('lotrinh.lang.v1', JSON.stringify(code)),
      initArg: lang,
    });
    await app.waitCanvasesPainted(500);
    await app.page.emulateMedia({ media: 'print' });
    const report = app.page.locator('[data-print-report]');
    assert.ok(await report.isVisible(), 'the report header shows in print');
    const text = await report.textContent();
    assert.match(text, /Báo cáo/, 'the scenario name');
    assert.ok(await report.locator('svg').count() === 1, 'a QR code');
    assert.ok(text.includes('digital_growth=24'), 'the share link');
    assert.equal(await app.page.locator('.levers').isVisible(), false, 'no lever panel in print');
    assert.equal(await app.page.locator('[data-indicator] canvas').count(), 4, 'all charts');
    assert.ok(await app.page.locator('[data-sources]').isVisible(), 'the sources');
    const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 2 && pages <= 6, `A4 pages: ${pages}`);
    const dir = join(ARTIFACTS_DIR, 'print');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `report-${lang}.pdf`), pdf);
    console.log(`report-${lang}.pdf: ${pages} pages`);
    assert.deepEqual(app.errors(), []);
    await app.close();
  }
});
