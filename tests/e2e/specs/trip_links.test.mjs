// Links that survive the trip (tracking parameters, mail escaping, chat
// punctuation), short preset links that fit a QR code, and the title slide's
// QR and printed link: docs/links.md "Links in the wild" and "Short links".

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';
import { decodeQrElement } from '../support/qr.mjs';

const open = useApp();

const PRESETS = ['current_trend', 'plan', 'breakthrough', 'cautious'];

/** Wild forms of `v=1&grdp_growth=12&digital_growth=20`, as platforms, mail and chat deliver it. */
const WILD = [
  ['Facebook', '?v=1&grdp_growth=12&digital_growth=20&fbclid=IwAR0abc'],
  ['Zalo', '?v=1&grdp_growth=12&digital_growth=20&zarsrc=30&utm_source=zalo&utm_medium=zalo&gidzl=AbC'],
  ['HTML e-mail', '?v=1&amp;grdp_growth=12&amp;digital_growth=20'],
  ['e-mail escaped twice', '?v=1&amp;amp;grdp_growth=12&#38;digital_growth=20&mc_cid=9f&mc_eid=1a'],
  ['quoted-printable', '?v=3D1&grdp_growth=3D12&digital_growth=3D20'],
  ['chat punctuation', '?v=1&grdp_growth=12&digital_growth=20).'],
  ['closing quote', '?v=1&grdp_growth=12&digital_growth=20%E2%80%9D'],
];

test('links with tracking parameters, mail escaping and chat punctuation open with their values and no alert', async () => {
  for (const [how, query] of WILD) {
    const app = await open({ query });
    await app.waitLevers({ grdp_growth: 12, digital_growth: 20 });
    assert.equal(await app.alerts().count(), 0, `${how}: no alert (${await app.messageTexts('alert')})`);
    // Only the usual notice that a link opened as a new, unsaved scenario.
    const notices = (await app.messageTexts('status')).filter((t) => t.trim() && !/kịch bản mới|new, unsaved/.test(t));
    assert.deepEqual(notices, [], `${how}: no other notice`);
    await app.waitAddress({ v: '1', grdp_growth: '12', digital_growth: '20' });
    const { search } = await app.address();
    assert.equal(search, '?v=1&grdp_growth=12&digital_growth=20', `${how}: the address bar shows the clean link`);
    assert.deepEqual(app.errors(), [], how);
    await app.close();
  }
  // A real problem in the scenario's own parameters still raises its alert.
  const app = await open({ query: '?v=1&amp;grdp_growth=35&fbclid=x' });
  await app.waitMessage('alert', 'grdp_growth');
  assert.equal(await app.alerts().count(), 1);
});

test('a comparison of the four presets is a link of at most 300 characters that round-trips exactly', async () => {
  const app = await open();
  await app.openLibrary();
  await app.openPresetButton('current_trend').click();
  for (const key of PRESETS.slice(1)) await app.toggleCompare(key);
  await app.waitCount('tr[data-compare-row]', 4);
  await app.waitAddress({ preset: 'current_trend.2025-12-01', '4.preset': 'cautious.2025-12-01' });
  const { href, search } = await app.address();
  assert.ok(href.length <= 300, `${href.length} characters: ${href}`);
  const expected = await app.snapshot();
  const table = await app.comparisonTable();

  const other = await open({ query: search });
  await other.waitCount('tr[data-compare-row]', 4);
  assert.deepEqual(await other.snapshot(), expected, 'the same scenario on screen');
  assert.deepEqual(await other.comparisonTable(), table, 'the same comparison');
  assert.equal((await other.address()).search, search, 'the same link');
  assert.equal(await other.alerts().count(), 0);

  // Its QR code on the title slide decodes to the planner link (not the deck).
  await other.action('present').click();
  const qr = other.page.locator('section[data-slide="1"] [data-qr] svg');
  await qr.waitFor({ state: 'visible' });
  assert.equal(await decodeQrElement(qr), href, 'the QR code read by a decoder is the link');
  assert.deepEqual(other.errors(), []);
});

test('the title-slide QR opens the scenario in the planner and decodes at the size shown; the printed link is readable', async () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    const name = 'Kịch bản Bứt phá Ninh Bình';
    const query = `?v=1&present=1&slide=1&preset=plan.2025-12-01&name=${encodeURIComponent(name)}&grdp_growth=11.5`;
    const app = await open({ query, viewport, ready: false });
    const qr = app.page.locator('section[data-slide="1"] [data-qr] svg');
    await qr.waitFor({ state: 'visible' });
    const decoded = await decodeQrElement(qr);
    assert.ok(decoded, `${viewport.width}×${viewport.height}: the QR code is read by a decoder`);
    const url = new URL(decoded);
    assert.equal(url.searchParams.get('present'), null, 'no present=1 in the QR link');
    assert.equal(url.searchParams.get('slide'), null);
    assert.equal(url.searchParams.get('name'), name);
    const printed = await app.page.textContent('section[data-slide="1"] [data-share-text]');
    assert.ok(printed.includes('Kịch%20bản%20Bứt%20phá'), `readable letters: ${printed}`);
    assert.ok(!/%E1|%C3/.test(printed), `no escaped Vietnamese letters: ${printed}`);

    // The decoded link opens the planner with the same scenario.
    const phone = await open({ query: url.search, viewport: { width: 390, height: 844 } });
    assert.equal(await phone.page.locator('[data-presentation]').count(), 0, 'the planner, not the deck');
    assert.equal(await phone.scenarioName().inputValue(), name);
    await phone.close();
    await app.close();
  }
});

test('a link too long for a readable QR code says so instead of showing an unreadable one', async () => {
  const note = encodeURIComponent('Giả định dài về tăng trưởng kinh tế số và nhân lực. '.repeat(12));
  const app = await open({ query: `?v=1&present=1&slide=1&note=${note}`, viewport: { width: 1280, height: 720 }, ready: false });
  const figure = app.page.locator('section[data-slide="1"] [data-qr]');
  await figure.waitFor({ state: 'visible' });
  assert.equal(await figure.locator('svg').count(), 0);
  assert.match(await figure.textContent(), /quá dài/);
});

test('numbers never wrap away from their unit on the summary slide at 1280×720', async () => {
  const app = await open({ query: '?v=1&present=1&slide=7&preset=cautious.2025-12-01', viewport: { width: 1280, height: 720 }, ready: false });
  await app.page.locator('section[data-slide="7"] .summary-table').waitFor();
  const cells = await app.page.$$eval('section[data-slide="7"] .summary-table td', (tds) =>
    tds
      .filter((td) => /\d/.test(td.textContent))
      .map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { text: td.textContent, lines: tops.size };
      }),
  );
  const gaps = cells.filter((c) => c.text.includes('điểm'));
  assert.ok(gaps.length >= 4, JSON.stringify(cells));
  for (const cell of gaps) {
    assert.ok(cell.text.includes('\u00a0điểm\u00a0%'), `no-break spaces in ${JSON.stringify(cell.text)}`);
  }
  for (const cell of cells.filter((c) => /^[-+]?[\d.,]+\s(%|điểm)/.test(c.text))) {
    assert.equal(cell.lines, 1, `one line: ${JSON.stringify(cell)}`);
  }
  await app.screenshot('summary-1280x720-vi');
});
