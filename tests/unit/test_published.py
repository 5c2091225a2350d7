"""kd.data.published: the month a paper appeared, from its arXiv id or its venue's year, and the order it gives."""
from __future__ import annotations

import pytest

from kd.data.published import YEAR_ONLY, arxiv_month, month, newest_published

from stats.factory import paper


@pytest.mark.parametrize("arxiv_id, expected", [
    ("1503.02531", (2015, 3)),
    ("2601.19634", (2026, 1)),
    ("2412.12345v2", (2024, 12)),
    ("0704.0001", (2007, 4)),
    ("hep-th/9108001", (1991, 8)),
    ("cs/9912001", (1999, 12)),
    ("math.GT/0309136", (2003, 9)),
    ("", None),
    ("1513.00001", None),
    ("2100.00001", None),
    ("not an id", None),
])
def test_arxiv_month_reads_yymm(arxiv_id, expected):
    assert arxiv_month(arxiv_id) == expected


def test_month_is_the_arxiv_month_unless_the_venue_came_first():
    assert month(paper("a", 2015, arxiv="1503.02531")) == (2015, 3)
    assert month(paper("b", 2026, venue="arXiv", arxiv="2508.15423")) == (2025, 8)  # venue year later than arXiv
    assert month(paper("c", 2019, arxiv="2003.00001")) == (2019, YEAR_ONLY)  # put on arXiv after the venue
    assert month(paper("d", 2021)) == (2021, YEAR_ONLY)  # no arXiv id


def test_newest_published_orders_by_month_then_title():
    papers = [
        paper("old", 2019), paper("later", 2020, arxiv="2103.00001"),
        paper("jan_b", 2026, arxiv="2601.00002", title="B"), paper("jan_a", 2026, arxiv="2601.00003", title="a"),
        paper("y2026", 2026), paper("dec", 2026, arxiv="2512.00001"), paper("aug", 2026, arxiv="2508.00001"),
    ]
    assert [p.id for p in newest_published(papers)] == ["jan_a", "jan_b", "y2026", "dec", "aug", "later", "old"]
