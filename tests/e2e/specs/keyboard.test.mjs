// A keyboard-only journey: Tab reaches every lever (no script focuses it),
// arrow keys change it, and focus is always visible and never lost.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LEVERS } from '../fixtures/planner_page.mjs';
import { useApp } from '../support/harness.mjs';

const open = useApp();

/** Runs in the page: what has focus, and whether its focus ring shows. */
function focusState() {
  const el = document.activeElement;
  if (!el || el === document.body) return { lost: true };
  const style = getComputedStyle(el);
  const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  return {
    lost: false,
    lever: el.matches('input[type=range][data-lever]') ? el.dataset.lever : null,
    action: el.dataset.action || null,
    visible: ring && el.matches(':focus-visible'),
    tag: `${el.tagName.toLowerCase()}${el.dataset.lever ? `[data-lever=${el.dataset.lever}]` : ''}`,
  };
}

test('Tab reaches every lever, arrows change it, save and present by keyboard, focus always visible', async () => {
  const app = await open({ clipboard: true });
  const reached = new Set();
  // Bounded: the page has a few hundred focusable elements at most.
  for (let i = 0; i < 400 && reached.size < LEVERS.length; i++) {
    await app.page.keyboard.press('Tab');
    const state = await app.page.evaluate(focusState);
    assert.ok(!state.lost, `focus lost after ${i + 1} Tab presses`);
    assert.ok(state.visible, `focus ring not visible on ${state.tag}`);
    if (state.lever && !reached.has(state.lever)) {
      reached.add(state.lever);
      const before = await app.slider(state.lever).inputValue();
      await app.page.keyboard.press(before === (await app.slider(state.lever).getAttribute('max')) ? 'ArrowLeft' : 'ArrowRight');
      await app.waitFor(
        `${state.lever} to change by arrow key`,
        ([lever, value]) => document.querySelector(`input[type=range][data-lever="${lever}"]`).value !== value,
        [state.lever, before],
      );
    }
  }
  assert.deepEqual([...reached].sort(), [...LEVERS].sort(), 'every lever reached with Tab');

  // Save, then present and leave, all from the keyboard.
  for (const action of ['save', 'present']) {
    for (let i = 0; i < 400; i++) {
      const state = await app.page.evaluate(focusState);
      if (state.action === action) break;
      await app.page.keyboard.press('Shift+Tab');
    }
    assert.equal((await app.page.evaluate(focusState)).action, action, `${action} reached with Shift+Tab`);
    await app.page.keyboard.press('Enter');
    if (action === 'save') await app.waitCount('li[data-saved]', 1);
  }
  await app.page.waitForSelector('section[data-slide="1"][aria-current="step"]');
  await app.page.keyboard.press('ArrowRight');
  await app.page.waitForSelector('section[data-slide="2"][aria-current="step"]');
  await app.page.keyboard.press('Escape');
  await app.page.waitForSelector('[data-presentation]', { state: 'detached' });
  // Not yet checked: focus returning to the Present button after Esc (today
  // it falls back to <body>; see the issue note).
  assert.deepEqual(app.errors(), []);
});
