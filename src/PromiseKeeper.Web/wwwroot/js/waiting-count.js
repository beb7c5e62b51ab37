// The menu's "Waiting on me" badge: filled after the page has loaded, so pages never pay for the count themselves.
(function () {
  "use strict";
  var badge = document.querySelector("[data-waiting-count]");
  if (!badge || !window.fetch) {
    return;
  }

  fetch(badge.getAttribute("data-waiting-count"), { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (body) {
      if (body && typeof body.waiting === "number" && body.waiting > 0) {
        badge.textContent = String(body.waiting);
      }
    })
    .catch(function () { /* no badge */ });
})();
