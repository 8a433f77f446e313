// Offline reloads: registers the service worker (sw.js) that keeps the app's
// files. A file rather than an inline script, so the page's Content Security
// Policy can allow scripts from 'self' only. The URL is relative, so the app
// works from any folder of a static host.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  addEventListener('load', () => navigator.serviceWorker.register('sw.js').catch(() => {}));
}
