// The analysis section (issue 8): a tornado per indicator, goal-seeking
// with Apply and Undo, and the uncertainty settings (spreads in the link and
// the chances, field messages, reset).

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { INDICATORS } from '../fixtures/planner_page.mjs';
import { useApp } from '../support/harness.mjs';
import { ARTIFACTS_DIR } from '../support/server.mjs';

const open = useApp();

/** Waits for the analysis section (it renders after the first paint). */
async function analysis(app) {
  await app.page.waitForSelector('[data-analysis] [data-tornado="records_digitisation"] canvas', { timeout: 15_000 });
  return app.page.locator('[data-analysis]');
}

/** Opens the uncertainty settings. */
async function openUncertainty(app) {
  const panel = app.page.locator('details[data-uncertainty]');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
  return panel;
}

/** How many pixels of a canvas are not white (its picture is drawn). */
function inkedPixels(page, selector) {
  return page.$eval(selector, (canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) inked++;
    return inked;
  });
}

test('every indicator has a tornado: a drawn canvas and a table of its bars', async () => {
  const app = await open();
  await analysis(app);
  for (const id of INDICATORS) {
    const selector = `[data-tornado="${id}"] canvas`;
    await app.waitFor(`tornado ${id} drawn`, (sel) => {
      const c = document.querySelector(sel);
      return c && c.width > 0 && c.height > 0;
    }, selector);
    assert.ok((await inkedPixels(app.page, selector)) > 500, `${id}: the canvas is drawn`);
    const rows = app.page.locator(`[data-tornado-table="${id}"] tbody tr`);
    assert.equal(await rows.count(), 3, `${id}: two levers and the baseline`);
    const first = await rows.first().locator('th').textContent();
    assert.ok(first.trim().length > 0);
    const label = await app.page.locator(selector).getAttribute('aria-describedby');
    assert.match(await app.page.locator(`#${label}`).textContent(), /2030/);
  }
  // The digital economy's largest bar is digital-economy growth.
  const top = await app.page.locator('[data-tornado-table="digital_economy"] tbody tr th').first().textContent();
  assert.equal(top.trim(), 'Tăng trưởng kinh tế số');
  assert.deepEqual(app.errors(), []);
});

test('Apply sets the lever, the link and the outcome; Undo restores them', async () => {
  const app = await open();
  await analysis(app);
  const panel = app.page.locator('[data-goal-seek="digital_economy"]');
  await panel.locator('[data-goal-lever]').selectOption('digital_growth');
  await panel.locator('[data-goal-aim="target"]').check();
  const before = {
    lever: await app.numberInput('digital_growth').inputValue(),
    outcome: await app.outcomeText('digital_economy'),
    search: (await app.address()).search,
  };
  await panel.locator('[data-goal-solve]').click();
  await panel.locator('[data-apply-goal]').waitFor({ timeout: 15_000 });
  const answer = (await panel.locator('[data-goal-answer]').textContent()).trim();
  assert.match(answer, /đạt chỉ tiêu 30,0\u00a0% vào năm 2030/, answer);
  await panel.locator('[data-apply-goal]').click();
  const outcome = await app.waitOutcomeChange('digital_economy', before.outcome);
  const lever = await app.numberInput('digital_growth').inputValue();
  assert.notEqual(lever, before.lever);
  assert.ok(answer.includes(lever), `the answer names the value applied: ${answer} / ${lever}`);
  const value = Number(outcome.replace(/[^\d,]/g, '').replace(',', '.'));
  assert.ok(value >= 29.95, `the target is reached: ${outcome}`);
  await app.waitAddress({ digital_growth: lever.replace(',', '.') });
  await panel.locator('[data-goal-applied]').waitFor({ timeout: 15_000 });

  await app.action('undo').click();
  await app.waitOutcomeChange('digital_economy', outcome);
  assert.equal(await app.outcomeText('digital_economy'), before.outcome);
  assert.equal(await app.numberInput('digital_growth').inputValue(), before.lever);
  await app.waitAddress({ digital_growth: null });
  assert.deepEqual(app.errors(), []);
});

test('goal-seeking a chance runs on demand and says how far the best value gets when out of reach', async () => {
  const app = await open();
  await app.langButton('en').click();
  await analysis(app);
  const panel = app.page.locator('[data-goal-seek="digital_economy"]');
  await panel.locator('[data-goal-aim="chance"]').check();
  const chance = panel.locator('[data-goal-chance]');
  await chance.fill('abc');
  await chance.press('Enter');
  await app.fieldMessage('goal-digital_economy').waitFor();
  await chance.fill('80');
  await chance.press('Enter');
  assert.equal(await app.fieldMessage('goal-digital_economy').count(), 0);
  await panel.locator('[data-goal-solve]').click();
  await app.waitFor('a chance answer', () =>
    /of meeting the target/.test(document.querySelector('[data-goal-answer="digital_economy"]')?.textContent || ''),
  );
  const answer = await panel.locator('[data-goal-answer]').textContent();
  assert.match(answer, /a chance of at least 80% of meeting the target of 30\.0% \(computed: a chance of \d+%\)/, answer);

  // Records capped at 80 % cannot reach 100 %: out of reach, with the best.
  const records = app.page.locator('[data-goal-seek="records_digitisation"]');
  await app.numberInput('records_ceiling').fill('80');
  await app.numberInput('records_ceiling').press('Enter');
  await app.waitAddress({ records_ceiling: '80' });
  await records.locator('[data-goal-lever]').selectOption('records_speed');
  await records.locator('[data-goal-solve]').click();
  await app.waitFor('an out-of-reach answer', () =>
    /^No value of/.test((document.querySelector('[data-goal-answer="records_digitisation"]')?.textContent || '').trim()),
  );
  assert.match(await records.locator('[data-goal-answer]').textContent(), /points short/);
  assert.equal(await records.locator('[data-apply-goal]').count(), 0, 'nothing to apply');
  assert.deepEqual(app.errors(), []);
});

test('a typed spread changes the chances and travels in the link; a bad one gets a message', async () => {
  const app = await open();
  await analysis(app);
  await app.page.waitForSelector('[data-probability="digital_economy"]');
  const chance = (await app.page.textContent('[data-probability="digital_economy"]')).trim();
  const panel = await openUncertainty(app);
  const below = panel.locator('[data-spread="digital_growth"] input[data-side="below"]');
  const above = panel.locator('[data-spread="digital_growth"] input[data-side="above"]');
  assert.equal(await below.inputValue(), '5,0');
  await below.fill('0,5');
  await below.press('Enter');
  await above.fill('12');
  await above.press('Enter');
  await app.waitAddress({ 'spread.digital_growth': '0.5~12' });
  await app.waitFor('the chance to change', (old) =>
    document.querySelector('[data-probability="digital_economy"]')?.textContent.trim() !== old, chance);

  // Text that is not a number: a message beside the field, the value kept.
  await above.fill('nhiều');
  await above.press('Enter');
  const message = app.fieldMessage('spread.digital_growth');
  await message.waitFor();
  assert.match(await message.textContent(), /không phải là số/);
  assert.equal(await above.inputValue(), '12,0');
  assert.equal(await above.getAttribute('aria-invalid'), 'true');
  // Out of bounds: clamped, said beside the field and in the alert region.
  await above.fill('90');
  await above.press('Enter');
  await app.waitFor('the clamped value', () =>
    /nằm ngoài phạm vi/.test(document.querySelector('[data-field-message="spread.digital_growth"]')?.textContent || ''));
  await app.waitAddress({ 'spread.digital_growth': '0.5~20' });
  assert.equal(await above.inputValue(), '20,0');
  // A reversed baseline range is refused and named.
  const low = panel.locator('[data-baseline-range="digital_economy"] input[data-side="low"]');
  await low.fill('16');
  await low.press('Enter');
  await app.fieldMessage('range.digital_economy').waitFor();
  assert.match(await app.fieldMessage('range.digital_economy').textContent(), /lớn hơn đầu cao/);
  assert.equal(await low.inputValue(), '14,02');

  // Reset uncertainty, then (after another change) Reset all, both clear it.
  await panel.locator('[data-reset-uncertainty]').click();
  await app.waitAddress({ 'spread.digital_growth': null });
  await app.page.fill('[data-uncertain-field="seed"]', '7');
  await app.page.press('[data-uncertain-field="seed"]', 'Enter');
  await app.waitAddress({ seed: '7' });
  await app.page.click('[data-reset-all]');
  await app.waitAddress({ seed: null });
  assert.equal(await app.page.inputValue('[data-uncertain-field="seed"]'), '2030');
  assert.deepEqual(app.errors(), []);
});

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the sensitivity slide shows four drawn tornadoes with text of 16 px and up at ${viewport.width}×${viewport.height}`, async () => {
    const dir = join(ARTIFACTS_DIR, 'screenshots', 'presentation');
    await mkdir(dir, { recursive: true });
    for (const lang of ['vi', 'en']) {
      const app = await open({
        viewport,
        query: '?v=1&present=1&slide=6',
        ready: false,
        initScript: (code) => localStorage.setItem('lotrinh.lang.v1', JSON.stringify(code)),
        initArg: lang,
      });
      await app.page.waitForSelector('section.slide-sensitivity[aria-current="step"] [data-tornado="records_digitisation"] canvas');
      const slide = app.page.locator('section.slide-sensitivity[aria-current="step"]');
      for (const id of INDICATORS) {
        const selector = `section.slide-sensitivity [data-tornado="${id}"] canvas`;
        await app.waitFor(`slide tornado ${id} drawn`, (sel) => document.querySelector(sel)?.width > 1, selector);
        assert.ok((await inkedPixels(app.page, selector)) > 500, `${lang} ${id}: drawn`);
        // The picture's text is 13 px at a canvas of tornado_chart::height_for(3)
        // = 198 px and scales with the canvas: 16 px needs 244 px.
        const height = await app.page.$eval(selector, (c) => c.getBoundingClientRect().height);
        assert.ok(height >= 244, `${lang} ${id}: canvas ${height}px tall gives text under 16 px`);
      }
      const out = await slide.evaluate((s) => {
        const box = s.getBoundingClientRect();
        const controls = document.querySelector('.deck-controls').getBoundingClientRect().top;
        return [...s.querySelectorAll('*')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.bottom > controls + 1)).length;
      });
      await app.page.screenshot({ path: join(dir, `sensitivity-${lang}-${viewport.width}x${viewport.height}.png`) });
      assert.equal(out, 0, `${lang}: nothing outside the slide`);
      assert.deepEqual(app.errors(), []);
      await app.close();
    }
  });
}

test('screenshots of the analysis section at 1366×768, 390×844 and 1920×1080 in both languages', async () => {
  const dir = join(ARTIFACTS_DIR, 'screenshots');
  await mkdir(dir, { recursive: true });
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
    { width: 1920, height: 1080 },
  ]) {
    for (const lang of ['vi', 'en']) {
      const app = await open({ viewport });
      if (lang === 'en') await app.langButton('en').click();
      const section = await analysis(app);
      await openUncertainty(app);
      const goal = app.page.locator('[data-goal-seek="digital_economy"]');
      await goal.locator('[data-goal-solve]').click();
      await goal.locator('[data-apply-goal]').waitFor({ timeout: 15_000 });
      // No part of the section is wider than the window.
      const overflow = await section.evaluate((s) => s.scrollWidth - s.clientWidth);
      assert.ok(overflow <= 1, `${lang} ${viewport.width}: the section scrolls sideways by ${overflow}px`);
      const path = join(dir, `analysis-${lang}-${viewport.width}x${viewport.height}.png`);
      await app.page.locator('[data-analysis-indicator="digital_economy"]').screenshot({ path });
      // The uncertainty settings as the window shows them, from their top.
      await app.page.locator('details[data-uncertainty]').evaluate((d) => d.scrollIntoView());
      await app.page.screenshot({ path: path.replace('.png', '-uncertainty.png') });
      console.log(`screenshot: ${path}`);
      assert.deepEqual(app.errors(), []);
      await app.close();
    }
  }
});
