// Fills the navigation's unread count from GET /Notifications/Count; without JavaScript the link simply has no count.
(function () {
  "use strict";
  var link = document.querySelector("[data-notification-count]");
  if (!link || !window.fetch) {
    return;
  }

  fetch(link.getAttribute("data-notification-count"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (body) {
      if (!body || typeof body.unread !== "number" || body.unread <= 0) {
        return;
      }

      var count = body.unread;
      var language = link.getAttribute("data-language") || "en";
      var category = new Intl.PluralRules(language).select(count);
      var forms = JSON.parse(link.getAttribute("data-unread-forms") || "{}");
      var form = forms[category] || forms.other || "{0}";
      var number = new Intl.NumberFormat(language).format(count);
      var badge = link.querySelector("[data-unread-badge]");
      badge.textContent = number;
      badge.hidden = false;
      link.querySelector("[data-unread-status]").textContent = form.replace("{0}", number);
    })
    .catch(function () { /* no count shown */ });
})();
