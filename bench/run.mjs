// Benchmark of the release build in dist/. Prints a table of each figure
// against its goal, then the details, as markdown (also saved to
// artifacts/bench.md):
//
// - first-load transfer: gzip (level 9) and brotli (quality 11) of dist/;
// - input-to-repaint time in headless Chromium;
// - time to the first chart painted after navigation, cold cache, loopback,
//   dist/ served with gzip as a static host would;
// - Lighthouse performance, desktop and mobile, against the same server.
//
// Run through scripts/bench.sh, which builds dist/ and installs Lighthouse
// (bench/package.json) first. Options:
//   --inputs N       lever inputs to time (default 240, at least 200)
//   --loads N        cold loads timed to the first chart (default 7)
//   --runs N         Lighthouse runs per mode, the median is reported (default 3)
//   --no-timing      sizes only
//   --no-lighthouse  everything but Lighthouse
//
// Input timing relies on the app's performance marks: `lever-input` when a
// lever's input event is handled, then `repaint-done` and the measure
// `input-to-repaint` once the charts have been redrawn. One key press on a
// focused slider is one input; we wait for its measure before the next one,
// so inputs never queue behind each other. The first chart counts as
// painted when a pixel down the middle of the first chart's canvas is
// neither transparent nor white (checked every animation frame).

import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/support/browser.mjs';
import { ARTIFACTS_DIR, DIST_DIR, startServer } from '../tests/e2e/support/server.mjs';
import { DRIVES, PlannerPage } from '../tests/e2e/fixtures/planner_page.mjs';
import { lighthouse, medianRun } from './lighthouse.mjs';


/** First-load transfer goal, gzip, in kB (1 kB = 1000 bytes); the aim is 200 kB. */
const BUDGET_KB = 250;
const AIM_KB = 200;
/** Input-to-repaint goals, ms. */
const MEDIAN_GOAL_MS = 10;
const P95_GOAL_MS = 16;
/** First chart painted after navigation, cold cache, loopback: goal in ms. */
const FIRST_CHART_GOAL_MS = 500;
/** Issue 8: 10,000 paths × 5 years × 4 indicators in release Wasm. */
const MONTE_CARLO_GOAL_MS = 20;
/** Settled Monte Carlo runs timed in the page (each after a lever step and a pause). */
const MONTE_CARLO_RUNS = 15;
/** Lighthouse performance goals. */
const LIGHTHOUSE_GOALS = { desktop: 95, mobile: 90 };
/** Inputs run before timing starts, to warm up the JIT and caches. */
const WARMUP = 20;

const args = process.argv.slice(2);
const inputsArg = args.indexOf('--inputs');
const INPUTS = inputsArg >= 0 ? Number(args[inputsArg + 1]) : 240;
const TIMING = !args.includes('--no-timing');
const LIGHTHOUSE = TIMING && !args.includes('--no-lighthouse');
const numberArg = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const LOADS = numberArg('--loads', 7);
const RUNS = numberArg('--runs', 3);
if (!(INPUTS >= 200)) throw new Error('--inputs must be at least 200');
if (!(LOADS >= 1 && RUNS >= 1)) throw new Error('--loads and --runs must be at least 1');

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

/** Raw, gzip (level 9) and brotli (quality 11) sizes of dist/, grouped into wasm, js, everything else and the export module. */
async function sizes() {
  const group = () => ({ raw: 0, gzip: 0, brotli: 0, files: [] });
  const groups = { '.wasm': group(), '.js': group(), other: group(), exportModule: group() };
  for (const file of await listFiles(DIST_DIR)) {
    const body = await readFile(file);
    const key = EXPORT_MODULE.test(relative(DIST_DIR, file)) ? 'exportModule'
      : file.endsWith('.wasm') ? '.wasm' : file.endsWith('.js') ? '.js' : 'other';
    groups[key].raw += body.length;
    groups[key].gzip += gzipSync(body, { level: 9 }).length;
    groups[key].brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
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
    // The full Monte Carlo run (default 10,000 paths) follows the settled
    // scenario, 200 ms after the edits pause: step a lever, pause, and read
    // the page's 'monte-carlo' measure each time.
    const before = await app.page.evaluate(() => performance.getEntriesByName('monte-carlo').length);
    for (let i = 0; i < MONTE_CARLO_RUNS; i++) {
      await app.slider('digital_growth').focus();
      await app.page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
      await app.page.waitForFunction((n) => performance.getEntriesByName('monte-carlo').length > n, before + i, { timeout: 15000 });
    }
    const monteCarlo = await app.page.evaluate(
      (n) => performance.getEntriesByName('monte-carlo').slice(n).map((e) => e.duration),
      before,
    );
    const errors = [...app.pageErrors, ...app.consoleErrors];
    if (errors.length) throw new Error(`page errors during the benchmark:\n${errors.join('\n')}`);
    return { durations, monteCarlo };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The native release figure for the same run, from `examples/monte_carlo_bench.rs`. */
function nativeMonteCarlo() {
  const out = execFileSync('cargo', ['run', '--release', '--quiet', '--example', 'monte_carlo_bench'], {
    cwd: join(ARTIFACTS_DIR, '..'),
    encoding: 'utf8',
  });
  const median = /median=([\d.]+)/.exec(out);
  return median ? `${Number(median[1]).toFixed(1)} ms` : 'not measured';
}

/** Time (ms from navigation start) to the first chart painted, over `LOADS` cold loads. */
async function firstChart(url) {
  const browser = await launchBrowser();
  const times = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      // A new context has an empty cache and no service worker: a cold load.
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const check = () => {
          const canvas = document.querySelector('figure[data-indicator] canvas');
          if (canvas && canvas.width > 0 && canvas.height > 0) {
            const column = canvas.getContext('2d').getImageData(Math.floor(canvas.width / 2), 0, 1, canvas.height).data;
            for (let p = 0; p < column.length; p += 4) {
              if (column[p + 3] > 0 && (column[p] < 250 || column[p + 1] < 250 || column[p + 2] < 250)) {
                window.__firstChart = performance.now();
                return;
              }
            }
          }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      await page.goto(url);
      await page.waitForFunction(() => window.__firstChart !== undefined, null, { timeout: 30_000 });
      times.push(await page.evaluate(() => window.__firstChart));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times.sort((a, b) => a - b);
}

/** Lighthouse performance, desktop and mobile: the median of `RUNS` runs each. */
async function lighthouseRuns(url) {
  const out = {};
  for (const mode of ['desktop', 'mobile']) {
    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      runs.push(await lighthouse(url, { mode, categories: ['performance'], outDir: join(ARTIFACTS_DIR, 'lighthouse'), run }));
    }
    out[mode] = { median: medianRun(runs, 'performance'), all: runs.map((r) => r.scores.performance) };
  }
  return out;
}

const verdict = (met) => (met ? 'met' : '**not met**');

const { exportModule, ...groups } = await sizes();
const total = Object.values(groups).reduce(
  (a, g) => ({ raw: a.raw + g.raw, gzip: a.gzip + g.gzip, brotli: a.brotli + g.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);
const goals = [
  '| Figure | Result | Goal | |',
  '| --- | ---: | --- | --- |',
  `| First load, gzip | ${kb(total.gzip)} kB | ≤ ${BUDGET_KB} kB (aim ${AIM_KB} kB) | ${verdict(total.gzip <= BUDGET_KB * 1000)} |`,
  `| First load, brotli | ${kb(total.brotli)} kB | reported | |`,
];
const details = [
  '| What | Raw | Gzip (-9) | Brotli (11) |',
  '| --- | ---: | ---: | ---: |',
  ...Object.entries({ '`.wasm`': groups['.wasm'], '`.js`': groups['.js'], 'everything else': groups.other }).map(
    ([name, g]) =>
      `| ${name} (${g.files.length} file${g.files.length === 1 ? '' : 's'}) | ${kb(g.raw)} kB | ${kb(g.gzip)} kB | ${kb(g.brotli)} kB |`,
  ),
  `| **First load, total** | ${kb(total.raw)} kB | **${kb(total.gzip)} kB** | **${kb(total.brotli)} kB** |`,
  `| Export module (${exportModule.files.length} files, loaded on the first export, not counted above) | ${kb(exportModule.raw)} kB | ${kb(exportModule.gzip)} kB | ${kb(exportModule.brotli)} kB |`,
];
if (TIMING) {
  const measured = await timing();
  const durations = measured.durations.sort((a, b) => a - b);
  const monteCarlo = measured.monteCarlo.sort((a, b) => a - b);
  const wasmMc = quantile(monteCarlo, 0.5);
  const native = nativeMonteCarlo();
  const [median, p95] = [quantile(durations, 0.5), quantile(durations, 0.95)];
  goals.push(
    `| Input to repaint, median | ${median.toFixed(1)} ms | ≤ ${MEDIAN_GOAL_MS} ms | ${verdict(median <= MEDIAN_GOAL_MS)} |`,
    `| Input to repaint, p95 | ${p95.toFixed(1)} ms | ≤ ${P95_GOAL_MS} ms | ${verdict(p95 <= P95_GOAL_MS)} |`,
    `| Monte Carlo, 10,000 paths, release Wasm in the page (median of ${monteCarlo.length}; native ${native}) | ${wasmMc.toFixed(1)} ms | ≤ ${MONTE_CARLO_GOAL_MS} ms | ${verdict(wasmMc <= MONTE_CARLO_GOAL_MS)} |`,
  );
  details.push(
    '',
    '| Input to repaint | Median | p95 | Max | Inputs |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| slider key press → charts redrawn | ${median.toFixed(1)} ms | ${p95.toFixed(1)} ms | ${durations.at(-1).toFixed(1)} ms | ${durations.length} |`,
  );
  const server = await startServer(DIST_DIR, { asStaticHost: true });
  try {
    const loads = await firstChart(server.url);
    const first = quantile(loads, 0.5);
    goals.push(
      `| First chart painted, cold cache, loopback (median of ${loads.length}) | ${first.toFixed(0)} ms | ≤ ${FIRST_CHART_GOAL_MS} ms | ${verdict(first <= FIRST_CHART_GOAL_MS)} |`,
    );
    details.push(
      '',
      `First chart painted after navigation (ms, cold cache, gzip over loopback, 1366×768): ${loads.map((t) => t.toFixed(0)).join(', ')}.`,
    );
    if (LIGHTHOUSE) {
      const runs = await lighthouseRuns(server.url);
      details.push('', '| Lighthouse (median run) | Performance | Runs | FCP | LCP | TBT | CLS | Speed Index |', '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
      for (const [mode, { median: run, all }] of Object.entries(runs)) {
        const score = run.scores.performance;
        goals.push(`| Lighthouse performance, ${mode} | ${score} | ≥ ${LIGHTHOUSE_GOALS[mode]} | ${verdict(score >= LIGHTHOUSE_GOALS[mode])} |`);
        const m = run.metrics;
        details.push(`| ${mode} | ${score} | ${all.join(', ')} | ${m.FCP} | ${m.LCP} | ${m.TBT} | ${m.CLS} | ${m['Speed Index']} |`);
      }
    }
  } finally {
    await server.close();
  }
}
const lines = [
  `Release build in \`${relative(join(ARTIFACTS_DIR, '..'), DIST_DIR) || '.'}\`, ${new Date().toISOString().slice(0, 10)}, ` +
    `headless Chromium on ${(await import('node:os')).cpus().length} cores.`,
  '',
  ...goals,
  '',
  ...details,
];
const report = lines.join('\n') + '\n';
process.stdout.write(report);
await mkdir(ARTIFACTS_DIR, { recursive: true });
await writeFile(join(ARTIFACTS_DIR, 'bench.md'), report);
