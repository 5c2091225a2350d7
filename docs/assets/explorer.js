/* The paper explorer: fetches the papers' data (explorer/papers.json), then filters, sorts and pages it as cards
   built like the family pages' (hooks/kd/pages/render.py); its state lives in the query string. */
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
  var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
  var WEB = /^https?:\/\//i;

  /* Lowercase, without accents: the same key for "Müller", "MULLER" and "muller". */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[łøđðþæœßı]/g, function (ch) { return FOLD[ch]; });
  }

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (ch) { return ENTITIES[ch]; });
  }

  /* A COinS value as kd.pages.coins.kev_value writes it (the data's text has its whitespace collapsed already). */
  function kevValue(text) {
    return text.replace(/[%&=+#]/g, function (ch) { return "%" + ch.charCodeAt(0).toString(16).toUpperCase(); });
  }

  /* ---- the papers, from the data's columns ---- */

  var papers = null, venues = [], datasets = [];

  function paperAt(data, i) {
    var venue = venues[data.venue[i]];
    var families = data.families[i].map(function (n) { return data.family_ids[n]; });
    var domains = data.domains[i].map(function (n) { return data.domain_ids[n]; });
    var p = {
      index: i, id: data.id[i], title: data.title[i], authors: data.authors[i], more: data.more[i], year: data.year[i],
      venue: venue[0], venueKind: venue[1], coinsHead: venue[2], coinsVenue: venue[3],
      paper: data.paper[i], arxiv: data.arxiv[i], doi: data.doi[i], pdf: data.pdf[i], codes: data.code[i],
      results: data.results[i],
      familyIds: families, families: " " + families.join(" ") + " ", domains: " " + domains.join(" ") + " ",
      text: null, el: null
    };
    p.code = p.codes.length > 0;
    p.arxivUrl = p.arxiv ? "https://arxiv.org/abs/" + p.arxiv : "";
    p.doiUrl = p.doi ? "https://doi.org/" + p.doi : "";
    p.url = p.paper || p.arxivUrl || p.doiUrl || p.pdf;  /* Links.main_url */
    return p;
  }

  /* The Chinese names of a paper's families or domains ("self multi-teacher" -> "自蒸馏 多教师蒸馏"). */
  function names(ids, table) {
    return ids.trim().split(" ").map(function (id) { return table[id] || ""; }).join(" ");
  }

  /* What the text box matches: title, authors, venue, year and the Chinese names of the families and domains
     (made in idle slices once the data is in, or when a text filter needs it first). */
  function textOf(p) {
    if (p.text === null) {
      p.text = fold(p.title + " " + p.authors.join(", ") + " " + p.venue + " " + p.year + " " +
                    names(p.families, labels.families) + " " + names(p.domains, labels.domains));
    }
    return p.text;
  }

  /* Every paper's text, in slices of about 8 ms while the browser is idle, so the first keystroke finds it made. */
  var idle = window.requestIdleCallback || function (task) { return setTimeout(task, 1); };
  function prepareText(from) {
    idle(function () {
      var start = performance.now(), i = from;
      while (i < papers.length && performance.now() - start < 8) textOf(papers[i++]);
      if (i < papers.length) prepareText(i);
    });
  }

  /* ---- cards ---- */

  /* A link to another site: only to an http(s) address, as kd.pages.escape.safe_url allows. */
  function link(url, text) {
    return WEB.test(url) ? '<a href="' + esc(url) + '">' + esc(text) + "</a>" : "";
  }

  function authorsHtml(authors, more) {
    if (!authors.length) return "<i>" + esc(words.authors_unknown) + "</i>";
    var full = esc(authors.join(", ")) + (more ? " " + esc(words.et_al) : "");
    if (authors.length <= config.shownAuthors) return full;
    return "<details><summary>" + esc(authors.slice(0, config.shownAuthors).join(", ")) + " " + esc(words.et_al) + "</summary>" +
      full + "</details>";
  }

  function coins(p) {
    var kev = p.coinsHead + "&rft.atitle=" + kevValue(p.title) + p.coinsVenue;
    p.authors.forEach(function (a) { kev += "&rft.au=" + kevValue(a); });
    kev += "&rft.date=" + p.year;
    if (p.arxiv) kev += "&rft_id=" + kevValue("info:arxiv/" + p.arxiv);
    if (p.doi) kev += "&rft_id=" + kevValue("info:doi/" + p.doi);
    if (p.url) kev += "&rft_id=" + kevValue(p.url);
    return '<span class="Z3988" title="' + esc(kev) + '"></span>';
  }

  /* Links to a paper's rows on the Benchmarks page, one per dataset, as render.results_links writes them. */
  function resultsHtml(results) {
    if (!results.length) return "";
    return '<span class="kd-results">' + esc(words.results) + results.map(function (r) {
      return '<a class="kd-results__link" href="' + esc(config.root + "benchmarks/#" + r[1]) + '">' + esc(datasets[r[0]]) + "</a>";
    }).join("") + "</span>";
  }

  /* One paper's card, as render.paper_card writes it (its anchor on the card). */
  function card(p) {
    var id = esc(p.id);
    var links = link(p.arxivUrl, words.arxiv) + link(p.doiUrl, words.doi) + link(p.pdf, words.pdf);
    p.codes.forEach(function (url, n) { links += link(url, words.code + (p.codes.length > 1 ? " " + (n + 1) : "")); });
    p.familyIds.forEach(function (f) {
      links += '<a class="kd-family" href="' + esc(config.root + "families/" + f + "/") + '">' + esc(config.names.families[f]) + "</a>";
    });
    return '<article class="kd-paper" data-id="' + id + '" id="' + id + '"><h3>' +
      (link(p.url, p.title) || esc(p.title)) +
      '<a class="kd-permalink" href="#' + id + '" aria-label="' + esc(words.permalink) + '">¶</a></h3>' +
      "<div>" + authorsHtml(p.authors, p.more) + " · " + esc(p.venue) + " · " + p.year + "</div>" + links +
      '<a class="kd-bib" href="' + esc(config.bib.replace("{id}", p.id)) + '">' + esc(words.bibtex) + "</a>" +
      resultsHtml(p.results) + coins(p) + "</article>";
  }

  /* The cards of these papers, each made once and kept. */
  var template = document.createElement("template");
  function cardsOf(shown) {
    var missing = shown.filter(function (p) { return !p.el; });
    if (missing.length) {
      template.innerHTML = missing.map(card).join("");
      Array.prototype.forEach.call(template.content.children, function (el, i) { missing[i].el = el; });
    }
    return shown.map(function (p) { return p.el; });
  }

  /* ---- filters, sorting, state ---- */

  /* Whether a paper's venue is the chosen one, or one of the venues grouped under "other <kind>". */
  function venueMatches(p, chosen) {
    if (chosen.indexOf("other:") !== 0) return p.venue === chosen;
    return p.venueKind === chosen.slice(6) && !listedVenues[p.venue];
  }

  var collator = new Intl.Collator(config.lang === "zh" ? "zh" : "en", { sensitivity: "base", numeric: true });
  var orders = {};
  var SORTS = {
    newest: function (a, b) { return a.index - b.index; },  /* the data lists the papers newest first */
    oldest: function (a, b) { return a.year - b.year || collator.compare(a.title, b.title) || a.index - b.index; },
    title: function (a, b) { return collator.compare(a.title, b.title) || a.index - b.index; },
    venue: function (a, b) { return collator.compare(a.venue, b.venue) || b.year - a.year || a.index - b.index; }
  };

  function order(sort) {
    if (!orders[sort]) orders[sort] = papers.slice().sort(SORTS[sort] || SORTS.newest);
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
    var pool = within || order(state.sort), found = [];
    for (var i = 0; i < pool.length; i++) {
      var p = pool[i];
      if (p.year < low || p.year > high) continue;
      if (family && p.families.indexOf(family) < 0) continue;
      if (domain && p.domains.indexOf(domain) < 0) continue;
      if (state.venue && !venueMatches(p, state.venue)) continue;
      if (state.code && !p.code) continue;
      var ok = true;
      for (var t = 0; t < tokens.length && ok; t++) ok = textOf(p).indexOf(tokens[t]) >= 0;
      if (ok) found.push(p);
    }
    return found;
  }

  function format(text, values) {
    return text.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }

  var current = { key: null, found: [], limit: config.pageSize, state: null, filtered: false };
  var shownNodes = [];

  function sameNodes(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  function render() {
    var found = current.found, shown = Math.min(found.length, current.limit);
    var nodes = cardsOf(found.slice(0, shown));
    if (!sameNodes(nodes, shownNodes)) {  /* typing often keeps the same first page: then the DOM is left alone */
      list.replaceChildren.apply(list, nodes);
      shownNodes = nodes;
    }
    var text = format(current.filtered ? words.count_filtered : words.count, { n: found.length, total: config.total });
    if (shown < found.length) text += " · " + format(words.showing, { shown: shown });
    countLine.textContent = text;
    none.hidden = found.length > 0;
    more.hidden = shown >= found.length;
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
    if (!papers) return;  /* the data is on its way: the form is read again when it arrives */
    var key = queryString(state);
    if (key !== current.key) {
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
    if (!id || !papers) return;
    for (var i = 0; i < current.found.length; i++) {
      if (current.found[i].id === id) {
        if (i >= current.limit) { current.limit = i + 1; render(); }
        current.found[i].el.scrollIntoView();
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
    current.limit += config.pageSize;
    render();
  });
  window.addEventListener("popstate", function () {
    typing = false;
    clearTimeout(urlTimer);
    pendingKey = null;
    writeForm(stateFromUrl());
    if (queryString(readForm()) !== current.key) apply(readForm(), null);
    revealHash();
  });
  window.addEventListener("hashchange", revealHash);

  writeForm(stateFromUrl());
  fetch(config.data).then(function (response) {
    if (!response.ok) throw new Error(response.status + " " + config.data);
    return response.json();
  }).then(function (data) {
    venues = data.venues;
    datasets = data.datasets;
    papers = data.id.map(function (_, i) { return paperAt(data, i); });
    var state = readForm();  /* with anything changed while the data was on its way */
    apply(state, queryString(state) !== queryString(stateFromUrl()) ? "replace" : null);
    list.removeAttribute("aria-busy");
    root.classList.add("kd-explorer--ready");
    revealHash();
    prepareText(0);
  }).catch(function (error) {
    countLine.textContent = words.failed;
    list.removeAttribute("aria-busy");
    throw error;
  });
})();
