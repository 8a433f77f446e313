// Language choice: labels, number formats, <html lang> and persistence.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INDICATORS } from '../fixtures/planner_page.mjs';
import { useApp } from '../support/harness.mjs';

const open = useApp();

/** 2030 values as each language writes them: vi `18,7 %`, en `18.7%`. */
const FORMAT = {
  vi: /^-?\d{1,3}(\.\d{3})*(,\d+)?\u00a0%$/,
  en: /^-?\d{1,3}(,\d{3})*(\.\d+)?%$/,
};

test('switching language changes labels and number format', async () => {
  const app = await open();
  const seen = {};
  for (const lang of ['vi', 'en', 'vi']) {
    await app.chooseLanguage(lang);
    const label = await app.leverLabel('digital_growth');
    await app.waitFor(
      `2030 values formatted for ${lang}`,
      ([ids, re]) => ids.every((i) => new RegExp(re).test(document.querySelector(`[data-outcome="${i}"]`).textContent.trim())),
      [INDICATORS, FORMAT[lang].source],
      ([ids]) => ids.map((i) => document.querySelector(`[data-outcome="${i}"]`).textContent.trim()),
    );
    assert.ok(label, `digital_growth has a label in ${lang}`);
    if (seen[lang]) assert.equal(label, seen[lang], `${lang} label is stable`);
    seen[lang] = label;
  }
  assert.notEqual(seen.vi, seen.en, 'the lever label differs between vi and en');
});

test('the language choice survives a reload', async () => {
  const app = await open();
  for (const lang of ['en', 'vi']) {
    await app.chooseLanguage(lang);
    await app.reload();
    assert.equal(await app.htmlLang(), lang, `<html lang> after reload with ${lang} chosen`);
    const value = await app.outcomeText('digital_economy');
    assert.match(value, FORMAT[lang], `2030 value after reload is formatted for ${lang}`);
  }
});
