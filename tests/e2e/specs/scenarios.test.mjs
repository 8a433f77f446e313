// Saved scenarios, presets and the comparison; undo and redo; browser Back.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

const WORKSPACE_KEY = 'lotrinh.workspace.v1';

/** The saved scenarios as autosave stored them. */
async function storedSaved(app) {
  return JSON.parse((await app.storage(WORKSPACE_KEY))[WORKSPACE_KEY]).saved;
}

test('save, rename, duplicate, delete and undo the delete, open a saved scenario', async () => {
  const app = await open();
  await app.commitNumber('grdp_growth', 12);
  await app.setName('Kịch bản A');
  await app.unsavedBadge().waitFor({ state: 'visible' });
  await app.save(1);
  await app.unsavedBadge().waitFor({ state: 'detached' });
  await app.waitMessage('status', 'Kịch bản A');
  const [{ id }] = await app.savedList();

  // Rename the saved scenario: the one on screen came from it, so it follows.
  await app.renameInput(id).fill('Kế hoạch Đà Nẵng');
  await app.renameInput(id).press('Tab');
  await app.waitFor(
    'the name on screen to follow the rename',
    () => document.querySelector('input[data-scenario-name]').value === 'Kế hoạch Đà Nẵng',
  );
  assert.equal(await app.unsavedBadge().count(), 0, 'a rename keeps the scenario saved');

  await app.duplicateButton(id).click();
  await app.waitCount('li[data-saved]', 2);
  const list = await app.savedList();
  assert.equal(list[0].id, id);
  assert.notEqual(list[1].id, id, 'the copy has its own id');
  assert.ok(list[1].name.startsWith('Kế hoạch Đà Nẵng '), `the copy is named after the original: ${list[1].name}`);
  const copy = list[1];

  // Edit the scenario on screen, then open the copy: it comes back as saved.
  await app.commitNumber('grdp_growth', 14);
  await app.unsavedBadge().waitFor({ state: 'visible' });
  await app.openSavedButton(copy.id).click();
  await app.waitLevers({ grdp_growth: 12 });
  assert.equal(await app.scenarioName().inputValue(), copy.name);
  assert.equal(await app.unsavedBadge().count(), 0, 'an opened saved scenario is not unsaved');
  assert.ok(await app.openSavedButton(copy.id).isDisabled(), 'the one on screen cannot be opened again');

  // Delete the original; undo brings it back, in its place, under its id.
  const before = await app.savedList();
  const stored = await storedSaved(app);
  await app.deleteButton(id).click();
  await app.waitCount('li[data-saved]', 1);
  await app.waitMessage('status', 'Kế hoạch Đà Nẵng');
  await app.action('undo').click();
  await app.waitCount('li[data-saved]', 2);
  assert.deepEqual(await app.savedList(), before, 'undo restores the deleted scenario');
  await app.waitFor('autosave of the restored list', (key) => JSON.parse(localStorage.getItem(key)).saved.length === 2, WORKSPACE_KEY);
  // The same entries; an undone delete carries a newer revision, so that a
  // second tab merging the library brings it back too (src/library_sync.rs).
  const withoutRev = (entries) => entries.map(({ rev, ...entry }) => entry);
  assert.deepEqual(withoutRev(await storedSaved(app)), withoutRev(stored), 'the stored library is as before the delete');
  assert.deepEqual(app.errors(), [], 'no page or console errors');
});

test('opening a link never overwrites saved work: it opens as a new, unsaved scenario', async () => {
  const app = await open();
  await app.commitNumber('grdp_growth', 12);
  await app.setName('Đã lưu');
  await app.save(1);
  const saved = await app.savedList();
  // Autosave writes once a burst of edits pauses.
  await app.waitFor('autosave of the saved scenario', (key) => JSON.parse(localStorage.getItem(key) || '{"saved":[]}').saved.length === 1, WORKSPACE_KEY);
  const stored = await storedSaved(app);

  await app.gotoLink('?v=1&name=T%E1%BB%AB%20li%C3%AAn%20k%E1%BA%BFt&grdp_growth=15');
  await app.waitLevers({ grdp_growth: 15 });
  assert.equal(await app.scenarioName().inputValue(), 'Từ liên kết');
  await app.unsavedBadge().waitFor({ state: 'visible' });
  assert.equal(await app.statuses().count(), 1, `one notice: ${await app.messageTexts('status')}`);
  await app.openLibrary();
  assert.deepEqual(await app.savedList(), saved, 'the library is unchanged');
  assert.deepEqual(await storedSaved(app), stored, 'the stored library is unchanged');

  // Saving it adds a new entry; the saved one keeps its values.
  await app.save(2);
  assert.deepEqual((await app.savedList())[0], saved[0]);
  await app.openSavedButton(saved[0].id).click();
  await app.waitLevers({ grdp_growth: 12 });
  assert.equal(await app.scenarioName().inputValue(), 'Đã lưu');
  assert.deepEqual(app.errors(), [], 'no page or console errors');
});

test(
  'a link opened in a new tab does not lose the unsaved scenario it replaces',
  async () => {
    const app = await open();
    await app.commitNumber('grdp_growth', 13.5);
    await app.setName('Chưa lưu');
    await app.waitAddress({ grdp_growth: '13.5', name: 'Chưa lưu' });
    // A link clicked in a chat app opens a new tab on the same storage.
    const tab = await app.openTab('?v=1&grdp_growth=15');
    await tab.waitLevers({ grdp_growth: 15 });
    assert.equal(await tab.action('undo').isDisabled(), false, 'Undo can bring back what was on screen');
    await tab.action('undo').click();
    await tab.waitLevers({ grdp_growth: 13.5 });
    assert.equal(await tab.scenarioName().inputValue(), 'Chưa lưu');
  },
);

test('at most four scenarios are compared; a fifth raises an alert; clearing hides the comparison', async () => {
  const app = await open();
  for (const key of ['plan', 'breakthrough', 'cautious']) await app.toggleCompare(key);
  await app.waitCount('tr[data-compare-row]', 4);
  assert.equal(await app.alerts().count(), 0);
  await app.toggleCompare('current_trend');
  await app.waitMessage('alert', '4');
  assert.equal(await app.compareRows().count(), 4, 'still four rows');
  assert.equal(await app.compareBox('current_trend').isChecked(), false, 'the refused box is not ticked');

  // Unticking one makes room.
  await app.toggleCompare('cautious');
  await app.waitCount('tr[data-compare-row]', 3);
  await app.action('clear-compare').click();
  await app.comparison().waitFor({ state: 'detached' });
  assert.deepEqual(app.errors(), [], 'no page or console errors');
});

test('a compared saved scenario shows its rename at once', async () => {
  const app = await open();
  await app.commitNumber('grdp_growth', 12);
  await app.setName('Một');
  await app.save(1);
  await app.commitNumber('grdp_growth', 13);
  await app.save(2, { asNew: true });
  const [first] = await app.savedList();
  await app.toggleCompare(`saved-${first.id}`);
  await app.waitCount('tr[data-compare-row]', 2);
  await app.renameInput(first.id).fill('Một (đổi tên)');
  await app.renameInput(first.id).press('Tab');
  await app.waitFor(
    'the comparison row to show the new name',
    () => document.querySelector('tr[data-compare-row="1"] th')?.textContent.trim() === 'Một (đổi tên)',
  );
  const table = await app.comparisonTable();
  assert.ok(table.diff.some((row) => row[0].length > 0), 'the assumptions diff lists GRDP growth');
  assert.equal(await app.diffRows().count(), 1, 'only GRDP growth differs');
});

test('undo and redo buttons step a slider move back and forth, value and outcome', async () => {
  const app = await open();
  const start = (await app.sliderState('digital_growth')).value;
  const before = await app.outcomeText('digital_economy');
  assert.ok(await app.action('undo').isDisabled(), 'nothing to undo at first');
  await app.pressSliderKeys('digital_growth', 4);
  const after = await app.waitOutcomeChange('digital_economy', before);
  const moved = (await app.sliderState('digital_growth')).value;

  await app.action('undo').click();
  await app.waitLevers({ digital_growth: start });
  await app.waitOutcome('digital_economy', before);
  assert.ok(await app.action('undo').isDisabled(), 'four key presses are one undo step');

  await app.action('redo').click();
  await app.waitLevers({ digital_growth: moved });
  await app.waitOutcome('digital_economy', after);
  assert.ok(await app.action('redo').isDisabled(), 'nothing left to redo');
});

test('Ctrl+Z and Ctrl+Shift+Z undo and redo with the slider focused', async () => {
  const app = await open();
  const start = (await app.sliderState('services_speed')).value;
  const before = await app.outcomeText('online_services');
  await app.pressSliderKeys('services_speed', 3);
  const after = await app.waitOutcomeChange('online_services', before);
  const moved = (await app.sliderState('services_speed')).value;

  await app.page.keyboard.press('Control+z');
  await app.waitLevers({ services_speed: start });
  await app.waitOutcome('online_services', before);
  await app.slider('services_speed').focus();
  await app.page.keyboard.press('Control+Shift+Z');
  await app.waitLevers({ services_speed: moved });
  await app.waitOutcome('online_services', after);
});

test('a mouse drag of a slider is one undo step', async () => {
  const app = await open();
  const start = await app.sliderState('records_speed');
  const before = await app.outcomeText('records_digitisation');
  await app.dragSlider('records_speed', (start.value - start.min) / (start.max - start.min) < 0.5 ? 0.9 : 0.1);
  await app.waitOutcomeChange('records_digitisation', before);
  await app.action('undo').click();
  await app.waitLevers({ records_speed: start.value });
  await app.waitOutcome('records_digitisation', before);
  assert.ok(await app.action('undo').isDisabled(), 'the whole drag was one step');
});

test('browser Back after opening a preset returns to the previous scenario, Forward to the preset', async () => {
  const app = await open();
  const entries = () => app.page.evaluate(() => history.length);
  const start = await entries();
  await app.commitNumber('grdp_growth', 12);
  await app.pressSliderKeys('digital_growth', 3);
  await app.setName('Trước');
  await app.waitAddress({ grdp_growth: '12', name: 'Trước' });
  assert.equal(await entries(), start, 'edits replace the history entry, they do not push');
  const previous = await app.snapshot();

  await app.openLibrary();
  await app.openPresetButton('breakthrough').click();
  await app.waitFor(
    'the preset on screen',
    () => document.querySelector('input[data-scenario-name]').value !== 'Trước',
  );
  const preset = await app.snapshot();
  const presetAddress = await app.address();
  assert.equal(await entries(), start + 1, 'opening another scenario pushes one entry');

  await app.page.goBack();
  await app.waitLevers(previous.levers);
  assert.deepEqual(await app.snapshot(), previous, 'Back shows the previous scenario');
  assert.equal(new URLSearchParams((await app.address()).search).get('name'), 'Trước');

  await app.page.goForward();
  await app.waitLevers(preset.levers);
  assert.deepEqual(await app.snapshot(), preset, 'Forward shows the preset again');
  assert.deepEqual(await app.address(), presetAddress);
  assert.deepEqual(app.errors(), [], 'no page or console errors');
});
