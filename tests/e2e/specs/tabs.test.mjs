// Two tabs that save at the same moment lose nothing, and a nearly full
// storage is said clearly while what was saved before stays readable.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

const WORKSPACE_KEY = 'lotrinh.workspace.v1';

/** The names in the stored workspace's library. */
async function storedNames(app) {
  return app.page.evaluate((key) => {
    try {
      return JSON.parse(localStorage.getItem(key)).saved.map((s) => s.scenario.name).sort();
    } catch {
      return [];
    }
  }, WORKSPACE_KEY);
}

test('two tabs pressing "Save as new" at the same moment, again and again, keep every scenario', async () => {
  const first = await open();
  const second = await first.openTab('?v=1');
  const ROUNDS = 8;
  const expected = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const names = [`Tab 1 – ${round}`, `Tab 2 – ${round}`];
    expected.push(...names);
    await first.setName(names[0]);
    await second.setName(names[1]);
    // Both clicks are sent before either tab's autosave can run.
    await Promise.all([first.action('save-as-new').click(), second.action('save-as-new').click()]);
  }
  expected.sort();
  for (const tab of [first, second]) {
    await tab.openLibrary();
    await tab.waitFor(
      `every one of the ${expected.length} scenarios in this tab's library`,
      (want) => {
        const names = [...document.querySelectorAll('li[data-saved] input[data-rename]')].map((i) => i.value).sort();
        return JSON.stringify(names) === JSON.stringify(want);
      },
      expected,
      () => [...document.querySelectorAll('li[data-saved] input[data-rename]')].map((i) => i.value),
    );
    const ids = (await tab.savedList()).map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, `ids are unique: ${ids}`);
  }
  await first.waitFor(
    'storage to hold every scenario',
    ([key, want]) => {
      try {
        const names = JSON.parse(localStorage.getItem(key)).saved.map((s) => s.scenario.name).sort();
        return JSON.stringify(names) === JSON.stringify(want);
      } catch {
        return false;
      }
    },
    [WORKSPACE_KEY, expected],
  );
  // Each tab's scenario on screen is still the one it saved last.
  assert.equal(await first.scenarioName().inputValue(), `Tab 1 – ${ROUNDS}`);
  assert.equal(await second.scenarioName().inputValue(), `Tab 2 – ${ROUNDS}`);
  assert.deepEqual([...first.errors(), ...second.errors()], []);
});

test('with storage nearly full, saving says so clearly and what was saved before stays readable', async () => {
  const app = await open();
  await app.setName('Đã lưu trước');
  await app.save(1);
  await app.waitFor('the first save in storage', (key) => (localStorage.getItem(key) || '').includes('Đã lưu trước'), WORKSPACE_KEY);
  // Fill what is left of the origin's quota, leaving less than one more scenario needs.
  await app.page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let n = 0;
    while (chunk.length >= 16) {
      try {
        localStorage.setItem(`filler.${n++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
  await app.setName('Không còn chỗ '.repeat(5));
  await app.action('save-as-new').click();
  const alerts = await app.waitMessage('alert', 'bộ nhớ đầy');
  assert.equal(alerts.filter((a) => a.includes('bộ nhớ đầy')).length, 1, `one clear alert: ${alerts}`);
  assert.deepEqual(await storedNames(app), ['Đã lưu trước'], 'the earlier save is still stored');
  await app.reload();
  await app.openLibrary();
  const library = await app.savedList();
  assert.ok(library.some((e) => e.name === 'Đã lưu trước'), `readable after a reload: ${JSON.stringify(library)}`);
  assert.deepEqual(app.pageErrors, []);
});
