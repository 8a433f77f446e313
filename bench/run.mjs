// Benchmark of the release build in dist/: first-load transfer size (gzip)
// and input-to-repaint time in headless Chromium. Prints a markdown table.
//
// Run through scripts/bench.sh, which builds dist/ first. Options:
//   --inputs N   lever inputs to time (default 240, at least 200)
//   --no-timing  sizes only
//
// Timing relies on the app's performance marks: `lever-input` when a lever's
// input event is handled, then `repaint-done` and the measure
// `input-to-repaint` once the charts have been redrawn. One key press on a
// focused slider is one input; we wait for its measure before the next one,
// so inputs never queue behind each other.

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/support/browser.mjs';
import { ARTIFACTS_DIR, DIST_DIR, startServer } from '../tests/e2e/support/server.mjs';
import { DRIVES, PlannerPage } from '../tests/e2e/fixtures/planner_page.mjs';

/** First-load transfer goal, gzip, in kB (1 kB = 1000 bytes). */
const BUDGET_KB = 250;
/** Inputs run before timing starts, to warm up the JIT and caches. */
const WARMUP = 20;

const args = process.argv.slice(2);
const inputsArg = args.indexOf('--inputs');
const INPUTS = inputsArg >= 0 ? Number(args[inputsArg + 1]) : 240;
const TIMING = !args.includes('--no-timing');
if (!(INPUTS >= 200)) throw new Error('--inputs must be at least 200');

const kb = (bytes) => (bytes / 1000).toFixed(1);

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

/** Files of the export worker, loaded on the first export, not on the first load. */
const EXPORT_MODULE = /^export_worker/;

/** Raw and gzip (level 9) sizes of dist/, grouped into wasm, js, everything else and the export module. */
async function sizes() {
  const group = () => ({ raw: 0, gzip: 0, files: [] });
  const groups = { '.wasm': group(), '.js': group(), other: group(), exportModule: group() };
  for (const file of await listFiles(DIST_DIR)) {
    const body = await readFile(file);
    const name = relative(DIST_DIR, file);
    const key = EXPORT_MODULE.test(name) ? 'exportModule' : file.endsWith('.wasm') ? '.wasm' : file.endsWith('.js') ? '.js' : 'other';
    groups[key].raw += body.length;
    groups[key].gzip += gzipSync(body, { level: 9 }).length;
    groups[key].files.push(relative(DIST_DIR, file));
  }
  return groups;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** Drives `WARMUP + INPUTS` slider key presses and returns the timed input-to-repaint durations (ms). */
async function timing() {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const app = await PlannerPage.open(browser, server.url, { viewport: { width: 1366, height: 768 } });
    const levers = Object.keys(DRIVES);
    const direction = Object.fromEntries(levers.map((l) => [l, 'ArrowRight']));
    const durations = [];
    for (let i = 0; i < WARMUP + INPUTS; i++) {
      const lever = levers[i % levers.length];
      const { min, max, step, value } = await app.sliderState(lever);
      if (direction[lever] === 'ArrowRight' && value + step > max) direction[lever] = 'ArrowLeft';
      if (direction[lever] === 'ArrowLeft' && value - step < min) direction[lever] = 'ArrowRight';
      const seen = await app.page.evaluate(() => performance.getEntriesByName('input-to-repaint').length);
      await app.slider(lever).focus();
      await app.page.keyboard.press(direction[lever]);
      await app.waitFor(
        `performance measure 'input-to-repaint' #${seen + 1} after a ${lever} input`,
        (n) => performance.getEntriesByName('input-to-repaint').length > n,
        seen,
        () => ({
          'lever-input': performance.getEntriesByName('lever-input').length,
          'repaint-done': performance.getEntriesByName('repaint-done').length,
          'input-to-repaint': performance.getEntriesByName('input-to-repaint').length,
        }),
      );
      const duration = await app.page.evaluate(() => performance.getEntriesByName('input-to-repaint').at(-1).duration);
      if (i >= WARMUP) durations.push(duration);
    }
    const errors = [...app.pageErrors, ...app.consoleErrors];
    if (errors.length) throw new Error(`page errors during the benchmark:\n${errors.join('\n')}`);
    return durations;
  } finally {
    await browser.close();
    await server.close();
  }
}

const { exportModule, ...groups } = await sizes();
const total = Object.values(groups).reduce((a, g) => ({ raw: a.raw + g.raw, gzip: a.gzip + g.gzip }), { raw: 0, gzip: 0 });
const lines = [
  `Release build in \`${relative(join(ARTIFACTS_DIR, '..'), DIST_DIR) || '.'}\`, ${new Date().toISOString().slice(0, 10)}, ` +
    `headless Chromium on ${(await import('node:os')).cpus().length} cores.`,
  '',
  '| What | Raw | Gzip (-9) |',
  '| --- | ---: | ---: |',
  ...Object.entries({ '`.wasm`': groups['.wasm'], '`.js`': groups['.js'], 'everything else': groups.other }).map(
    ([name, g]) => `| ${name} (${g.files.length} file${g.files.length === 1 ? '' : 's'}) | ${kb(g.raw)} kB | ${kb(g.gzip)} kB |`,
  ),
  `| **First load, total** | ${kb(total.raw)} kB | **${kb(total.gzip)} kB** (goal ≤ ${BUDGET_KB} kB: ${total.gzip <= BUDGET_KB * 1000 ? 'met' : 'NOT met'}) |`,
  `| Export module (${exportModule.files.length} files, loaded on the first export, not counted above) | ${kb(exportModule.raw)} kB | ${kb(exportModule.gzip)} kB |`,
];
if (TIMING) {
  const durations = (await timing()).sort((a, b) => a - b);
  lines.push(
    '',
    '| Input to repaint | Median | p95 | Max | Inputs |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| slider key press → charts redrawn | ${quantile(durations, 0.5).toFixed(1)} ms | ${quantile(durations, 0.95).toFixed(1)} ms | ${durations.at(-1).toFixed(1)} ms | ${durations.length} |`,
  );
}
const report = lines.join('\n') + '\n';
process.stdout.write(report);
await mkdir(ARTIFACTS_DIR, { recursive: true });
await writeFile(join(ARTIFACTS_DIR, 'bench.md'), report);
