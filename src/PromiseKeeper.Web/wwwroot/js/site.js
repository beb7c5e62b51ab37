// Progressive enhancements only: every page works without JavaScript.
(function () {
  "use strict";

  // The profile page and the notice to users who never chose a zone suggest the browser's own time zone (the server checks it);
  // times themselves are rendered by the server in the user's zone.
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    document.querySelectorAll("[data-browser-time-zone]").forEach(function (hint) {
      if (zone) {
        hint.querySelector("[data-zone]").textContent = zone;
        hint.querySelectorAll("[data-zone-value]").forEach(function (button) { button.value = zone; });
        hint.hidden = false;
      }
    });
  } catch (e) { /* no suggestion */ }

  // Radio groups that show one set of fields at a time (e.g. existing or new client).
  document.querySelectorAll("input[type=radio][data-toggle-group]").forEach(function (radio) {
    var group = radio.getAttribute("data-toggle-group");
    var update = function () {
      var checked = document.querySelector("input[type=radio][data-toggle-group='" + group + "']:checked");
      document.querySelectorAll("[data-group='" + group + "']").forEach(function (section) {
        section.hidden = checked !== null && section.getAttribute("data-when") !== checked.value;
      });
    };
    radio.addEventListener("change", update);
    update();
  });

  // Move focus to the error summary of a re-shown form (the fields carry aria-invalid from the server).
  var summary = document.getElementById("form-errors");
  if (summary) {
    summary.focus();
  }
})();
