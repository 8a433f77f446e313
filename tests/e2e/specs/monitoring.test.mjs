// Issue 7: status words that never mislead, in both languages; actuals that
// are kept over a reload and restart the projection; bad actuals refused.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

const CASES = [
  {
    name: 'a target above the services ceiling is unreachable, and says why',
    query: '?v=1&services_ceiling=95',
    indicator: 'online_services',
    status: { vi: 'Không thể đạt', en: 'Unreachable' },
    required: { vi: /trần 95,0\u00a0%/, en: /Unreachable under the 95\.0% ceiling/ },
  },
  {
    name: 'digital growth 40, 40, 40, 0, 0 reaches the target in 2028 and loses it by 2030',
    query: '?v=1&digital_growth=40~40~40~0~0',
    indicator: 'digital_economy',
    status: { vi: 'Đạt rồi lại mất', en: 'Reached, then lost' },
    reached: { vi: 'đạt năm 2028, mất trước 2030', en: 'reached in 2028, lost by 2030' },
  },
  {
    name: 'workforce growth 8.9 % gives 2.988 %, which is not above 3 %',
    query: '?v=1&digital_workforce_growth=8.9',
    indicator: 'digital_workforce',
    status: { vi: 'Cần tăng tốc', en: 'Needs acceleration' },
    reached: { vi: 'chưa đạt đến 2030', en: 'not by 2030' },
    required: { vi: /9,0\u00a0%\/năm/, en: /9\.0%\/yr/ },
  },
];

for (const c of CASES) {
  test(c.name, async () => {
    const app = await open({ query: c.query });
    for (const lang of ['vi', 'en']) {
      await app.langButton(lang).click();
      await app.waitFor(`<html lang=${lang}>`, (l) => document.documentElement.lang === l, lang);
      assert.equal(await app.cardField('status', c.indicator), c.status[lang], `${lang} status`);
      if (c.reached) assert.equal(await app.cardField('reached', c.indicator), c.reached[lang], `${lang} reached`);
      if (c.required) assert.match(await app.cardField('required', c.indicator), c.required[lang], `${lang} required`);
    }
    assert.deepEqual(app.errors(), [], 'no page or console errors');
  });
}

test('an actual is kept over a reload and the projection restarts from it', async () => {
  const app = await open();
  await app.langButton('en').click();
  // A report date that has passed (the app refuses dates after today's).
  await app.addActual('digital_workforce', { year: 2026, value: '2.5', date: '2026-11-20', source: 'UBND report' });
  await app.actual('digital_workforce', 2026).waitFor({ state: 'visible' });
  // The yearly table shows 2.5 % in 2026; the card names the restart and the deviation.
  await app.waitFor('the 2026 actual in the table', () =>
    (document.querySelector('[data-actual-cell="digital_workforce"][data-year="2026"]')?.textContent || '').includes('2.5'),
  );
  assert.match(await app.cardField('restart', 'digital_workforce'), /2026/);
  assert.match(await app.cardField('deviation', 'digital_workforce'), /^2026: .* ahead of plan$/);
  // 2.5 % in 2026, then 6 % against 0.5 % a year for four years: 2.5 · (1.06/1.005)^4 = 3.09 %.
  await app.waitOutcome('digital_workforce', '3.1%');
  assert.equal(await app.cardField('status', 'digital_workforce'), 'On track');
  // The address bar and autosave follow once the edits settle.
  await app.waitAddress({ 'a.digital_workforce.2026': '2.5', 'a.digital_workforce.2026.date': '2026-11-20' });
  await app.reload();
  await app.actual('digital_workforce', 2026).waitFor({ state: 'attached' });
  await app.waitOutcome('digital_workforce', '3.1%');
  assert.match((await app.address()).search, /a\.digital_workforce\.2026=2\.5/);
  assert.deepEqual(app.errors(), [], 'no page or console errors');
});

test('bad actuals are refused with a message and nothing else is lost', async () => {
  const app = await open({ query: '?v=1&grdp_growth=11' });
  await app.langButton('en').click();
  const before = await app.outcomes();
  const bad = [
    [{ year: 2026, value: '101', date: '2026-11-20' }, /0–100%/],
    [{ year: 2026, value: 'hai', date: '2026-11-20' }, /not a number/],
    [{ year: 2026, value: '2.2', date: '2999-01-10' }, /future/],
  ];
  for (const [entry, words] of bad) {
    const count = await app.alerts().count();
    await app.addActual('digital_workforce', entry);
    await app.waitFor('one more alert', (n) => document.querySelectorAll('[role=alert]').length > n, count);
    const text = (await app.alerts().allInnerTexts()).join('\n');
    assert.match(text, words);
    assert.match(text, /Nothing else was changed/);
  }
  assert.equal(await app.page.locator('[data-actual]').count(), 0, 'no actual was kept');
  assert.deepEqual(await app.outcomes(), before, 'the outcomes did not change');
  assert.match((await app.address()).search, /grdp_growth=11/);
  // A year outside 2026–2030 cannot be chosen in the form; from a link it is refused and named.
  const linked = await open({ query: '?v=1&a.digital_workforce.2031=2.5&a.digital_workforce.2031.date=2032-01-10&grdp_growth=12' });
  await linked.alerts().first().waitFor({ state: 'visible' });
  assert.match((await linked.alerts().allInnerTexts()).join('\n'), /a\.digital_workforce\.2031/);
  await linked.waitLevers({ grdp_growth: 12 });
});

test('shape, baseline and GRDP mode travel in the link and show the implied non-digital growth', async () => {
  const app = await open({ query: '?v=1&digital_growth=40&grdp_growth=0' });
  await app.langButton('en').click();
  const warnings = app.page.locator('[data-economy-warnings][role=status]');
  await app.waitFor('the shrink warning', () =>
    /rest of the economy shrinks/.test(document.querySelector('[data-economy-warnings]')?.textContent || ''),
  );
  assert.match(await warnings.innerText(), /implausible/);
  // The warning shows on the card at once; the yearly figures and the
  // choices are in the card's collapsed "Indicator assumptions".
  assert.equal(await app.page.locator('[data-non-digital-growth]').isVisible(), false);
  await app.page.locator('[data-card-more="digital_economy"] > summary').click();
  await app.page.locator('[data-card-more="online_services"] > summary').click();
  assert.match(await app.page.locator('[data-non-digital-growth]').innerText(), /2030: -\d/);
  await app.page.locator('select[data-shape="online_services"]').selectOption('linear');
  await app.page.locator('select[data-baseline-choice="digital_economy"]').selectOption('sep_2025');
  await app.page.locator('input[data-economy-mode="components"]').check();
  await app.waitAddress({ 'shape.online_services': 'linear', 'b.digital_economy': 'sep_2025', economy: 'components' });
  await app.reload();
  assert.equal(await app.page.locator('select[data-shape="online_services"]').inputValue(), 'linear');
  assert.equal(await app.page.locator('select[data-baseline-choice="digital_economy"]').inputValue(), 'sep_2025');
  assert.ok(await app.page.locator('input[data-economy-mode="components"]').isChecked());
  assert.deepEqual(app.errors(), [], 'no page or console errors');
});
