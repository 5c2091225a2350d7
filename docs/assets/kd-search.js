/* The header search: papers first, then pages, of this language only (search/kd.papers.json.gz and
   search/kd.<lang>.json, ranked by MiniSearch); the index and MiniSearch are fetched when the reader first reaches for
   the search box. */
(function () {
  "use strict";
  var box = document.querySelector(".md-search[data-kd-search]");
  if (!box) return;
  var toggle = document.getElementById("__search");
  var form = box.querySelector(".md-search__form");
  var input = form.elements.query;
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var lang = document.documentElement.lang === "en" ? "en" : "zh";
  var root = (box.dataset.kdRoot || ".").replace(/\/?$/, "/");  // "" (Zensical's url filter on the home page): this folder
  var WORDS = {
    zh: {
      loading: "正在加载搜索…", failed: "搜索加载失败，请刷新页面重试。", none: "没有找到结果。",
      papers: "论文", pages: "页面", found: "{papers} · {pages}",
      paperCount: ["1 篇论文", "{n} 篇论文"], pageCount: ["1 个页面", "{n} 个页面"],
      all: "查看全部 {n} 篇匹配的论文", allOne: "在论文列表中查看这篇论文"
    },
    en: {
      loading: "Loading search…", failed: "Search could not load; reload the page to try again.", none: "No results.",
      papers: "Papers", pages: "Pages", found: "{papers} · {pages}",
      paperCount: ["1 paper", "{n} papers"], pageCount: ["1 page", "{n} pages"],
      all: "See all {n} matching papers", allOne: "See the matching paper in the paper list"
    }
  }[lang];
  var SHOWN_PAPERS = 10, SHOWN_PAGES = 6, SHOWN_AUTHORS = 3;
  var STOPWORDS = new Set(("a an and are as at be by for from in into is it its of on or the to via vs with " +
   "的 和 与 及").split(" "));
  var FOLD = { "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i" };
  var CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
  var ARXIV = /^(?:arxiv:\s*|https?:\/\/arxiv\.org\/(?:abs|pdf)\/)?(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?$/i;
  var DOI = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;

  /* Lowercase, without accents: the explorer's key ("Müller", "MULLER" and "muller" are one). */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[łøđðþæœßı]/g, function (ch) { return FOLD[ch]; });
  }

  /* Words of Latin script and digits as they are; a run of Chinese characters as its overlapping pairs. */
  var ALNUM = /^[a-z0-9]+$/i;
  function tokenize(text) {
    if (ALNUM.test(text)) return [text];  /* most words: the same, without the slower regex below */
    var runs = text.match(/[\p{L}\p{N}]+/gu) || [];
    if (!CJK.test(text)) return runs;
    var out = [];
    runs.forEach(function (run) {
      var parts = run.split(/([\u3400-\u9fff\uf900-\ufaff]+)/);
      parts.forEach(function (part) {
        if (!part) return;
        if (!CJK.test(part)) { out.push(part); return; }
        if (part.length === 1) { out.push(part); return; }
        for (var i = 0; i + 1 < part.length; i++) out.push(part.slice(i, i + 2));
      });
    });
    return out;
  }

  function processTerm(term) {
    var folded = /^[\x00-\x7f]*$/.test(term) ? term.toLowerCase() : fold(term);
    return STOPWORDS.has(folded) ? null : folded;
  }

  /* What a title or query looks like with punctuation and case set aside. */
  function plain(text) {
    if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    return fold(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  /* The words a search looks for in a text. */
  function words(text) {
    return tokenize(text).map(processTerm).filter(function (t) { return t !== null; });
  }

  /* kd.importer.ids.base_id: the id a paper gets from its first author, year and title (the index leaves it out). */
  var ID_STOPWORDS = {};
  ("a an the on of for in to with via and by from towards toward is are do does what how why when can at into " +
   "your you we our its all not as it be or vs versus using through").split(" ").forEach(function (w) { ID_STOPWORDS[w] = true; });
  function asciiWord(text) {
    return text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
  }
  function baseId(authors, year, title) {
    var words = title.split(/[\s\-:/]+/).map(asciiWord).filter(function (w) { return w && !ID_STOPWORDS[w]; });
    if (!words.length) words = ["paper"];
    var names = authors.length ? authors[0].split(/\s+/).map(function (w) { return asciiWord(w).replace(/[^a-z]/g, ""); })
      .filter(Boolean) : [];
    if (names.length) return names[names.length - 1] + year + words[0];
    return (words[0].replace(/^[0-9]+/, "") || "paper") + year + (words[1] || "");
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }

  /* ---- loading ---- */
  var engine = null, loading = null, failed = false;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (window.MiniSearch) { resolve(); return; }
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function fetchJSON(url) {
    return fetch(url).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
  }

  /* The papers' columns (kd.exports.searchindex.papers_file, gzipped at build time), fetched and gunzipped by a worker
     (DecompressionStream on the page's own thread cost 30-70 ms of its time at a 4x slowdown, mostly stream overhead),
     read as they are if the server sent them with Content-Encoding: gzip and the browser decoded them already. */
  var GUNZIP = "onmessage = function (e) { fetch(e.data).then(function (r) { if (!r.ok) throw new Error(r.status);" +
    " return r.arrayBuffer(); }).then(function (data) { var head = new Uint8Array(data, 0, 2);" +
    " var body = head[0] === 0x1f && head[1] === 0x8b ? new Blob([data]).stream().pipeThrough(new DecompressionStream('gzip'))" +
    " : data; return new Response(body).text(); }).then(function (text) { postMessage(text); }," +
    " function () { postMessage(null); }); };";
  function fetchPapers(url) {
    return new Promise(function (resolve, reject) {
      var worker = new Worker(URL.createObjectURL(new Blob([GUNZIP], { type: "text/javascript" })));
      worker.onmessage = function (e) {
        worker.terminate();
        if (e.data === null) reject(new Error(url)); else resolve(JSON.parse(e.data));
      };
      worker.onerror = function () { worker.terminate(); reject(new Error(url)); };
      worker.postMessage(new URL(url, location.href).href);
    });
  }

  function load() {
    if (!loading) {
      loading = Promise.all([
        loadScript(box.dataset.kdEngine), fetchJSON(box.dataset.kdIndex), fetchPapers(box.dataset.kdPapers)
      ]).then(function (results) {
        results[1].papers = results[2];
        engine = build(results[1]);
        if (input.value) show(input.value);
      }, function () {
        failed = true;
        meta.textContent = WORDS.failed;
      });
    }
    return loading;
  }

  /* One term's postings as MiniSearch's search reads them: get(field) gives a Map from paper to how often the term
     occurs in that field, made when a search first reaches the term from its slice [from, to) of the index's flat
     arrays (keys: paper * 2 + field; counts). */
  function Postings(flat, from, to) { this.flat = flat; this.from = from; this.to = to; this.fields = null; }
  Postings.prototype.get = function (field) {
    if (!this.fields) {
      var flat = this.flat, fields = this.fields = new Map();
      for (var i = this.from; i < this.to; i++) {
        var key = flat.keys[i], counts = fields.get(key & 1);
        if (!counts) fields.set(key & 1, counts = new Map());
        counts.set(key >> 1, flat.counts[i]);
      }
      this.flat = null;
    }
    return this.fields.get(field);
  };

  /* A node of SearchableMap's radix tree (MiniSearch's term index) over the sorted distinct keys [from, to) that share
     their first depth characters: a Map from edge labels to nodes, "" holding the value (value(key)) of the key that
     ends there. A node is filled when a search first reads it; most of the tree never is. */
  class TermNode extends Map {
    constructor(keys, value, from, to, depth) {
      super();
      this.range = keys.length ? [keys, value, from, to, depth] : null;
    }
    fill() {
      var range = this.range;
      if (range === null) return this;
      this.range = null;
      var keys = range[0], value = range[1], from = range[2], to = range[3], depth = range[4];
      if (keys[from].length === depth) super.set("", value(keys[from++]));
      while (from < to) {
        var first = keys[from], head = first.charCodeAt(depth), end = from + 1;
        while (end < to && keys[end].charCodeAt(depth) === head) end++;
        var last = keys[end - 1], shared = depth + 1, most = Math.min(first.length, last.length);
        while (shared < most && first.charCodeAt(shared) === last.charCodeAt(shared)) shared++;
        super.set(first.slice(depth, shared), new TermNode(keys, value, from, end, shared));
        from = end;
      }
      return this;
    }
    get size() { this.fill(); return super.size; }
    get(key) { this.fill(); return super.get(key); }
    has(key) { this.fill(); return super.has(key); }
    keys() { this.fill(); return super.keys(); }
    values() { this.fill(); return super.values(); }
    entries() { this.fill(); return super.entries(); }
    forEach(callback, that) { this.fill(); return super.forEach(callback, that); }
    [Symbol.iterator]() { return this.entries(); }
  }

  /* ---- word codes (kd.exports.wordcodes) ---- */
  /* A title or author list is written as codes of its pieces: printable ASCII less '"', "\" and "~"; a code is any
     number of MORE digits then one final digit, a WORD digit (word n + 1 of the index's list, 0 for the next word used
     only once) or a MARK digit (mark n of the list); two words in a row have a space between them. After the codes
     come "~" and each word used once. DIGIT gives each character's place in the alphabet (-1: not a digit). */
  var WORD = 64, MARK = 74, MORE = 18, DIGIT = [];
  for (var c = 0x20, d = 0; c < 0x7f; c++) DIGIT[c] = '"\\~'.indexOf(String.fromCharCode(c)) < 0 ? d++ : -1;

  /* A word-coded text as its text. */
  function decode(code, list) {
    var once = code.split("~"), codes = once[0], text = "", more = 0, word = false, k = 1;
    for (var i = 0; i < codes.length; i++) {
      var digit = DIGIT[codes.charCodeAt(i)];
      if (digit >= MARK) { more = more * MORE + digit - MARK + 1; continue; }
      if (digit < WORD) {
        var value = digit + WORD * more;
        text += (word ? " " : "") + (value ? list.words[value - 1] : once[k++]);
        word = true;
      } else {
        text += list.marks[digit - WORD + (MARK - WORD) * more];
        word = false;
      }
      more = 0;
    }
    return text;
  }

  var PAPER_FIELDS = { fields: ["title", "authors"], tokenize: tokenize, processTerm: processTerm };

  /* The papers' MiniSearch index over their word-coded titles and authors: what MiniSearch's addAll makes of the
     decoded texts (the same terms, counts, field lengths and average lengths; a browser test compares the two), made
     in a fraction of its time: each listed word is split and processed once and then found by its number, the
     postings are gathered in flat arrays and grouped by term in one counting pass, and a term's maps and the term
     tree's nodes are made only when a search reaches them. */
  function paperIndex(list) {
    var columns = [list.title, list.authors], count = columns[0].length, termIds = new Map();
    var names = [], lastKey = [], lastAt = [];
    /* a word's tokens as [token, its term's number (-1 for a stopword), ...] */
    function tokensOf(word) {
      var tokens = tokenize(word), out = [];
      for (var i = 0; i < tokens.length; i++) {
        var term = processTerm(tokens[i]), id = term === null ? -1 : termIds.get(term);
        if (id === undefined) {
          termIds.set(term, id = names.length);
          names.push(term);
          lastKey.push(-1);
          lastAt.push(0);
        }
        out.push(tokens[i], id);
      }
      return out;
    }
    var listed = list.words.map(tokensOf), ids = {}, lengths = {}, average = [0, 0], seenHere = [];
    /* each (term, paper and field) once, in paper order, with its count */
    var termsAt = [], keysAt = [], countsAt = [];
    for (var n = 0; n < count; n++) {
      ids[n] = n;
      lengths[n] = [0, 0];
      for (var f = 0; f < 2; f++) {
        var code = columns[f][n], end = code.indexOf("~"), next = end + 1;
        var distinct = 0, more = 0, key = n * 2 + f;
        if (end < 0) end = code.length;
        for (var i = 0; i < end; i++) {
          var digit = DIGIT[code.charCodeAt(i)];
          if (digit >= MARK) { more = more * MORE + digit - MARK + 1; continue; }
          var value = digit + WORD * more, tokens;
          more = 0;
          if (digit >= WORD) continue;  /* a mark */
          if (value) tokens = listed[value - 1];
          else {  /* the next word used only once */
            var stop = code.indexOf("~", next);
            if (stop < 0) stop = code.length;
            tokens = tokensOf(code.slice(next, stop));
            next = stop + 1;
          }
          for (var t = 0; t < tokens.length; t += 2) {
            var token = tokens[t], j = 0;
            while (j < distinct && seenHere[j] !== token) j++;
            if (j === distinct) seenHere[distinct++] = token;
            var term = tokens[t + 1];
            if (term < 0) continue;
            if (lastKey[term] === key) { countsAt[lastAt[term]]++; continue; }
            lastKey[term] = key;
            lastAt[term] = keysAt.length;
            termsAt.push(term);
            keysAt.push(key);
            countsAt.push(1);
          }
        }
        lengths[n][f] = distinct;
        average[f] = (average[f] * n + distinct) / (n + 1);
      }
    }
    var start = new Int32Array(names.length + 1);
    var flat = { keys: new Int32Array(keysAt.length), counts: new Int32Array(keysAt.length) };
    for (i = 0; i < termsAt.length; i++) start[termsAt[i] + 1]++;
    for (t = 0; t < names.length; t++) start[t + 1] += start[t];
    var fill = start.slice(0, names.length);
    for (i = 0; i < termsAt.length; i++) {
      var at = fill[termsAt[i]]++;
      flat.keys[at] = keysAt[i];
      flat.counts[at] = countsAt[i];
    }
    var index = MiniSearch.loadJS({
      serializationVersion: 2, documentCount: count, nextId: count, documentIds: ids, fieldIds: { title: 0, authors: 1 },
      fieldLength: lengths, averageFieldLength: average, storedFields: {}, dirtCount: 0, index: []
    }, PAPER_FIELDS);
    index._index = new index._index.constructor(new TermNode(names.slice().sort(), function (term) {
      var id = termIds.get(term);
      return new Postings(flat, start[id], start[id + 1]);
    }, 0, names.length, 0));
    return index;
  }

  /* The loaded index with the papers' MiniSearch index built; what ranking and results need of a paper is worked out
     when a search first reaches it (paper). */
  function build(index) {
    var P = index.papers;
    return { index: index, papers: new Array(P.title.length), paperIndex: paperIndex(P), pages: null, pageIndex: null,
             haystacks: null, ids: null };
  }

  /* A paper as results rank and show it: title, authors, the plain title and short name ("PoPS: ...") and the first
     author's words the boosts compare with the query (the title's words when a boost first needs them). */
  function paper(n) {
    var doc = engine.papers[n];
    if (doc) return doc;
    var P = engine.index.papers, title = decode(P.title[n], P), names = decode(P.authors[n], P);
    var authors = names ? names.split("|") : [], colon = title.indexOf(":");
    var short = colon > 0 && title.slice(0, colon).split(/\s+/).length <= 3 ? title.slice(0, colon) : "";
    return engine.papers[n] = { id: n, title: title, authors: authors, plainTitle: plain(title), plainShort: plain(short),
                                words: null, lead: authors.length ? words(authors[0]) : [] };
  }

  /* The prose pages' index, built after the first paper results are shown. */
  function buildPages() {
    engine.pages = engine.index.pages.map(function (p, n) {
      return { id: n, title: p.title, url: root + p.url, text: p.text,
               headings: p.headings.map(function (h) { return h[0]; }).join(" ") };
    });
    engine.pageIndex = new MiniSearch({ fields: ["title", "headings", "text"], tokenize: tokenize, processTerm: processTerm });
    engine.pageIndex.addAll(engine.pages);
  }

  /* What a result shows and links to, worked out for the papers shown only. */
  function details(doc) {
    if (doc.url) return doc;
    var P = engine.index.papers, n = doc.id;
    var fams = P.families[n].map(function (i) { return engine.index.families[i][0]; });
    var doms = P.domains[n].map(function (i) { return engine.index.domains[i][0]; });
    var id = P.id[n] || baseId(doc.authors, P.year[n], doc.title);  /* P.id: the few ids that cannot be derived */
    var page = fams.length ? "families/" + fams[0] + "/" : doms.length ? "applications/" + doms[0] + "/" : "papers/";
    doc.year = P.year[n];
    doc.venue = P.venues[P.venue[n]];
    doc.url = root + page + "#" + encodeURIComponent(id);
    return doc;
  }

  /* The papers' arXiv ids and DOIs (search/kd.ids.json, in the index's order), fetched when a query first looks like one. */
  var ids = null;
  function loadIds() {
    if (!ids) {
      ids = fetchJSON(box.dataset.kdIds).then(function (columns) { engine.ids = columns; }, function () {});
    }
    return ids;
  }

  /* ---- searching ---- */
  var SEARCH = {
    /* the last word as a prefix from its second letter (one Latin letter would match half the papers) */
    prefix: function (term, i, terms) { return i === terms.length - 1 && (term.length > 1 || CJK.test(term)); },
    fuzzy: function (term) { return CJK.test(term) ? 0 : term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0; },
    weights: { fuzzy: 0.2, prefix: 0.5 }
  };

  /* Ranking by MiniSearch (BM25 over title and authors, fuzzy and prefix matches weighted down), with boosts for a
     title or its short name ("PoPS: ...") typed in full or with a typo, a part of a title typed, and the first author. */
  function paperOptions(query, combineWith) {
    var wanted = plain(query), terms = words(query), count = terms.length;
    return {
      combineWith: combineWith, prefix: SEARCH.prefix, fuzzy: SEARCH.fuzzy, weights: SEARCH.weights,
      boost: { title: 2, authors: 1.5 },
      boostDocument: function (id, term) {
        var doc = paper(id);
        var boost = doc.lead.indexOf(term) >= 0 ? 1.5 : 1;
        if (doc.plainTitle === wanted || doc.plainShort === wanted) return boost * 20;
        if (count === 1 && doc.plainShort === term) return boost * 10;  /* the short name, with a typo */
        /* as many words as the title, all but one of them in it: the title, give or take a typo */
        if (combineWith === "AND" && count > 1 && (doc.words || (doc.words = words(doc.title))).length === count &&
            terms.filter(function (t) { return doc.words.indexOf(t) >= 0; }).length >= count - 1) return boost * 8;
        if (wanted.length >= 8 && doc.plainTitle.indexOf(wanted) >= 0) return boost * (doc.plainTitle.indexOf(wanted) ? 2 : 5);
        return boost;
      }
    };
  }

  /* A family or application named by the query (in full, or a part of its name in Chinese). */
  function namedGroup(query) {
    var wanted = plain(query), groups = [["family", engine.index.families, "families"], ["domain", engine.index.domains, "domains"]];
    var partial = [];
    for (var g = 0; g < groups.length; g++) {
      for (var i = 0; i < groups[g][1].length; i++) {
        var entry = groups[g][1][i], name = plain(entry[1]);
        var found = { param: groups[g][0], column: groups[g][2], index: i, id: entry[0] };
        if (name === wanted || entry[0] === wanted) return found;
        if (CJK.test(wanted) && wanted.length >= 2 && name.indexOf(wanted) >= 0) partial.push(found);
      }
    }
    return partial.length === 1 ? partial[0] : null;
  }

  /* The papers MiniSearch finds, best first; equal scores newest first (the index's order), whatever the order in
     which its term tree was made. */
  function ranked(query, combineWith) {
    return engine.paperIndex.search(query, paperOptions(query, combineWith))
      .sort(function (a, b) { return b.score - a.score || a.id - b.id; });
  }

  /* The numbers of the papers a query finds, best first; null when it looks like an arXiv id or DOI and those are
     not fetched yet. */
  function findPapers(query) {
    var trimmed = query.trim(), P = engine.index.papers, all = P.title.map(function (_, n) { return n; });
    var id = ARXIV.exec(trimmed), doi = DOI.exec(trimmed);
    if (id || doi || /^\d{4}\.\d{1,5}$/.test(trimmed)) {
      var I = engine.ids, key = id ? id[1] : doi ? fold(doi[1]) : trimmed;
      if (!I) return null;
      var exact = all.filter(function (n) {
        return id ? I.arxiv[n] === key : doi ? fold(I.doi[n]) === key : I.arxiv[n].indexOf(key) === 0;
      });
      if (exact.length || !doi) return exact;
    }
    var group = namedGroup(trimmed);
    if (group && CJK.test(trimmed)) {  /* titles are in English: a Chinese family or domain name lists its papers */
      return all.filter(function (n) { return P[group.column][n].indexOf(group.index) >= 0; });
    }
    var found = ranked(trimmed, "AND");
    if (!found.length && !CJK.test(trimmed)) found = ranked(trimmed, "OR");
    return found.map(function (r) { return r.id; });
  }

  function findPages(query) {
    if (!engine.pageIndex) return [];
    return engine.pageIndex.search(query.trim(), { boost: { title: 4, headings: 2, text: 1 }, combineWith: "AND",
      prefix: SEARCH.prefix, fuzzy: SEARCH.fuzzy, weights: SEARCH.weights }).map(function (r) { return engine.pages[r.id]; });
  }

  /* Where "see all" goes: the explorer filtered to a family or domain the query names, else to the query as its
     text filter, with as many papers as the explorer will show (its rule: every word in title, authors, venue or year). */
  function explorerLink(query) {
    var P = engine.index.papers, group = namedGroup(query);
    if (group) {
      return { href: root + "papers/?" + group.param + "=" + encodeURIComponent(group.id),
               n: P[group.column].filter(function (list) { return list.indexOf(group.index) >= 0; }).length };
    }
    var tokens = fold(query).split(/\s+/).filter(Boolean);
    if (!engine.haystacks) {
      engine.haystacks = P.title.map(function (_, n) {
        var authors = decode(P.authors[n], P).split("|").join(", ");
        return fold(decode(P.title[n], P) + " " + authors + " " + P.venues[P.venue[n]] + " " + P.year[n]);
      });
    }
    var n = engine.haystacks.filter(function (text) {
      return tokens.every(function (t) { return text.indexOf(t) >= 0; });
    }).length;
    return { href: root + "papers/?text=" + encodeURIComponent(query.trim()), n: n };
  }

  /* ---- showing ---- */
  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function item(href, title, lines, kind) {
    var li = element("li", "md-search-result__item kd-search__" + kind);
    var a = element("a", "md-search-result__link");
    a.href = href;
    a.tabIndex = -1;
    var article = element("article", "md-search-result__article md-typeset");
    article.appendChild(element("h1", "", title));
    lines.forEach(function (line) { if (line) article.appendChild(element("p", "kd-search__line", line)); });
    a.appendChild(article);
    li.appendChild(a);
    return li;
  }

  function paperItem(p) {
    details(p);
    var authors = p.authors.slice(0, SHOWN_AUTHORS).join(", ") + (p.authors.length > SHOWN_AUTHORS ? " et al." : "");
    return item(p.url, p.title, [authors, p.venue + " · " + p.year], "paper");
  }

  function pageNodes(pages) {
    if (!pages.length) return [];
    return [element("li", "kd-search__group", WORDS.pages)].concat(pages.slice(0, SHOWN_PAGES).map(function (p) {
      return item(p.url, p.title, [p.text.slice(0, 140)], "page");
    }));
  }

  function count(papers, pages) {
    var counted = function (forms, n) { return format(forms[n === 1 ? 0 : 1], { n: n }); };
    meta.textContent = papers || pages ? format(WORDS.found, { papers: counted(WORDS.paperCount, papers),
                                                               pages: counted(WORDS.pageCount, pages) }) : WORDS.none;
  }

  /* The link to the explorer with every paper the query matches there, if any. */
  function allNodes(query) {
    var link = explorerLink(query);
    if (!link.n) return [];
    var li = element("li", "kd-search__all");
    var a = element("a", "md-search-result__link", link.n === 1 ? WORDS.allOne : format(WORDS.all, { n: link.n }));
    a.href = link.href;
    a.tabIndex = -1;
    li.appendChild(a);
    return [li];
  }

  /* The results of a query: the papers at once; below them the link to the explorer and the pages, at once when their
     index and the explorer's texts are made, else made just after the papers show (the list is aria-busy till then). */
  var shown = 0;  /* how many times results were shown: a deferred part of older results is dropped */
  function show(query) {
    var now = ++shown;
    list.removeAttribute("aria-busy");
    if (!query.trim()) { meta.textContent = box.dataset.kdPlaceholder || ""; list.textContent = ""; return; }
    if (!engine) { if (!failed) meta.textContent = WORDS.loading; load(); return; }
    var papers = findPapers(query), nodes = [];
    if (papers === null) {
      meta.textContent = WORDS.loading;
      loadIds().then(function () {
        if (now === shown) { if (engine.ids) show(query); else meta.textContent = WORDS.failed; }
      });
      return;
    }
    if (papers.length) {
      nodes.push(element("li", "kd-search__group", WORDS.papers));
      papers.slice(0, SHOWN_PAPERS).forEach(function (n) { nodes.push(paperItem(paper(n))); });
    }
    function rest() {
      var pages = findPages(query);
      count(papers.length, pages.length);
      return (papers.length ? allNodes(query) : []).concat(pageNodes(pages));
    }
    if (engine.pageIndex) { list.replaceChildren.apply(list, nodes.concat(rest())); return; }
    count(papers.length, 0);
    list.replaceChildren.apply(list, nodes);
    list.setAttribute("aria-busy", "true");
    setTimeout(function () {
      if (!engine.pageIndex) buildPages();
      if (now !== shown) return;
      rest().forEach(function (node) { list.appendChild(node); });
      list.removeAttribute("aria-busy");
    }, 0);
  }

  /* ---- the search box ---- */
  function open() {
    if (!toggle.checked) { toggle.checked = true; toggle.dispatchEvent(new Event("change")); }
  }
  function close() {
    if (toggle.checked) { toggle.checked = false; toggle.dispatchEvent(new Event("change")); }
    input.blur();
  }
  function links() { return Array.prototype.slice.call(list.querySelectorAll("a.md-search-result__link")); }

  box.dataset.kdPlaceholder = meta.textContent.trim();
  function reach(event) {
    var target = event.target;
    if (target instanceof Element && (target.closest(".md-search") || target.closest("label[for=__search]"))) load();
  }
  ["focusin", "pointerover", "pointerdown"].forEach(function (type) { document.addEventListener(type, reach, true); });
  input.addEventListener("focus", open);
  input.addEventListener("input", function () { show(input.value); });
  toggle.addEventListener("change", function () {
    if (toggle.checked && document.activeElement !== input) { load(); input.focus(); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) first.click();
  });
  form.addEventListener("reset", function () { setTimeout(function () { show(""); input.focus(); }, 0); });
  list.addEventListener("click", function (event) {
    if (event.target instanceof Element && event.target.closest("a")) close();
  });
  document.addEventListener("keydown", function (event) {
    var active = document.activeElement;
    var inSearch = active === input || (active && list.contains(active));
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (inSearch && event.key === "Escape") { event.preventDefault(); close(); return; }
    if (inSearch && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      var all = links(), at = all.indexOf(active);
      if (!all.length) return;
      event.preventDefault();
      var next = event.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) input.focus(); else all[Math.min(next, all.length - 1)].focus();
      return;
    }
    var typing = active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName));
    if (!typing && (event.key === "/" || event.key === "s" || event.key === "f")) {
      event.preventDefault();
      load();
      input.focus();
      input.select();
    }
  });

  /* For the browser tests: the loaded engine, and the tokenizer, term processing and paper search options MiniSearch is
     given, to compare the papers' index with what MiniSearch's own addAll makes. */
  box.kdSearch = {
    ready: function () { return load().then(function () { return engine; }); },
    tokenize: tokenize, processTerm: processTerm, paperOptions: paperOptions, paper: paper
  };

  /* A link with ?q= opens the search with its query (as Material's search did). */
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) {
    input.value = asked;
    open();
    load();
    show(asked);
  }
})();
