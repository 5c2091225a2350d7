"""Frozen, typed records of the benchmark results: their vocabulary, the methods' notes, each row and its source."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import quote

from kd.data.names import Names

BASELINES = ("teacher", "student")


@dataclass(frozen=True)
class Dataset:
    """A benchmark dataset (one section of the Benchmarks page)."""

    id: str
    name: str


@dataclass(frozen=True)
class Metric:
    """What a number measures, its possible range and which way is better."""

    id: str
    name: Names
    low: float
    high: float
    higher_is_better: bool


@dataclass(frozen=True)
class Architecture:
    """A network architecture used as a teacher or a student."""

    id: str
    name: str


@dataclass(frozen=True)
class Variant:
    """A modifier a source prints after a method's name (such as +LS), and the paper proposing it, if any."""

    id: str
    name: Names
    paper: str = ""


@dataclass(frozen=True)
class MethodNote:
    """A method paper's short name and its idea in one line, written for this site."""

    id: str
    short: str
    idea: Names


@dataclass(frozen=True)
class RepoSource:
    """A line of a file in a public GitHub repository, at a commit."""

    repo: str
    path: str
    commit: str
    line: int

    @property
    def url(self) -> str:
        """The line on GitHub (plain=1: a rendered Markdown file has no line anchors)."""
        return f"https://github.com/{self.repo}/blob/{self.commit}/{quote(self.path)}?plain=1#L{self.line}"

    @property
    def key(self) -> tuple:
        return ("repo", self.repo, self.path, self.commit)


@dataclass(frozen=True)
class ArxivSource:
    """A table of a paper on arXiv."""

    arxiv: str
    table: str

    @property
    def url(self) -> str:
        return f"https://arxiv.org/abs/{self.arxiv}"

    @property
    def key(self) -> tuple:
        return ("arxiv", self.arxiv, self.table)


@dataclass(frozen=True)
class Result:
    """One reported number: who got it (method, variant), on what (dataset, teacher, student, metric), and where it
    is printed. `text` is the number as written (76.30), `value` its float."""

    method: str
    variant: str
    dataset: str
    teacher: str
    student: str
    metric: str
    value: float
    text: str
    origin: str
    source: RepoSource | ArxivSource
    file: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)

    @property
    def is_baseline(self) -> bool:
        return self.method in BASELINES

    @property
    def setting(self) -> tuple[str, str, str]:
        """The column of the Benchmarks table: (teacher, student, metric)."""
        return (self.teacher, self.student, self.metric)


@dataclass(frozen=True)
class Benchmarks:
    """The validated results with their vocabulary and method notes (all empty when data/ has no results)."""

    datasets: tuple[Dataset, ...] = ()
    metrics: tuple[Metric, ...] = ()
    architectures: tuple[Architecture, ...] = ()
    variants: tuple[Variant, ...] = ()
    notes: tuple[MethodNote, ...] = ()
    results: tuple[Result, ...] = ()

    @cached_property
    def _index(self) -> dict[str, dict]:
        return {name: {item.id: item for item in getattr(self, name)}
                for name in ("datasets", "metrics", "architectures", "variants", "notes")}

    def dataset(self, dataset_id: str) -> Dataset:
        return self._index["datasets"][dataset_id]

    def metric(self, metric_id: str) -> Metric:
        return self._index["metrics"][metric_id]

    def architecture(self, architecture_id: str) -> Architecture:
        return self._index["architectures"][architecture_id]

    def variant(self, variant_id: str) -> Variant:
        return self._index["variants"][variant_id]

    def note(self, paper_id: str) -> MethodNote:
        return self._index["notes"][paper_id]

    def in_dataset(self, dataset_id: str) -> list[Result]:
        return [r for r in self.results if r.dataset == dataset_id]

    def papers_of(self, result: Result) -> tuple[str, ...]:
        """The papers a row reports on: its method and the paper of its variant."""
        variant = self.variant(result.variant).paper if result.variant else ""
        return tuple(p for p in (result.method, variant) if p and p not in BASELINES)

    @cached_property
    def by_paper(self) -> dict[str, tuple[Result, ...]]:
        """Every paper's rows (as the method or as the variant's paper), in file order."""
        rows: dict[str, list[Result]] = {}
        for result in self.results:
            for paper in self.papers_of(result):
                rows.setdefault(paper, []).append(result)
        return {paper: tuple(found) for paper, found in rows.items()}
