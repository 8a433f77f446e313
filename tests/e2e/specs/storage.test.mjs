// Autosave: a reload returns exactly where the user was; unreadable stored
// data is kept under a backup key, never lost; refused storage is said and
// the app keeps working in memory.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

const WORKSPACE_KEY = 'lotrinh.workspace.v1';
const BACKUP_PREFIX = 'lotrinh.workspace.backup.';

/** Moves a lever and waits for its outcome to follow: the app still works. */
async function assertWorking(app) {
  const before = await app.outcomeText('digital_economy');
  await app.pressSliderKeys('digital_growth', 4);
  await app.waitOutcomeChange('digital_economy', before);
}

test('a reload restores the levers, name, note, saved list and comparison exactly', async () => {
  const app = await open();
  await app.commitNumber('grdp_growth', 12.5);
  await app.setYear('records_speed', 2027, 40);
  await app.setName('Kịch bản Đà Nẵng');
  await app.openDetails(app.noteEditor());
  await app.note().fill('Giả định:\nGRDP tăng nhanh hơn.');
  await app.save(1);
  // Keep editing after the save, so the reload must also keep unsaved edits.
  await app.commitNumber('digital_growth', 20);
  await app.toggleCompare('plan');
  await app.waitCount('tr[data-compare-row]', 2);
  await app.waitAddress({ digital_growth: '20', '2.preset': 'plan.2025-12-01' });
  const expected = {
    scenario: await app.snapshot(),
    saved: await app.savedList(),
    comparison: await app.comparisonTable(),
    address: await app.address(),
  };

  await app.reload();
  await app.waitCount('tr[data-compare-row]', 2);
  assert.deepEqual(
    {
      scenario: await app.snapshot(),
      saved: await app.savedList(),
      comparison: await app.comparisonTable(),
      address: await app.address(),
    },
    expected,
  );
  await app.unsavedBadge().waitFor({ state: 'visible' });
  // A reload is not a link being opened: nothing to report.
  assert.deepEqual(await app.messageTexts('alert'), [], 'no alert after a reload');
  assert.deepEqual(await app.messageTexts('status'), [], 'no notice after a reload');
  assert.deepEqual(app.errors(), [], 'no page or console errors');
});

for (const raw of ['{not json', '{"version":99,"working":{}}', '[1,2,3]']) {
  test(`unreadable stored data ${JSON.stringify(raw)} is kept under a backup key; the app starts from the baseline`, async () => {
    const app = await open();
    const baseline = await app.snapshot();
    await app.commitNumber('grdp_growth', 12);
    await app.waitAddress({ grdp_growth: '12' });
    await app.page.evaluate(([k, v]) => localStorage.setItem(k, v), [WORKSPACE_KEY, raw]);
    // Reload without the link, so only storage decides the start.
    await app.goto();

    const backups = await app.storage(BACKUP_PREFIX);
    const keys = Object.keys(backups);
    assert.equal(keys.length, 1, `one backup key: ${JSON.stringify(backups)}`);
    assert.equal(backups[keys[0]], raw, 'the backup holds the exact stored text');
    const alerts = await app.waitMessage('alert', keys[0]);
    assert.equal(alerts.length, 1, `one alert, naming the backup key: ${alerts}`);
    assert.deepEqual(await app.snapshot(), baseline, 'the app starts from the baseline');

    await assertWorking(app);
    // Autosave works again, and the backup is still there after another reload.
    await app.reload();
    assert.deepEqual(await app.storage(BACKUP_PREFIX), backups, 'the backup survives');
    assert.deepEqual(await app.messageTexts('alert'), [], 'the stored data is readable again');
    JSON.parse((await app.storage(WORKSPACE_KEY))[WORKSPACE_KEY]);
    assert.deepEqual(app.errors(), [], 'no page or console errors');
  });
}

test('when the browser refuses to store (setItem throws), the app says so once and keeps working', async () => {
  const app = await open({
    initScript: () => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  });
  await app.alerts().first().waitFor({ state: 'visible' });
  const alerts = await app.messageTexts('alert');
  assert.equal(alerts.length, 1, `one alert: ${alerts}`);
  await assertWorking(app);
  await app.commitNumber('grdp_growth', 12);
  await app.waitAddress({ grdp_growth: '12' });
  assert.deepEqual(await app.messageTexts('alert'), alerts, 'the refusal is said once, not on every edit');
  assert.deepEqual(app.pageErrors, [], 'no uncaught page errors');
});

// Chromium throws from window.localStorage itself when site data is blocked.
test('when localStorage cannot even be read (storage blocked), the app says so and keeps working', async () => {
  const app = await open({
    ready: false,
    initScript: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied.", 'SecurityError');
        },
      });
    },
  });
  await app.waitReady();
  await app.alerts().first().waitFor({ state: 'visible' });
  await assertWorking(app);
  assert.deepEqual(app.pageErrors, [], 'no uncaught page errors');
});

test(
  'a scenario saved in one tab survives an edit in another open tab',
  async () => {
    const first = await open();
    const second = await first.openTab('?v=1');
    await first.commitNumber('grdp_growth', 12);
    await first.setName('Từ tab thứ nhất');
    await first.save(1);
    const saved = await first.savedList();

    await second.commitNumber('digital_growth', 20);
    await second.waitAddress({ digital_growth: '20' });
    const third = await first.openTab('?v=1');
    await third.openLibrary();
    // The third tab opens a link over the second tab's unsaved edit, which
    // it keeps in the library too: what the first tab saved must be there.
    const library = await third.savedList();
    for (const entry of saved) {
      assert.ok(
        library.some((e) => e.id === entry.id && e.name === entry.name),
        `the saved scenario ${JSON.stringify(entry)} is still in the library: ${JSON.stringify(library)}`,
      );
    }
  },
);
