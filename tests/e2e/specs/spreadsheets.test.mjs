// The exports opened in a real spreadsheet: LibreOffice Calc, headless, set
// to Vietnamese (vi-VN) and to English (en-US), as planners' machines are.
// Every numeric cell must come through as a number equal to the app's value,
// including 3-decimal shares (records digitisation 2026: 49.472 %) and
// values above 1,000 (online services), and a formula-like scenario name
// must stay text.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';
import { parseQuotedCsv, readWithCalc } from '../support/soffice.mjs';
import { INDICATORS } from '../fixtures/planner_page.mjs';

const open = useApp();

/** A scenario named like a formula (`=1+2`), compared with one that changes records digitisation. */
const QUERY = '?v=1&name=%3D1%2B2&2.name=B&2.records_speed=60';
const NAMES = ['=1+2', 'B'];
const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];
/** Indicator sheets of the Vietnamese workbook, in order. */
const SHEETS = { digital_economy: 'Kinh tế số', digital_workforce: 'Nhân lực số', online_services: 'Dịch vụ công trực tuyến', records_digitisation: 'Số hoá hồ sơ' };

/**
 * Whether `a` and `b` agree to the 15 significant digits a spreadsheet
 * shows: LibreOffice writes a cell's number rounded to 15 digits (from its
 * shortest decimal form, so a value ending in …4999995 can come out as
 * …5), and the software CSV holds the model's value rounded to 15 digits.
 * That the workbook's cells hold the model's exact values is checked bit
 * for bit natively (tests/xlsx.rs).
 */
const same15 = (a, b) => Math.abs(a - b) <= 1e-14 * Math.max(Math.abs(a), Math.abs(b));

/** Asserts {@link same15}. */
function assertSame15(actual, expected, what) {
  assert.ok(same15(actual, expected), `${what}: ${actual} is not ${expected}`);
}

/** A cell that LibreOffice holds as a number (unquoted in its CSV), as a JS number. */
function numberCell(cell, what) {
  assert.ok(cell && !cell.quoted && cell.text !== '', `${what}: expected a number cell, got ${JSON.stringify(cell)}`);
  assert.ok(Number.isFinite(cell.number), `${what}: ${cell.text} is not a plain number`);
  return cell.number;
}

/**
 * The reference: the software CSV as JavaScript reads it (no locale), as
 * `{ [scenario|indicator|year]: { value, target, absolute } }`.
 */
function reference(csvText) {
  const rows = parseQuotedCsv(csvText.replace(/^\uFEFF/, '')).map((r) => r.map((c) => c.text));
  const out = {};
  for (const r of rows.slice(1)) {
    const name = r[0].replace(/^'/, '');
    out[`${name}|${r[1]}|${r[3]}`] = { value: Number(r[4]), target: Number(r[5]), absolute: r.slice(6).find((c) => c !== '') };
  }
  return { rows, byKey: out };
}

test('the workbook and both CSVs read back in LibreOffice as the app’s numbers', async () => {
  const app = await open({ query: QUERY });
  await app.page.waitForSelector('[data-comparison]');
  const software = await app.exportFile('export-csv');
  const csvVi = await app.exportFile('export-csv-vi');
  const xlsx = await app.exportFile('export-xlsx');
  assert.match(software.name, /\.csv$/);
  assert.match(csvVi.name, /-excel-vi\.csv$/);
  assert.match(xlsx.name, /\.xlsx$/);
  const ref = reference(await readFile(software.path, 'utf8'));
  assert.equal(ref.rows.length, 1 + NAMES.length * INDICATORS.length * YEARS.length);

  // The reference is what the app shows: each 2030 outcome at its decimals.
  for (const indicator of INDICATORS) {
    const shown = (await app.page.textContent(`[data-outcome="${indicator}"]`)).replace(/\s?%/, '').replace(',', '.');
    const decimals = shown.split('.')[1]?.length ?? 0;
    assert.equal(ref.byKey[`=1+2|${indicator}|2030`].value.toFixed(decimals), shown, `${indicator} 2030 on screen`);
  }
  assert.equal(ref.byKey['=1+2|records_digitisation|2026'].value, 49.472);

  // Each CSV, under the settings it is made for, reads back cell for cell.
  for (const [file, locale, separator] of [[software, 'en-US', ','], [csvVi, 'vi-VN', ';']]) {
    const sheets = await readWithCalc(file.path, { locale, separator });
    const rows = Object.values(sheets)[0];
    assert.equal(rows.length, ref.rows.length, `${file.name} under ${locale}: rows`);
    for (let r = 1; r < rows.length; r++) {
      const what = `${file.name} under ${locale}, row ${r + 1}`;
      assert.ok(rows[r][0].quoted && rows[r][0].text.includes(NAMES[r <= 24 ? 0 : 1]), `${what}: the name is text, never evaluated (${rows[r][0].text})`);
      for (let c = 3; c < ref.rows[r].length; c++) {
        if (ref.rows[r][c] === '') assert.equal(rows[r][c]?.text ?? '', '', `${what}, column ${c + 1} is empty`);
        else assert.equal(numberCell(rows[r][c], `${what}, column ${c + 1}`), Number(ref.rows[r][c]), `${what}, column ${c + 1}`);
      }
    }
  }

  // The software CSV under Vietnamese settings is what went wrong before,
  // and why the other two exist: this checks the test can see it.
  const misread = Object.values(await readWithCalc(software.path, { locale: 'vi-VN', separator: ',' }))[0];
  const records2026 = misread.find((r) => r[1]?.text === 'records_digitisation' && r[3]?.text === '2026');
  assert.notEqual(records2026[4].number, 49.472, `vi-VN misreads the software CSV (${records2026[4].text})`);

  // The workbook, under either setting: typed cells, nothing to misread.
  for (const locale of ['vi-VN', 'en-US']) {
    const sheets = await readWithCalc(xlsx.path, { locale });
    assert.deepEqual(Object.keys(sheets).sort(), ['Giả định', 'Kịch bản', 'Nguồn', ...Object.values(SHEETS)].sort());
    let above1000 = 0;
    for (const indicator of INDICATORS) {
      const rows = sheets[SHEETS[indicator]];
      assert.equal(rows.length, 1 + YEARS.length, `${indicator} rows`);
      for (const [i, year] of YEARS.entries()) {
        const row = rows[i + 1];
        const what = `${locale} ${indicator} ${year}`;
        assert.equal(numberCell(row[0], what), year);
        numberCell(row[1], `${what} baseline`);
        NAMES.forEach((name, k) => {
          assertSame15(numberCell(row[2 + k], `${what} ${name}`), ref.byKey[`${name}|${indicator}|${year}`].value, `${what} ${name}`);
        });
        const mine = ref.byKey[`=1+2|${indicator}|${year}`];
        const target = numberCell(row[2 + NAMES.length], `${what} target`);
        assertSame15(target, mine.target, `${what} target`);
        const gap = numberCell(row[3 + NAMES.length], `${what} gap`);
        assert.ok(Math.abs(gap - (target - mine.value)) < 1e-9, `${what} gap ${gap}`);
        if (mine.absolute !== undefined) {
          const figure = numberCell(row[4 + NAMES.length], `${what} absolute`);
          const written = Number(mine.absolute);
          if (indicator === 'online_services') assert.equal(Math.round(figure), written, `${what}: the count`);
          else assertSame15(figure, written, `${what} absolute`);
          if (figure > 1000) above1000++;
        }
      }
    }
    assert.ok(above1000 >= 6, `values above 1,000 come through as numbers (${above1000})`);
    assert.equal(numberCell(sheets['Số hoá hồ sơ'][2][2], 'records 2026'), 49.472);
    const assumptions = sheets['Giả định'];
    for (const row of assumptions.slice(1)) for (let c = 4; c < 9; c++) numberCell(row[c], `${locale} assumptions ${row[1].text}`);
    const first = sheets['Kịch bản'];
    assert.ok(first[1][1].quoted && first[1][1].text === '=1+2', `the formula-like name stays text: ${JSON.stringify(first[1][1])}`);
    assert.ok(first.some((r) => r[1]?.text.includes('?v=1')), 'the share link is on the first sheet');
  }
  assert.deepEqual(app.errors(), []);
});

test('the export module is not fetched on the first load, and exporting works offline', async () => {
  const app = await open();
  const fetched = [];
  app.page.on('request', (request) => fetched.push(request.url()));
  await app.page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const keys = (await (await caches.open('lotrinh-v1')).keys()).map((r) => r.url);
    return keys.some((u) => u.endsWith('export_worker_bg.wasm')) && keys.some((u) => u.endsWith('export_worker_loader.js'));
  }, null, { timeout: 30000, polling: 200 });
  assert.deepEqual(fetched.filter((u) => u.includes('export_worker')), [], 'the page did not load the export module');
  await app.page.context().setOffline(true);
  try {
    const xlsx = await app.exportFile('export-xlsx');
    const bytes = await readFile(xlsx.path);
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an XLSX (zip) file');
    const csv = await app.exportFile('export-csv-vi');
    assert.match((await readFile(csv.path, 'utf8')).split('\r\n')[1], /;digital_economy;/);
  } finally {
    await app.page.context().setOffline(false);
  }
  assert.deepEqual(app.errors(), []);
});
