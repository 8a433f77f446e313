// Scenario files: Export downloads the scenario as JSON; importing it in a
// fresh browser gives the same scenario; a file that is not JSON changes
// nothing and says where it is broken.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

test('an exported scenario imports into a fresh browser as the same scenario', async () => {
  const app = await open();
  await app.commitNumber('grdp_growth', 12.5);
  await app.setYear('digital_growth', 2029, 25);
  await app.setTarget('records_digitisation', 90);
  await app.setName('Kịch bản xuất tệp');
  await app.openDetails(app.noteEditor());
  await app.note().fill('Dòng 1\nDòng 2');
  await app.waitAddress({ name: 'Kịch bản xuất tệp', 't.records_digitisation': '90' });
  const expected = await app.snapshot();

  const file = await app.exportJson();
  assert.match(file.name, /\.json$/, `a .json file: ${file.name}`);
  const json = JSON.parse(file.text);
  assert.equal(typeof json.version, 'number', 'the file has a version');
  assert.equal(json.name, 'Kịch bản xuất tệp');
  assert.equal(json.levers.grdp_growth, 12.5);
  assert.deepEqual(json.levers.digital_growth, [15, 15, 15, 25, 15]);

  const other = await open();
  await other.importFile(file.name, file.text);
  await other.waitLevers(expected.levers);
  assert.deepEqual(await other.snapshot(), expected, 'the imported scenario is the exported one');
  await other.unsavedBadge().waitFor({ state: 'visible' });
  assert.equal(await other.alerts().count(), 0, `no alert: ${await other.messageTexts('alert')}`);
  assert.deepEqual([...app.errors(), ...other.errors()], [], 'no page or console errors');
});

test('importing a file that is not JSON names the line and column and changes nothing', async () => {
  const app = await open();
  await app.commitNumber('grdp_growth', 12);
  await app.setName('Giữ nguyên');
  await app.save(1);
  const address = await app.waitAddress({ grdp_growth: '12', name: 'Giữ nguyên' });
  const before = { scenario: await app.snapshot(), saved: await app.savedList() };

  await app.importFile('hong.json', '{\n  "version": 1,\n  not json\n}');
  const alerts = await app.waitMessage('alert', 'JSON');
  assert.equal(alerts.length, 1, `one alert: ${alerts}`);
  // serde_json stops at line 3, column 3.
  assert.match(alerts[0], /(dòng|line) 3, (cột|column) 3/, `the alert names the line and column: ${alerts[0]}`);
  assert.deepEqual({ scenario: await app.snapshot(), saved: await app.savedList() }, before, 'nothing changed');
  assert.deepEqual(await app.address(), address, 'the address is unchanged');
  assert.equal(await app.unsavedBadge().count(), 0, 'still the saved scenario');

  // The same field still takes a good file afterwards.
  await app.importFile('tot.json', JSON.stringify({ version: 1, name: 'Tốt', levers: { grdp_growth: 14 } }));
  await app.waitLevers({ grdp_growth: 14 });
  assert.equal(await app.scenarioName().inputValue(), 'Tốt');
  assert.deepEqual(app.errors(), [], 'no page or console errors');
});
