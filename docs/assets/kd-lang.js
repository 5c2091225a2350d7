/* The language switch keeps the reader's place: the query string (the explorer's filters) and the #anchor. */
(function () {
  "use strict";
  /* Point a language link at its page with this page's query and anchor, as they are when it is used. */
  function carry(event) {
    var link = event.target.closest ? event.target.closest("a.md-select__link[hreflang]") : null;
    if (!link) return;
    var url = new URL(link.getAttribute("href"), location.href);
    url.search = location.search;
    url.hash = location.hash;
    link.href = url.href;
  }
  ["pointerdown", "focusin", "click", "auxclick", "contextmenu"].forEach(function (type) {
    document.addEventListener(type, carry, true);
  });
})();
