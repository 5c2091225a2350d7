"""Loads and validates every data file once, returning the typed Library or raising DataError."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from kd.data.benchmarks import (Architecture, ArxivSource, Benchmarks, Dataset, MethodNote, Metric, RepoSource, Result,
                                 Variant)
from kd.data.model import Domain, Family, Library, Links, Names, Paper, Resource
from kd.data.problems import DataError, Problem
from kd.data.resultcheck import (known_from, missing_note_problems, note_problems, repeated_row_problems, row_problems,
                                 vocab_problems)
from kd.data.safeio import TEMP_SUFFIX
from kd.data.validate import (control_problems, duplicate_problems, paper_rule_problems, schema_problems, schema_valid,
                              unique_id_problems)
from kd.data.yamlsource import YamlDocument, read_yaml_items

DEFINITION_FILES = {"families": "families.yml", "domains": "domains.yml", "resources": "resources.yml"}
PAPERS_DIR = "papers"
RESULTS_FILE, VOCAB_FILE, NOTES_FILE = "results.yml", "results_vocab.yml", "methods.yml"


def paper_files(data_dir: Path) -> list[Path]:
    """The papers files, in a stable order."""
    return sorted((data_dir / PAPERS_DIR).glob("*.yml"))


def ignored_files(data_dir: Path) -> list[Path]:
    """What data/papers holds besides its papers files (a '.yaml', 'notes.txt' or a folder would be skipped
    silently); the temporary files of a write under way are not counted."""
    folder = data_dir / PAPERS_DIR
    if not folder.is_dir():
        return []
    read = set(paper_files(data_dir))
    return sorted(p for p in folder.iterdir() if p not in read and not p.name.endswith(TEMP_SUFFIX))


def _display(path: Path, data_dir: Path) -> str:
    return path.relative_to(data_dir.parent).as_posix()


def _outside(path: Path, data_dir: Path) -> bool:
    """Whether path (a link, or inside a linked folder) resolves to a file outside data_dir."""
    return not path.resolve().is_relative_to(data_dir.resolve())


_ENTRIES: dict[str, dict] = {}  # per file, its entries' texts and what they parse to (kd.data.yamlsource)


def _read(path: Path, data_dir: Path, schema: str, problems: list[Problem], shape: type = list,
          known=lambda entry: False) -> tuple[YamlDocument | None, set[int]]:
    """A data file checked against its schema, with the indexes of its entries that failed it; no document when
    the file is unusable (missing, unreadable, not YAML, or not a list (or mapping, for shape=dict) at all).
    Entries known (entries found clean before, see _Checked) are not checked again unless another entry fails."""
    display = _display(path, data_dir)
    if not path.is_file():
        problems.append(Problem(display, 0, "", "", "file is missing; allowed: the file must exist"))
        return None, set()
    if _outside(path, data_dir):
        problems.append(Problem(display, 0, "", "", "file is a link to a place outside data/ (not read); "
                                                    "allowed: a regular file inside data/"))
        return None, set()
    try:
        doc, read_problems = read_yaml_items(path, display, _ENTRIES.setdefault(display, {}))
    except OSError as error:
        problems.append(Problem(display, 0, "", "", f"cannot be read ({error.strerror}); allowed: a readable file"))
        return None, set()
    problems.extend(read_problems)
    if doc is None:
        return None, set()
    if isinstance(doc.data, list) and _all_clean(doc, schema, [entry for entry in doc.data if not known(entry)]):
        return doc, set()
    found, bad = schema_problems(doc, schema)
    controls, bad_values = control_problems(doc)
    problems.extend(found + controls)
    bad |= bad_values
    if doc.data is None or not isinstance(doc.data, shape):
        return None, set()
    return doc, bad


def _all_clean(doc: YamlDocument, schema: str, entries: list) -> bool:
    """Whether these entries of a list file pass its schema and hold no control character (then so does the file,
    its other entries being known clean: a list schema says nothing of the list as a whole but its type)."""
    return schema_valid(entries, schema) and not control_problems(replace(doc, data=entries))[0]


class _Checked:
    """The papers entries found clean (schema, control characters, rules) with the ids they were checked against,
    and the paper each made at its place: a preview rebuild after an edit checks and types again only the entries
    whose text changed (kd.data.yamlsource.read_yaml_items keeps the others' parsed values, the same objects)."""

    def __init__(self):
        self.clean: dict[int, tuple[dict, tuple]] = {}
        self.papers: dict[tuple, tuple[dict, Paper]] = {}

    def start(self, ids: dict) -> None:
        self.ids = tuple(frozenset(ids[key]) for key in sorted(ids))
        self.was, self.clean = self.clean, {}
        self.made, self.papers = self.papers, {}

    def known(self, raw: dict) -> bool:
        kept = self.was.get(id(raw))
        return kept is not None and kept[0] is raw and kept[1] == self.ids

    def found_clean(self, raw: dict) -> None:
        self.clean[id(raw)] = (raw, self.ids)

    def paper(self, raw: dict, file: str, line: int) -> Paper:
        kept = self.made.get((id(raw), file, line))
        paper = kept[1] if kept is not None and kept[0] is raw else _paper(raw, file, line)
        self.papers[id(raw), file, line] = (raw, paper)
        return paper


_CHECKED = _Checked()


_LOADED: dict[tuple, Library] = {}


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (-1, -1)
    return (stat.st_mtime_ns, stat.st_size)


def library_for(data_dir: Path) -> Library:
    """The validated library, loaded once per state of the data files. The cache lives in this package, imported
    once per process: mkdocs-macros executes hooks/macros.py afresh for each language build."""
    data_dir = Path(data_dir)
    state = tuple((p.as_posix(), *_stamp(p)) for p in sorted(data_dir.rglob("*")))
    if state not in _LOADED:
        _LOADED.clear()
        _LOADED[state] = load_library(data_dir)
    return _LOADED[state]


def load_library(data_dir: Path) -> Library:
    """Read, validate and type the whole bibliography under data_dir; every problem found is raised at once."""
    data_dir = Path(data_dir)
    problems: list[Problem] = []
    definitions = {}
    for name, filename in DEFINITION_FILES.items():
        doc, bad = _read(data_dir / filename, data_dir, name, problems)
        if doc is not None and not bad:
            problems.extend(unique_id_problems(doc, name.rstrip("s")))
        definitions[name] = doc.data if doc is not None and not bad else []
    ids = {
        "families": {f["id"] for f in definitions["families"]},
        "domains": {d["id"] for d in definitions["domains"]},
        "sources": {r["id"] for r in definitions["resources"] if r["kind"] == "repository"},
    }
    files = paper_files(data_dir)
    if not files:
        problems.append(Problem(f"{data_dir.name}/{PAPERS_DIR}", 0, "", "", "no papers files; allowed: one or more *.yml files"))
    for path in ignored_files(data_dir):
        problems.append(Problem(_display(path, data_dir), 0, "", "", "this is not read: papers files are named "
                                "<name>.yml (lowercase .yml, not .yaml); allowed: rename it, or move it out of papers/"))
    entries = []
    _CHECKED.start(ids)
    for path in files:
        doc, bad = _read(path, data_dir, "papers", problems, known=_CHECKED.known)
        if doc is None:
            continue
        for index, raw in enumerate(doc.data):
            if index in bad:
                continue
            if _CHECKED.known(raw) or not (found := paper_rule_problems(doc, index, raw, ids)):
                _CHECKED.found_clean(raw)
            else:
                problems.extend(found)
            entries.append((doc, index, raw))
    problems.extend(duplicate_problems(entries))
    papers = {raw["id"]: raw.get("links", {}).get("arxiv", "") for _, _, raw in entries}
    benchmarks = _benchmarks(data_dir, papers, problems)
    if problems:
        raise DataError(problems)
    return Library(
        families=tuple(sorted((_family(f) for f in definitions["families"]), key=lambda f: f.order)),
        domains=tuple(sorted((_domain(d) for d in definitions["domains"]), key=lambda d: d.order)),
        resources=tuple(_resource(r) for r in definitions["resources"]),
        papers=tuple(_CHECKED.paper(raw, doc.path, doc.line_of((index,))) for doc, index, raw in entries),
        benchmarks=benchmarks,
    )


def _benchmarks(data_dir: Path, papers: dict[str, str], problems: list[Problem]) -> Benchmarks:
    """The results, their vocabulary and the method notes, checked against each other and the papers (id to arXiv
    id). A data/ folder without any of the three files has no results; with one of them, all three are needed."""
    names = (RESULTS_FILE, VOCAB_FILE, NOTES_FILE)
    if not any((data_dir / name).exists() for name in names):
        return Benchmarks()
    vocab_doc, vocab_bad = _read(data_dir / VOCAB_FILE, data_dir, "results_vocab", problems, dict)
    notes_doc, notes_bad = _read(data_dir / NOTES_FILE, data_dir, "methods", problems)
    rows_doc, rows_bad = _read(data_dir / RESULTS_FILE, data_dir, "results", problems)
    vocab = vocab_doc.data if vocab_doc is not None and not vocab_bad else None
    if vocab is not None:
        problems.extend(vocab_problems(vocab_doc, papers))
    notes = [raw for index, raw in enumerate(notes_doc.data) if index not in notes_bad] if notes_doc else []
    if notes_doc is not None and not notes_bad:
        problems.extend(note_problems(notes_doc, papers))
    if rows_doc is None or vocab is None:
        return Benchmarks()
    known = known_from(vocab, papers)
    rows = [(index, raw) for index, raw in enumerate(rows_doc.data) if index not in rows_bad]
    for index, raw in rows:
        problems.extend(row_problems(rows_doc, index, raw, known))
    problems.extend(repeated_row_problems(rows_doc, rows))
    if notes_doc is not None and not notes_bad:
        problems.extend(missing_note_problems(rows_doc, rows, known, {n["id"] for n in notes},
                                              _display(data_dir / NOTES_FILE, data_dir)))
    return Benchmarks(
        datasets=tuple(Dataset(d["id"], d["name"]) for d in vocab["datasets"]),
        metrics=tuple(Metric(m["id"], Names(**m["name"]), m["min"], m["max"], m["higher_is_better"])
                      for m in vocab["metrics"]),
        architectures=tuple(Architecture(a["id"], a["name"]) for a in vocab["architectures"]),
        variants=tuple(Variant(v["id"], Names(**v["name"]), v.get("paper", "")) for v in vocab["variants"]),
        notes=tuple(MethodNote(n["id"], n["short"], Names(**n["idea"])) for n in notes),
        results=tuple(_result(raw, rows_doc.numbers.get((index, "value"), ""), rows_doc.path,
                              rows_doc.line_of((index,))) for index, raw in rows),
    )


def _result(raw: dict, text: str, file: str, line: int) -> Result:
    source = raw["source"]
    return Result(
        method=raw["method"], variant=raw.get("variant", ""), dataset=raw["dataset"], teacher=raw["teacher"],
        student=raw["student"], metric=raw["metric"], value=float(raw["value"]), text=text, origin=raw["origin"],
        source=(RepoSource(source["repo"], source["path"], source["commit"], source["line"]) if "repo" in source
                else ArxivSource(source["arxiv"], str(source["table"]))),
        file=file, line=line,
    )


def _family(raw: dict) -> Family:
    return Family(raw["id"], Names(**raw["name"]), raw["order"], raw["group"], raw["survey_section"])


def _domain(raw: dict) -> Domain:
    return Domain(raw["id"], Names(**raw["name"]), raw["order"])


def _resource(raw: dict) -> Resource:
    return Resource(
        id=raw["id"], kind=raw["kind"], title=raw["title"], url=raw["url"],
        description=Names(**raw["description"]), authors=tuple(raw.get("authors", ())),
        year=raw.get("year"), venue=raw.get("venue", ""), arxiv=raw.get("arxiv", ""),
    )


def _paper(raw: dict, file: str, line: int) -> Paper:
    links = raw.get("links", {})
    return Paper(
        id=raw["id"], title=raw["title"].strip(), authors=tuple(raw["authors"]), year=raw["year"],
        venue=raw["venue"], families=tuple(raw.get("families", ())), domains=tuple(raw.get("domains", ())),
        tags=tuple(raw.get("tags", ())),
        links=Links(paper=links.get("paper", ""), arxiv=links.get("arxiv", ""), doi=links.get("doi", ""),
                    pdf=links.get("pdf", ""), code=tuple(links.get("code", ()))),
        sources=tuple(raw.get("sources", ())), added=dt.date.fromisoformat(raw["added"]),
        kind=raw.get("kind", "method"), more_authors=raw.get("more_authors", False), file=file, line=line,
    )
