// Fills every empty time-zone field with the browser's IANA zone ("Europe/Paris"), so people rarely type it.
(() => {
  const fill = () => {
    let zone = "";
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch { zone = ""; }
    for (const input of document.querySelectorAll("input[data-time-zone]")) {
      if (!input.value && zone) {
        input.value = zone;
      }
    }
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fill);
  } else {
    fill();
  }
})();
