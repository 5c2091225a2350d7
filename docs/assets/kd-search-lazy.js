/* Holds back Material's search index download until the reader first reaches for search. */
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json$/;
  var waiting = [];
  var wanted = /[?&]q=/.test(location.search);
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;

  XMLHttpRequest.prototype.open = function (method, url) {
    this.kdIndex = INDEX.test(String(url).split("?")[0]);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.kdIndex && !wanted) {
      waiting.push([this, arguments]);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  function want(event) {
    var target = event.target;
    var search = target instanceof Element &&
      (target.closest("form[name=search]") || target.id === "__search" || target.closest("label[for=__search]"));
    if (!search || wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (call) { send.apply(call[0], call[1]); });
  }
  ["focusin", "change", "pointerdown", "pointerover"].forEach(function (type) {
    document.addEventListener(type, want, true);
  });
})();
