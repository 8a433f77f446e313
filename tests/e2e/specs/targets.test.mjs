// Targets say what they are: official, custom, or an assumption where no
// source gives one; the comparison shows the target each row is judged against.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

function langScript(lang) {
  return { initScript: (code) => localStorage.setItem('lotrinh.lang.v1', JSON.stringify(code)), initArg: lang };
}

const WORDS = {
  vi: { official: 'chính thức', custom: 'tuỳ chỉnh', assumption: 'giả định' },
  en: { official: 'official', custom: 'custom', assumption: 'assumption' },
};

for (const lang of ['vi', 'en']) {
  test(`${lang}: the records target is an assumption, not official`, async () => {
    const app = await open(langScript(lang));
    const words = WORDS[lang];
    assert.equal((await app.targetKind('records_digitisation').textContent()).trim(), words.assumption);
    assert.equal((await app.targetKind('digital_economy').textContent()).trim(), words.official);
    await app.openDetails(app.targetEditor('records_digitisation'));
    const restore = (await app.defaultTargetButton('records_digitisation').textContent()).trim();
    assert.ok(!restore.includes(words.official), `no "official" offered for records: ${restore}`);
    await app.setTarget('records_digitisation', '90');
    await app.page.waitForFunction(
      (word) => document.querySelector('[data-target-kind="records_digitisation"]').textContent.trim() === word,
      words.custom,
    );
    assert.deepEqual(app.errors(), []);
  });
}

test('each comparison row shows the target it is judged against, custom or official', async () => {
  const app = await open({ query: '?v=1&t.digital_economy=32&2.name=B&2.digital_growth=24' });
  await app.comparison().waitFor();
  const own = (await app.compareTarget(0, 'digital_economy').textContent()).trim();
  const other = (await app.compareTarget(1, 'digital_economy').textContent()).trim();
  assert.ok(own.includes('32,0') && own.includes('tuỳ chỉnh'), own);
  assert.ok(other.includes('30,0') && other.includes('chính thức'), other);
  const records = (await app.compareTarget(1, 'records_digitisation').textContent()).trim();
  assert.ok(records.includes('giả định'), records);
  assert.deepEqual(app.errors(), []);
});
