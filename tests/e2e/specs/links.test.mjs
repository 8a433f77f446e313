// Share links: the address bar and Copy link carry the whole scenario (and
// the comparison set), open identically in a fresh browser, and a damaged
// link still opens with what it could read and says what it dropped.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INDICATORS, LEVERS } from '../fixtures/planner_page.mjs';
import { useApp } from '../support/harness.mjs';

const open = useApp();

/** A name with Vietnamese diacritics and the characters a link must escape. */
const NAME = 'Bứt phá Đà Nẵng — “thử” & 50% + số #1 / ý?';

/** Only unreserved characters, `=`, `&` and upper-case `%XX` escapes (docs/links.md). */
const LINK_ALPHABET = /^\?(?:[A-Za-z0-9\-._~=&]|%[0-9A-F]{2})*$/;

let baseline;
/** The levers of a fresh app, read once from the page. */
async function defaultLevers() {
  if (!baseline) {
    const app = await open();
    baseline = await app.leverValues();
    await app.close();
  }
  return baseline;
}

/** Edits every kind of thing a link carries: whole and per-year levers, a target, a name. */
async function editScenario(app) {
  await app.commitNumber('grdp_growth', 12.5);
  await app.setYear('digital_growth', 2028, 22);
  await app.pressSliderKeys('services_speed', 5);
  await app.commitNumber('labour_force', 2.35);
  await app.setTarget('digital_economy', 25);
  await app.setName(NAME);
  return app.waitAddress({ v: '1', name: NAME, grdp_growth: '12.5', labour_force: '2.35', 't.digital_economy': '25' });
}

test('the address bar and Copy link carry the scenario; both open identically in a fresh browser', async () => {
  const app = await open({ clipboard: true });
  const { href, search } = await editScenario(app);
  const expected = await app.snapshot();
  assert.deepEqual(expected.levers.digital_growth, [15, 15, 22, 15, 15], 'per-year lever as edited');
  assert.equal(expected.targets.digital_economy, 25);

  assert.match(search, LINK_ALPHABET, 'the link uses only URL-safe characters');
  assert.ok(!search.includes('+') && !search.includes(' '), `no "+" or space in ${search}`);

  const copied = await app.copyLink();
  assert.equal(copied, href, 'Copy link gives the address shown in the address bar');

  for (const [how, link] of [
    ['address bar', href],
    ['clipboard', copied],
  ]) {
    const other = await open({ query: new URL(link).search });
    assert.deepEqual(await other.snapshot(), expected, `the link from the ${how} opens the same scenario`);
    assert.equal((await other.address()).search, search, `the opened link (${how}) shows the same address`);
    await other.unsavedBadge().waitFor({ state: 'visible' });
    assert.equal(await other.alerts().count(), 0, `no alert: ${await other.messageTexts('alert')}`);
    assert.deepEqual(other.errors(), [], 'no page or console errors');
    await other.close();
  }
  assert.deepEqual(app.errors(), [], 'no page or console errors');
});

test('when the clipboard is refused, the link is shown in a field to copy by hand', async () => {
  const app = await open({
    initScript: () => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    },
  });
  const { href } = await editScenario(app);
  await app.action('copy-link').click();
  await app.shareLinkField().waitFor({ state: 'visible' });
  assert.equal(await app.shareLinkField().inputValue(), href, 'the field holds the link in the address bar');
  assert.equal(await app.alerts().count(), 1, 'an alert says the clipboard was refused');
  const selected = await app.shareLinkField().evaluate((el) => [el.selectionStart, el.selectionEnd, el.value.length]);
  assert.deepEqual(selected, [0, href.length, href.length], 'the link is selected, ready for Ctrl+C');
});

test('a comparison link opens with the same comparison table and assumptions diff', async () => {
  const app = await open();
  await app.commitNumber('grdp_growth', 11);
  await app.toggleCompare('plan');
  await app.toggleCompare('breakthrough');
  await app.waitCount('tr[data-compare-row]', 3);
  const expected = await app.comparisonTable();
  assert.ok(expected.diff.length > 0, 'the presets differ in some levers');
  // Compared presets travel as short references (docs/links.md, "Short links").
  const { search } = await app.waitAddress({ '2.preset': 'plan.2025-12-01', '3.preset': 'breakthrough.2025-12-01' });

  const other = await open({ query: search });
  await other.comparison().waitFor({ state: 'visible' });
  await other.waitCount('tr[data-compare-row]', 3);
  assert.deepEqual(await other.comparisonTable(), expected);
  assert.deepEqual(await other.outcomes(), await app.outcomes(), 'the same scenario on screen');
  assert.deepEqual(other.errors(), [], 'no page or console errors');
});

test('a "+" in a link reads as a space (as messaging apps rewrite %20)', async () => {
  const app = await open({ query: '?v=1&name=K%E1%BB%8Bch+b%E1%BA%A3n+A&grdp_growth=12' });
  assert.equal(await app.scenarioName().inputValue(), 'Kịch bản A');
  await app.waitLevers({ grdp_growth: 12 });
});

/**
 * Damaged links: each opens, keeps the valid parts (`levers`, `name`) and
 * raises alerts containing each of `alert` (the parameter named).
 */
const DAMAGED = [
  { what: 'an unknown parameter', query: '?v=1&colour=red&grdp_growth=12', alert: ['colour'], levers: { grdp_growth: 12 } },
  {
    what: 'an out-of-range value',
    query: '?v=1&grdp_growth=35&digital_growth=20',
    alert: ['grdp_growth'],
    levers: { grdp_growth: 20, digital_growth: 20 },
  },
  {
    what: 'an out-of-range per-year value',
    query: '?v=1&digital_growth=12~99~16~18~20&grdp_growth=12',
    alert: ['digital_growth', '2027'],
    levers: { digital_growth: [12, 40, 16, 18, 20], grdp_growth: 12 },
  },
  {
    what: 'a malformed number',
    query: '?v=1&grdp_growth=abc&digital_growth=20',
    alert: ['grdp_growth', 'abc'],
    levers: { digital_growth: 20 },
  },
  {
    what: 'a decimal comma',
    query: '?v=1&grdp_growth=11,5&digital_growth=20',
    alert: ['grdp_growth', '11,5'],
    levers: { digital_growth: 20 },
  },
  { what: 'a duplicated key', query: '?v=1&grdp_growth=12&grdp_growth=13', alert: ['grdp_growth'], levers: { grdp_growth: 12 } },
  {
    what: 'a cut inside a character',
    query: '?v=1&grdp_growth=12&name=B%E1%BB',
    alert: ['name'],
    levers: { grdp_growth: 12 },
    name: 'B',
  },
  {
    what: 'a cut inside per-year values',
    query: '?v=1&grdp_growth=12&digital_growth=12~14',
    alert: ['digital_growth'],
    levers: { grdp_growth: 12 },
  },
  { what: 'a newer version', query: '?v=2&grdp_growth=12&colour=red', alert: ['v=2', 'colour'], levers: { grdp_growth: 12 } },
  { what: 'garbage', query: '?%%%&&==', alert: ['%%%'], levers: {} },
  {
    what: 'a lone % in a name',
    query: '?v=1&name=50%25%20%2B%205%&grdp_growth=12',
    alert: ['name'],
    levers: { grdp_growth: 12 },
    name: '50% + 5%',
  },
];

for (const c of DAMAGED) {
  test(`a link with ${c.what} opens, keeps the valid parts and names the problem: ${c.query}`, async () => {
    const defaults = await defaultLevers();
    const app = await open({ query: c.query });
    await app.waitLevers({ ...defaults, ...c.levers });
    for (const word of c.alert) await app.waitMessage('alert', word);
    if (c.name !== undefined) assert.equal(await app.scenarioName().inputValue(), c.name);
    for (const id of INDICATORS) {
      assert.ok(await app.outcome(id).isVisible(), `2030 ${id} outcome visible`);
    }
    // Still a working app: a lever moves its outcome.
    const before = await app.outcomeText('records_digitisation');
    await app.pressSliderKeys('records_speed', 5);
    await app.waitOutcomeChange('records_digitisation', before);
    assert.deepEqual(app.errors(), [], 'no page or console errors');
  });
}

test('a <script> in a link name is shown as text and never runs', async () => {
  const name = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
  const app = await open({ query: `?v=1&name=${encodeURIComponent(name)}&grdp_growth=12` });
  assert.equal(await app.scenarioName().inputValue(), name, 'the name is kept as text');
  await app.waitLevers({ grdp_growth: 12 });
  // Put the name where it is shown as text too: the comparison table's first row.
  await app.toggleCompare('plan');
  await app.waitCount('tr[data-compare-row]', 2);
  const table = await app.comparisonTable();
  assert.ok(table.rows[0].name.includes(name), `the table shows the name as text: ${table.rows[0].name}`);
  const injected = await app.page.evaluate(() => ({
    pwned: window.__pwned,
    images: document.querySelectorAll('img[src=x]').length,
    scripts: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
  }));
  assert.deepEqual(injected, { pwned: undefined, images: 0, scripts: 0 });
  assert.deepEqual(app.errors(), [], 'no page or console errors');
});

test('every lever a link sets is read back exactly', async () => {
  // One non-default value per lever, on each lever's step.
  const values = {
    grdp_growth: 11.3,
    digital_growth: 17.5,
    non_digital_growth: 8.7,
    digital_workforce_growth: 8.5,
    labour_force_growth: -0.7,
    labour_force: 2.47,
    services_speed: 41,
    services_ceiling: 97.5,
    records_speed: 33,
    records_ceiling: 92.5,
  };
  assert.deepEqual(Object.keys(values), LEVERS);
  const query = `?v=1&${Object.entries(values).map(([k, v]) => `${k}=${v}`).join('&')}`;
  const app = await open({ query });
  await app.waitLevers(values);
  assert.equal((await app.address()).search, query, 'the address keeps the link as given');
  assert.equal(await app.alerts().count(), 0, `no alert: ${await app.messageTexts('alert')}`);
});
