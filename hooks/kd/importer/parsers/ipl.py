"""Parser for IPL-sharif/KD_Survey: `- **Title**, Venue Year, [ :link: ](paper)[ :octocat: ](code)`."""
from __future__ import annotations

import re

from ..candidate import Candidate
from ..normalise import arxiv_id_from_url, canonical_venue, clean_title, clean_url, year_in
from .common import INLINE_LINK, is_code_label, matching_lines

SOURCE = "ipl-sharif"
_ITEM = re.compile(r"^(?P<indent>\s*)[-*]\s+\*\*(?P<title>.+?)\*\*\s*[,.]?\s*(?P<rest>.*)$")


def parse(text: str) -> list[Candidate]:
    """Candidates from one IPL-sharif Markdown file; bold items without venue or link are sub-headings."""
    candidates = []
    for number, match, headings in matching_lines(text, _ITEM):
        rest = match.group("rest")
        links = INLINE_LINK.findall(rest)
        venue_text = rest.split("[", 1)[0].strip(" ,")
        if not links and year_in(venue_text) is None:
            headings.push(7 + len(match.group("indent")) // 2, clean_title(match.group("title")))
            continue
        paper_url = next((clean_url(url) for label, url in links if "link" in label), None)
        code = [clean_url(url) for label, url in links if is_code_label(label)]
        candidates.append(Candidate(
            title=clean_title(match.group("title")), source=SOURCE, line=number, section=headings.path,
            year=year_in(venue_text), venue=canonical_venue(venue_text), arxiv=arxiv_id_from_url(paper_url),
            paper_url=paper_url, code_urls=[url for url in code if url]))
    return candidates
