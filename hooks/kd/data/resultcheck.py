"""Checks the benchmark results, their vocabulary and the method notes against each other and the papers."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kd.data.benchmarks import BASELINES
from kd.data.problems import Problem
from kd.data.validate import entry_label
from kd.data.yamlsource import YamlDocument

PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
VOCAB_LISTS = ("datasets", "metrics", "architectures", "variants")


def anchor_slug(text: str) -> str:
    """A variant id as it appears in a row's anchor: lowercase letters and digits joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _listing(ids) -> str:
    ids = sorted(ids)
    shown = ", ".join(ids[:40])
    return shown + (f" (and {len(ids) - 40} more)" if len(ids) > 40 else "")


@dataclass(frozen=True)
class Known:
    """What a row may refer to: the vocabulary's ids, the papers (id to arXiv id) and the methods with notes."""

    datasets: frozenset[str]
    metrics: dict[str, dict]
    architectures: frozenset[str]
    variants: dict[str, dict]
    papers: dict[str, str]


def vocab_problems(doc: YamlDocument, papers: dict[str, str]) -> list[Problem]:
    """Ids defined twice, a metric whose min is not below its max, variants of unknown papers or one anchor."""
    problems = []
    for name in VOCAB_LISTS:
        seen = set()
        for index, item in enumerate(doc.data[name]):
            if item["id"] in seen:
                problems.append(Problem(doc.path, doc.line_of((name, index, "id")), item["id"], f"{name}.id",
                                        f"this id is defined twice in {name}; allowed: each id once"))
            seen.add(item["id"])
    for index, metric in enumerate(doc.data["metrics"]):
        if not metric["min"] < metric["max"]:
            problems.append(Problem(doc.path, doc.line_of(("metrics", index, "max")), metric["id"], "metrics.max",
                                    f"max {metric['max']} is not above min {metric['min']}; allowed: min < max"))
    slugs: dict[str, str] = {}
    for index, variant in enumerate(doc.data["variants"]):
        paper = variant.get("paper")
        if paper and paper not in papers:
            problems.append(Problem(doc.path, doc.line_of(("variants", index, "paper")), variant["id"], "variants.paper",
                                    f"unknown paper id {paper!r}; allowed: the id of a paper in data/papers"))
        first = slugs.setdefault(anchor_slug(variant["id"]), variant["id"])
        if first != variant["id"]:
            problems.append(Problem(doc.path, doc.line_of(("variants", index, "id")), variant["id"], "variants.id",
                                    f"gives the same page anchor as {first!r}; allowed: variant ids that differ in "
                                    "their letters or digits"))
    return problems


def known_from(vocab: dict, papers: dict[str, str]) -> Known:
    """The ids a results row may use, from a valid vocabulary."""
    return Known(
        datasets=frozenset(d["id"] for d in vocab["datasets"]),
        metrics={m["id"]: m for m in vocab["metrics"]},
        architectures=frozenset(a["id"] for a in vocab["architectures"]),
        variants={v["id"]: v for v in vocab["variants"]},
        papers=papers,
    )


def note_problems(doc: YamlDocument, papers: dict[str, str]) -> list[Problem]:
    """Notes of unknown papers, and a paper or short name given twice."""
    problems, ids, shorts = [], {}, {}
    for index, note in enumerate(doc.data):
        label = entry_label(doc, index)
        if note["id"] not in papers:
            problems.append(Problem(doc.path, doc.line_of((index, "id")), label, "id",
                                    f"unknown paper id {note['id']!r}; allowed: the id of a paper in data/papers"))
        for field, seen in (("id", ids), ("short", shorts)):
            first = seen.setdefault(note[field].casefold() if field == "short" else note[field], index)
            if first != index:
                problems.append(Problem(doc.path, doc.line_of((index, field)), label, field,
                                        f"{note[field]!r} is also given at line {doc.line_of((first, field))}; "
                                        f"allowed: each method once, with a short name of its own"))
    return problems


def row_problems(doc: YamlDocument, index: int, raw: dict, known: Known) -> list[Problem]:
    """Rules of one schema-valid row: known ids, teacher differs from student, the value written plainly and
    inside the metric's range, an own number from a paper being the method's paper."""
    label = entry_label(doc, index)
    problems = []

    def add(field: str, message: str) -> None:
        problems.append(Problem(doc.path, doc.line_of((index, *field.split("."))), label, field, message))

    method = raw["method"]
    if method not in BASELINES and method not in known.papers:
        add("method", f"unknown paper id {method!r}; allowed: the id of a paper in data/papers (add the paper "
                      "first), or teacher / student for a baseline")
    for field, ids, where in (("dataset", known.datasets, "datasets"), ("teacher", known.architectures, "architectures"),
                              ("student", known.architectures, "architectures"), ("metric", known.metrics, "metrics"),
                              ("variant", known.variants, "variants")):
        if field in raw and raw[field] not in ids:
            add(field, f"unknown {field} {raw[field]!r}; allowed: one of the {where} of data/results_vocab.yml: "
                       f"{_listing(ids)}")
    if raw["teacher"] == raw["student"]:
        add("student", f"the student is the teacher ({raw['teacher']!r}); allowed: a student other than the teacher "
                       "(self-distillation results are not compared here)")
    text = doc.numbers.get((index, "value"), "")
    metric = known.metrics.get(raw["metric"])
    if not PLAIN_NUMBER.fullmatch(text):
        add("value", f"{text or raw['value']!r} is not written as a plain decimal; allowed: digits with an optional "
                     "point, such as 76.32")
    elif metric and not metric["min"] <= raw["value"] <= metric["max"]:
        add("value", f"{text} is out of range for {metric['id']}; allowed: a number from {metric['min']} to "
                     f"{metric['max']}")
    source = raw["source"]
    if raw["origin"] == "own" and "arxiv" in source and method not in BASELINES:
        variant = known.variants.get(raw.get("variant", ""), {})
        own = {known.papers.get(method, ""), known.papers.get(variant.get("paper", ""), "")} - {""}
        if own and source["arxiv"] not in own:
            add("source.arxiv", f"an own number from arXiv {source['arxiv']}, which is not the method's paper "
                                f"(arXiv {', '.join(sorted(own))}); allowed: origin reproduction, or the arXiv id "
                                "of the method's paper")
    return problems


def source_key(source: dict) -> tuple:
    """Where a number is printed, as a comparable tuple."""
    if "repo" in source:
        return ("repo", source["repo"], source["path"], source["commit"], source["line"])
    return ("arxiv", source["arxiv"], str(source["table"]))


def repeated_row_problems(doc: YamlDocument, rows: list[tuple[int, dict]]) -> list[Problem]:
    """Rows that repeat another's method, variant, setting, origin and source: the same number stored twice from one
    place (one line may print a method's own number beside a reproduction)."""
    problems, seen = [], {}
    for index, raw in rows:
        key = (raw["method"], raw.get("variant", ""), raw["dataset"], raw["teacher"], raw["student"], raw["metric"],
               raw["origin"], source_key(raw["source"]))
        first = seen.setdefault(key, index)
        if first != index:
            problems.append(Problem(doc.path, doc.line_of((index,)), entry_label(doc, index), "source",
                                    f"repeats row #{first + 1} (line {doc.line_of((first,))}): the same method, setting, "
                                    "origin and source; allowed: each number once per source (a second source is a new row)"))
    return problems


def missing_note_problems(doc: YamlDocument, rows: list[tuple[int, dict]], known: Known, notes: set[str],
                          notes_file: str) -> list[Problem]:
    """Method papers (and variants' papers) shown on the Benchmarks page without a note, at their first row."""
    problems, reported = [], set()
    for index, raw in rows:
        variant = known.variants.get(raw.get("variant", ""), {})
        for field, paper in (("method", raw["method"]), ("variant", variant.get("paper", ""))):
            if paper in known.papers and paper not in notes and paper not in reported:
                reported.add(paper)
                problems.append(Problem(doc.path, doc.line_of((index, field)), entry_label(doc, index), field,
                                        f"{paper!r} has no entry in {notes_file}; allowed: a method with a short name "
                                        "and a one-line idea there"))
    return problems
