// Checks client-facing texts for blame language while they are typed. Each textarea marked data-blame-check="ID"
// is sent (600 ms after the last keystroke) to the form #blame-check's action, which answers the findings as JSON;
// they are shown in the region with that ID (a live region the textarea names in aria-describedby).
// Built with DOM calls and textContent only: nothing the user typed is ever parsed as HTML. The words come from the
// region's data-blame-* attributes (written by the page in the reader's language) and the answer's counted "phrases".
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

  function show(region, findings, phrases, problem) {
    region.replaceChildren();
    if (problem) {
      region.appendChild(element("p", "small text-muted mt-1 mb-0", problem));
      return;
    }
    if (findings.length === 0) {
      return;
    }

    var box = element("div", "alert alert-warning blame-findings mt-2");
    box.appendChild(element("p", "fw-semibold mb-1", region.getAttribute("data-blame-heading").replace("{count}", phrases)));
    box.appendChild(element("p", "small mb-2", region.getAttribute("data-blame-advice")));
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
              show(region, answer.findings, answer.phrases, null);
            } else {
              show(region, [], null, answer.message || region.getAttribute("data-blame-unavailable"));
            }
          });
        })
        .catch(function (error) {
          if (error.name !== "AbortError") {
            checked = null;
            show(region, [], null, region.getAttribute("data-blame-unavailable"));
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
