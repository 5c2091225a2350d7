"""The Benchmarks tables as data and as HTML, from small libraries: columns, rows, best marks, gains, anchors,
links to sources and cards, escaping."""
from __future__ import annotations

import re

from lxml import html as lxml_html

from kd.pages.benchmarks import benchmarks_page, number_link
from kd.pages.leaderboard import board, paper_anchors
from kd.pages.render import paper_card

REPDISTILLER = "https://github.com/HobbitLong/RepDistiller/blob/dcc043277f2820efafd679ffb82b8e8195b7e222/README.md?plain=1#L80"
VOCAB = """\
datasets:
  - {id: cifar100, name: CIFAR-100}
metrics:
  - {id: top1, name: {zh: Top-1, en: Top-1}, min: 0, max: 100, higher_is_better: true}
  - {id: top1-error, name: {zh: 错误率, en: Error}, min: 0, max: 100, higher_is_better: false}
architectures:
  - {id: resnet8x4, name: "ResNet8x4<script>"}
  - {id: resnet32x4, name: "ResNet32x4 {{ x }}"}
variants:
  - {id: "+<b>", name: {zh: "<i>变体</i>", en: "<i>variant</i>"}, paper: cho2019efficacy}
"""
NOTES = """\
- id: hinton2015distilling
  short: KD
  idea: {zh: 软化概率, en: "Softened <probabilities> & labels"}
- id: cho2019efficacy
  short: ES
  idea: {zh: 早停教师, en: Early-stopped teacher}
"""


def row(method: str, value: str, line: int, metric: str = "top1", variant: str = "", origin: str = "reproduction",
        source: str = "") -> str:
    source = source or f"{{repo: a/b, path: README.md, commit: {'a' * 40}, line: {line}}}"
    variant_line = f'  variant: "{variant}"\n' if variant else ""
    return (f"- method: {method}\n{variant_line}  dataset: cifar100\n  teacher: resnet32x4\n  student: resnet8x4\n"
            f"  metric: {metric}\n  value: {value}\n  origin: {origin}\n  source: {source}\n")


def test_columns_rows_and_cells_of_the_fixture(small_library):
    table = board(small_library, "cifar100")
    assert table.settings == (("resnet32x4", "resnet8x4", "top1"), ("resnet110", "resnet20", "top1"))
    assert [(r.method, r.variant) for r in table.baselines] == [("teacher", ""), ("student", "")]
    assert [(r.method, r.variant) for r in table.methods] == [("hinton2015distilling", ""),
                                                             ("zhang2018deep", "ResNet-110 peer")]
    kd = table.methods[0].cells[("resnet32x4", "resnet8x4", "top1")]
    assert [(r.text, r.source.repo) for r in kd] == [("73.33", "HobbitLong/RepDistiller"),
                                                     ("73.33", "megvii-research/mdistiller")]
    assert table.best == {("resnet32x4", "resnet8x4", "top1"): 73.33, ("resnet110", "resnet20", "top1"): 70.67}


def test_gain_over_vanilla_kd_comes_from_one_source(small_library):
    gains = board(small_library, "cifar100").gains
    assert len(gains) == 1
    gain = gains[0]
    # DML (Knowledge-Distillation-Zoo line 590) against KD of the same file (line 267), not RepDistiller's 70.67
    assert (gain.setting, gain.text, gain.result.text, gain.vanilla.text) == (
        ("resnet110", "resnet20", "top1"), "+0.23", "70.29", "70.06")
    assert gain.vanilla.source.line == 267


def test_lower_is_better_metric_marks_the_smallest_and_gains_are_reductions(library_with):
    rows = (row("hinton2015distilling", "30.50", 10, "top1-error") + row("cho2019efficacy", "29.25", 12, "top1-error")
            + row("cho2019efficacy", "31.00", 40, "top1-error", source="{arxiv: '1910.01348', table: 3}"))
    library = library_with(**{"results.yml": rows, "results_vocab.yml": VOCAB, "methods.yml": NOTES})
    table = board(library, "cifar100")
    setting = ("resnet32x4", "resnet8x4", "top1-error")
    assert table.best == {setting: 29.25}
    assert [r.text for r in table.methods[1].cells[setting]] == ["29.25", "31.00"]
    assert [(g.text, g.result.text) for g in table.gains] == [("+1.25", "29.25")]


def with_class(element, tag: str, css: str) -> list:
    """The descendants of element with this tag and class."""
    return element.xpath(f".//{tag}[contains(concat(' ', normalize-space(@class), ' '), ' {css} ')]")


def _numbers(page: str) -> list:
    return [a for table in with_class(lxml_html.fromstring(f"<div>{page}</div>"), "table", "kd-bench")
            for a in with_class(table, "a", "kd-bench__n")]


def test_every_result_is_one_linked_number_in_both_languages(small_library):
    for lang in ("zh", "en"):
        links = _numbers(benchmarks_page(small_library, lang, "../"))
        assert sorted(int(a.get("data-line")) for a in links) == sorted(r.line for r in small_library.benchmarks.results)
        by_line = {r.line: r for r in small_library.benchmarks.results}
        for link in links:
            result = by_line[int(link.get("data-line"))]
            assert link.text_content() == result.text
            assert link.get("href") == result.source.url
            assert result.source.repo in link.get("title")


def test_best_marks_only_method_numbers(small_library):
    links = _numbers(benchmarks_page(small_library, "en", ""))
    best = [a for a in links if "kd-bench__n--best" in a.get("class")]
    assert sorted(a.text_content() for a in best) == ["70.67", "73.33", "73.33"]
    assert all("kd-bench-best" in a.get("aria-describedby") for a in best)
    page = lxml_html.fromstring(f'<div>{benchmarks_page(small_library, "en", "")}</div>')
    baseline = with_class(with_class(page, "tbody", "kd-bench__baselines")[0], "a", "kd-bench__n")
    assert baseline and not any("best" in a.get("class") for a in baseline)


def test_reproductions_are_described_and_the_number_stays_as_printed(small_library):
    results = small_library.benchmarks.results
    link = lxml_html.fromstring(number_link(results[2], "en"))
    assert link.get("href") == REPDISTILLER and link.text_content() == "73.33"
    assert link.get("aria-describedby") == "kd-bench-repro" and "reproduced by others" in link.get("title")
    own = lxml_html.fromstring(number_link(results[1], "zh"))
    assert own.text_content() == "72.50" and own.get("aria-describedby") is None and "原作者报告" in own.get("title")


def test_arxiv_source_links_to_the_paper_and_names_the_table(library_with):
    rows = row("cho2019efficacy", "75.00", 1, origin="own", source="{arxiv: '1910.01348', table: A2}")
    library = library_with(**{"results.yml": rows, "results_vocab.yml": VOCAB, "methods.yml": NOTES})
    link = _numbers(benchmarks_page(library, "en", ""))[0]
    assert link.get("href") == "https://arxiv.org/abs/1910.01348"
    assert "arXiv 1910.01348 · Table A2 · original" in link.get("title")


def test_method_cell_links_card_and_shows_chips_and_idea(small_library):
    page = lxml_html.fromstring(f'<div>{benchmarks_page(small_library, "zh", "../")}</div>')
    row = page.get_element_by_id("cifar100-hinton2015distilling")
    assert with_class(row, "a", "kd-bench__name")[0].get("href") == "../families/logits/#hinton2015distilling"
    assert [c.text_content() for c in with_class(row, "a", "kd-chip")] == ["基于响应（Logits）的蒸馏"]
    assert "温度软化" in with_class(row, "span", "kd-bench__idea")[0].text_content()


def test_data_text_is_escaped(library_with):
    rows = row("hinton2015distilling", "70", 1) + row("hinton2015distilling", "71", 2, variant="+<b>")
    library = library_with(**{"results.yml": rows, "results_vocab.yml": VOCAB, "methods.yml": NOTES})
    page = benchmarks_page(library, "en", "")
    assert "<script>" not in page and "<b>" not in page and "<i>" not in page and "{{" not in page
    assert "ResNet8x4&lt;script&gt;" in page and "&lt;i&gt;variant&lt;/i&gt;" in page
    assert "Softened &lt;probabilities&gt; &amp; labels" in page
    tree = lxml_html.fromstring(f"<div>{page}</div>")
    variant_row = tree.get_element_by_id("cifar100-hinton2015distilling--b")
    # a variant with a paper is the row's contribution: the row shows that paper's idea and year
    assert with_class(variant_row, "span", "kd-bench__idea")[0].text_content() == "Early-stopped teacher"
    assert with_class(variant_row, "a", "kd-bench__variant")[0].get("href") == "families/logits/#cho2019efficacy"
    anchors = dict(paper_anchors(library, "cho2019efficacy"))
    assert anchors == {"cifar100": "cifar100-hinton2015distilling--b"}


def test_cards_link_to_their_rows(small_library):
    dml = small_library.paper("zhang2018deep")
    card = lxml_html.fromstring(paper_card(dml, small_library, "en", "../", "../"))
    links = with_class(card, "a", "kd-results__link")
    assert [(a.text_content(), a.get("href")) for a in links] == [
        ("CIFAR-100", "../benchmarks/#cifar100-zhang2018deep--resnet-110-peer")]
    assert 'id="cifar100-zhang2018deep--resnet-110-peer"' in benchmarks_page(small_library, "en", "../")
    assert not paper_card(small_library.paper("cho2019efficacy"), small_library, "en", "", "").count("kd-results")


def test_headings_chart_and_empty_library(small_library, library_with):
    page = benchmarks_page(small_library, "en", "")
    assert "## CIFAR\\-100 { #cifar100 }" in page
    assert re.search(r'<svg class="kd-chart__svg"[^>]*>.*\+0\.23', page)
    assert "ImageNet" not in page  # a dataset without results has no section
    empty = library_with(**{"results.yml": "[]\n"})
    assert benchmarks_page(empty, "zh", "") == '<p class="kd-empty">暂无基准结果。</p>'


def test_gain_labels_name_the_metric_only_where_a_pair_has_several(library_with):
    rows = (row("hinton2015distilling", "70.00", 1) + row("cho2019efficacy", "71.50", 2)
            + row("hinton2015distilling", "30.00", 3, "top1-error") + row("cho2019efficacy", "28.00", 4, "top1-error"))
    library = library_with(**{"results.yml": rows, "results_vocab.yml": VOCAB, "methods.yml": NOTES})
    tree = lxml_html.fromstring(f'<div>{benchmarks_page(library, "en", "")}</div>')
    labels = [t.text_content() for t in tree.xpath("//svg//text[@text-anchor='end']") if "→" in t.text_content()]
    assert labels == ["ResNet32x4 {{ x }} → ResNet8x4<script> · Top-1", "ResNet32x4 {{ x }} → ResNet8x4<script> · Error"]
    assert [g.text for g in board(library, "cifar100").gains] == ["+1.50", "+2.00"]
