// Trunk post-build hook (see Trunk.toml): moves the inline <script
// type="module"> that Trunk writes to start the wasm into a file of its own,
// named by its content hash, so the Content Security Policy in index.html can
// allow scripts from 'self' only (no 'unsafe-inline', no per-build hash).
//
// Runs with TRUNK_STAGING_DIR set to the build being assembled; fails the
// build if the page does not hold exactly one inline module script, so a
// change in Trunk's output cannot slip through.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalise_loader: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
  process.exit(1);
}
const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8');
// Quoted or not: with minification on, Trunk writes `<script type=module>`.
const inline = /<script type=("?)module\1>([\s\S]*?)<\/script>/g;
const found = [...html.matchAll(inline)];
if (found.length !== 1) {
  console.error(`externalise_loader: expected one inline module script in ${page}, found ${found.length}`);
  process.exit(1);
}
const body = found[0][2].trim() + '\n';
const name = `start-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), body);
// A relative URL, like every other asset, so dist/ works from any folder.
writeFileSync(page, html.replace(found[0][0], `<script type="module" src="./${name}"></script>`));
