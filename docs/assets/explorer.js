/* The paper explorer: filters, sorts and pages the server-rendered cards; its state lives in the query string. */
(function () {
  "use strict";
  var root = document.getElementById("kd-explorer");
  if (!root) return;

  var config = JSON.parse(root.querySelector(".kd-explorer__config").textContent);
  var words = config.words;
  var form = root.querySelector(".kd-explorer__form");
  var list = root.querySelector(".kd-explorer__list");
  var countLine = root.querySelector(".kd-explorer__count");
  var none = root.querySelector(".kd-explorer__none");
  var more = root.querySelector(".kd-explorer__more");
  var input = form.elements.text;
  var labels = config.labels;
  /* Venues with a filter option of their own; the others are offered by kind ("other:journal", ...). */
  var listedVenues = {};
  Array.prototype.forEach.call(form.elements.venue.options, function (o) {
    if (o.value && o.value.indexOf("other:") !== 0) listedVenues[o.value] = true;
  });
  var FIELDS = ["text", "family", "domain", "venue", "from", "to", "code", "sort"];
  var DEFAULTS = {
    text: "", family: "", domain: "", venue: "", code: "", sort: "newest",
    from: form.elements.from.options.length ? form.elements.from.options[0].value : "",
    to: form.elements.to.options.length ? form.elements.to.options[form.elements.to.options.length - 1].value : ""
  };
  var FOLD = { "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i" };

  /* Lowercase, without accents: the same key for "Müller", "MULLER" and "muller". */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[łøđðþæœßı]/g, function (ch) { return FOLD[ch]; });
  }

  /* Whether a card's venue is the chosen one, or one of the venues grouped under "other <kind>". */
  function venueMatches(p, chosen) {
    if (chosen.indexOf("other:") !== 0) return p.venue === chosen;
    return p.venueKind === chosen.slice(6) && !listedVenues[p.venue];
  }

  /* The Chinese names of a card's families or domains ("self multi-teacher" -> "自蒸馏 多教师蒸馏"). */
  function names(ids, table) {
    return ids.split(" ").map(function (id) { return table[id] || ""; }).join(" ");
  }

  /* What the filters look at in one card: the text box matches its title, authors, venue, year and the Chinese
     names of its families and domains. */
  function cardData(el, index) {
    var title = el.querySelector(".kd-paper__title");
    var meta = el.querySelector(".kd-paper__meta");
    var titleText = title ? title.textContent.replace(/¶$/, "") : "";
    var families = el.dataset.families || "", domains = el.dataset.domains || "";
    return {
      el: el, index: index, id: el.dataset.id || "", year: Number(el.dataset.year) || 0,
      venue: el.dataset.venue || "", venueKind: el.dataset.venueKind || "", code: el.dataset.code === "1",
      title: titleText,
      families: " " + families + " ", domains: " " + domains + " ",
      text: fold(titleText + " " + (meta ? meta.textContent : "") + " " + names(families, labels.families) + " " +
                 names(domains, labels.domains))
    };
  }

  /* The first page of cards is in the DOM; the rest arrive as text in <noscript> blocks (a list without
     JavaScript) and become cards here: a block at a time while the browser is idle, or all at once when a
     filter, sort, "show more" or permalink needs them. */
  var papers = Array.prototype.map.call(list.querySelectorAll(":scope > .kd-paper"), cardData);
  var pending = Array.prototype.slice.call(list.querySelectorAll(":scope > noscript.kd-explorer__rest"));
  var template = document.createElement("template");

  function addBlock(block) {
    template.innerHTML = block.textContent;
    Array.prototype.forEach.call(template.content.children, function (el) { papers.push(cardData(el, papers.length)); });
    template.innerHTML = "";
    block.remove();
  }

  function complete() {
    orders = {};
    if (current.state) current.found = results(current.state, null);
    root.classList.add("kd-explorer--complete");
  }

  function addAll() {
    if (!pending.length) return;
    while (pending.length) addBlock(pending.shift());
    complete();
  }

  /* Idle slices of about 8 ms, so that turning blocks into cards never makes a long task. */
  var idle = window.requestIdleCallback || function (task) { return setTimeout(task, 1); };
  function addWhenIdle() {
    idle(function () {
      if (!pending.length) return;  /* a filter or "show more" already needed them all */
      var start = performance.now();
      while (pending.length && performance.now() - start < 8) addBlock(pending.shift());
      if (pending.length) addWhenIdle(); else complete();
    });
  }

  var collator = new Intl.Collator(config.lang === "zh" ? "zh" : "en", { sensitivity: "base", numeric: true });
  var orders = {};
  var SORTS = {
    newest: function (a, b) { return a.index - b.index; },  /* the page lists the papers newest first */
    oldest: function (a, b) { return a.year - b.year || collator.compare(a.title, b.title) || a.index - b.index; },
    title: function (a, b) { return collator.compare(a.title, b.title) || a.index - b.index; },
    venue: function (a, b) { return collator.compare(a.venue, b.venue) || b.year - a.year || a.index - b.index; }
  };

  function order(sort) {
    if (!orders[sort]) {
      orders[sort] = papers.slice().sort(SORTS[sort] || SORTS.newest).map(function (p) { return p.index; });
    }
    return orders[sort];
  }

  function readForm() {
    var state = {};
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      state[name] = field.type === "checkbox" ? (field.checked ? "1" : "") : field.value;
    });
    if (!/\S/.test(state.text)) state.text = "";
    return state;
  }

  function writeForm(state) {
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (field.type === "checkbox") field.checked = state[name] === "1";
      else field.value = state[name];
      if (field.tagName === "SELECT" && field.selectedIndex < 0) field.value = DEFAULTS[name];
    });
  }

  function stateFromUrl() {
    var params = new URLSearchParams(location.search);
    var state = {};
    FIELDS.forEach(function (name) { state[name] = params.has(name) ? params.get(name) : DEFAULTS[name]; });
    return state;
  }

  function queryString(state) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      if (state[name] !== DEFAULTS[name] && state[name] !== "") params.set(name, state[name]);
    });
    var text = params.toString();
    return text ? "?" + text : "";
  }

  function isFiltered(state) {
    return FIELDS.some(function (name) { return name !== "sort" && state[name] !== DEFAULTS[name] && state[name] !== ""; });
  }

  /* The papers matching state, in its order; `within` (an earlier, wider result in the same order) narrows the scan. */
  function results(state, within) {
    var tokens = fold(state.text).split(/\s+/).filter(Boolean);
    var family = state.family ? " " + state.family + " " : "";
    var domain = state.domain ? " " + state.domain + " " : "";
    var low = Number(state.from) || 0, high = Number(state.to) || 9999;
    if (low > high) { var swap = low; low = high; high = swap; }
    var pool = within || order(state.sort).map(function (i) { return papers[i]; }), found = [];
    for (var i = 0; i < pool.length; i++) {
      var p = pool[i];
      if (p.year < low || p.year > high) continue;
      if (family && p.families.indexOf(family) < 0) continue;
      if (domain && p.domains.indexOf(domain) < 0) continue;
      if (state.venue && !venueMatches(p, state.venue)) continue;
      if (state.code && !p.code) continue;
      var ok = true;
      for (var t = 0; t < tokens.length && ok; t++) ok = p.text.indexOf(tokens[t]) >= 0;
      if (ok) found.push(p);
    }
    return found;
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }

  var current = { key: null, found: [], limit: config.pageSize, state: null };
  var shownNodes = papers.map(function (p) { return p.el; });  /* the server-rendered first page */

  function sameNodes(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  function render() {
    var found = current.found, shown = Math.min(found.length, current.limit);
    var nodes = [];
    for (var i = 0; i < shown; i++) nodes.push(found[i].el);
    if (!sameNodes(nodes, shownNodes)) {  /* typing often keeps the same first page: then the DOM is left alone */
      if (list.replaceChildren) list.replaceChildren.apply(list, nodes);
      else { list.textContent = ""; nodes.forEach(function (n) { list.appendChild(n); }); }
      shownNodes = nodes;
    }
    var n = pending.length && !current.filtered ? config.total : found.length;  /* all papers, some not yet cards */
    var text = format(current.filtered ? words.count_filtered : words.count, { n: n, total: config.total });
    if (shown < n) text += " · " + format(words.showing, { shown: shown });
    countLine.textContent = text;
    none.hidden = n > 0;
    more.hidden = shown >= n;
  }

  /* True when every paper matching `next` also matches `previous`: only more text typed at the end. */
  function narrows(previous, next) {
    if (!previous) return false;
    for (var i = 0; i < FIELDS.length; i++) {
      var name = FIELDS[i];
      if (name !== "text" && previous[name] !== next[name]) return false;
    }
    return fold(next.text).indexOf(fold(previous.text)) === 0;
  }

  var urlTimer = 0, pendingKey = null;

  function writeUrl(key, historyMode) {
    clearTimeout(urlTimer);
    if (pendingKey !== null && historyMode === "push") {  /* settle the typed text's entry before adding one */
      history.replaceState({ kdExplorer: pendingKey }, "", location.pathname + pendingKey);
    }
    pendingKey = null;
    var url = location.pathname + key;
    if (historyMode === "push") history.pushState({ kdExplorer: key }, "", url);
    else history.replaceState({ kdExplorer: key }, "", url);
  }

  function apply(state, historyMode) {
    var key = queryString(state);
    if (key !== current.key) {
      if (current.key !== null || key !== "") addAll();  /* the opening, unfiltered view is the first page */
      var within = narrows(current.state, state) ? current.found : null;
      current = { key: key, found: results(state, within), limit: config.pageSize, filtered: isFiltered(state), state: state };
    }
    if (historyMode === "replace") {  /* while typing, the address catches up once the typing pauses */
      clearTimeout(urlTimer);
      pendingKey = key;
      urlTimer = setTimeout(function () { writeUrl(key, "replace"); }, 250);
    } else if (historyMode) {
      writeUrl(key, historyMode);
    }
    render();
  }

  /* A permalink (#id) to a card that paging hid: show enough of the list to include it, then scroll to it. */
  function revealHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    if (pending.length && !document.getElementById(id)) addAll();
    for (var i = 0; i < current.found.length; i++) {
      if (current.found[i].id === id) {
        if (i >= current.limit) { current.limit = i + 1; render(); }
        var target = document.getElementById(id);
        if (target) target.scrollIntoView();
        return;
      }
    }
  }

  var typing = false;
  input.addEventListener("input", function () {
    apply(readForm(), typing ? "replace" : "push");
    typing = true;
  });
  form.addEventListener("change", function (event) {
    if (event.target === input) return;
    typing = false;
    apply(readForm(), "push");
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  function clearFilters() {
    typing = false;
    writeForm(DEFAULTS);
    apply(readForm(), "push");
    input.focus();
  }
  root.querySelector(".kd-explorer__reset").addEventListener("click", clearFilters);
  root.querySelector(".kd-explorer__clear").addEventListener("click", clearFilters);
  more.addEventListener("click", function () {
    addAll();
    current.limit += config.pageSize;
    render();
  });
  window.addEventListener("popstate", function () {
    typing = false;
    clearTimeout(urlTimer);
    pendingKey = null;
    var state = stateFromUrl();
    writeForm(state);
    if (queryString(readForm()) !== current.key) apply(readForm(), null);
    revealHash();
  });
  window.addEventListener("hashchange", revealHash);

  writeForm(stateFromUrl());
  apply(readForm(), null);
  revealHash();
  root.classList.add("kd-explorer--ready");
  if (pending.length) addWhenIdle(); else complete();
})();
