"""Parser for Tebmer/Awesome-Knowledge-Distillation-of-LLMs: `| [**Title**](url) | Venue | YYYY-MM | [Github](code) |`."""
from __future__ import annotations

import re

from ..candidate import Candidate
from ..normalise import arxiv_id_from_url, canonical_venue, clean_title, clean_url
from .common import INLINE_LINK, is_code_label, matching_lines

SOURCE = "tebmer"
_ROW = re.compile(r"^\|\s*\[\*\*(?P<title>.+?)\*\*\]\((?P<url>[^)]*)\)\s*\|(?P<venue>[^|]*)\|(?P<date>[^|]*)(?P<rest>.*)$")


def parse(text: str) -> list[Candidate]:
    """Candidates from the table rows of the README."""
    candidates = []
    for number, match, headings in matching_lines(text, _ROW):
        date = re.search(r"((?:19|20)\d{2})-\d{2}", match.group("date"))
        code_cell = match.group("rest").strip("| ").split("|")[0]
        code = [clean_url(url) for label, url in INLINE_LINK.findall(code_cell) if is_code_label(label)]
        url = clean_url(match.group("url"))
        candidates.append(Candidate(
            title=clean_title(match.group("title")), source=SOURCE, line=number, section=headings.path[1:],
            year=int(date.group(1)) if date else None, venue=canonical_venue(match.group("venue")),
            arxiv=arxiv_id_from_url(url), paper_url=url, code_urls=[u for u in code if u]))
    return candidates
