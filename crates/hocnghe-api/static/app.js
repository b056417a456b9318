// Progressive enhancement only: every page works without this file.
// Skill and occupation fields get diacritic-insensitive suggestions from
// the typeahead API ("dien dan" finds "Điện dân dụng").
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[data-suggest]");
  Array.prototype.forEach.call(inputs, function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) return;
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) return;
      timer = setTimeout(function () {
        fetch("/api/v1/" + input.getAttribute("data-suggest") + "/suggest?limit=10&q=" + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : {}; })
          .then(function (body) {
            // The API answers {"items": [{code, label, label_en}]}.
            var items = body && body.items;
            if (!Array.isArray(items) || items.length === 0) return;
            list.innerHTML = "";
            items.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.label;
              option.label = item.code;
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 150);
    });
  });
})();

// Forms with data-confirm ask before they are sent. The page sets a
// Content-Security-Policy without inline script, so this lives here and not
// in an onsubmit attribute.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-confirm]");
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
    });
  });
})();
