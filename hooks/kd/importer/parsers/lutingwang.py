"""Parser for LutingWang/awesome-knowledge-distillation-for-object-detection: multi-line entries.

Each entry: a head line `Abbr. *Venue Year*.`, link lines `\\[[Label](url)\\]` and `<[GitHub](url)>`, a one-line
summary (ignored), then the bullets `- Title` and `- Author and Author and ...`.
"""
from __future__ import annotations

import re

from ..candidate import Candidate
from ..normalise import arxiv_id_from_url, canonical_venue, clean_title, clean_url, split_names, year_in
from .common import INLINE_LINK, HeadingPath

SOURCE = "lutingwang"
_HEAD = re.compile(r"^(?:(?P<abbr>[^\s*\\<\[-][^\s*]*)\.\s*)?"
                   r"(?:\*(?P<starred>[^*]+)\*|(?P<plain>[A-Z][A-Za-z]*\s+\d{4}))?\.?\s*$")
_PAPER_LINK = re.compile(r"^\\\[(?P<link>\[[^\]]*\]\([^)]*\))\\\]\s*$")
_CODE_LINK = re.compile(r"^<(?P<link>\[[^\]]*\]\([^)]*\))>\s*$")
_BULLET = re.compile(r"^-\s+(?P<text>[^\[].*?)\s*$")


class _Entry:
    """The facts of one entry gathered line by line."""

    def __init__(self, venue_text: str) -> None:
        self.venue_text = venue_text
        self.papers: list[str] = []
        self.code: list[str] = []
        self.bullets: list[tuple[int, str]] = []

    def candidate(self, section: tuple[str, ...]) -> Candidate:
        (number, title), (_, names) = self.bullets
        arxiv = next((a for a in map(arxiv_id_from_url, self.papers) if a), None)
        return Candidate(
            title=clean_title(title), source=SOURCE, line=number, section=section, authors=split_names(names),
            year=year_in(self.venue_text), venue=canonical_venue(self.venue_text), arxiv=arxiv,
            paper_url=self.papers[0] if self.papers else None, code_urls=self.code)


def _url(link: str) -> str | None:
    return next((clean_url(url) for _, url in INLINE_LINK.findall(link)), None)


def parse(text: str) -> list[Candidate]:
    """Candidates from the README: an entry is complete once its title and author bullets are read."""
    candidates, headings, entry = [], HeadingPath(), None
    for number, line in enumerate(text.splitlines(), start=1):
        if headings.update(line):
            entry = None
        elif entry and (paper := _PAPER_LINK.match(line)):
            entry.papers += [url for url in [_url(paper.group("link"))] if url]
        elif entry and (code := _CODE_LINK.match(line)):
            entry.code += [url for url in [_url(code.group("link"))] if url]
        elif entry and (entry.papers or entry.code) and (bullet := _BULLET.match(line)):
            entry.bullets.append((number, bullet.group("text")))
            if len(entry.bullets) == 2:
                candidates.append(entry.candidate(headings.path[1:]))
                entry = None
        elif line.strip() and (head := _HEAD.match(line)) and (head.group("abbr") or head.group("starred")
                                                                or head.group("plain")):
            entry = _Entry(head.group("starred") or head.group("plain") or "")
    return candidates
