"""Injection gate over the built files: hostile titles, authors and venues stay literal text in every output."""
from __future__ import annotations

import json
from pathlib import Path

import feedparser
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from kd.exports.searchindex import index_path
from kd.pages.explorer import DATA_PATH

from .checks import assert_bib, assert_cards, assert_papers_csv, assert_papers_json, assert_readme, norm
from .hostile import PAYLOADS, TEMPLATE, injected
from .strategies import DOMAINS, FAMILIES

LANGS = ("", "en/")


def text_of(site: Path, path: str) -> str:
    return norm(lxml_html.fromstring((site / path / "index.html").read_text(encoding="utf-8")).text_content())


def test_no_page_holds_an_injected_element(hostile):
    site = hostile[0]
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 40
    assert {str(p.relative_to(site)): injected(p.read_text(encoding="utf-8")) for p in pages if injected(
        p.read_text(encoding="utf-8"))} == {}


def test_cards_show_the_payloads_as_written(hostile):
    site, _, papers = hostile
    for lang in LANGS:
        for family in FAMILIES:
            assert_cards((site / f"{lang}families/{family}/index.html").read_text(encoding="utf-8"),
                         [p for p in papers if family in p.get("families", [])], family)
        for domain in DOMAINS:
            assert_cards((site / f"{lang}applications/{domain}/index.html").read_text(encoding="utf-8"),
                         [p for p in papers if domain in p.get("domains", [])], domain)
    # the explorer's cards are made from its data file (in Chromium, test_injection_browser.py)
    data = json.loads((site / DATA_PATH).read_text(encoding="utf-8"))
    assert dict(zip(data["id"], data["title"])) == {p["id"]: norm(p["title"]) for p in papers}
    assert dict(zip(data["id"], data["authors"])) == {p["id"]: [norm(a) for a in p.get("authors", [])] for p in papers}


def test_authors_venues_and_lists_read_as_written(hostile):
    site, _, papers = hostile
    for lang in LANGS:
        family_page = text_of(site, f"{lang}families/logits")
        home, changelog, stats = (text_of(site, f"{lang}{page}") for page in ("", "changelog", "stats"))
        for paper in papers:
            if "logits" in paper.get("families", []):
                assert all(norm(author) in family_page for author in paper["authors"]), paper["id"]
                assert norm(paper["venue"]) in family_page
            assert norm(paper["title"]) in changelog and norm(paper["venue"]) in stats
        assert all(norm(p["title"]) in home for p in papers if p["id"].startswith("evil"))
        assert TEMPLATE in family_page and "{% raw %}" in family_page and "49" not in family_page


def test_explorer_config_is_whole_json(hostile):
    page = lxml_html.fromstring((hostile[0] / "papers/index.html").read_text(encoding="utf-8"))
    [config] = page.xpath('//script[contains(@class, "kd-explorer__config")]')
    assert json.loads(config.text)["total"] == len(hostile[2])


def test_search_index_holds_text_not_markup(hostile):
    """The header search's page entries are text that holds no payload's markup, the logits page among them."""
    site = hostile[0]
    for lang in LANGS:
        pages = json.loads((site / index_path(lang.rstrip("/") or "zh")).read_text(encoding="utf-8"))["pages"]
        assert {p["url"]: injected(p["text"]) + injected(p["title"]) for p in pages
                if injected(p["text"]) + injected(p["title"])} == {}
        assert any(p["url"] == "families/logits/" for p in pages), lang


def test_feeds_carry_titles_as_text(hostile):
    site, _, papers = hostile
    for lang in LANGS:
        atom = feedparser.parse((site / f"{lang}feed.xml").read_bytes())
        assert not atom.bozo
        every = sorted(p["title"] for p in papers)  # fewer papers than a feed lists
        assert sorted(e.title for e in atom.entries) == every
        feed = json.loads((site / f"{lang}feed.json").read_text(encoding="utf-8"))
        assert sorted(i["title"] for i in feed["items"]) == every
        for item in feed["items"]:
            assert injected(item["content_html"]) == []
            assert norm(item["summary"]) in norm(lxml_html.fromstring(item["content_html"]).text_content())
        for entry in atom.entries:
            assert injected(entry.content[0].value) == []


def test_exports_and_readme_read_back_literally(hostile):
    site, generated, papers = hostile
    exports = site / "exports"
    assert_papers_json((exports / "papers.json").read_text(encoding="utf-8"), papers)
    assert_papers_csv((exports / "papers.csv").read_text(encoding="utf-8"), papers)
    assert_bib((exports / "kd.bib").read_text(encoding="utf-8"), papers)
    assert_bib((exports / "bib/feature.bib").read_text(encoding="utf-8"), [p for p in papers if "feature" in p.get("families", [])])
    for paper in papers:
        assert_bib((exports / "cite" / f'{paper["id"]}.bib').read_text(encoding="utf-8"), [paper])
    assert_readme(generated, papers)
    rendered = "".join(MarkdownIt("commonmark").render(text) for text in generated.values())
    assert injected(rendered) == [] and all(payload not in rendered for payload in PAYLOADS if "<" in payload)
