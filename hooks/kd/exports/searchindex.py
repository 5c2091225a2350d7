"""The header search's files: every paper in compact columns (one file for both languages, gzipped by zopfli), each
language's family and domain names and prose pages, and the papers' arXiv ids and DOIs (fetched only when a query
looks like one)."""
from __future__ import annotations

import functools
import gzip
import json
import re
from html.parser import HTMLParser

from zopfli.gzip import compress as zopfli_gzip

from kd.exports.wordcodes import word_codes
from kd.importer.ids import base_id
from kd.data.model import Library

INDEX_DIR = "search"
SPACE_CLASH = frozenset("\x1c\x1d\x1e\x1f\x85\ufeff")  # whitespace to Python's re and str.split, not to JavaScript's \s, or the reverse
PAGE_TEXT = 1200  # characters of prose kept per page
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
SKIPPED_CLASSES = frozenset(("kd-paper kd-papers kd-explorer kd-chart kd-chart-data kd-timeline kd-page-links headerlink "
                             "md-source-file").split())
SKIPPED_TAGS = frozenset("script style svg noscript template button select form nav".split())


def index_path(lang: str) -> str:
    """Where one language's search index lives, relative to the site root."""
    return f"{INDEX_DIR}/kd.{lang}.json"


IDS_PATH = f"{INDEX_DIR}/kd.ids.json"  # the papers' arXiv ids and DOIs, relative to the site root
PAPERS_PATH = f"{INDEX_DIR}/kd.papers.json.gz"  # the papers' columns, gzipped once at build time
ZOPFLI_ITERATIONS = 5  # 0.9 s of CPU for 2,775 papers; 15 saves 0.1 kB more for 1.5 s


@functools.lru_cache(maxsize=1 << 16)  # per paper, for both languages' indexes and every preview rebuild
def stored_id(paper) -> str:
    """The paper's id, or '' when kd-search.js derives it from the first author, year and title as kd.importer.ids
    does (kept when the text holds a character whose whitespace class differs between Python and JavaScript)."""
    text = paper.title + "".join(paper.authors[:1])
    if any(ch in SPACE_CLASH for ch in text):
        return paper.id
    return "" if paper.id == base_id(list(paper.authors), paper.year, paper.title) else paper.id


def ordered_papers(library: Library) -> list:
    """The papers in the order of the index's columns: newest first, then by title."""
    return sorted(library.papers, key=lambda p: (-p.year, p.title.casefold(), p.id))


def paper_columns(library: Library) -> dict:
    """Every paper as parallel columns (smaller gzipped than one object per paper): titles and authors (one string a
    paper, the names separated by '|', which kd.data.validate keeps out of names) word-coded with the lists of words
    and marks beside them (kd.exports.wordcodes); families, domains and venues as indexes into the lists beside them;
    ids only where kd-search.js cannot derive them (stored_id), by the paper's place in the columns."""
    families = {f.id: n for n, f in enumerate(library.families)}
    domains = {d.id: n for n, d in enumerate(library.domains)}
    venues = sorted({p.venue for p in library.papers})
    venue_at = {v: n for n, v in enumerate(venues)}
    papers = ordered_papers(library)
    coded = word_codes([p.title for p in papers] + ["|".join(p.authors) for p in papers])
    return {
        "venues": venues,
        "words": coded["words"],
        "marks": coded["marks"],
        "id": {str(n): stored_id(p) for n, p in enumerate(papers) if stored_id(p)},
        "title": coded["codes"][:len(papers)],
        "authors": coded["codes"][len(papers):],
        "year": [p.year for p in papers],
        "venue": [venue_at[p.venue] for p in papers],
        "families": [[families[f] for f in p.families] for p in papers],
        "domains": [[domains[d] for d in p.domains] for p in papers],
    }


def id_columns(library: Library) -> dict:
    """Every paper's arXiv id and DOI ('' when it has none), in the order of the index's columns."""
    papers = ordered_papers(library)
    return {"arxiv": [p.links.arxiv for p in papers], "doi": [p.links.doi for p in papers]}


def papers_file(library: Library, quick: bool = False) -> bytes:
    """The papers' columns as compact JSON, gzipped by zopfli (about 5 % smaller than a server's gzip -6 or -9);
    served as it is, and gunzipped by kd-search.js. quick=True (a preview rebuild) gzips the same JSON at zlib's
    fastest level: 5 ms where zopfli takes a second (and level 9 46 ms), for a file 8 % larger, read locally."""
    text = index_text(paper_columns(library)).encode("utf-8")
    if quick:
        return gzip.compress(text, compresslevel=1, mtime=0)
    return zopfli_gzip(text, numiterations=ZOPFLI_ITERATIONS)


def search_index(library: Library, lang: str, pages: list[dict]) -> dict:
    """One language's part of the index: its family and domain names (in the order the papers' columns number them)
    and its prose pages."""
    return {
        "lang": lang,
        "families": [[f.id, f.name.in_lang(lang)] for f in library.families],
        "domains": [[d.id, d.name.in_lang(lang)] for d in library.domains],
        "pages": pages,
    }


def index_text(index: dict) -> str:
    """The index as compact JSON."""
    return json.dumps(index, ensure_ascii=False, separators=(",", ":"))


class _ProseReader(HTMLParser):
    """Collects the h1, the h2/h3 headings with ids and the prose text of a page's article, skipping paper cards,
    charts, scripts and permalinks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside the article: its element depth
        self.skip = 0  # depth at which a skipped element started (0: not skipping)
        self.heading = None  # [tag, id, text parts] of the heading being read
        self.title, self.headings, self.text = "", [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        if not self.depth:
            if tag == "article" and "md-content__inner" in classes:
                self.depth = 1
            return
        if tag in VOID:
            return
        self.depth += 1
        if self.skip:
            return
        if tag in SKIPPED_TAGS or classes & SKIPPED_CLASSES or "data-search-exclude" in attrs:
            self.skip = self.depth
        elif tag in ("h1", "h2", "h3"):
            self.heading = [tag, attrs.get("id") or "", []]

    def handle_endtag(self, tag):
        if not self.depth or tag in VOID:
            return
        if self.skip == self.depth:
            self.skip = 0
        elif self.heading and tag == self.heading[0] and not self.skip:
            kind, anchor, parts = self.heading
            text = " ".join("".join(parts).split())
            if kind == "h1":
                self.title = self.title or text
            elif anchor and not anchor.startswith("year-"):
                self.headings.append([text, anchor])
            self.heading = None
        self.depth -= 1

    def handle_data(self, data):
        if not self.depth or self.skip:
            return
        if self.heading:
            self.heading[2].append(data)
        else:
            self.text.append(data)


_LIST_OPEN = re.compile(r'<div class="(?:kd-papers|kd-explorer)[" ]')
_DIV_TAG = re.compile(r"<(/?)div[\s>]")


def without_paper_lists(html: str) -> str:
    """The page without its paper lists (the divs of class kd-papers or kd-explorer, which the reader skips anyway),
    cut out by matching div tags: a list of 2,000 cards is then not parsed tag by tag. Data in a page is escaped,
    so every '<div' in it is a tag."""
    parts, start = [], 0
    while match := _LIST_OPEN.search(html, start):
        depth, end = 0, len(html)
        for tag in _DIV_TAG.finditer(html, match.start()):
            depth += -1 if tag.group(1) else 1
            if not depth:
                end = tag.end()
                break
        parts.append(html[start:match.start()])
        start = end
    parts.append(html[start:])
    return "".join(parts)


@functools.lru_cache(maxsize=512)  # a preview rebuild reads every page again; most of them have not changed
def page_entry(html: str, url: str) -> dict | None:
    """One built page as a search entry {title, url, headings: [[text, anchor]], text}, or None without an article
    (the same dict for the same page: not to be changed)."""
    reader = _ProseReader()
    reader.feed(without_paper_lists(html))
    reader.close()
    if not reader.title:
        return None
    text = re.sub(r"\s+", " ", " ".join(reader.text)).strip()
    return {"title": reader.title, "url": url, "headings": reader.headings, "text": text[:PAGE_TEXT]}
