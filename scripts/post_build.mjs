// Trunk post-build hook (see Trunk.toml). Trunk runs the hooks of one stage
// at the same time, so the steps that must run in order are one hook:
//
// 1. scripts/externalise_loader.mjs moves Trunk's inline start-up script into
//    a file, for the Content Security Policy (every build);
// 2. scripts/minify_js.mjs minifies every script (release builds only; a
//    debug build stays readable and needs no node_modules).
//
// Trunk sets TRUNK_STAGING_DIR (the build being assembled) and TRUNK_PROFILE
// ("release" or "debug"). Any failure fails the build.

import { externaliseLoader } from './externalise_loader.mjs';

/** Prints why the hook failed and stops the build. */
function fail(message) {
  console.error(`post_build: ${message}`);
  process.exit(1);
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');

if (process.env.TRUNK_PROFILE !== 'release') {
  await externaliseLoader(dir).catch((error) => fail(error.message));
  process.exit(0);
}

// Loaded here so that a debug build works without scripts/node_modules.
const minifier = await import('./minify_js.mjs').catch((error) =>
  fail(`${error.message}\n  terser is missing: run scripts/setup.sh --serve (npm ci in scripts/)`));
try {
  const start = await externaliseLoader(dir, (code) => minifier.minifyScript(code, { module: true }));
  // The start-up module's own imports (the wasm-bindgen glue) are modules too.
  const modules = [...start.body.matchAll(/from\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);
  if (modules.length === 0) throw new Error(`${start.name} imports no module of the build`);
  const sizes = await minifier.minifyScripts(dir, { modules, skip: [start.name] });
  for (const { file, before, after } of sizes) console.log(`post_build: minified ${file}: ${before} -> ${after} bytes`);
} catch (error) {
  fail(error.message);
}
