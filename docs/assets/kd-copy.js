/* "Copy BibTeX" on paper cards: a click on a card's BibTeX link fetches its .bib file and copies it to the clipboard
   (overrides/partials/kd-cards.css labels the link for this); after a failed copy the next click opens the file. */
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

  function show(link, state) {
    link.dataset.state = state;
    clearTimeout(link.kdTimer);
    if (state !== "done") return;  /* a failure stays: the next click opens the file */
    link.kdTimer = setTimeout(function () { delete link.dataset.state; }, 2000);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.kd-bib");
    if (!link || link.dataset.state === "failed" || event.button !== 0 ||
        event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;  /* open or save the file */
    event.preventDefault();
    copyFrom(link.href).then(
      function () { show(link, "done"); },
      function () { show(link, "failed"); }
    );
  });
})();
