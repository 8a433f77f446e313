// The PNG's source footer wraps within the image instead of running off it.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { useApp } from '../support/harness.mjs';

const open = useApp();

function langScript(lang) {
  return { initScript: (code) => localStorage.setItem('lotrinh.lang.v1', JSON.stringify(code)), initArg: lang };
}

for (const lang of ['vi', 'en']) {
  test(`${lang}: the PNG footer's text stays inside the image`, async () => {
    const app = await open(langScript(lang));
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.click('button[data-export-png="digital_economy"]'),
    ]);
    const png = await readFile(await download.path());
    const footer = await app.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, img.width, img.height);
      const pixel = (x, y) => data.subarray((y * width + x) * 4, (y * width + x) * 4 + 3);
      const ink = (x, y) => pixel(x, y).some((c) => c < 160);
      // The footer starts under a full-width light rule; find it from the bottom.
      let rule = -1;
      for (let y = height - 1; y > height / 2 && rule < 0; y--) {
        let light = 0;
        for (let x = 0; x < width; x++) {
          const [r, g, b] = pixel(x, y);
          if (r > 215 && r < 240 && g > 215 && g < 240 && b > 220 && b < 245) light++;
        }
        if (light > width * 0.9) rule = y;
      }
      const lines = [];
      let current = null;
      for (let y = rule + 1; y < height; y++) {
        let left = width;
        let right = -1;
        for (let x = 0; x < width; x++) {
          if (ink(x, y)) {
            left = Math.min(left, x);
            right = x;
          }
        }
        if (right >= 0) {
          if (!current) lines.push((current = { left, right, top: y }));
          current.left = Math.min(current.left, left);
          current.right = Math.max(current.right, right);
        } else current = null;
      }
      return { width, height, rule, lines };
    }, png.toString('base64'));
    assert.ok(footer.rule > 0, 'the footer rule is found');
    assert.ok(footer.lines.length >= 2, `the long source line wraps: ${JSON.stringify(footer.lines)}`);
    for (const line of footer.lines) {
      assert.ok(line.left >= 12, `a line starts inside the margin: ${JSON.stringify(line)}`);
      assert.ok(line.right <= footer.width - 12, `a line ends inside the image: ${JSON.stringify(line)} of ${footer.width}`);
    }
    assert.deepEqual(app.errors(), []);
  });
}
