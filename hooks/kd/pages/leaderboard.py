"""The Benchmarks tables as data: per dataset its settings (columns), its baseline and method rows, the best number
of each column and each setting's largest gain over vanilla KD within one source."""
from __future__ import annotations

from dataclasses import dataclass

from kd.data.benchmarks import BASELINES, Benchmarks, Result
from kd.data.model import Library
from kd.data.resultcheck import anchor_slug

VANILLA_KD = "hinton2015distilling"


@dataclass(frozen=True)
class Row:
    """One table row: a method (or baseline) with its variant, and its numbers per setting, best first."""

    method: str
    variant: str
    cells: dict[tuple[str, str, str], tuple[Result, ...]]


@dataclass(frozen=True)
class Gain:
    """A setting's largest gain over vanilla KD: a number and the vanilla-KD number of the same source file."""

    setting: tuple[str, str, str]
    result: Result
    vanilla: Result
    gain: float
    text: str


@dataclass(frozen=True)
class Board:
    """One dataset's table: its columns, baseline rows, method rows, the best value per column and the gains."""

    dataset: str
    settings: tuple[tuple[str, str, str], ...]
    baselines: tuple[Row, ...]
    methods: tuple[Row, ...]
    best: dict[tuple[str, str, str], float]
    gains: tuple[Gain, ...]


def better_first(results, higher_is_better: bool) -> tuple[Result, ...]:
    """Numbers ordered best first; equal numbers keep their order in results.yml."""
    return tuple(sorted(results, key=lambda r: -r.value if higher_is_better else r.value))


def row_anchor(dataset: str, method: str, variant: str) -> str:
    """The id of a row on the Benchmarks page."""
    return f"{dataset}-{method}" + (f"--{anchor_slug(variant)}" if variant else "")


def _settings(benchmarks: Benchmarks, results: list[Result]) -> tuple[tuple[str, str, str], ...]:
    """Columns: by metric (in vocabulary order), then the most reported settings first, then by name."""
    metric_order = {m.id: n for n, m in enumerate(benchmarks.metrics)}
    counts: dict[tuple[str, str, str], int] = {}
    for result in results:
        counts[result.setting] = counts.get(result.setting, 0) + 1
    return tuple(sorted(counts, key=lambda s: (
        metric_order[s[2]], -counts[s], benchmarks.architecture(s[0]).name.casefold(),
        benchmarks.architecture(s[1]).name.casefold())))


def _rows(benchmarks: Benchmarks, results: list[Result]) -> list[Row]:
    grouped: dict[tuple[str, str], dict] = {}
    for result in results:
        cells = grouped.setdefault((result.method, result.variant), {})
        cells.setdefault(result.setting, []).append(result)
    higher = {m.id: m.higher_is_better for m in benchmarks.metrics}
    return [Row(method, variant, {s: better_first(found, higher[s[2]]) for s, found in cells.items()})
            for (method, variant), cells in grouped.items()]


def _method_order(library: Library):
    years = {p.id: p.year for p in library.papers}
    benchmarks = library.benchmarks
    variant_order = {v.id: n for n, v in enumerate(benchmarks.variants)}

    def key(row: Row):
        if row.method in BASELINES:
            return (BASELINES.index(row.method), 0, "", variant_order.get(row.variant, -1))
        return (2, years[row.method], benchmarks.note(row.method).short.casefold(), variant_order.get(row.variant, -1))
    return key


def _best(benchmarks: Benchmarks, rows: list[Row]) -> dict[tuple[str, str, str], float]:
    best: dict[tuple[str, str, str], float] = {}
    for row in rows:
        for setting, found in row.cells.items():
            value = found[0].value
            higher = benchmarks.metric(setting[2]).higher_is_better
            if setting not in best or (value > best[setting] if higher else value < best[setting]):
                best[setting] = value
    return best


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def gains(benchmarks: Benchmarks, results: list[Result]) -> tuple[Gain, ...]:
    """Per setting, the largest gain of a method over vanilla KD printed in the same source file (the KD number on
    the nearest line), so both numbers come from one training setup; settings without such a pair have none."""
    vanilla: dict[tuple, list[Result]] = {}
    for result in results:
        if result.method == VANILLA_KD and not result.variant:
            vanilla.setdefault((result.setting, result.source.key), []).append(result)
    found: dict[tuple[str, str, str], Gain] = {}
    for result in results:
        if result.is_baseline or (result.method == VANILLA_KD and not result.variant):
            continue
        references = vanilla.get((result.setting, result.source.key))
        if not references:
            continue
        line = getattr(result.source, "line", 0)
        reference = min(references, key=lambda r: (abs(getattr(r.source, "line", 0) - line), r.line))
        sign = 1 if benchmarks.metric(result.metric).higher_is_better else -1
        places = max(_decimals(result.text), _decimals(reference.text))
        gain = round(sign * (result.value - reference.value), places)
        best = found.get(result.setting)
        if best is None or gain > best.gain:
            found[result.setting] = Gain(result.setting, result, reference, gain, f"{gain:+.{places}f}")
    return tuple(found.values())


def board(library: Library, dataset: str) -> Board:
    """The table of one dataset."""
    benchmarks = library.benchmarks
    results = benchmarks.in_dataset(dataset)
    settings = _settings(benchmarks, results)
    rows = sorted(_rows(benchmarks, results), key=_method_order(library))
    methods = [row for row in rows if row.method not in BASELINES]
    order = {s: n for n, s in enumerate(settings)}
    return Board(
        dataset=dataset, settings=settings,
        baselines=tuple(row for row in rows if row.method in BASELINES), methods=tuple(methods),
        best=_best(benchmarks, methods),
        gains=tuple(sorted(gains(benchmarks, results), key=lambda g: order[g.setting])),
    )


def paper_anchors(library: Library, paper_id: str) -> list[tuple[str, str]]:
    """(dataset, row anchor) of each dataset with rows about a paper, in page order: the row where it is the
    method without a variant when there is one, else its first row there."""
    rows = library.benchmarks.by_paper.get(paper_id, ())
    if not rows:
        return []
    anchors: dict[str, str] = {}
    for result in sorted(rows, key=lambda r: (r.method != paper_id or bool(r.variant))):
        anchors.setdefault(result.dataset, row_anchor(result.dataset, result.method, result.variant))
    order = [d.id for d in library.benchmarks.datasets]
    return sorted(anchors.items(), key=lambda item: order.index(item[0]))
