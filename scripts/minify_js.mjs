// A step of the Trunk post-build hook (scripts/post_build.mjs), release
// builds only: minifies the JavaScript with terser (scripts/package.json).
// Trunk 0.21's own minifier cannot parse wasm-bindgen's `export default` and
// leaves the app's glue as it is (53.7 kB, 9.2 kB gzip; 24.6 kB, 7.2 kB gzip
// minified); the files Trunk copies (the service worker and its registration)
// it never minifies.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

/**
 * Minifies one script's text. An ES module (`module: true`) may have its
 * top-level names renamed and dropped; a classic script keeps them, since
 * another script may use them (the export worker's `wasm_bindgen`).
 */
export async function minifyScript(code, { module }) {
  const result = await minify(code, { module });
  if (typeof result.code !== 'string') throw new Error('terser returned no code');
  return result.code;
}

/**
 * Minifies, in place, every `.js` file directly in `dir` except those named
 * in `skip`; the files named in `modules` as ES modules, the others as
 * classic scripts. File names stay as they are, so index.html and the
 * service worker's list of files still match. Returns the sizes before and
 * after, per file.
 */
export async function minifyScripts(dir, { modules, skip = [] }) {
  const sizes = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && !skip.includes(f)).sort()) {
    const path = join(dir, file);
    const code = readFileSync(path, 'utf8');
    let small;
    try {
      small = await minifyScript(code, { module: modules.includes(file) });
    } catch (error) {
      throw new Error(`cannot minify ${file}: ${error.message ?? error}`);
    }
    writeFileSync(path, small);
    sizes.push({ file, before: Buffer.byteLength(code), after: Buffer.byteLength(small) });
  }
  return sizes;
}
