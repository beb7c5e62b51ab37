// Checks client-facing texts for blame language while they are typed. Each textarea marked data-blame-check="ID"
// is sent (600 ms after the last keystroke) to the form #blame-check's action, which answers the findings as JSON;
// they are shown in the region with that ID (a live region the textarea names in aria-describedby).
// Built with DOM calls and textContent only: nothing the user typed is ever parsed as HTML.
(function () {
  "use strict";

  var form = document.getElementById("blame-check");
  if (!form) {
    return;
  }

  var tokenField = form.querySelector("input[name='__RequestVerificationToken']");
  var delayMs = 600;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function show(region, findings, problem) {
    region.replaceChildren();
    if (problem) {
      region.appendChild(element("p", "small text-muted mt-1 mb-0", problem));
      return;
    }
    if (findings.length === 0) {
      return;
    }

    var name = region.getAttribute("data-blame-name") || "the text";
    var box = element("div", "alert alert-warning blame-findings mt-2");
    box.appendChild(element("p", "fw-semibold mb-1",
      "Blame language in " + name + " (" + findings.length + (findings.length === 1 ? " phrase)" : " phrases)")));
    box.appendChild(element("p", "small mb-2", "You can still send it, but the finding stays on the record. Consider rewording:"));
    var list = element("ul", "small mb-0");
    findings.forEach(function (finding) {
      var item = element("li");
      item.appendChild(element("mark", null, finding.phrase));
      item.appendChild(document.createTextNode(" — " + finding.label + ": " + finding.explanation));
      list.appendChild(item);
    });
    box.appendChild(list);
    region.appendChild(box);
  }

  function watch(field) {
    var region = document.getElementById(field.getAttribute("data-blame-check"));
    if (!region) {
      return;
    }

    var timer = null;
    var running = null;
    var checked = field.value;

    function check() {
      var text = field.value;
      if (text === checked) {
        return;
      }
      checked = text;
      if (running) {
        running.abort();
      }
      running = new AbortController();
      var body = new FormData();
      body.append("text", text);
      if (tokenField) {
        body.append("__RequestVerificationToken", tokenField.value);
      }

      fetch(form.action, { method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" }, signal: running.signal })
        .then(function (response) {
          return response.json().then(function (answer) {
            if (response.ok && Array.isArray(answer.findings)) {
              show(region, answer.findings, null);
            } else {
              show(region, [], answer.message || "The text could not be checked just now; it is checked again when you save.");
            }
          });
        })
        .catch(function (error) {
          if (error.name !== "AbortError") {
            checked = null;
            show(region, [], "The text could not be checked just now; it is checked again when you save.");
          }
        });
    }

    field.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, delayMs);
    });
  }

  document.querySelectorAll("textarea[data-blame-check]").forEach(watch);
})();
