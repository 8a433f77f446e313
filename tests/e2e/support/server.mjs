// A small static file server for the release build in dist/.
//
// Listens on 127.0.0.1 on a free port chosen by the OS, serves .wasm as
// application/wasm (needed for WebAssembly.instantiateStreaming) and answers
// unknown paths with 404, so a missing asset shows up as a console error.
// By default nothing is cached or compressed; the benchmark and the
// Lighthouse audit ask for `{ asStaticHost: true }`: gzip when the browser
// accepts it, long-lived caching for Trunk's hashed assets, revalidation for
// index.html and the service worker, as a static host serves them.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** The build to test: $LOTRINH_DIST, or dist/ at the repo root. */
export const DIST_DIR = resolve(process.env.LOTRINH_DIST || join(REPO_ROOT, 'dist'));

/** Where tests and the benchmark leave screenshots and reports (gitignored). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Gzip bodies for `asStaticHost`, computed once per file. */
const gzipped = new Map();

/** Headers and body of `file` as a static host sends them (see the top of this file). */
function asServedByHost(file, body, acceptEncoding) {
  // Trunk puts a content hash in every asset name except these two.
  const hashed = !/(^|[\\/])(index\.html|sw\.js)$/.test(file);
  const headers = {
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
  };
  if (!/\bgzip\b/.test(acceptEncoding || '')) return { headers, body };
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
  return { headers: { ...headers, 'content-encoding': 'gzip' }, body: gzipped.get(file) };
}

/**
 * Starts serving `root` and resolves to `{ url, close }` once listening.
 * @param {string} [root] directory to serve, by default DIST_DIR
 * @param {{ asStaticHost?: boolean }} [options] serve with gzip and caching, as a static host would
 */
export async function startServer(root = DIST_DIR, { asStaticHost = false } = {}) {
  try {
    await stat(join(root, 'index.html'));
  } catch {
    throw new Error(`${root}/index.html not found: run \`trunk build --release --offline\` first`);
  }
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      if (path.endsWith('/')) file = join(file, 'index.html');
      const raw = await readFile(file);
      const { headers, body } = asStaticHost
        ? asServedByHost(file, raw, req.headers['accept-encoding'])
        : { headers: { 'cache-control': 'no-store' }, body: raw };
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
