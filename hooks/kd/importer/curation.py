"""Reviewed corrections (curation.yml) applied to candidates and merged papers by the importer."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kd.data.text import normalise_title

from .candidate import Candidate
from .merge import MergedPaper

CURATION_FILE = Path(__file__).with_name("curation.yml")
REVIEWED_FILE = Path(__file__).with_name("reviewed.yml")


@dataclass
class Curation:
    """Decisions taken while reviewing the imported lists; every key is a normalised title."""

    title_aliases: dict[str, str] = field(default_factory=dict)
    wrong_arxiv: dict[str, str] = field(default_factory=dict)
    not_authors: set[str] = field(default_factory=set)
    wrong_authors: set[tuple[str, str]] = field(default_factory=set)
    exclude: dict[str, tuple[str, str]] = field(default_factory=dict)
    keep: set[str] = field(default_factory=set)
    classify: dict[str, dict] = field(default_factory=dict)
    checked_facts: dict[str, dict] = field(default_factory=dict)
    manual_papers: list[dict] = field(default_factory=list)
    reviewed: dict[str, dict] = field(default_factory=dict)

    def fix(self, candidate: Candidate) -> Candidate:
        """A candidate with known title aliases, wrong arXiv ids and non-names corrected."""
        key = normalise_title(candidate.title)
        if key in self.title_aliases:
            candidate.title = self.title_aliases[key]
        if self.wrong_arxiv.get(key) == candidate.arxiv:
            candidate.arxiv = None
            if candidate.paper_url and "arxiv.org" in candidate.paper_url:
                candidate.paper_url = None
        if (candidate.source, key) in self.wrong_authors:
            candidate.authors, candidate.authors_complete = [], False
        candidate.authors = [a for a in candidate.authors if a not in self.not_authors]
        checked = self.checked_facts.get(normalise_title(candidate.title))
        if checked and "arxiv" in checked:
            candidate.arxiv = checked["arxiv"]
        return candidate


    def apply_checked(self, paper: MergedPaper) -> None:
        """Replace a merged paper's facts with those seen on a checked page (authors, ids, venue, year, links)."""
        checked = self.checked_facts.get(normalise_title(paper.title))
        if not checked:
            return
        if "authors" in checked:
            paper.authors, paper.authors_complete = list(checked["authors"]), True
        for key in ("arxiv", "year", "venue", "doi", "paper_url"):
            if key in checked:
                setattr(paper, key, checked[key])


PROVENANCE = {"title", "seen_at", "authors_seen_at"}


def merged_checked_facts(entries: list[dict]) -> dict[str, dict]:
    """The checked facts by normalised title; several entries for one paper (facts looked up at different times,
    each with its own seen_at) add up, and two that disagree on a fact stop the import."""
    facts: dict[str, dict] = {}
    for entry in entries:
        known = facts.setdefault(normalise_title(entry["title"]), {})
        for key, value in entry.items():
            value = str(value) if key == "arxiv" else value
            if key not in PROVENANCE and key in known and known[key] != value:
                raise ValueError(f"curation.yml checked_facts: {entry['title']!r} has two values for {key}: "
                                 f"{known[key]!r} and {value!r}")
            known[key] = value
    return facts


def load(path: Path = CURATION_FILE, reviewed: Path = REVIEWED_FILE) -> Curation:
    """The curation decisions from a YAML file, and the per-paper classification review beside it."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    review = (yaml.safe_load(reviewed.read_text(encoding="utf-8")) or []) if reviewed.is_file() else []
    norm = normalise_title
    return Curation(
        title_aliases={norm(k): v for k, v in (raw.get("title_aliases") or {}).items()},
        wrong_arxiv={norm(e["title"]): str(e["arxiv"]) for e in raw.get("wrong_arxiv") or []},
        not_authors=set(raw.get("not_authors") or []),
        wrong_authors={(e["source"], norm(e["title"])) for e in raw.get("wrong_authors") or []},
        exclude={norm(e["title"]): (e["category"], e["reason"]) for e in raw.get("exclude") or []} | {
            norm(e["title"]): (e["exclude"], e["reason"]) for e in review if "exclude" in e},
        keep={norm(t) for t in raw.get("keep") or []},
        classify={norm(e["title"]): e for e in raw.get("classify") or []},
        checked_facts=merged_checked_facts(raw.get("checked_facts") or []),
        manual_papers=raw.get("manual_papers") or [],
        reviewed={norm(e["title"]): e for e in review if "exclude" not in e},
    )
