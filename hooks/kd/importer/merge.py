"""Merging candidates that describe the same paper (same arXiv id or normalised title) into one record."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kd.data.text import normalise_title

from .candidate import Candidate
from .normalise import CANONICAL_VENUES, arxiv_abs_url, venue_from_url
from .parsers import extracted, paperlists

# which source's facts win when sources disagree, best first
SOURCE_PRIORITY = ("paperlists", "acl-anthology", "aaai-2024-papers", "iclr2025-openreview", "neurips2025-accepted",
                   "acl-2026-site", "eacl-2026-site", "cvpr2026-papers", "icml2026-events", "eccv2026-papers",
                   "vlm-paper-search", "neurips2026-opd-selection",
                   "dkozlov", "lhyfst", "danielmcpark", "ipl-sharif", "flhonker", "tebmer", "lutingwang", "hoangtran")
_PUBLISHER_HOSTS = ("openaccess.thecvf.com", "proceedings.neurips.cc", "papers.nips.cc", "aclanthology.org",
                    "ojs.aaai.org", "aaai.org", "ijcai.org", "openreview.net", "ieeexplore.ieee.org",
                    "dl.acm.org", "link.springer.com", "sciencedirect.com", "proceedings.mlr.press",
                    "ecva.net", "jmlr.org", "nature.com", "mdpi.com", "bmva-archive.org.uk")

# sources that are a venue's own list of accepted papers
ACCEPTED_LISTS = {paperlists.SOURCE, *extracted.SOURCES.values()}

# publisher names some lists give instead of a venue: used only when nothing better is known
_PUBLISHERS = {"ACM", "IEEE", "Elsevier", "Springer", "ACM Trans", "IEEE Trans", "PMLR"}


@dataclass
class MergedPaper:
    """One paper with the facts chosen from all candidates that describe it."""

    title: str
    authors: list[str]
    authors_complete: bool
    year: int | None
    venue: str | None
    arxiv: str | None
    paper_url: str | None
    code_urls: list[str]
    sources: list[str]
    candidates: list[Candidate] = field(repr=False)
    notes: list[str] = field(default_factory=list)
    doi: str | None = None


def _priority(candidate: Candidate) -> int:
    return SOURCE_PRIORITY.index(candidate.source)


def _capitals(title: str) -> int:
    return sum(word[:1].isupper() for word in title.split() if len(word) > 3)


def _choose_title(group: list[Candidate]) -> str:
    return min(group, key=lambda c: (-_capitals(c.title), _priority(c), c.line)).title


def _choose_arxiv(group: list[Candidate], notes: list[str]) -> str | None:
    counts = Counter(c.arxiv for c in group if c.arxiv)
    if len(counts) > 1:
        notes.append("arXiv ids disagree: " + ", ".join(sorted(counts)))
    first_seen = {c.arxiv: i for i, c in reversed(list(enumerate(group))) if c.arxiv}
    return min(counts, key=lambda a: (-counts[a], first_seen[a])) if counts else None


def _choose_authors(group: list[Candidate]) -> tuple[list[str], bool]:
    with_names = [c for c in group if c.authors]
    if not with_names:
        return [], False
    best = min(with_names, key=lambda c: (not c.authors_complete, _priority(c), -len(c.authors)))
    return list(best.authors), best.authors_complete


def _choose_venue_year(group: list[Candidate], notes: list[str]) -> tuple[str | None, int | None]:
    """A venue's accepted-paper list first, then a publisher page's venue, then a published venue over arXiv,
    canonical names over others."""
    listed = sorted((c for c in group if c.source in ACCEPTED_LISTS), key=lambda c: (c.year, c.line))
    if listed:  # a venue's own accepted-paper list: the published venue and year win over every other source
        return listed[0].venue, listed[0].year
    options = []
    for c in group:
        from_url = venue_from_url(c.paper_url)
        if from_url:
            options.append((0, from_url, c.year, _priority(c)))
        if c.venue:
            rank = 4 if c.venue == "arXiv" else 3 if c.venue in _PUBLISHERS else 1 if c.venue in CANONICAL_VENUES else 2
            options.append((rank, c.venue, c.year, _priority(c)))
    published = {venue for rank, venue, _, _ in options if rank < 4}
    if len(published) > 1:
        notes.append("venues disagree: " + ", ".join(sorted(published)))
    years = [c.year for c in group if c.year]
    if not options:
        return None, min(years) if years else None
    votes = Counter(venue for _, venue, _, _ in options)
    rank, venue, year, _ = min(options, key=lambda o: (o[0], -votes[o[1]], o[3], o[2] is None))
    if year is None or venue == "arXiv":
        year = min(years) if years else None
    return venue, year


def _choose_paper_url(group: list[Candidate], venue: str | None, arxiv: str | None) -> str | None:
    urls = [c.paper_url for c in sorted(group, key=_priority) if c.paper_url]
    publisher = [u for u in urls if any(host in u for host in _PUBLISHER_HOSTS)]
    if publisher and venue != "arXiv":
        return publisher[0]
    if arxiv:
        return arxiv_abs_url(arxiv)
    return urls[0] if urls else None


def _code_key(url: str) -> str:
    return re.sub(r"(\.git|/)$", "", url.casefold().replace("http://", "https://"))


def _merge_codes(group: list[Candidate]) -> list[str]:
    seen: dict[str, str] = {}
    for c in group:
        for url in c.code_urls:
            seen.setdefault(_code_key(url), url)
    return list(seen.values())


def merge_group(group: list[Candidate]) -> MergedPaper:
    """One paper from candidates already known to describe it."""
    notes: list[str] = []
    titles = {normalise_title(c.title) for c in group}
    if len(titles) > 1:
        notes.append("titles differ: " + " | ".join(sorted({c.title for c in group})))
    arxiv = _choose_arxiv(group, notes)
    authors, complete = _choose_authors(group)
    venue, year = _choose_venue_year(group, notes)
    if year is None and arxiv and "." in arxiv:
        year = 2000 + int(arxiv[:2])
    return MergedPaper(
        title=_choose_title(group), authors=authors, authors_complete=complete, year=year, venue=venue,
        arxiv=arxiv, paper_url=_choose_paper_url(group, venue, arxiv), code_urls=_merge_codes(group),
        sources=sorted({c.source for c in group}), candidates=group, notes=notes,
        doi=next((c.doi for c in sorted(group, key=_priority) if c.doi), None))


def group_candidates(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Candidates partitioned so that any two sharing an arXiv id or normalised title are together."""
    parent = list(range(len(candidates)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_by_key: dict[str, int] = {}
    for i, c in enumerate(candidates):
        keys = ["t:" + normalise_title(c.title)] + (["a:" + c.arxiv] if c.arxiv else [])
        for key in keys:
            if key in first_by_key:
                parent[find(i)] = find(first_by_key[key])
            else:
                first_by_key[key] = i
    groups: dict[int, list[Candidate]] = {}
    for i, c in enumerate(candidates):
        groups.setdefault(find(i), []).append(c)
    return list(groups.values())


def merge(candidates: list[Candidate]) -> tuple[list[MergedPaper], list[Candidate]]:
    """Merged papers; code-only candidates add their links to a paper of the same title or are returned unmatched."""
    papers = [merge_group(g) for g in group_candidates([c for c in candidates if not c.code_only])]
    by_title = {normalise_title(p.title): p for p in papers}
    for p in papers:
        for c in p.candidates:
            by_title.setdefault(normalise_title(c.title), p)
    unmatched = []
    for c in (c for c in candidates if c.code_only):
        paper = by_title.get(normalise_title(c.title))
        if paper is None:
            unmatched.append(c)
            continue
        known = {_code_key(u) for u in paper.code_urls}
        paper.code_urls += [u for u in c.code_urls if _code_key(u) not in known]
        if c.source not in paper.sources:
            paper.sources = sorted(paper.sources + [c.source])
    return papers, unmatched
