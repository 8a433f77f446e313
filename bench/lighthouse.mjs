// Runs Lighthouse (npm, 12.x: bench/package.json) against a URL in headless
// Debian Chromium, in desktop or mobile mode, and returns the category
// scores and the key metrics. Used by bench/run.mjs and bench/audit.mjs.

import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const LIGHTHOUSE = join(BENCH_DIR, 'node_modules', '.bin', 'lighthouse');
/** The Chromium binary; override with $CHROMIUM. */
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** The metrics reported beside the scores, by Lighthouse audit id. */
export const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'Speed Index',
};

/**
 * One Lighthouse run. Writes `<outDir>/lighthouse-<mode>[-<run>].report.{json,html}`.
 * @param {string} url page to audit
 * @param {{ mode: string, preset?: 'desktop' | 'mobile', categories: string[], outDir: string, run?: number }} options
 *   `preset` is the form factor (by default `mode`); `mode` also names the report files
 * @returns {Promise<{ scores: Record<string, number>, metrics: Record<string, string>, numeric: Record<string, number> }>}
 */
export async function lighthouse(url, { mode, preset = mode, categories, outDir, run }) {
  await mkdir(outDir, { recursive: true });
  const base = join(outDir, `lighthouse-${mode}${run === undefined ? '' : `-${run}`}`);
  const args = [
    url,
    `--only-categories=${categories.join(',')}`,
    '--output=json',
    '--output=html',
    `--output-path=${base}`,
    // Root cannot use Chromium's sandbox; only our own local build is loaded.
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--quiet',
  ];
  // Mobile is Lighthouse's default: a mid-range phone, simulated slow 4G and a 4x slower CPU.
  if (preset === 'desktop') args.push('--preset=desktop');
  await promisify(execFile)(LIGHTHOUSE, args, {
    env: { ...process.env, CHROME_PATH: CHROMIUM },
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(await readFile(`${base}.report.json`, 'utf8'));
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const scores = Object.fromEntries(
    Object.entries(report.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
  );
  const metrics = {};
  const numeric = {};
  for (const [id, name] of Object.entries(METRICS)) {
    const audit = report.audits[id];
    if (!audit) continue;
    metrics[name] = audit.displayValue;
    numeric[name] = audit.numericValue;
  }
  return { scores, metrics, numeric };
}

/** The run whose score in `category` is the median of `runs` (ties: the first). */
export function medianRun(runs, category) {
  const sorted = [...runs].sort((a, b) => a.scores[category] - b.scores[category]);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
