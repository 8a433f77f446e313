// Fan charts: every indicator chart draws the Monte Carlo median and its
// 50 % and 90 % bands; the switch above the charts hides and shows them
// (and the table's percentile columns), and the choice survives a reload;
// the yearly table and both CSV dialects carry the percentiles; screenshots
// in both languages at three sizes for people to look at.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';
import { INDICATORS } from '../fixtures/planner_page.mjs';

const open = useApp();

/** The fill of the 50 % band (`chart::fan::BAND_50_FILL`). */
const BAND_50 = [0xa9, 0xc6, 0xe6];
/** The fill of the 90 % band (`chart::fan::BAND_90_FILL`). */
const BAND_90 = [0xd4, 0xe3, 0xf3];

/**
 * Runs in the page: for each indicator canvas, how many pixels are exactly
 * the 50 % band's and the 90 % band's fill.
 */
function bandPixels([ids, fifty, ninety]) {
  const same = (data, i, [r, g, b]) => data[i] === r && data[i + 1] === g && data[i + 2] === b;
  return ids.map((id) => {
    const canvas = document.querySelector(`[data-indicator="${id}"] canvas`);
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let band50 = 0;
    let band90 = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (same(data, i, fifty)) band50 += 1;
      else if (same(data, i, ninety)) band90 += 1;
    }
    return { id, band50, band90 };
  });
}

/** Waits until every chart has (or has not) both bands painted. */
async function waitBands(app, shown) {
  const args = JSON.stringify([INDICATORS, BAND_50, BAND_90]);
  // A page-side expression (as `waitCanvasesPainted` does), not `eval`,
  // which the Content Security Policy refuses.
  await app.waitFor(
    `every chart ${shown ? 'with' : 'without'} its bands painted`,
    `(${bandPixels})(${args}).every((c) => (c.band50 > 100 && c.band90 > 100) === ${shown})`,
    [INDICATORS, BAND_50, BAND_90],
    bandPixels,
  );
}

const toggle = (app) => app.page.locator('button[data-band-toggle]');

test('every chart draws both bands by default, says so, and lists the percentiles in its table', async () => {
  const app = await open();
  await app.waitCanvasesPainted(500);
  await waitBands(app, true);
  assert.equal(await toggle(app).getAttribute('aria-pressed'), 'true');
  for (const id of INDICATORS) {
    assert.equal(await app.indicator(id).getAttribute('data-bands'), 'on', id);
    // The table's band columns: five headers, five cells on each of the six rows.
    const heads = await app.table(id).locator('th[data-percentile]').evaluateAll((ths) => ths.map((th) => th.dataset.percentile));
    assert.deepEqual(heads, ['5', '25', '50', '75', '95'], id);
    const rows = await app.table(id).locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td[data-band-cell]')].map((td) => td.textContent.trim())),
    );
    assert.equal(rows.length, 6, id);
    for (const cells of rows) {
      assert.equal(cells.length, 5, `${id}: ${cells}`);
      // Vietnamese numbers: a decimal comma and a no-break space before %.
      for (const cell of cells) assert.match(cell, /^\d{1,3}(,\d{1,2})?\u00a0%$/, `${id}: ${cell}`);
      const values = cells.map((c) => Number(c.replace(/\u00a0%$/, '').replace(',', '.')));
      assert.ok(values.every((v, i) => i === 0 || values[i - 1] <= v), `${id}: percentiles in order ${cells}`);
    }
  }
  // The headers in Vietnamese, then English.
  const head = (key) => app.table('digital_economy').locator(`th[data-percentile="${key}"]`);
  assert.equal((await head('5').textContent()).trim(), 'P5');
  assert.equal(await head('5').getAttribute('aria-label'), 'Phân vị 5');
  assert.equal((await head('50').textContent()).trim(), 'Trung vị');
  await app.chooseLanguage('en');
  assert.equal(await head('95').getAttribute('aria-label'), '95th percentile');
  assert.equal((await app.table('digital_economy').locator('th[data-percentiles]').textContent()).trim(), 'Monte Carlo percentiles');
  const cell = (await app.table('digital_economy').locator('td[data-band-cell="50"]').first().textContent()).trim();
  assert.match(cell, /^\d{1,3}(\.\d{1,2})?%$/, cell);
  // The text alternative reads out the 90 % range for 2030.
  const summary = await app.page.textContent('#chart-digital_economy-summary');
  assert.match(summary, /90% range for 2030: \d+\.\d% to \d+\.\d%\./, summary);
  assert.deepEqual(app.errors(), []);
});

test('the switch hides and shows the bands on every chart and in every table, and is remembered', async () => {
  const app = await open();
  await app.waitCanvasesPainted(500);
  await waitBands(app, true);
  await toggle(app).click();
  await waitBands(app, false);
  assert.equal(await toggle(app).getAttribute('aria-pressed'), 'false');
  for (const id of INDICATORS) {
    assert.equal(await app.indicator(id).getAttribute('data-bands'), 'off', id);
    assert.equal(await app.table(id).locator('[data-percentile], [data-band-cell]').count(), 0, id);
  }
  assert.doesNotMatch(await app.page.textContent('#chart-digital_economy-summary'), /90/);
  // A view preference, not an edit: nothing to undo, no unsaved marker.
  assert.equal(await app.page.locator('[data-unsaved]').count(), 0);
  // Remembered across a reload, like the language.
  await app.reload();
  await app.waitCanvasesPainted(500);
  await waitBands(app, false);
  assert.equal(await toggle(app).getAttribute('aria-pressed'), 'false');
  await toggle(app).click();
  await waitBands(app, true);
  for (const id of INDICATORS) assert.equal(await app.indicator(id).getAttribute('data-bands'), 'on', id);
  assert.deepEqual(app.errors(), []);
});

test('the bands follow a lever change once it settles', async () => {
  const app = await open();
  await waitBands(app, true);
  const median2030 = () => app.table('digital_economy').locator('tbody tr').last().locator('td[data-band-cell="50"]').textContent();
  const before = (await median2030()).trim();
  await app.commitNumber('digital_growth', '30');
  await app.waitFor(
    'the 2030 median of the digital economy to move',
    (old) => document.querySelector('[data-indicator="digital_economy"] tbody tr:last-child td[data-band-cell="50"]')?.textContent.trim() !== old,
    before,
    () => document.querySelector('[data-indicator="digital_economy"] tbody tr:last-child td[data-band-cell="50"]')?.textContent,
  );
  const after = Number((await median2030()).trim().replace(/\u00a0%$/, '').replace(',', '.'));
  assert.ok(after > Number(before.replace(/\u00a0%$/, '').replace(',', '.')), `${before} → ${after}`);
  assert.deepEqual(app.errors(), []);
});

test('both CSV dialects carry the five percentile columns', async () => {
  const app = await open();
  await app.page.waitForSelector('[data-probability-all]');
  for (const [action, separator, decimal] of [['export-csv', ',', /^\d+(\.\d+)?$/], ['export-csv-vi', ';', /^\d+(,\d+)?$/]]) {
    const file = await app.exportFile(action);
    const lines = (await readFile(file.path, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    const header = lines[0].split(separator);
    assert.deepEqual(header.slice(-5), ['Phân vị 5 (%)', 'Phân vị 25 (%)', 'Trung vị (%)', 'Phân vị 75 (%)', 'Phân vị 95 (%)'], action);
    // The digital economy in 2030: five ordered numbers in the dialect's format.
    const row = lines.find((l) => l.includes(`${separator}digital_economy${separator}`) && l.includes(`${separator}2030${separator}`));
    const cells = row.split(separator).slice(-5);
    for (const cell of cells) assert.match(cell, decimal, `${action}: ${cell}`);
    const values = cells.map((c) => Number(c.replace(',', '.')));
    assert.ok(values.every((v, i) => i === 0 || values[i - 1] <= v), `${action}: ${cells}`);
    assert.ok(values[4] > values[0], `${action}: a band with some width ${cells}`);
  }
  // In English the headers are English.
  await app.chooseLanguage('en');
  const file = await app.exportFile('export-csv');
  const header = (await readFile(file.path, 'utf8')).replace(/^\uFEFF/, '').split('\r\n')[0];
  assert.ok(header.endsWith('5th percentile (%),25th percentile (%),Median (%),75th percentile (%),95th percentile (%)'), header);
  assert.deepEqual(app.errors(), []);
});

test('the exported PNG draws the bands, and leaves them out when they are off', async () => {
  const app = await open();
  await waitBands(app, true);
  /** Downloads the digital economy's PNG and counts its band pixels in the page. */
  const pngBands = async () => {
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.click('button[data-export-png="digital_economy"]'),
    ]);
    const bytes = await readFile(await download.path());
    return app.page.evaluate(
      async ([base64, fifty, ninety]) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        const count = ([r, g, b]) => {
          let n = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) n += 1;
          return n;
        };
        return { band50: count(fifty), band90: count(ninety) };
      },
      [bytes.toString('base64'), BAND_50, BAND_90],
    );
  };
  const on = await pngBands();
  assert.ok(on.band50 > 1000 && on.band90 > 1000, JSON.stringify(on));
  await toggle(app).click();
  await waitBands(app, false);
  assert.deepEqual(await pngBands(), { band50: 0, band90: 0 });
  assert.deepEqual(app.errors(), []);
});

test('the bands show in the deck', async () => {
  const app = await open();
  await waitBands(app, true);
  await app.page.click('button[data-action="present"]');
  await app.page.keyboard.press('ArrowRight');
  const canvas = app.page.locator('section[data-slide="2"][aria-current="step"] canvas');
  await canvas.waitFor();
  await app.waitFor(
    'the slide chart with both bands',
    ([fifty, ninety]) => {
      const c = document.querySelector('section[aria-current="step"] canvas');
      if (!c || !c.width) return false;
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let a = 0;
      let b = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] === fifty[0] && data[i + 1] === fifty[1] && data[i + 2] === fifty[2]) a += 1;
        if (data[i] === ninety[0] && data[i + 1] === ninety[1] && data[i + 2] === ninety[2]) b += 1;
      }
      return a > 100 && b > 100;
    },
    [BAND_50, BAND_90],
    () => 'no bands on the slide',
  );
  // The panel says the 90 % range in words.
  const range = (await app.page.textContent('[data-slide-range="digital_economy"]')).trim();
  assert.match(range, /^Khoảng 90\u00a0% năm 2030: từ \d+,\d\u00a0% đến \d+,\d\u00a0%\.$/, range);
  assert.deepEqual(app.errors(), []);
});

test('screenshots with the bands in both languages at 1366×768, 390×844 and 1920×1080', async () => {
  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }, { width: 1920, height: 1080 }]) {
    const app = await open({ viewport, query: '?v=1&2.preset=plan.2025-12-01' });
    for (const lang of ['vi', 'en']) {
      await app.chooseLanguage(lang);
      await app.waitCanvasesSharp();
      await waitBands(app, true);
      const { scrollWidth, innerWidth } = await app.horizontalExtent();
      assert.ok(scrollWidth <= innerWidth, `${lang} ${viewport.width}: scrollWidth ${scrollWidth} > ${innerWidth}`);
      await app.page.locator('[data-indicator="digital_economy"]').scrollIntoViewIfNeeded();
      const path = await app.screenshot(`fans-${lang}-${viewport.width}x${viewport.height}`, { fullPage: false });
      console.log(`screenshot: ${path}`);
      const chart = await app.indicator('digital_economy').screenshot({ path: path.replace('.png', '-chart.png') });
      assert.ok(chart.length > 0);
    }
    await app.close();
  }
});
