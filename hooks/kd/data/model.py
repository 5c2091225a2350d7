"""Frozen, typed records of the bibliography: families, domains, resources and papers."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from kd.data.benchmarks import Benchmarks
from kd.data.names import Names


@dataclass(frozen=True)
class Family:
    """A knowledge-distillation method family (one page of the site)."""

    id: str
    name: Names
    order: int
    group: str
    survey_section: str


@dataclass(frozen=True)
class Domain:
    """An application domain (a section of the applications page)."""

    id: str
    name: Names
    order: int


@dataclass(frozen=True)
class Resource:
    """A non-paper resource: a survey, an article or a related repository."""

    id: str
    kind: str
    title: str
    url: str
    description: Names
    authors: tuple[str, ...] = ()
    year: int | None = None
    venue: str = ""
    arxiv: str = ""


@dataclass(frozen=True)
class Links:
    """Where a paper and its code can be found."""

    paper: str = ""
    arxiv: str = ""
    doi: str = ""
    pdf: str = ""
    code: tuple[str, ...] = ()

    @property
    def arxiv_url(self) -> str:
        return f"https://arxiv.org/abs/{self.arxiv}" if self.arxiv else ""

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def main_url(self) -> str:
        """The best single link to the paper itself."""
        return self.paper or self.arxiv_url or self.doi_url or self.pdf


PAPER_KINDS = ("method", "survey", "benchmark", "analysis", "dataset", "position")


@dataclass(frozen=True)
class Paper:
    """One bibliography entry, with where it was defined."""

    id: str
    title: str
    authors: tuple[str, ...]
    year: int
    venue: str
    families: tuple[str, ...]
    domains: tuple[str, ...]
    tags: tuple[str, ...]
    links: Links
    sources: tuple[str, ...]
    added: dt.date
    kind: str = "method"
    more_authors: bool = False
    file: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)


def newest_first(papers) -> list[Paper]:
    """Papers ordered by year (newest first), then title."""
    return sorted(papers, key=lambda p: (-p.year, p.title.casefold(), p.id))


@dataclass(frozen=True)
class Library:
    """The whole validated bibliography."""

    families: tuple[Family, ...]
    domains: tuple[Domain, ...]
    resources: tuple[Resource, ...]
    papers: tuple[Paper, ...]
    benchmarks: Benchmarks = Benchmarks()

    @cached_property
    def _papers_by_id(self) -> dict[str, Paper]:
        return {p.id: p for p in self.papers}

    def paper(self, paper_id: str) -> Paper:
        return self._papers_by_id[paper_id]

    def family(self, family_id: str) -> Family:
        return _by_id(self.families, family_id, "family")

    def domain(self, domain_id: str) -> Domain:
        return _by_id(self.domains, domain_id, "domain")

    def resource(self, resource_id: str) -> Resource:
        return _by_id(self.resources, resource_id, "resource")

    def papers_in_family(self, family_id: str) -> list[Paper]:
        self.family(family_id)
        return list(self._grouped[0].get(family_id, ()))

    def papers_in_domain(self, domain_id: str) -> list[Paper]:
        self.domain(domain_id)
        return list(self._grouped[1].get(domain_id, ()))

    @cached_property
    def _grouped(self) -> tuple[dict[str, tuple[Paper, ...]], dict[str, tuple[Paper, ...]]]:
        """Every family's and every domain's papers, newest first, sorted once (pages ask for them many times)."""
        families: dict[str, list[Paper]] = {}
        domains: dict[str, list[Paper]] = {}
        for paper in newest_first(self.papers):
            for family_id in paper.families:
                families.setdefault(family_id, []).append(paper)
            for domain_id in paper.domains:
                domains.setdefault(domain_id, []).append(paper)
        return ({k: tuple(v) for k, v in families.items()}, {k: tuple(v) for k, v in domains.items()})

    def resources_of_kind(self, kind: str) -> list[Resource]:
        return [r for r in self.resources if r.kind == kind]


def _by_id(items, item_id: str, what: str):
    for item in items:
        if item.id == item_id:
            return item
    known = ", ".join(i.id for i in items)
    raise KeyError(f"unknown {what} id {item_id!r}; known: {known}")
