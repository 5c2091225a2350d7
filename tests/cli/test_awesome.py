"""Unit tests of the README's generated section (kd.exports.awesome), its landmark rule and the lists/ files."""
from __future__ import annotations

import dataclasses

from kd.exports.awesome import BEGIN, END, Slugger, generated_list, groups, paper_line, with_generated_list
from kd.exports.awesomelists import chunks, group_files, list_files
from kd.exports.landmarks import foundational, recent_major
from kd.data.library import load_library

from .conftest import make_project

URL = "https://example.org/kd/"


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


def test_readme_section_gives_counts_links_and_landmarks_of_each_group(tmp_path):
    text = generated_list(library(tmp_path), URL)
    assert text.startswith(BEGIN) and text.endswith(END + "\n")
    assert "  - 基于响应（Logits）的蒸馏 · [Logits (Response)-Based](#logits-response-based) (2)" in text
    assert "  - 在线蒸馏 · [Online Distillation](#online-distillation) (1)" in text
    assert "#### Reinforcement learning and policy distillation" in text
    assert "**1 paper** · [full list 完整列表](lists/applications/rl.md)" in text
    assert "[on the website 网站页面](https://example.org/kd/en/applications/rl/)" in text
    assert "**3 papers.**" in text and "Quantized Distillation" not in text
    logits = text.split("#### Logits (Response)-Based")[1].split("####")[0]
    assert logits.index("Distilling the Knowledge") < logits.index("Deep Mutual Learning")
    assert "Recent at major venues" not in logits  # the one CVPR paper is already foundational


def test_foundational_are_the_earliest_and_recent_the_newest_at_major_venues(tmp_path):
    hinton = next(p for p in library(tmp_path).papers if p.id == "hinton2015distilling")
    papers = [dataclasses.replace(hinton, id=f"p{year}{venue}", title=f"{venue} {year}", year=year, venue=venue)
              for year in range(2010, 2026) for venue in ("arXiv", "CVPR", "CVPR Workshops")]
    assert [p.id for p in foundational(papers)] == ["p2010CVPR", "p2010arXiv", "p2010CVPR Workshops",
                                                    "p2011CVPR", "p2011arXiv"]
    assert [p.id for p in recent_major(papers)] == ["p2025CVPR", "p2024CVPR", "p2023CVPR", "p2022CVPR", "p2021CVPR"]
    assert [p.year for p in recent_major(papers[:9], skip=foundational(papers[:9]))] == [2012]


def test_list_files_hold_every_paper_of_each_family_and_domain_by_year(tmp_path):
    files = list_files(library(tmp_path), URL)
    assert sorted(files) == ["lists/applications/rl.md", "lists/families/logits.md", "lists/families/online.md"]
    logits = files["lists/families/logits.md"]
    assert logits.startswith("# Logits (Response)-Based · 基于响应（Logits）的蒸馏\n\n**2 papers**, newest first · "
                             "[README](../../README.md) · [on the website 网站页面](https://example.org/kd/en/families/logits/)")
    assert logits.index("## 2018 (1)") < logits.index("Deep Mutual Learning") < logits.index("## 2015 (1)")
    assert "Deep Mutual Learning" in files["lists/families/online.md"] and "PoPS" in files["lists/applications/rl.md"]


def test_a_long_list_is_split_by_year_then_in_parts_of_at_most_the_limit(tmp_path):
    lib = library(tmp_path)
    hinton = next(p for p in lib.papers if p.id == "hinton2015distilling")
    papers = [dataclasses.replace(hinton, id=f"x{year}n{n}", title=f"Paper {year} number {n:02}", year=year)
              for year in (2019, 2020) for n in range(50 if year == 2020 else 3)]
    group = groups(dataclasses.replace(lib, papers=tuple(papers)))[0]
    files = group_files(group, URL, limit=2000)
    assert sorted(files) == ["lists/families/logits.md", "lists/families/logits/2019.md",
                             "lists/families/logits/2020-1.md", "lists/families/logits/2020-2.md",
                             "lists/families/logits/2020-3.md"]
    index = files["lists/families/logits.md"]
    assert "- 2020: [2020-1](logits/2020-1.md) (" in index and "- 2019: [2019](logits/2019.md) (3)" in index
    assert "[all years 全部年份](../logits.md) · [README](../../../README.md)" in files["lists/families/logits/2019.md"]
    lines = [line for path, text in files.items() if path != "lists/families/logits.md"
             for line in text.splitlines() if line.startswith("- [Paper")]
    assert sorted(lines) == sorted(paper_line(p) for p in papers)
    assert all(len(text.encode("utf-8")) < 2000 + 600 for text in files.values())


def test_chunks_keep_order_and_stay_under_the_limit():
    assert chunks(["aaaa", "bbbb", "cc", "d" * 20], limit=10) == [["aaaa", "bbbb"], ["cc"], ["d" * 20]]


def test_markers_are_replaced_or_the_list_is_appended():
    generated = f"{BEGIN}\nnew\n{END}\n"
    assert with_generated_list("# Title\n", generated) == "# Title\n\n" + generated
    assert with_generated_list(f"# Title\n\n{BEGIN}\nold\n{END}\n", generated) == "# Title\n\n" + generated


def test_slugs_follow_github():
    slugger = Slugger()
    assert slugger.slug("Logits (Response)-Based") == "logits-response-based"
    assert slugger.slug("Other") == "other" and slugger.slug("Other") == "other-1"
