"""Pure counting over the library: the numbers behind every chart and table (no plotting here)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kd.data.model import Library, Paper

NO_FAMILY = ""  # series key of papers that belong to no method family (application-only papers)
SHOWN_YEARS = 15  # charts show this many recent years one by one and fold the earlier ones into one bar


@dataclass(frozen=True)
class Series:
    """One named row of counts aligned with a list of years."""

    key: str
    counts: tuple[int, ...]


@dataclass(frozen=True)
class YearTable:
    """Counts per year for several series; years run without gaps from the first to the last."""

    years: tuple[int, ...]
    series: tuple[Series, ...]

    @property
    def totals(self) -> tuple[int, ...]:
        return tuple(sum(column) for column in zip(*(s.counts for s in self.series))) if self.series else ()


@dataclass(frozen=True)
class CodeShare:
    """How many papers of one year link to code."""

    year: int
    papers: int
    with_code: int

    @property
    def share(self) -> float:
        return self.with_code / self.papers if self.papers else 0.0


def year_span(papers) -> tuple[int, ...]:
    """Every year from the earliest to the latest paper, gaps included."""
    years = [p.year for p in papers]
    return tuple(range(min(years), max(years) + 1)) if years else ()


def primary_family(paper: Paper) -> str:
    """The family a paper is counted under when each paper must be counted once: its first one."""
    return paper.families[0] if paper.families else NO_FAMILY


def papers_per_year_by_family(library: Library) -> YearTable:
    """Papers per year, each paper counted once under its primary family; empty series are dropped."""
    years = year_span(library.papers)
    counts = Counter((primary_family(p), p.year) for p in library.papers)
    keys = [f.id for f in library.families] + [NO_FAMILY]
    series = tuple(
        Series(key, tuple(counts[(key, y)] for y in years))
        for key in keys if any(counts[(key, y)] for y in years)
    )
    return YearTable(years, series)


def papers_per_family(library: Library) -> list[tuple[str, int]]:
    """(family id, papers listing that family), most papers first, then in family order."""
    counts = Counter(fid for p in library.papers for fid in set(p.families))
    return sorted(((f.id, counts[f.id]) for f in library.families), key=lambda item: -item[1])


def top_venues(library: Library, limit: int = 15) -> list[tuple[str, int]]:
    """The venues with the most papers, most first, ties by name."""
    counts = Counter(p.venue for p in library.papers)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold(), item[0]))[:limit]


def code_share_by_year(library: Library) -> list[CodeShare]:
    """Per year (gaps included): papers, and papers with at least one code link."""
    total = Counter(p.year for p in library.papers)
    with_code = Counter(p.year for p in library.papers if p.links.code)
    return [CodeShare(y, total[y], with_code[y]) for y in year_span(library.papers)]


def family_per_year(library: Library, family_id: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(years, counts) of one family's papers, years without gaps."""
    papers = library.papers_in_family(family_id)
    counts = Counter(p.year for p in papers)
    years = year_span(papers)
    return years, tuple(counts[y] for y in years)


def earliest_papers(library: Library, family_id: str, limit: int = 3) -> list[Paper]:
    """A family's oldest papers: earliest year first, then title."""
    papers = library.papers_in_family(family_id)
    return sorted(papers, key=lambda p: (p.year, p.title.casefold(), p.id))[:limit]


def fold_years(years, columns, shown: int = SHOWN_YEARS) -> tuple[list[str], list[tuple[int, ...]]]:
    """At most `shown` chart bins: the latest years one by one, the earliest summed into one '≤year' bin.

    `columns` holds, per year, a tuple of counts; the result holds one summed tuple per bin."""
    years, columns = list(years), [tuple(c) for c in columns]
    if len(years) <= shown:
        return [str(y) for y in years], columns
    cut = len(years) - shown + 1  # the first bin takes this many years
    early = tuple(sum(values) for values in zip(*columns[:cut]))
    return [f"≤{years[cut - 1]}"] + [str(y) for y in years[cut:]], [early] + columns[cut:]


def per_year_bins(library: Library, shown: int = SHOWN_YEARS) -> tuple[list[str], list[Series]]:
    """The per-year stacked chart's data: bin labels and each primary-family series summed per bin."""
    table = papers_per_year_by_family(library)
    labels, columns = fold_years(table.years, zip(*(s.counts for s in table.series)), shown)
    return labels, [Series(s.key, tuple(column[i] for column in columns)) for i, s in enumerate(table.series)]


def code_share_bins(library: Library, shown: int = SHOWN_YEARS) -> list[tuple[str, int, int]]:
    """The code-share chart's data: (bin label, papers, papers with code) per year bin."""
    shares = code_share_by_year(library)
    labels, columns = fold_years([s.year for s in shares], [(s.papers, s.with_code) for s in shares], shown)
    return [(label, papers, with_code) for label, (papers, with_code) in zip(labels, columns)]


def family_year_bins(library: Library, family_id: str, shown: int = SHOWN_YEARS) -> tuple[list[str], list[int]]:
    """A family timeline's data: bin labels and that family's papers per bin."""
    years, counts = family_per_year(library, family_id)
    labels, columns = fold_years(years, [(c,) for c in counts], shown)
    return labels, [column[0] for column in columns]
