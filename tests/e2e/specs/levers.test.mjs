// Levers drive the outcomes: keyboard, mouse, typed numbers and reset.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DRIVES, YEARS } from '../fixtures/planner_page.mjs';
import { useApp } from '../support/harness.mjs';

const open = useApp();

test('ArrowRight on the focused digital_growth slider changes the 2030 digital economy value', async () => {
  const app = await open();
  const before = await app.outcomeText('digital_economy');
  const start = await app.sliderState('digital_growth');
  const key = await app.pressSliderKeys('digital_growth', 5);
  const after = await app.waitOutcomeChange('digital_economy', before);
  const end = await app.sliderState('digital_growth');
  assert.notEqual(end.value, start.value, `slider value moved with ${key}`);
  assert.notEqual(after, before);
});

test('dragging the digital_growth slider with the mouse changes the 2030 digital economy value', async () => {
  const app = await open();
  const before = await app.outcomeText('digital_economy');
  const start = await app.sliderState('digital_growth');
  const fraction = (start.value - start.min) / (start.max - start.min) < 0.5 ? 0.9 : 0.1;
  await app.dragSlider('digital_growth', fraction);
  await app.waitOutcomeChange('digital_economy', before);
  const end = await app.sliderState('digital_growth');
  assert.notEqual(end.value, start.value, 'slider value moved with the drag');
});

for (const [lever, indicator] of Object.entries(DRIVES)) {
  test(`moving ${lever} by keyboard changes the 2030 ${indicator} value`, async () => {
    const app = await open();
    const before = await app.outcomeText(indicator);
    await app.pressSliderKeys(lever, 10);
    await app.waitOutcomeChange(indicator, before);
  });
}

test('the number input mirrors the slider', async () => {
  const app = await open();
  await app.pressSliderKeys('digital_growth', 3);
  const { value } = await app.sliderState('digital_growth');
  await app.waitFor(
    'digital_growth number input to show the slider value',
    (v) => Number(document.querySelector('input[data-number-field][data-lever="digital_growth"]:not([data-year])').value.replace(',', '.')) === v,
    value,
    () => document.querySelector('input[data-number-field][data-lever="digital_growth"]:not([data-year])').value,
  );
});

test('typing 500 into digital_growth clamps to the maximum and raises an alert naming the lever', async () => {
  const app = await open();
  const { max } = await app.sliderState('digital_growth');
  const label = await app.leverLabel('digital_growth');
  assert.ok(label, 'the digital_growth slider has an accessible label');
  await app.commitNumber('digital_growth', 500);
  await app.alerts().first().waitFor({ state: 'visible' });
  const alertText = (await app.alerts().allInnerTexts()).join('\n');
  // The label may carry a unit in brackets; the alert must name the lever itself.
  const name = label.replace(/\s*[([].*$/s, '').trim();
  assert.ok(alertText.includes(name), `alert ${JSON.stringify(alertText)} names the lever ${JSON.stringify(name)}`);
  await app.waitFor(
    `digital_growth clamped to ${max}`,
    (m) =>
      Number(document.querySelector('input[type=range][data-lever="digital_growth"]').value) === m &&
      Number(document.querySelector('input[data-number-field][data-lever="digital_growth"]:not([data-year])').value.replace(',', '.')) === m,
    max,
    () => [
      document.querySelector('input[type=range][data-lever="digital_growth"]').value,
      document.querySelector('input[data-number-field][data-lever="digital_growth"]:not([data-year])').value,
    ],
  );
});

test('reset restores the default 2030 value', async () => {
  const app = await open();
  const initial = await app.outcomeText('digital_economy');
  await app.pressSliderKeys('digital_growth', 4);
  await app.waitOutcomeChange('digital_economy', initial);
  await app.resetButton('digital_growth').click();
  await app.waitFor(
    `digital economy 2030 value back to ${initial}`,
    (v) => document.querySelector('[data-outcome="digital_economy"]').textContent.trim() === v,
    initial,
    () => document.querySelector('[data-outcome="digital_economy"]').textContent.trim(),
  );
});

test('per-year mode shows one input per year, and editing 2030 changes the outcome', async () => {
  const app = await open();
  const pressed = (hook) => app.page.getAttribute(`button[${hook}="digital_growth"]`, 'aria-pressed');
  assert.deepEqual([await pressed('data-one-value'), await pressed('data-per-year')], ['true', 'false']);
  await app.perYearButton('digital_growth').click();
  for (const year of YEARS) {
    await app.yearInput('digital_growth', year).waitFor({ state: 'visible' });
  }
  // The option in force is the pressed one: no button whose label flips.
  assert.deepEqual([await pressed('data-one-value'), await pressed('data-per-year')], ['false', 'true']);
  const before = await app.outcomeText('digital_economy');
  const input = app.yearInput('digital_growth', 2030);
  const [min, max] = await input.evaluate((el) => [Number(el.min), Number(el.max)]);
  const current = Number(await input.inputValue());
  await input.fill(String(current > (min + max) / 2 ? min : max));
  await input.press('Enter');
  await app.waitOutcomeChange('digital_economy', before);
});
