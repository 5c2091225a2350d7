"""kd.exports.sitefiles under `kd serve` (previewing=True): the same site files as a build's (the papers file gzipped
by zlib rather than zopfli, the same JSON), an edit shown in every file it changes, the others left alone."""
from __future__ import annotations

import dataclasses
import gzip
import json
import os
from pathlib import Path

from kd.exports.searchindex import PAPERS_PATH
from kd.exports.sitefiles import SiteSettings, write_site_files

SETTINGS = SiteSettings("https://example.org/kd/", ("zh", "en"), "zh")
PAGE = ('<html><body><article class="md-content__inner"><h1>{title}</h1><p>{text}</p></article></body></html>')


def built_site(site: Path) -> Path:
    """A built site's pages, as the site files read them: a home page and an overview page in each language."""
    for folder, title in (("", "首页"), ("overview/", "概览"), ("en/", "Home"), ("en/overview/", "Overview")):
        (site / folder).mkdir(parents=True, exist_ok=True)
        (site / folder / "index.html").write_text(PAGE.format(title=title, text=f"{title} text"), encoding="utf-8")
    return site


def contents(site: Path) -> dict[str, bytes]:
    """Every file of the site, the papers file gunzipped."""
    files = {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    files[PAPERS_PATH] = gzip.decompress(files[PAPERS_PATH])
    return files


def retitled(library, paper, title):
    return dataclasses.replace(library, papers=tuple(dataclasses.replace(p, title=title) if p is paper else p
                                                     for p in library.papers))


def test_a_preview_writes_what_a_build_writes(tmp_path, make_library, make_paper, tricky):
    library = make_library(make_paper("b2015x"), tricky)
    built, previewed = built_site(tmp_path / "built"), built_site(tmp_path / "previewed")
    write_site_files(library, built, SETTINGS)
    write_site_files(library, previewed, SETTINGS, previewing=True)
    assert contents(previewed) == contents(built)
    assert (previewed / PAPERS_PATH).read_bytes() != (built / PAPERS_PATH).read_bytes()  # zlib's, not zopfli's


def test_an_edit_shows_in_the_files_it_changes_and_leaves_the_others(tmp_path, make_library, make_paper):
    paper = make_paper("b2015x")
    library = make_library(paper, make_paper("c2016y"))
    site = built_site(tmp_path / "site")
    write_site_files(library, site, SETTINGS, previewing=True)
    for path in site.rglob("*"):
        if path.is_file() and path.name != "index.html":
            os.utime(path, ns=(1, 1))
    (site / "en/overview/index.html").write_text(PAGE.format(title="Overview", text="changed words"), encoding="utf-8")

    edited = retitled(library, paper, "A Fixed Title")
    write_site_files(edited, site, SETTINGS, previewing=True)
    touched = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.stat().st_mtime_ns != 1}
    assert PAPERS_PATH in touched  # its titles are coded words: checked against a build's below
    for changed in ("feed.xml", "en/feed.json", "exports/papers.json", "exports/cite/b2015x.bib"):
        assert changed in touched, changed
        assert b"A Fixed Title" in contents(site)[changed], changed
    assert "search/kd.ids.json" not in touched and "exports/cite/c2016y.bib" not in touched
    assert "search/kd.zh.json" not in touched  # no Chinese page changed
    pages = json.loads((site / "search/kd.en.json").read_text(encoding="utf-8"))["pages"]
    assert [page["text"] for page in pages if page["url"] == "overview/"] == ["changed words"]
    fresh = built_site(tmp_path / "fresh")
    (fresh / "en/overview/index.html").write_text(PAGE.format(title="Overview", text="changed words"), encoding="utf-8")
    write_site_files(edited, fresh, SETTINGS)
    assert contents(site) == contents(fresh)
