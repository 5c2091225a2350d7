"""When a paper appeared: its arXiv id's month (YYMM), else its venue's year; and papers ordered by it."""
from __future__ import annotations

import re

from kd.data.model import Paper

YEAR_ONLY = 0  # the month of a paper known only by its venue's year
_ARXIV_MONTH = re.compile(r"^(?:[a-z-]+(?:\.[A-Z]{2})?/)?([0-9]{2})(0[1-9]|1[0-2])")


def arxiv_month(arxiv_id: str) -> tuple[int, int] | None:
    """(year, month) of an arXiv id, new style (2101.01234) or old (hep-th/9901001); None for anything else."""
    match = _ARXIV_MONTH.match(arxiv_id.strip())
    if not match:
        return None
    yy, mm = int(match.group(1)), int(match.group(2))
    return (1900 + yy if yy >= 91 else 2000 + yy), mm  # arXiv started in August 1991


def month(paper: Paper) -> tuple[int, int]:
    """(year, month) the paper appeared: its arXiv month, unless the venue's year is earlier (a paper put on arXiv
    after its conference); then (venue year, YEAR_ONLY)."""
    posted = arxiv_month(paper.links.arxiv)
    if posted and posted[0] <= paper.year:
        return posted
    return paper.year, YEAR_ONLY


_last: list = [None, ()]  # the library's papers last ordered, and their order (pages and feeds ask many times)


def newest_published(papers) -> list[Paper]:
    """Newest first by the month they appeared (a year-only paper after that year's months), then title."""
    if papers is not _last[0] or not isinstance(papers, tuple):
        _last[:] = [papers, tuple(sorted(papers, key=lambda p: (tuple(-n for n in month(p)), p.title.casefold(), p.id)))]
    return list(_last[1])
