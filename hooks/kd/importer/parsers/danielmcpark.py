"""Parser for danielmcpark/awesome-knowledge-distillation: `| [Title](url) | Venue | code |` under year headings."""
from __future__ import annotations

import re

from ..candidate import Candidate
from ..normalise import arxiv_id_from_url, canonical_venue, clean_title, clean_url
from .common import INLINE_LINK, is_code_label, matching_lines

SOURCE = "danielmcpark"
_ROW = re.compile(r"^\|\s*\[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)\s*\|(?P<venue>[^|]*)\|(?P<code>[^|]*)\|")


def parse(text: str) -> list[Candidate]:
    """Candidates from the yearly tables of the README."""
    candidates = []
    for number, match, headings in matching_lines(text, _ROW):
        heading = headings.path[-1] if headings.path else ""
        code = [clean_url(url) for label, url in INLINE_LINK.findall(match.group("code")) if is_code_label(label)]
        url = clean_url(match.group("url"))
        candidates.append(Candidate(
            title=clean_title(match.group("title")), source=SOURCE, line=number, section=headings.path,
            year=int(heading) if re.fullmatch(r"\d{4}", heading) else None,
            venue=canonical_venue(match.group("venue")), arxiv=arxiv_id_from_url(url), paper_url=url,
            code_urls=[u for u in code if u]))
    return candidates
