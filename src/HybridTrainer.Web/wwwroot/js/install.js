// Lets the browser install the app on a phone's home screen: the service worker caches static files only.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("/service-worker.js", { scope: "/" }).catch(function () {
      // Without it the app still works; only installing and the offline page are missing.
    });
  });
}
