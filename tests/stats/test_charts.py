"""Rendered charts: every SVG parses, has a <title>, follows currentColor, and shows the computed numbers."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from kd.pages import statspage
from kd.pages import stats
from kd.pages import taxonomy
from kd.pages.labels import paper_count

from .factory import FAMILIES, sample

SVG = "{http://www.w3.org/2000/svg}"


def svgs(html: str) -> list[ET.Element]:
    return [ET.fromstring(m) for m in re.findall(r"<svg\b.*?</svg>", html, flags=re.S)]


def tables(html: str) -> list[list[list[str]]]:
    """Each <table> as rows of cell texts (header row first)."""
    found = []
    for m in re.findall(r"<table\b.*?</table>", html, flags=re.S):
        root = ET.fromstring(m)
        found.append([["".join(c.itertext()) for c in row] for row in root.iter("tr")])
    return found


def texts(svg: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in svg.iter(f"{SVG}text")]


@pytest.fixture(scope="module")
def lib():
    return sample()


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("chart", statspage.CHARTS)
def test_every_chart_is_accessible_svg(lib, chart, lang):
    html = statspage.stats_figure(lib, chart, lang)
    (svg,) = svgs(html)
    assert svg[0].tag == f"{SVG}title" and svg[0].text
    assert svg[1].tag == f"{SVG}desc" and svg[1].text
    assert svg.get("role") == "img"
    ids = {e.get("id") for e in svg.iter() if e.get("id")}
    for ref in svg.get("aria-labelledby").split():
        assert ref in ids
    assert "currentColor" in html and not re.search(r"#0{3}\b|#0{6}\b|black", html)  # ink follows the scheme
    assert "font-family" not in html  # the browser's (page's) font renders the <text>
    assert "<figcaption>" in html and len(tables(html)) == 1
    assert "\n\n" not in html  # one raw HTML block for Markdown


def test_labels_in_the_page_language(lib):
    zh, en = statspage.stats_figure(lib, "per-year", "zh"), statspage.stats_figure(lib, "per-year", "en")
    assert "论文数" in " ".join(texts(svgs(zh)[0])) and "基于响应的蒸馏" in " ".join(texts(svgs(zh)[0]))
    assert "Papers" in " ".join(texts(svgs(en)[0])) and "Logits" in " ".join(texts(svgs(en)[0]))


def test_ids_are_unique_across_charts_of_one_page(lib):
    html = "".join(statspage.stats_figure(lib, c, "zh") for c in statspage.CHARTS)
    html += "".join(statspage.family_timeline(lib, f.id, "zh") for f in FAMILIES)
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_data_is_escaped(lib):
    html = "".join(statspage.stats_figure(lib, c, "en") for c in statspage.CHARTS)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Feature <b>" not in html
    for svg in svgs(html):
        assert svg.find(f"{SVG}title") is not None


def test_per_year_table_equals_counts(lib):
    html = statspage.stats_figure(lib, "per-year", "en")
    (table,) = tables(html)
    head, rows = table[0], table[1:]
    assert head[:2] == ["Year", "Total"]
    for row in rows:
        year = int(row[0])
        assert int(row[1]) == sum(1 for p in lib.papers if p.year == year)
        for name, cell in zip(head[2:], row[2:]):
            key = next((f.id for f in FAMILIES if f.name.en == name), stats.NO_FAMILY)
            assert int(cell) == sum(1 for p in lib.papers if p.year == year
                                    and (p.families[0] if p.families else stats.NO_FAMILY) == key)
    svg_text = " ".join(texts(svgs(html)[0]))
    for s in stats.papers_per_year_by_family(lib).series:
        assert statspage.series_name(lib, s.key, "en") in svg_text  # legend


def test_per_family_and_venue_bars_show_the_counts(lib):
    html = statspage.stats_figure(lib, "per-family", "zh")
    (table,) = tables(html)
    expected = {f.name.zh: sum(1 for p in lib.papers if f.id in p.families) for f in FAMILIES}
    assert {row[0]: int(row[1]) for row in table[1:]} == expected
    labels = texts(svgs(html)[0])
    assert set(expected) <= set(labels)
    # annotations are drawn after the axis ticks: the last numbers are the bars' values, top bar first
    assert [int(t) for t in labels if t.isdigit()][-len(expected):] == [n for _, n in stats.papers_per_family(lib)]
    html = statspage.stats_figure(lib, "venues", "en")
    venues = Counter(p.venue for p in lib.papers)
    (table,) = tables(html)
    assert {row[0]: int(row[1]) for row in table[1:]} == dict(venues)
    svg_labels = texts(svgs(html)[0])
    assert [int(t) for t in svg_labels if t.isdigit()][-len(venues):] == [n for _, n in stats.top_venues(lib)]


def test_code_share_table(lib):
    html = statspage.stats_figure(lib, "code", "en")
    (table,) = tables(html)
    for row in table[1:]:
        year = int(row[0])
        papers = [p for p in lib.papers if p.year == year]
        assert int(row[1]) == len(papers)
        assert int(row[2]) == sum(1 for p in papers if p.links.code)
        assert row[3] == (f"{int(row[2]) / len(papers):.0%}" if papers else "0%")


def test_family_timeline(lib):
    html = statspage.family_timeline(lib, "logits", "zh")
    (svg,) = svgs(html)
    assert "基于响应的蒸馏" in svg.find(f"{SVG}title").text
    (table,) = tables(html)
    family = [p for p in lib.papers if "logits" in p.families]
    assert {int(r[0]): int(r[1]) for r in table[1:]} == {
        y: sum(1 for p in family if p.year == y) for y in range(2015, 2020)
    }
    assert "起源" in html
    origins = re.findall(r'<li><a href="#([^"]+)"', html)
    assert origins == [p.id for p in sorted(family, key=lambda p: (p.year, p.title))][:3]
    # both languages share one cached drawing but get their own title and ids
    en = statspage.family_timeline(lib, "logits", "en")
    assert "Logits: papers per year" in svgs(en)[0].find(f"{SVG}title").text
    assert 'id="kd-family-logits-en-title"' in en
    assert statspage.family_timeline(lib, "nas", "en") == ""  # no papers, no chart


def test_taxonomy_map_links_every_family_with_its_count(lib):
    html = taxonomy.taxonomy_map(lib, "en", "../")
    root = ET.fromstring(html)
    boxes = {a.get("href"): "".join(a.itertext()) for a in root.iter("a")}
    assert set(boxes) == {f"../families/{f.id}/" for f in FAMILIES}
    for family in FAMILIES:
        n = sum(1 for p in lib.papers if family.id in p.families)
        assert boxes[f"../families/{family.id}/"].endswith(paper_count(n))
    assert "Offline distillation" in html and "Feature &lt;b&gt;&amp;&lt;/b&gt;" in html
    zh = taxonomy.taxonomy_map(lib, "zh", "")
    assert "知识类型" in zh and 'href="families/logits/"' in zh


def test_real_library_charts_parse(library):
    for lang in ("zh", "en"):
        for chart in statspage.CHARTS:
            html = statspage.stats_figure(library, chart, lang)
            for svg in svgs(html):
                assert svg.find(f"{SVG}title").text
        (table,) = tables(statspage.stats_figure(library, "per-family", lang))
        assert sorted(int(r[1]) for r in table[1:]) == sorted(
            len(library.papers_in_family(f.id)) for f in library.families)
