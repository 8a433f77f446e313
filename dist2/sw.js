// Offline support: once the app has loaded, it reloads with no network.
// Same-origin GETs go to the network first and refresh the cache; when the
// network is down the cached copy answers. On install the app shell (the
// page and the assets it links, whose names carry content hashes) is cached,
// so even the first visit's files are there.
const CACHE = 'lotrinh-v1';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch('./', { cache: 'no-cache' });
    const html = await page.clone().text();
    await cache.put('./', page);
    const assets = [...html.matchAll(/(?:href|src)="([^"#?]+\.(?:js|wasm|css))"/g)].map((m) => m[1]);
    await cache.addAll([...new Set(assets)]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) {
        // The page is stored once, whatever the link's query string.
        const key = request.mode === 'navigate' ? './' : request;
        await cache.put(key, response.clone());
      }
      return response;
    } catch (offline) {
      const cached = request.mode === 'navigate'
        ? await cache.match('./')
        : await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw offline;
    }
  })());
});
