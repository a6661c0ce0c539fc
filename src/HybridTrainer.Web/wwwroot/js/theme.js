// Remembers the light/dark choice for a year, so static pages (log in, print sheets) render in it too.
window.hybridTrainer = {
  setTheme: function (value) {
    document.cookie = "ht-theme=" + encodeURIComponent(value) + "; path=/; max-age=31536000; samesite=lax";
  }
};

// Print buttons on static pages (the sheets): the security policy allows no inline handlers, so one listener serves all.
document.addEventListener("click", function (event) {
  if (event.target instanceof Element && event.target.closest("[data-print]")) {
    window.print();
  }
});
