// Layout at common screen sizes, and screenshots for people to look at.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
  { width: 1920, height: 1080 },
];

for (const viewport of VIEWPORTS.slice(0, 2)) {
  test(`no horizontal scroll at ${viewport.width}×${viewport.height}`, async () => {
    const app = await open({ viewport });
    for (const lang of ['vi', 'en']) {
      await app.chooseLanguage(lang);
      await app.waitCanvasesSharp();
      const { scrollWidth, innerWidth } = await app.horizontalExtent();
      assert.ok(scrollWidth <= innerWidth, `${lang}: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`);
    }
  });
}

test('screenshots in both languages at 1366×768, 390×844 and 1920×1080', async () => {
  for (const viewport of VIEWPORTS) {
    const app = await open({ viewport });
    for (const lang of ['vi', 'en']) {
      await app.chooseLanguage(lang);
      await app.waitCanvasesSharp();
      await app.waitCanvasesPainted(500);
      const path = await app.screenshot(`${lang}-${viewport.width}x${viewport.height}`);
      console.log(`screenshot: ${path}`);
    }
    await app.close();
  }
});
