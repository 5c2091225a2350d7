"""The built explorer and search index: every paper in its data file, links that resolve, search hits on paper anchors."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import PurePosixPath
from urllib.parse import urljoin, urlsplit

import pytest

from kd.data.model import newest_first
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


def test_search_hits_land_on_the_paper_anchor(built_site, library):
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    by_location = {d["location"]: d for d in docs}
    for paper in [p for p in library.papers if p.families][:50]:
        family = paper.families[0]
        entry = by_location[f"families/{family}/#{paper.id}"]
        assert entry["title"].replace("\u200b", "").startswith(paper.title.replace(" ", "")[:10]) or \
            paper.title[:10] in entry["title"]
        if paper.authors:
            assert paper.authors[0].split()[-1] in entry["text"]
        assert "BibTeX" not in entry["text"]
    assert not any(d["location"].startswith(("papers/", "en/papers/")) for d in docs)


def test_search_indexes_every_paper_once_per_language(built_site, library):
    """Papers with a family are found on their family pages; domain pages add only the papers without one."""
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    for prefix in ("", "en/"):
        indexes = (f"{prefix}families/", f"{prefix}applications/")  # their headings are not papers
        anchors = [d["location"].split("#")[1] for d in docs
                   if d["location"].startswith(indexes) and "#" in d["location"]
                   and d["location"].split("#")[0] not in indexes
                   and not d["location"].split("#")[1].startswith("year-")]
        on_family_pages = {p.id for p in library.papers if p.families}
        assert sorted(set(anchors)) == sorted(p.id for p in library.papers), prefix
        domain_hits = [d["location"].split("#")[1] for d in docs if d["location"].startswith(f"{prefix}applications/")
                       and "#" in d["location"] and not d["location"].split("#")[1].startswith("year-")]
        assert not set(domain_hits) & on_family_pages, prefix
