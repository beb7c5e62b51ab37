// The dossier's "Print or save as PDF" button: shown only where it works (with JavaScript), it opens the browser's print
// dialog. Before printing, folded parts (pasted evidence) open so the paper holds all of it.
(function () {
  "use strict";

  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".dossier details:not([open])").forEach(function (details) {
      details.open = true;
      details.setAttribute("data-opened-for-print", "");
    });
  });

  window.addEventListener("afterprint", function () {
    document.querySelectorAll(".dossier details[data-opened-for-print]").forEach(function (details) {
      details.open = false;
      details.removeAttribute("data-opened-for-print");
    });
  });
})();
