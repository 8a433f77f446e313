// Typed numbers and saving: decimal commas in both languages, messages beside
// the field, and saving under a new name never replacing another scenario.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

function langScript(lang) {
  return { initScript: (code) => localStorage.setItem('lotrinh.lang.v1', JSON.stringify(code)), initArg: lang };
}

for (const lang of ['vi', 'en']) {
  test(`${lang}: 26,4 and 26.4 are the same value, shown in the locale's format`, async () => {
    // The value a link gives is the reference: same model, no typing.
    const reference = await open({ query: '?v=1&digital_growth=26.4', ...langScript(lang) });
    const expected = await reference.outcomeText('digital_economy');
    const shown = lang === 'vi' ? '26,4' : '26.4';
    assert.equal(await reference.numberInput('digital_growth').inputValue(), shown, 'a field shows the locale format');

    const app = await open(langScript(lang));
    for (const typed of ['26,4', '26.4']) {
      await app.commitNumber('digital_growth', '15');
      await app.commitNumber('digital_growth', typed);
      await app.waitFor(
        `${typed} to give ${expected}`,
        (want) => document.querySelector('[data-outcome="digital_economy"]').textContent.trim() === want,
        expected,
        () => document.querySelector('[data-outcome="digital_economy"]').textContent.trim(),
      );
      assert.equal(await app.numberInput('digital_growth').inputValue(), shown, `${typed} is shown as ${shown}`);
      assert.equal(await app.alerts().count(), 0, `no message for ${typed}: ${await app.messageTexts('alert')}`);
    }
    assert.deepEqual(app.errors(), []);
  });
}

test('a message about a field is shown beside the field as well as in the alert region', async () => {
  const app = await open();
  await app.commitNumber('digital_growth', '500');
  await app.fieldMessage('digital_growth').waitFor({ state: 'visible' });
  const beside = await app.fieldMessage('digital_growth').textContent();
  assert.ok(beside.includes('500') && beside.includes('40,0'), beside);
  await app.waitMessage('alert', '500');
  const near = await app.page.evaluate(() => {
    const field = document.querySelector('input[data-number-field][data-lever="digital_growth"]');
    const message = document.querySelector('[data-field-message="digital_growth"]');
    return {
      distance: Math.abs(message.getBoundingClientRect().top - field.getBoundingClientRect().bottom),
      described: field.getAttribute('aria-describedby') === message.id,
    };
  });
  assert.ok(near.distance < 80, `the message is next to the field (${near.distance}px)`);
  assert.ok(near.described, 'the field is described by its message');
  await app.commitNumber('digital_growth', '20');
  await app.fieldMessage('digital_growth').waitFor({ state: 'detached' });
  // A typed target gets the same treatment.
  await app.setTarget('digital_economy', 'abc');
  await app.fieldMessage('digital_economy').waitFor({ state: 'visible' });
  assert.deepEqual(app.errors(), []);
});

test('renaming then saving keeps the old scenario; replacing is explicit, named and undone by Undo', async () => {
  const app = await open();
  await app.setName('Dồn sớm');
  await app.commitNumber('grdp_growth', '12');
  await app.save(1);
  const [early] = await app.savedList();

  // The consultant's trap: a new name and a new value, then "Lưu".
  await app.setName('Dồn muộn');
  await app.commitNumber('digital_growth', '20');
  assert.equal((await app.action('save').textContent()).trim(), 'Lưu', 'saving a renamed scenario adds it');
  await app.save(2);
  let list = await app.savedList();
  assert.deepEqual(list.map((s) => s.name), ['Dồn sớm', 'Dồn muộn']);
  assert.equal(list[0].id, early.id);
  await app.waitMessage('status', 'Dồn muộn');
  await app.openSavedButton(early.id).click();
  await app.waitLevers({ grdp_growth: 12, digital_growth: 15 });

  // Edits under the same name: the save button names what it writes over.
  await app.commitNumber('grdp_growth', '11');
  await app.page.waitForFunction(() => document.querySelector('button[data-action="save"]').textContent.includes('Dồn sớm'));

  // Replacing another entry is a separate, named choice, and Undo reverses it.
  const late = (await app.savedList())[1];
  await app.openSavedButton(late.id).click();
  await app.waitLevers({ digital_growth: 20 });
  await app.setName('Dồn muộn 2');
  await app.replaceButton().waitFor({ state: 'visible' });
  assert.ok((await app.replaceButton().textContent()).includes('Dồn muộn'), 'the button names what it replaces');
  await app.replaceButton().click();
  await app.waitMessage('status', 'Dồn muộn 2');
  list = await app.savedList();
  assert.deepEqual(list.map((s) => s.name), ['Dồn sớm', 'Dồn muộn 2']);
  await app.action('undo').click();
  await app.waitFor(
    'undo to bring the replaced entry back',
    () => [...document.querySelectorAll('li[data-saved] input[data-rename]')].map((i) => i.value).join('|') === 'Dồn sớm|Dồn muộn',
  );
  assert.deepEqual(app.errors(), []);
});
