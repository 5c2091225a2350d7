"""Parser for lhyfst/knowledge-distillation-papers: `* [Title](url), authors, VENUE YEAR` under year headings."""
from __future__ import annotations

import re

from ..candidate import Candidate
from ..normalise import (CANONICAL_VENUES, arxiv_id_from_url, canonical_venue, clean_title, clean_url,
                         split_names, year_in)
from .common import INLINE_LINK, is_code_label, matching_lines

SOURCE = "lhyfst"
_ITEM = re.compile(r"^\s*\*\s+\[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)(?P<rest>.*)$")
_VENUE_YEAR = re.compile(r"^(?P<venue>.*?)[\s,]*(?P<year>(?:19|20)\d{2})$")


def _tail(parts: list[str], heading_year: int | None) -> tuple[str | None, int | None, list[str]]:
    """Venue and year from the end of the comma-separated fields; the rest are author names."""
    venue, year = None, None
    match = _VENUE_YEAR.match(parts[-1]) if parts else None
    if match:
        year = int(match.group("year"))
        venue = match.group("venue") or None
        parts = parts[:-1]
    if not venue and parts and canonical_venue(parts[-1]) in CANONICAL_VENUES:
        venue = parts[-1]
        parts = parts[:-1]
    return canonical_venue(venue), year or heading_year, parts


def parse(text: str) -> list[Candidate]:
    """Candidates from the README text."""
    candidates = []
    for number, match, headings in matching_lines(text, _ITEM):
        rest = match.group("rest")
        code = [clean_url(url) for label, url in INLINE_LINK.findall(rest) if is_code_label(label)]
        rest = INLINE_LINK.sub("", rest)
        parts = [part.strip() for part in rest.split(",") if part.strip()]
        heading = headings.path[-1] if headings.path else ""
        venue, year, names = _tail(parts, year_in(heading) if re.fullmatch(r"\d{4}", heading) else None)
        url = clean_url(match.group("url"))
        partial = any(re.search(r"\bet\.? al\b", name) for name in names)
        authors = split_names(", ".join(re.sub(r"\bet\.? al\.?", "", name) for name in names))
        candidates.append(Candidate(
            title=clean_title(match.group("title")), source=SOURCE, line=number, section=headings.path,
            authors=authors, authors_complete=bool(authors) and not partial, year=year, venue=venue,
            arxiv=arxiv_id_from_url(url), paper_url=url, code_urls=[u for u in code if u]))
    return candidates
