// Progressive enhancements only: every page works without JavaScript.
(function () {
  "use strict";

  // Forms send local times together with the browser's IANA time zone.
  var zone = "UTC";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch (e) { /* keep UTC */ }
  document.querySelectorAll("input[data-browser-time-zone]").forEach(function (input) {
    // Keep a zone the server already echoed back (a re-shown form), so the typed times mean the same.
    if (!input.value || input.value === "UTC") {
      input.value = zone;
      // A time the server defaulted to "now" was written in UTC: rewrite it as now in the browser's zone.
      if (zone !== "UTC" && input.form) {
        input.form.querySelectorAll("input[data-default-now]").forEach(function (time) {
          if (time.value === time.defaultValue) {
            var now = new Date();
            now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
            time.value = now.toISOString().slice(0, 16);
          }
        });
      }
    }
    document.querySelectorAll("[data-time-zone-label]").forEach(function (label) {
      label.textContent = input.value;
    });
  });

  // Times are rendered in UTC; show them in the reader's zone.
  var formatter = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  document.querySelectorAll("time[datetime]").forEach(function (time) {
    var value = new Date(time.getAttribute("datetime"));
    if (!isNaN(value.getTime())) {
      time.title = time.textContent;
      time.textContent = formatter.format(value);
    }
  });

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
