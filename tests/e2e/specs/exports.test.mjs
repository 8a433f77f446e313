// Exports for reports (CSV, PNG) and offline reloads (service worker).

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

/** Parses RFC 4180 CSV (quoted fields, CRLF) into rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r') continue;
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('the CSV export holds every indicator, year and scenario, equal to what the app shows', async () => {
  const app = await open({ query: '?v=1&name=K%E1%BB%8Bch%20b%E1%BA%A3n%2C%20A&digital_growth=24&2.name=B&2.records_speed=60' });
  await app.page.waitForSelector('[data-comparison]');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('button[data-action="export-csv"]')]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  const header = rows[0];
  const body = rows.slice(1);
  assert.equal(body.length, 2 * 4 * 6, 'two scenarios × four indicators × six years');
  const col = (name) => header.findIndex((h) => h.startsWith(name));
  const [scenario, id, year, value] = [0, 1, 3, 4];
  assert.ok(col('Giá trị') === value || col('Value') === value, `value column: ${header}`);
  for (const indicator of ['digital_economy', 'digital_workforce', 'online_services', 'records_digitisation']) {
    const shown = (await app.page.textContent(`[data-outcome="${indicator}"]`)).replace(/\s%/, '').replace(',', '.');
    const row = body.find((r) => r[scenario] === 'Kịch bản, A' && r[id] === indicator && r[year] === '2030');
    assert.ok(row, `a 2030 row for ${indicator}`);
    const decimals = shown.split('.')[1]?.length ?? 0;
    assert.equal(Number(row[value]).toFixed(decimals), shown, `${indicator} 2030`);
  }
  // Every yearly value of the first chart's table matches the CSV too.
  const table = await app.page.$$eval('[data-indicator="digital_economy"] tbody tr', (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  for (const [y, , current] of table) {
    const row = body.find((r) => r[scenario] === 'Kịch bản, A' && r[id] === 'digital_economy' && r[year] === y);
    assert.equal(Number(row[value]).toFixed(1), current.replace(/\s%/, '').replace(',', '.'), `year ${y}`);
  }
  assert.deepEqual(app.errors(), []);
});

test('a chart exports as a non-blank HiDPI PNG of the expected size', async () => {
  const app = await open();
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.click('button[data-export-png="digital_economy"]'),
  ]);
  const png = await readFile(await download.path());
  assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')], 'a PNG file');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  assert.deepEqual([width, height], [2000, 1120], 'twice 1000×560');
  const inked = await app.page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) inked++;
    return inked / (img.width * img.height);
  }, png.toString('base64'));
  assert.ok(inked > 0.01, `ink covers ${inked}`);
  assert.deepEqual(app.errors(), []);
});

test('with the network gone, a page that was open reloads and works', async () => {
  const app = await open({ query: '?v=1&digital_growth=24' });
  // Wait until the service worker controls the page and holds the app's files.
  await app.page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const cache = await caches.open('lotrinh-v1');
    const keys = (await cache.keys()).map((r) => r.url);
    return keys.some((u) => u.endsWith('.wasm')) && keys.some((u) => u.endsWith('.js'));
  }, null, { timeout: 20000, polling: 200 });
  const before = await app.page.textContent('[data-outcome="digital_economy"]');
  await app.page.context().setOffline(true);
  await app.page.reload();
  await app.page.waitForSelector('[data-outcome="digital_economy"]', { timeout: 15000 });
  assert.equal(await app.page.textContent('[data-outcome="digital_economy"]'), before);
  await app.page.context().setOffline(false);
});
