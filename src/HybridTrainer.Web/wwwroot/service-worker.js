// Keeps the app's static files (scripts, styles, icons) on the phone so an installed app starts fast and reconnects
// cleanly. Pages, API answers, exports and feeds carry one person's data: they are never cached here, always fetched.
const CACHE = "hybridtrainer-static-v1";
const OFFLINE_PAGE = "/offline.html";
const PRECACHE = [OFFLINE_PAGE, "/manifest.webmanifest", "/icons/icon-192.png", "/icons/icon-512.png", "/favicon.png"];

// Static files only: wwwroot's folders and files at the root, and the framework's and MudBlazor's assets.
const STATIC_PREFIXES = ["/_framework/", "/_content/", "/js/", "/icons/"];
const ROOT_STATIC_FILE = /^\/[^/]+\.(css|png|svg|webmanifest|html)$/;

function isStaticAsset(url) {
  return url.origin === self.location.origin
    && (STATIC_PREFIXES.some(prefix => url.pathname.startsWith(prefix)) || ROOT_STATIC_FILE.test(url.pathname));
}

self.addEventListener("install", event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", event => {
  event.waitUntil(caches.keys()
    .then(names => Promise.all(names.filter(name => name !== CACHE).map(name => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", event => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }

  // A page: always from the server; without a network, the static "you are offline" page instead of the browser's.
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_PAGE)));
    return;
  }

  const url = new URL(request.url);
  if (!isStaticAsset(url)) {
    return;
  }

  // Stale while revalidate: the cached copy answers at once, a fresh one replaces it for next time. Fingerprinted
  // names never change content, so for them the cached copy is simply right.
  event.respondWith(caches.open(CACHE).then(async cache => {
    const cached = await cache.match(request);
    const fresh = fetch(request).then(response => {
      const storable = response.ok && response.type === "basic"
        && !(response.headers.get("Cache-Control") || "").includes("no-store");
      if (storable) {
        cache.put(request, response.clone());
      }
      return response;
    });
    if (cached) {
      event.waitUntil(fresh.catch(() => undefined));
      return cached;
    }
    return fresh;
  }));
});
