/* "Copy BibTeX" buttons on paper cards: copy the entry kept in data-bibtex to the clipboard. */
(function () {
  "use strict";
  document.documentElement.classList.add("kd-js");

  function copyWithSelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    }
    return copyWithSelection(text);
  }

  function show(button, text, state) {
    if (!button.dataset.label) button.dataset.label = button.textContent;
    button.textContent = text;
    button.dataset.state = state;
    clearTimeout(button.kdTimer);
    button.kdTimer = setTimeout(function () {
      button.textContent = button.dataset.label;
      delete button.dataset.state;
    }, 2000);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.kd-copy");
    if (!button) return;
    event.preventDefault();
    copyText(button.dataset.bibtex || "").then(
      function () { show(button, button.dataset.copied, "done"); },
      function () { show(button, button.dataset.failed, "failed"); }
    );
  });
})();
