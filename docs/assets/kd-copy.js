/* "Copy BibTeX" buttons on paper cards: fetch the .bib file of the card's BibTeX link and copy it to the clipboard. */
(function () {
  "use strict";

  function fetchText(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + url);
      return response.text();
    });
  }

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
    if (!done) throw new Error("copy failed");
  }

  /* The clipboard write starts within the click, with the text still on its way (ClipboardItem takes a promise),
     so browsers that tie clipboard access to the click allow it; older ones copy once the text has arrived. */
  function copyFrom(url) {
    var text = fetchText(url);
    var clipboard = window.isSecureContext && navigator.clipboard;
    if (clipboard && clipboard.write && window.ClipboardItem) {
      var blob = text.then(function (t) { return new Blob([t], { type: "text/plain" }); });
      return clipboard.write([new ClipboardItem({ "text/plain": blob })]).catch(function () {
        return text.then(copyWithSelection);
      });
    }
    if (clipboard && clipboard.writeText) {
      return text.then(function (t) {
        return clipboard.writeText(t).catch(function () { copyWithSelection(t); });
      });
    }
    return text.then(copyWithSelection);
  }

  function show(button, state) {
    if (!button.dataset.label) button.dataset.label = button.textContent;
    button.textContent = state === "done" ? button.dataset.copied : button.dataset.failed;
    button.dataset.state = state;
    clearTimeout(button.kdTimer);
    if (state !== "done") return;  /* a failure stays, with the card's BibTeX link shown beside it */
    button.kdTimer = setTimeout(function () {
      button.textContent = button.dataset.label;
      delete button.dataset.state;
    }, 2000);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.kd-copy");
    if (!button) return;
    event.preventDefault();
    var link = button.previousElementSibling;
    copyFrom(link.href).then(
      function () { show(button, "done"); },
      function () { show(button, "failed"); }
    );
  });
})();
