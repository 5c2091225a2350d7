"""Unit tests of the README's generated awesome list (kd.awesome)."""
from __future__ import annotations

from kd.awesome import BEGIN, END, Slugger, generated_list, paper_line, with_generated_list
from kd.library import load_library

from .conftest import make_project

def library(tmp_path):
    return load_library(make_project(tmp_path / "project") / "data")


def test_paper_line_has_venue_year_authors_and_distinct_links(tmp_path):
    papers = {p.id: p for p in library(tmp_path).papers}
    assert paper_line(papers["hinton2015distilling"]) == (
        "- [Distilling the Knowledge in a Neural Network](https://arxiv.org/abs/1503.02531) - "
        "2015, arXiv. Geoffrey Hinton, Oriol Vinyals, Jeff Dean.")
    assert paper_line(papers["livne2020pops"]) == (
        "- [PoPS: Policy Pruning and Shrinking for Deep Reinforcement Learning](https://doi.org/10.1109/JSTSP.2020.2967566)"
        " - 2020, IEEE JSTSP. Dor Livne, Kobi Cohen.")


def test_every_paper_is_listed_once_under_its_first_family_or_domain(tmp_path):
    text = generated_list(library(tmp_path), "https://example.org/kd/")
    assert text.startswith(BEGIN) and text.endswith(END + "\n")
    assert text.count("Deep Mutual Learning") == 1 and text.count("PoPS") == 1
    assert "  - 基于响应（Logits）的蒸馏 · [Logits (Response)-Based](#logits-response-based) (2)" in text
    assert "#### Reinforcement learning and policy distillation" in text
    assert "[on the website 网站页面](https://example.org/kd/en/applications/rl/)" in text
    assert "**3 papers**" in text and "Online Distillation" not in text


def test_markers_are_replaced_or_the_list_is_appended():
    generated = f"{BEGIN}\nnew\n{END}\n"
    assert with_generated_list("# Title\n", generated) == "# Title\n\n" + generated
    assert with_generated_list(f"# Title\n\n{BEGIN}\nold\n{END}\n", generated) == "# Title\n\n" + generated


def test_slugs_follow_github():
    slugger = Slugger()
    assert slugger.slug("Logits (Response)-Based") == "logits-response-based"
    assert slugger.slug("Other") == "other" and slugger.slug("Other") == "other-1"
