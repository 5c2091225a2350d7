"""The built Benchmarks page shows every number of data/results.yml exactly once per language, each linked to its
source; no number stands without one; the exports, the data page and the paper cards point to the rows."""
from __future__ import annotations

import json
import re

import pytest
from lxml import html as lxml_html

from kd.exports.results import results_csv, results_json
from kd.pages.leaderboard import paper_anchors

from .test_leaderboard import with_class

LANG_PREFIXES = {"zh": "", "en": "en/"}
GAIN = re.compile(r"[+-][0-9]+(\.[0-9]+)?")


def page(site, path: str):
    return lxml_html.fromstring((site / path / "index.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANG_PREFIXES)
def test_every_number_on_the_page_equals_its_row(built_site, library, lang):
    tree = page(built_site, LANG_PREFIXES[lang] + "benchmarks")
    tables = with_class(tree, "table", "kd-bench")
    assert [t.get("data-dataset") for t in tables] == [
        d.id for d in library.benchmarks.datasets if library.benchmarks.in_dataset(d.id)]
    by_line = {r.line: r for r in library.benchmarks.results}
    shown = [a for t in tables for a in with_class(t, "a", "kd-bench__n")]
    assert sorted(int(a.get("data-line")) for a in shown) == sorted(by_line)
    for link in shown:
        result = by_line[int(link.get("data-line"))]
        assert (link.text_content(), link.get("href")) == (result.text, result.source.url)
        table = link.xpath("ancestor::table[1]")[0]
        assert table.get("data-dataset") == result.dataset


@pytest.mark.parametrize("lang", LANG_PREFIXES)
def test_no_number_is_shown_without_its_source(built_site, lang):
    tree = page(built_site, LANG_PREFIXES[lang] + "benchmarks")
    cells = [c for t in with_class(tree, "table", "kd-bench") for c in t.xpath(".//td")]
    assert cells
    for cell in cells:
        links = with_class(cell, "a", "kd-bench__n")
        assert cell.text_content() == "".join(a.text_content() for a in links)
        assert all(a.get("href").startswith(("https://github.com/", "https://arxiv.org/abs/")) for a in links)
    # the gain tables: the gain is computed; the two numbers it comes from are linked to their sources
    for figure_table in tree.xpath("//details[contains(@class, 'kd-chart-data')]//table"):
        for row in figure_table.xpath(".//tbody/tr"):
            _, gain, _, number, vanilla = row.xpath("./td")
            assert GAIN.fullmatch(gain.text_content())
            for cell in (number, vanilla):
                links = with_class(cell, "a", "kd-bench__n")
                assert len(links) == 1 and cell.text_content() == links[0].text_content()


@pytest.mark.parametrize("lang", LANG_PREFIXES)
def test_cards_with_results_link_to_rows_that_exist(built_site, library, lang):
    prefix = LANG_PREFIXES[lang]
    ids = set(page(built_site, prefix + "benchmarks").xpath("//tr/@id"))
    papers = sorted(library.benchmarks.by_paper)
    assert len(papers) >= 3
    for paper_id in papers:
        paper = library.paper(paper_id)
        family_page = page(built_site, f"{prefix}families/{paper.families[0]}")
        card = family_page.xpath(f"//article[@data-id='{paper_id}']")[0]
        hrefs = [a.get("href") for a in with_class(card, "a", "kd-results__link")]
        assert hrefs == [f"../../benchmarks/#{anchor}" for _, anchor in paper_anchors(library, paper_id)]
        assert all(href.split("#")[1] in ids for href in hrefs)
    logits = page(built_site, f"{prefix}families/logits")
    without = [c for c in logits.xpath("//article[@data-id]") if c.get("data-id") not in library.benchmarks.by_paper]
    assert without and not any(with_class(card, "span", "kd-results") for card in without)


def test_exports_and_data_page(built_site, library):
    exports = built_site / "exports"
    assert (exports / "results.json").read_text(encoding="utf-8") == results_json(library.benchmarks)
    assert (exports / "results.csv").read_bytes().decode("utf-8") == results_csv(library.benchmarks)
    assert json.loads((exports / "results.schema.json").read_text(encoding="utf-8"))["title"].startswith("results.json")
    for prefix, heading in (("", "results.json 与 results.csv"), ("en/", "results.json and results.csv")):
        data_page = page(built_site, prefix + "data")
        hrefs = data_page.xpath("//a/@href")
        assert any(h.endswith("exports/results.json") for h in hrefs) and any(h.endswith("exports/results.csv") for h in hrefs)
        assert any(heading in h.text_content() for h in data_page.xpath("//h2"))


def test_benchmarks_page_is_in_both_navigations(built_site):
    for prefix, label in (("", "基准结果"), ("en/", "Benchmarks")):
        tree = page(built_site, prefix)
        tabs = [a.text_content().strip() for a in tree.xpath("//nav[contains(@class, 'md-tabs')]//a")]
        assert label in tabs
