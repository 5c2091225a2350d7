"""The built explorer and search index: every paper in its data file and in the header search's index, links that
resolve."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import PurePosixPath
from urllib.parse import urljoin, urlsplit

import pytest

from kd.data.model import newest_first
from kd.exports.searchindex import PAPERS_PATH, index_path, papers_file
from kd.pages.explorer import DATA_PATH, PAGE_SIZE, explorer_data

HREF = re.compile(r'<a href="([^"#]+)"(?: download)?(?: title="[^"]*")?>')


def read(site, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_the_data_file_lists_every_paper_once_newest_first(built_site, library):
    data = json.loads((built_site / DATA_PATH).read_text(encoding="utf-8"))
    assert data == explorer_data(library)
    assert sorted(data["id"]) == sorted(p.id for p in library.papers)
    assert data["id"] == [p.id for p in newest_first(library.papers)]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_explorer_page_holds_its_controls_not_its_cards(built_site, library, prefix):
    """The cards come from the data file (explorer.js); the page's own weight stays that of a page of prose."""
    html = read(built_site, prefix + "papers")
    assert '<article class="kd-paper"' not in html
    assert f'"pageSize":{PAGE_SIZE}' in html and f'"data":"{"../" * (1 + prefix.count("/"))}{DATA_PATH}"' in html
    assert len(gzip.compress(html.encode())) < 20_000


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_export_links_resolve_from_both_languages(built_site, library, prefix):
    page_url = f"http://site/{prefix}papers/"
    html = read(built_site, prefix + "papers").split('<div class="kd-explorer__downloads"', 1)[1].split("</div>", 1)[0]
    targets = {urlsplit(urljoin(page_url, href)).path for href in HREF.findall(html)}
    exports = {t for t in targets if t.startswith("/exports/")}
    # papers.json, its schema, papers.csv, kd.bib; results.json, its schema, results.csv; one .bib per family and domain
    assert len(exports) == 4 + 3 + len(library.families) + len(library.domains)
    for target in targets:
        path = built_site / PurePosixPath(target.lstrip("/"))
        assert (path / "index.html" if target.endswith("/") else path).is_file(), target


def test_the_header_search_index_is_ours_and_holds_every_paper(built_site, library):
    """The header search reads search/kd.<lang>.json and the papers file: every paper's columns as the exporter
    writes them, and each language's built pages. Material's own index, which nothing reads, is left empty
    (hooks/material_search.py)."""
    papers = (built_site / PAPERS_PATH).read_bytes()
    assert papers == papers_file(library)
    assert len(json.loads(gzip.decompress(papers))["title"]) == len(library.papers)
    for lang, prefix in (("zh", ""), ("en", "en/")):
        pages = json.loads((built_site / index_path(lang)).read_text(encoding="utf-8"))["pages"]
        urls = {page["url"].split("#")[0] for page in pages}
        assert {"", "families/", "papers/", "stats/"} <= urls, lang
        assert all((built_site / prefix / url / "index.html").is_file() for url in urls), lang
    material = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert material["docs"] == []
