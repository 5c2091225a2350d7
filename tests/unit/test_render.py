"""Pure renderers: escaping, author shortening, links, year grouping and anchors, without MkDocs."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from kd.pages import render
from kd.pages.coins import coins_span
from kd.pages.escape import html_text, markdown_text, safe_url
from kd.data.library import load_library

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "valid"


@pytest.fixture(scope="module")
def lib():
    return load_library(FIXTURE)


def with_paper(lib, **changes):
    """The fixture library with its first paper changed."""
    first = dataclasses.replace(lib.papers[0], **changes)
    return dataclasses.replace(lib, papers=(first, *lib.papers[1:])), first


def test_html_text_neutralises_markup_and_jinja():
    text = html_text('<script>alert(1)</script> {{ 7*7 }} {% raw %} "q"')
    assert "<" not in text and ">" not in text and "{" not in text and "}" not in text and '"' not in text
    assert "&lt;script&gt;" in text and "&#123;&#123; 7*7 &#125;&#125;" in text


def test_markdown_text_escapes_markdown_syntax():
    assert markdown_text("a*b*|[x](javascript:alert(1))") == r"a\*b\*\|\[x\]\(javascript:alert\(1\)\)"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", " https://x.org", "ftp://x.org"])
def test_safe_url_drops_non_http(url):
    assert safe_url(url) == ""


def test_safe_url_escapes_quotes():
    assert safe_url('https://x.org/a"onmouseover="x') == "https://x.org/a&quot;onmouseover=&quot;x"


def test_card_escapes_data(lib):
    lib2, paper = with_paper(lib, title="<img src=x onerror=alert(1)> {{ 7*7 }}", authors=("<b>Eve</b>",), venue="*CVPR*")
    card = render.paper_card(paper, lib2, "en", "../../", "../../../")
    assert "<img" not in card and "<b>" not in card and "{{" not in card
    assert "&lt;img src=x onerror=alert(1)&gt;" in card


def test_card_has_anchor_links_and_chips(lib):
    paper = lib.papers[1]
    card = render.paper_card(paper, lib, "zh", "../../", "../../")
    assert card.startswith('<article class="kd-paper" data-id="zhang2018deep"><h3 id="zhang2018deep">')
    assert 'href="#zhang2018deep"' in card
    assert 'href="https://arxiv.org/abs/1706.00384"' in card
    assert '<a href="https://github.com/YingZhangDUT/Deep-Mutual-Learning">代码</a>' in card
    assert 'href="../../families/logits/"' in card and 'href="../../families/online/"' in card
    assert " · CVPR · 2018</div>" in card
    results = render.results_links(paper, lib, "zh", "../../")
    assert 'href="../../benchmarks/#' in results  # the fixture has results of this paper
    assert card.endswith('<a class="kd-bib" href="../../exports/cite/zhang2018deep.bib" data-search-exclude>BibTeX</a>'
                         f"{results}{coins_span(paper)}</article>")
    english = render.paper_card(paper, lib, "en", "../../", "../../../")  # the exports sit at the site root
    assert 'href="../../families/logits/"' in english and 'href="../../../exports/cite/zhang2018deep.bib"' in english
    assert "@" not in card  # the entry itself is fetched from that file, not carried by the page
    assert "\n" not in card


def test_card_leaves_out_the_chip_of_its_own_family_page(lib):
    paper = lib.papers[1]
    on_page = render.paper_card(paper, lib, "en", "../../", "../../../", family="logits")
    assert 'href="../../families/logits/"' not in on_page and 'href="../../families/online/"' in on_page
    family_page = render.family_page(lib, "logits", "en", "../../", "../../../")
    assert 'href="../../families/logits/"' not in family_page and 'href="../../families/online/"' in family_page


def test_the_paper_page_is_linked_once_by_the_title(lib):
    paper = dataclasses.replace(lib.papers[1], links=dataclasses.replace(lib.papers[1].links, paper="https://x.org/p"))
    card = render.paper_card(paper, lib, "en", "", "")
    assert card.count('href="https://x.org/p"') == 1 and '<h3 id="zhang2018deep"><a href="https://x.org/p">' in card


def test_card_has_few_elements(lib):
    """A card is its heading (title and permalink), one line of text, its links, chips, BibTeX and benchmark links,
    and its COinS span: nothing else wraps them. (bench/page_load.py compares the count with a plain list's.)"""
    paper = lib.papers[1]  # two families, an arXiv and a code link, four authors
    card = render.paper_card(paper, lib, "en", "", "", family="logits")
    tags = re.findall(r"<([a-z0-9]+)", card)
    results = ["span"] + ["a"] * render.results_links(paper, lib, "en", "").count("<a ")  # its benchmark rows
    assert tags == ["article", "h3", "a", "a", "div", "details", "summary", "a", "a", "a", "a", *results, "span"]
    assert re.findall(r"<([a-z0-9]+)", render.paper_card(lib.papers[2], lib, "en", "", "", family="logits")) == \
        ["article", "h3", "a", "div", "a", "span"]  # no link but its BibTeX file, two authors


def test_authors_shortened_past_three_with_full_list_on_expand():
    short = render.authors_html(("A", "B", "C", "D"), "en")
    assert short == "<details><summary>A, B, C et al.</summary>A, B, C, D</details>"
    assert render.authors_html(("A", "B", "C"), "en") == "A, B, C"
    assert render.authors_html(("<A>",), "en") == "&lt;A&gt;"
    assert "作者待补充" in render.authors_html((), "zh")


def test_paper_link_is_not_repeated_as_the_arxiv_link(lib):
    targets = render.link_targets(lib.papers[0], "en")
    assert [(kind, url) for kind, _, url in targets if url == "https://arxiv.org/abs/1503.02531"] == \
        [("arxiv", "https://arxiv.org/abs/1503.02531")]


def test_card_without_any_link_has_plain_title(lib):
    paper = lib.papers[2]
    card = render.paper_card(paper, lib, "en", "", "../")
    assert '<h3 id="cho2019efficacy">On the Efficacy of Knowledge Distillation<a class="kd-permalink"' in card


def test_family_page_groups_by_year_newest_first_with_counts(lib):
    page = render.family_page(lib, "logits", "en", "../../", "../../../")
    headings = re.findall(r"^## (\d{4}) · (\d+ papers?) \{ #year-\d{4} \}$", page, flags=re.M)
    assert headings == [("2019", "1 paper"), ("2018", "1 paper"), ("2015", "1 paper")]
    assert page.startswith('<p class="kd-count">3 papers</p>')
    assert page.count('<article class="kd-paper"') == 3


def test_family_and_domain_pages_link_the_explorer_and_their_bib(lib):
    page = render.family_page(lib, "logits", "en", "../../", "../../../")
    assert '<a class="md-button md-button--primary kd-page-links__explorer" href="../../papers/?family=logits">' \
           "Filter these 3 papers in the explorer</a>" in page
    assert 'href="../../../exports/bib/logits.bib" download>Download BibTeX (logits.bib)</a>' in page
    zh = render.domain_page(lib, "image-classification", "zh", "../../", "../../../")
    assert 'href="../../papers/?domain=image-classification">在论文浏览器中筛选这 1 篇论文</a>' in zh
    assert 'href="../../../exports/bib/applications/image-classification.bib" download>' in zh


def test_empty_family_says_so(lib):
    assert "暂无论文" in render.family_page(lib, "nas", "zh", "", "")
    assert "kd-page-links" not in render.family_page(lib, "nas", "zh", "", "")


def test_domain_page_and_table(lib):
    page = render.domain_page(lib, "image-classification", "en", "../../", "../../../")
    assert page.startswith('<p class="kd-count">1 paper</p>')
    assert "## 2018 · 1 paper { #year-2018 }" in page
    table = render.domain_table(lib, "zh", "../")
    assert "| [图像分类](../applications/image-classification.md) | 1 |" in table
    assert len(table.splitlines()) == 2 + len(lib.domains)


def test_family_table_counts_and_links(lib):
    table = render.family_table(lib, "en", "../")
    assert "| [Logits \\(Response\\)\\-Based](../families/logits.md) | 3 |" in table
    assert "| [Online Distillation](../families/online.md) | 1 |" in table
    assert len(table.splitlines()) == 2 + len(lib.families)
    assert len(render.family_table(lib, "zh", "", group="scheme").splitlines()) == 4


def test_resource_item_uses_our_description(lib):
    item = render.resource_item(lib.resource("gou2021survey"), "en")
    assert item.startswith('- <a href="https://arxiv.org/abs/2006.05525">Knowledge Distillation: A Survey</a>')
    assert item.endswith("  \n  A survey for tests\\.")


def test_papers_without_family_are_counted_and_listed_by_kind(lib):
    first = dataclasses.replace(lib.papers[0], families=(), kind="survey", title="A <Survey> of {{ KD }}")
    changed = dataclasses.replace(lib, papers=(first, *lib.papers[1:]))
    unfamilied = sum(not p.families for p in changed.papers)
    html = render.papers_without_family(changed, "en")
    assert f"{unfamilied} more papers" in html and "<summary>Surveys (1)</summary>" in html
    assert "A &lt;Survey&gt; of &#123;&#123; KD &#125;&#125;" in html and "{{" not in html
    assert "另有" in render.papers_without_family(changed, "zh")


def test_venue_filter_names_at_most_the_limit_and_groups_the_rest_by_kind(lib):
    from kd.pages.explorer import venue_options
    from kd.data.venues import venue_kind

    venues = [f"Journal Number {i}" for i in range(12)] + ["CVPR"] * 5 + ["ICCV"] * 3 + ["arXiv"] * 2
    papers = tuple(dataclasses.replace(lib.papers[0], id=f"p{i}", venue=v) for i, v in enumerate(venues))
    options = venue_options(dataclasses.replace(lib, papers=papers), limit=6)
    assert len(options) <= 6
    named = [v for v, _ in options if not v.startswith("other:")]
    assert {"CVPR", "ICCV", "arXiv"} <= set(named)
    assert sum(n for _, n in options) == len(papers)
    assert all(venue_kind(v) == "journal" for v in venues if v not in named)
    assert ("other:journal", sum(v not in named for v in venues)) in options
    assert venue_options(dataclasses.replace(lib, papers=papers[:3]), limit=6) == [("Journal Number 0", 1),
                                                                                   ("Journal Number 1", 1),
                                                                                   ("Journal Number 2", 1)]
