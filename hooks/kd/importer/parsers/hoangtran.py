"""Parser for HoangTran223/Awesome-Knowledge-Distillation-of-VLMs: `* Title [[Paper]](url) ![](.../year-YYYY-red)`."""
from __future__ import annotations

import re

from ..candidate import Candidate
from ..normalise import arxiv_id_from_url, bare_arxiv_id, clean_title, clean_url
from .common import matching_lines

SOURCE = "hoangtran"
_ITEM = re.compile(r"^\*\s+(?P<title>.+?)\s*\[\[Paper\]\]\((?P<url>[^()\s]*)\)"
                   r"\s*(?:!\[\]\(https://img\.shields\.io/badge/year-(?P<year>\d{4})-\w+\))?\s*$")
_BOLD_LINE = re.compile(r"^\*\*(?P<text>[^*]+)\*\*\s*$")
_DOI_ARXIV = re.compile(r"doi\.org/10\.48550/arXiv\.(\S+)$", re.I)


def _arxiv(url: str | None) -> str | None:
    """The arXiv id of an arxiv.org link or of an arXiv DOI (10.48550/arXiv.NNNN.NNNNN)."""
    doi = _DOI_ARXIV.search(url or "")
    return bare_arxiv_id(doi.group(1)) if doi else arxiv_id_from_url(url)


def parse(text: str) -> list[Candidate]:
    """Candidates from the bulleted items; a bold line is a sub-heading of the section above it."""
    candidates = []
    pattern = re.compile(f"{_ITEM.pattern}|{_BOLD_LINE.pattern}")
    for number, match, headings in matching_lines(text, pattern):
        if match.group("text"):
            headings.push(7, match.group("text").strip())
            continue
        url = clean_url(match.group("url"))
        year = match.group("year")
        candidates.append(Candidate(
            title=clean_title(match.group("title")), source=SOURCE, line=number, section=headings.path,
            year=int(year) if year else None, arxiv=_arxiv(url), paper_url=url))
    return candidates
