// Copy buttons on the pages shown without a circuit (access tokens, calendar feed). The Content-Security-Policy blocks
// inline handlers, so one listener finds the button's data-copy-target field.
if (!window.hybridTrainerCopy) {
  window.hybridTrainerCopy = true;
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    var field = button && document.getElementById(button.getAttribute("data-copy-target"));
    if (field) {
      navigator.clipboard.writeText(field.value).then(function () { button.textContent = "Copied"; });
    }
  });
}
