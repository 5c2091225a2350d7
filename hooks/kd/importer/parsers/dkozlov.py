"""Parser for dkozlov/awesome-knowledge-distillation: `- [Title](url), Full Author List, YEAR`."""
from __future__ import annotations

import re

from ..candidate import Candidate
from ..normalise import arxiv_id_from_url, clean_title, clean_url, split_names, year_in
from .common import INLINE_LINK, matching_lines

SOURCE = "dkozlov"
_ITEM = re.compile(r"^\s*-\s+\[(?P<title>[^\]]+)\](?:\((?P<url>[^)\s]*)\))?(?P<rest>.*)$")
_TRAILING_YEAR = re.compile(r"(?:19|20)\d{2}\s*$")


def parse(text: str) -> list[Candidate]:
    """Paper candidates from "Papers", and code-only candidates from "Implementations"."""
    candidates = []
    for number, match, headings in matching_lines(text, _ITEM):
        section = headings.path
        if not section or section[-1] == "Videos":
            continue
        url = clean_url(match.group("url"))
        if "Implementations" in section or section[0] in {"MXNet", "PyTorch", "Lua", "Torch", "Theano",
                                                          "Lasagne + Theano", "Tensorflow", "Caffe", "Keras"}:
            candidates.append(Candidate(title=clean_title(match.group("title")), source=SOURCE, line=number,
                                        section=section, code_urls=[url] if url else [], code_only=True))
            continue
        rest = INLINE_LINK.sub("", match.group("rest")).strip(" ,")
        year = year_in(rest) if _TRAILING_YEAR.search(rest) else None
        names_text = _TRAILING_YEAR.sub("", rest)
        partial = bool(re.search(r"\bet\.? al\b", names_text))
        names_text = re.sub(r"\bet\.? al\.?", "", names_text)
        authors = split_names(names_text)
        candidates.append(Candidate(
            title=clean_title(match.group("title")), source=SOURCE, line=number, section=section,
            authors=authors, authors_complete=bool(authors) and not partial, year=year,
            arxiv=arxiv_id_from_url(url), paper_url=url))
    return candidates
