"""The README's landmark papers of a family or domain: its earliest papers and its newest at a major venue."""
from __future__ import annotations

from kd.data.model import Paper, newest_first

EARLIEST = 5
RECENT = 5
# Main tracks only: "CVPR Workshops", "Findings of EMNLP" and preprints do not count.
MAJOR_VENUES = ("NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "AAAI", "IJCAI", "KDD",
                "SIGIR", "WWW", "TPAMI", "IJCV", "JMLR")


def is_major(paper: Paper) -> bool:
    """Whether the paper appeared in the main track of a venue of MAJOR_VENUES."""
    return paper.venue in MAJOR_VENUES


def foundational(papers) -> list[Paper]:
    """The EARLIEST oldest papers; within a year, major venues first, then by title."""
    return sorted(papers, key=lambda p: (p.year, not is_major(p), p.title.casefold(), p.id))[:EARLIEST]


def recent_major(papers, skip=()) -> list[Paper]:
    """The RECENT newest papers at a major venue, leaving out those in skip."""
    skipped = {p.id for p in skip}
    return [p for p in newest_first(papers) if is_major(p) and p.id not in skipped][:RECENT]
