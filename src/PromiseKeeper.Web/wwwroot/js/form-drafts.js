// Keeps what was typed into a form whose POST was answered by the error page (the database did not answer, the form
// had expired): on submit the fields go to this tab's sessionStorage; the error page keeps them (it has an element with
// data-form-draft-kept); the next time the same form is shown they are put back, once. Any other answer drops them
// (the change was saved, or the server showed the form again with the input). Passwords and files are never kept; the
// antiforgery token always comes from the new page. Signing out (data-form-drafts-clear) forgets every kept draft.
(function () {
  "use strict";

  var PENDING = "pk-form-draft-pending";
  var KEPT = "pk-form-draft:";
  var MAX_AGE_MS = 24 * 60 * 60 * 1000;
  var NEVER_KEPT = ["password", "file", "submit", "button", "reset", "image"];
  var TOKEN = "__RequestVerificationToken";
  var script = document.currentScript;
  var store;
  try {
    store = window.sessionStorage;
    store.getItem(PENDING);
  } catch (e) {
    return; // storage blocked: forms work as before
  }

  function isPost(form) {
    return (form.getAttribute("method") || "get").toLowerCase() === "post";
  }

  function keyOf(form) {
    var action = new URL(form.getAttribute("action") || window.location.href, window.location.href);
    return KEPT + action.pathname + action.search;
  }

  function keepable(field) {
    return field.name && field.name !== TOKEN && !field.disabled && NEVER_KEPT.indexOf(field.type) < 0;
  }

  function isChoice(field) {
    return field.type === "checkbox" || field.type === "radio";
  }

  function read(form) {
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!keepable(field)) {
        return;
      }

      if (isChoice(field)) {
        fields.push({ name: field.name, value: field.value, checked: field.checked });
      } else if (field.tagName === "SELECT" && field.multiple) {
        fields.push({ name: field.name, values: Array.prototype.map.call(field.selectedOptions, function (o) { return o.value; }) });
      } else {
        fields.push({ name: field.name, value: field.value });
      }
    });
    return fields;
  }

  // Fields with the same name (other than choices) are matched in order.
  function write(form, fields) {
    var seen = {};
    var restored = false;
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!keepable(field)) {
        return;
      }

      var kept;
      if (isChoice(field)) {
        kept = fields.filter(function (f) { return f.name === field.name && f.value === field.value && "checked" in f; })[0];
        if (kept && field.checked !== kept.checked) {
          field.checked = kept.checked;
          field.dispatchEvent(new Event("change", { bubbles: true }));
          restored = true;
        }

        return;
      }

      var index = seen[field.name] = (seen[field.name] || 0) + 1;
      kept = fields.filter(function (f) { return f.name === field.name && !("checked" in f); })[index - 1];
      if (!kept) {
        return;
      }

      if (kept.values) {
        Array.prototype.forEach.call(field.options, function (o) { o.selected = kept.values.indexOf(o.value) >= 0; });
      } else if (field.value !== kept.value) {
        field.value = kept.value;
      } else {
        return;
      }

      field.dispatchEvent(new Event(field.tagName === "SELECT" || field.type === "hidden" ? "change" : "input", { bubbles: true }));
      restored = true;
    });
    return restored;
  }

  function take(key) {
    var text = store.getItem(key);
    store.removeItem(key);
    try {
      return text ? JSON.parse(text) : null;
    } catch (e) {
      return null;
    }
  }

  function clearAll() {
    for (var i = store.length - 1; i >= 0; i--) {
      var key = store.key(i);
      if (key === PENDING || key.indexOf(KEPT) === 0) {
        store.removeItem(key);
      }
    }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !isPost(form)) {
      return;
    }

    if (form.hasAttribute("data-form-drafts-clear")) {
      clearAll();
      return;
    }

    try {
      store.setItem(PENDING, JSON.stringify({ key: keyOf(form), at: Date.now(), fields: read(form) }));
    } catch (e) { /* storage full: nothing kept */ }
  });

  var pending = take(PENDING);
  var keptNotice = document.querySelector("[data-form-draft-kept]");
  if (pending && keptNotice) {
    try {
      store.setItem(pending.key, JSON.stringify(pending));
      keptNotice.hidden = false;
    } catch (e) { /* storage full: nothing kept */ }
  }

  document.querySelectorAll("form").forEach(function (form) {
    if (!isPost(form)) {
      return;
    }

    var draft = take(keyOf(form));
    if (!draft || Date.now() - draft.at > MAX_AGE_MS || !write(form, draft.fields)) {
      return;
    }

    var notice = document.createElement("p");
    notice.className = "alert alert-info";
    notice.setAttribute("role", "status");
    notice.textContent = script.getAttribute("data-restored-text");
    form.insertBefore(notice, form.firstChild);
  });
})();
