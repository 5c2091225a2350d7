"""Counts read as English: "1 paper", "N papers", in every label, the README and the list files."""
from __future__ import annotations

import re
import string

import pytest

from kd.exports.awesome import generated_list
from kd.exports.awesomelists import list_files
from kd.pages.fieldlabels import FIELD_LABELS, field_label
from kd.pages.labels import LABELS, label, paper_count

ONE_PAPERS = re.compile(r"\b1 papers\b")


def test_paper_count_is_singular_for_one_only():
    assert [paper_count(n) for n in (0, 1, 2, 21)] == ["0 papers", "1 paper", "2 papers", "21 papers"]


@pytest.mark.parametrize("n, text", [(1, "1 paper"), (3, "3 papers")])
def test_count_labels(n, text):
    assert label("en", "papers_count", n=n) == text
    assert label("en", "year_count", n=n) == text
    assert field_label("en", "n_papers", n=n) == text
    assert field_label("en", "month_summary", n=n) == f"{text}."
    assert label("zh", "papers_count", n=n) == f"共 {n} 篇论文"


@pytest.mark.parametrize("table, fill", [(LABELS, label), (FIELD_LABELS, field_label)])
def test_no_english_label_says_one_papers(table, fill):
    for key, text in table["en"].items():
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        ones = fill("en", key, **{name: 1 for name in names})
        assert not ONE_PAPERS.search(ones), (key, ones)


def test_readme_and_lists_say_one_paper(library):
    texts = [generated_list(library, "https://example.org/"), *list_files(library, "https://example.org/").values()]
    assert not [t for t in texts if ONE_PAPERS.search(t)]
    assert any("**1 paper**" in t for t in texts)
