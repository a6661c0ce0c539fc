// Remembers the light/dark choice for a year, so static pages (log in, print sheets) render in it too.
window.hybridTrainer = {
  setTheme: function (value) {
    document.cookie = "ht-theme=" + encodeURIComponent(value) + "; path=/; max-age=31536000; samesite=lax";
  }
};
