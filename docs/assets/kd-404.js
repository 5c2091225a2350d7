/* The 404 page: hosts serve the site root's (the default language's) for any missing address, so a reader who asked
   for a page under another language's folder (en/...) is sent to that language's 404 page, which shows the address
   asked for again. */
(function () {
  "use strict";
  var box = document.getElementById("kd-404");
  if (!box) return;
  var mark = "#kd-404=";
  if (location.hash.indexOf(mark) === 0) {
    var asked = decodeURIComponent(location.hash.slice(mark.length));
    if (/^\/(?!\/)/.test(asked)) history.replaceState(null, "", asked);
    return;
  }
  var best = null;
  box.dataset.languages.trim().split(/\s+/).forEach(function (pair) {
    var cut = pair.indexOf("="), folder = new URL(pair.slice(cut + 1), location.href).pathname;
    if (location.pathname.indexOf(folder) === 0 && (!best || folder.length > best.folder.length)) {
      best = { lang: pair.slice(0, cut), folder: folder };
    }
  });
  if (best && best.lang !== box.dataset.lang) {
    location.replace(best.folder + "404.html" + mark + encodeURIComponent(location.pathname + location.search + location.hash));
  }
})();
