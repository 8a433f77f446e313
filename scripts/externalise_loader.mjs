// A step of the Trunk post-build hook (scripts/post_build.mjs): moves the
// inline <script type="module"> that Trunk writes to start the wasm into a
// file of its own, named by its content hash, so the Content Security Policy
// in index.html can allow scripts from 'self' only (no 'unsafe-inline', no
// per-build hash).
//
// Fails the build if the page does not hold exactly one inline module script,
// so a change in Trunk's output cannot slip through.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves the page's inline module script in `dir` (the staging directory) into
 * `start-<hash>.js`, after passing its text through `transform` (the
 * minifier in a release build), and returns that file's name and text.
 */
export async function externaliseLoader(dir, transform = async (code) => code) {
  const page = join(dir, 'index.html');
  const html = readFileSync(page, 'utf8');
  // Quoted or not: with minification on, Trunk writes `<script type=module>`.
  const inline = /<script type=("?)module\1>([\s\S]*?)<\/script>/g;
  const found = [...html.matchAll(inline)];
  if (found.length !== 1) {
    throw new Error(`expected one inline module script in ${page}, found ${found.length}`);
  }
  const body = (await transform(found[0][2].trim())) + '\n';
  // The hash is of the text served, so a new minifier gives a new name.
  const name = `start-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body);
  // A relative URL, like every other asset, so dist/ works from any folder.
  writeFileSync(page, html.replace(found[0][0], `<script type="module" src="./${name}"></script>`));
  return { name, body };
}
