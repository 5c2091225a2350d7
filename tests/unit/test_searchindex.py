"""The header search's index builder (kd.exports.searchindex): paper columns, ids left out when derivable, page entries."""
from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path

import pytest

from kd.importer.ids import base_id
from kd.data.library import load_library
from kd.exports.searchindex import (IDS_PATH, PAPERS_PATH, id_columns, index_path, index_text, ordered_papers,
                                    page_entry, paper_columns, papers_file, search_index, stored_id,
                                    without_paper_lists)

from .test_wordcodes import decode

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "valid"


@pytest.fixture(scope="module")
def lib():
    return load_library(FIXTURE)


def test_columns_are_parallel_and_newest_first(lib):
    columns = paper_columns(lib)
    lengths = {len(v) for k, v in columns.items() if k not in ("venues", "words", "marks", "id")}
    assert lengths == {len(lib.papers)}
    assert columns["year"] == sorted(columns["year"], reverse=True)
    by_title = {p.title: p for p in lib.papers}
    for n, code in enumerate(columns["title"]):
        paper = by_title[decode(code, columns["words"], columns["marks"])]
        assert decode(columns["authors"][n], columns["words"], columns["marks"]) == "|".join(paper.authors)
        assert columns["venues"][columns["venue"][n]] == paper.venue
        assert [lib.families[i].id for i in columns["families"][n]] == list(paper.families)
        assert [lib.domains[i].id for i in columns["domains"][n]] == list(paper.domains)


def test_arxiv_ids_and_dois_are_a_file_of_their_own_in_the_same_order(lib):
    columns, ids = paper_columns(lib), id_columns(lib)
    assert "arxiv" not in columns and "doi" not in columns
    assert IDS_PATH == "search/kd.ids.json"
    by_title = {p.title: p for p in lib.papers}
    titles = [decode(code, columns["words"], columns["marks"]) for code in columns["title"]]
    assert ids == {"arxiv": [by_title[t].links.arxiv for t in titles], "doi": [by_title[t].links.doi for t in titles]}
    assert any(ids["arxiv"])


def test_an_id_is_left_out_only_when_search_can_derive_it(lib):
    paper = lib.papers[0]
    assert paper.id == base_id(list(paper.authors), paper.year, paper.title)
    assert stored_id(paper) == ""
    renamed = dataclasses.replace(paper, id=paper.id + "b")
    assert stored_id(renamed) == paper.id + "b"
    odd_space = dataclasses.replace(paper, title=paper.title.replace(" ", "\x1f", 1))
    assert stored_id(odd_space) == paper.id
    assert paper_columns(lib)["id"] == {}
    columns = paper_columns(dataclasses.replace(lib, papers=(renamed,) + tuple(lib.papers[1:])))
    assert columns["id"] == {str(ordered_papers(lib).index(paper)): paper.id + "b"}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_index_names_families_and_domains_in_its_language(lib, lang):
    index = search_index(lib, lang, [])
    assert index["lang"] == lang
    assert index["families"] == [[f.id, f.name.in_lang(lang)] for f in lib.families]
    assert index["domains"] == [[d.id, d.name.in_lang(lang)] for d in lib.domains]
    assert "papers" not in index  # one file for both languages (papers_file)
    assert index_path(lang) == f"search/kd.{lang}.json"


def test_index_text_is_compact_json_that_reads_back(lib):
    index = search_index(lib, "zh", [{"title": "自蒸馏", "url": "families/self/", "headings": [], "text": "同一个网络"}])
    text = index_text(index)
    assert json.loads(text) == index
    assert "自蒸馏" in text and "\n" not in text and "\", \"" not in text


def test_the_papers_file_is_their_columns_gzipped(lib):
    """By zopfli (its sizes against gzip -6 and -9 for the real library are in bench/search_latency.py's output)."""
    assert gzip.decompress(papers_file(lib)) == index_text(paper_columns(lib)).encode()
    assert PAPERS_PATH == "search/kd.papers.json.gz"


PAGE = """<html><body><nav>menu</nav>
<article class="md-content__inner md-typeset">
<a class="md-content__button" href="edit"><svg><path d="x"/></svg></a>
<h1 id="self">Self-Distillation<a class="headerlink" href="#self">&para;</a></h1>
<p>One network is <em>both</em> teacher &amp; student.<br>It needs no extra model.</p>
<figure class="kd-chart"><svg><text>2019</text></svg><figcaption>chart</figcaption></figure>
<details class="kd-chart-data"><summary>Data table</summary><table><tr><td>1997</td></tr></table></details>
<h2 id="how">How it works<a class="headerlink" href="#how">&para;</a></h2>
<p>Deeper layers teach shallower ones.</p>
<h2 id="year-2024">2024 · 3 papers</h2>
<div class="kd-papers"><article class="kd-paper"><h3 id="p1">A paper title</h3><img src="x"></article></div>
<script>var hidden = 1;</script>
<p data-search-exclude>Not indexed</p>
</article><footer>foot</footer></body></html>"""


def test_a_page_entry_keeps_prose_and_headings_not_cards_charts_or_scripts():
    entry = page_entry(PAGE, "families/self/")
    assert entry == {
        "title": "Self-Distillation", "url": "families/self/", "headings": [["How it works", "how"]],
        "text": "One network is both teacher & student. It needs no extra model. Deeper layers teach shallower ones.",
    }


def test_a_page_without_an_article_has_no_entry():
    assert page_entry("<html><body><h1>Not found</h1></body></html>", "404/") is None


def test_page_text_is_capped():
    entry = page_entry('<article class="md-content__inner"><h1>T</h1><p>' + "word " * 1000 + "</p></article>", "")
    assert len(entry["text"]) <= 1200


def test_paper_lists_are_cut_out_whole_before_parsing():
    cards = ('<article class="kd-paper"><h3 id="p1">Card</h3><div class="kd-paper__meta"><div>x</div></div>'
             '</article><noscript class="kd-explorer__rest"><article class="kd-paper"><div>y</div></article></noscript>')
    page = ('<article class="md-content__inner"><h1>T</h1><div class="kd-papers">' + cards + '</div><p>between</p>'
            '<div class="kd-explorer" id="e"><div class="kd-papers kd-explorer__list">' + cards + '</div></div>'
            '<h2 id="after">After</h2><div class="note"><p>kept</p></div></article>')
    cut = without_paper_lists(page)
    assert cut == ('<article class="md-content__inner"><h1>T</h1><p>between</p>'
                   '<h2 id="after">After</h2><div class="note"><p>kept</p></div></article>')
    assert page_entry(page, "x/") == page_entry(cut, "x/") == {
        "title": "T", "url": "x/", "headings": [["After", "after"]], "text": "between kept"}
