// The Log form's contact choice (progressive: without JavaScript the server copies the chosen contact into the empty fields).
// Offers only the chosen client's contacts, and fills name, role and email as soon as one is picked.
(function () {
  "use strict";
  var data = document.getElementById("client-contacts");
  var picker = document.getElementById("Data_ContactId");
  var client = document.getElementById("Data_ClientId");
  if (!data || !picker || !client) {
    return;
  }

  var contacts = JSON.parse(data.textContent || "{}");
  var fields = {
    name: document.getElementById("Data_ContactName"),
    role: document.getElementById("Data_ContactRole"),
    email: document.getElementById("Data_ContactEmail")
  };
  var wrapper = picker.closest("[data-contact-picker]");

  var showClientsContacts = function () {
    var any = false;
    picker.querySelectorAll("optgroup").forEach(function (group) {
      var mine = false;
      group.querySelectorAll("option").forEach(function (option) {
        var contact = contacts[option.value];
        var show = !!contact && String(contact.client) === client.value;
        option.hidden = !show;
        option.disabled = !show;
        mine = mine || show;
      });
      group.hidden = !mine;
      any = any || mine;
    });
    var chosen = contacts[picker.value];
    if (picker.value && (!chosen || String(chosen.client) !== client.value)) {
      picker.value = "";
    }
    if (wrapper) {
      wrapper.hidden = !any;
    }
  };

  picker.addEventListener("change", function () {
    var contact = contacts[picker.value];
    if (!contact) {
      return;
    }
    Object.keys(fields).forEach(function (key) {
      if (fields[key]) {
        fields[key].value = contact[key] || "";
      }
    });
  });
  client.addEventListener("change", showClientsContacts);
  showClientsContacts();
})();
