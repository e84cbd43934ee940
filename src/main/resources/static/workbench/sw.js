'use strict';

// The workbench's service worker: the page shell and the form library come from the cache, so the page opens without
// a connection; the shell is refreshed in the background (the next load shows a new version). The API is never cached
// here: the page keeps its own last good copies, per user.

const CACHE = 'workbench-v3';
const FORM_JS = '?v=1.8.7';
const SHELL = ['/workbench/', '/workbench/workbench.js', '/workbench/workbench.css', '/camunda/app/tasklist/scripts/form-messages-zh.js',
  // the feature views index.html loads (工具)
  '/workbench/views/forms.js', '/workbench/views/stars.js', '/workbench/views/five-star.js', '/workbench/views/posts.js',
  '/workbench/views/roster.js', '/workbench/views/training.js', '/workbench/views/visits.js', '/workbench/views/pairing.js',
  '/workbench/views/themes.js', '/workbench/views/orgchange.js', '/workbench/views/guidance.js',
  '/workbench/views/relief.js'];
const VENDOR = ['/workbench/vendor/form-viewer.umd.js' + FORM_JS, '/workbench/vendor/form-js.css' + FORM_JS];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL.concat(VENDOR))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith('workbench-') && n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

function cacheable(response) {
  return response && response.ok && response.type === 'basic' && !response.redirected;
}

async function fromCacheThenRefresh(request, cacheKey) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(cacheKey);
  const refresh = fetch(request).then((response) => {
    if (cacheable(response)) {
      cache.put(cacheKey, response.clone());
    }
    return response;
  });
  if (cached) {
    refresh.catch(() => undefined);
    return cached;
  }
  return refresh;
}

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (cacheable(response)) {
    cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && (url.pathname === '/workbench/' || url.pathname === '/workbench')) {
    event.respondWith(fromCacheThenRefresh(request, '/workbench/'));
  } else if (url.pathname.startsWith('/workbench/vendor/')) {
    event.respondWith(fromCache(request));
  } else if (SHELL.includes(url.pathname)) {
    event.respondWith(fromCacheThenRefresh(request, url.pathname));
  }
});
