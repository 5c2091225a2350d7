"""kd.data.library loading the same data folder again (as `kd serve` does after each edit): only the entries whose
text changed are checked and typed again, to the same library and the same problems as a first load."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kd.data import library as loader
from kd.data.library import load_library
from kd.data.problems import DataError

ROOT = Path(__file__).resolve().parents[2]
LOGITS = "papers/logits.yml"


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    return folder


def first_load(data: Path):
    """What a process that never loaded data/ before gives: the library, or the problems' text."""
    checked, entries = loader._CHECKED, dict(loader._ENTRIES)
    loader._CHECKED, loader._ENTRIES = loader._Checked(), {}
    try:
        return load_library(data)
    except DataError as error:
        return str(error)
    finally:
        loader._CHECKED, loader._ENTRIES = checked, entries


def load_again(data: Path):
    try:
        return load_library(data)
    except DataError as error:
        return str(error)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_papers_schema_says_nothing_of_the_list_as_a_whole():
    """What lets a load check only changed entries against it (kd.data.library._all_clean)."""
    schema = json.loads((ROOT / "hooks/kd/data/schemas/papers.schema.json").read_text(encoding="utf-8"))
    assert set(schema) <= {"$schema", "$id", "title", "description", "type", "items", "$defs"}


def test_an_edit_gives_what_a_first_load_gives_reusing_the_unchanged_papers(data):
    before = load_library(data)
    path = data / LOGITS
    edit(path, "    - Jiabin Fan\n", "    - Jiabin Fan Fixed\n")  # the first entry's first author
    second = "\n- id: chen2026boldsymbolf\n"
    edit(path, second, "\n# a comment line moves the entries below" + second)
    after = load_again(data)
    assert after == first_load(data)
    assert [(b.id, a.authors[0]) for b, a in zip(before.papers, after.papers) if b.authors != a.authors] == \
        [("fan2026ketchup", "Jiabin Fan Fixed")]
    moved = [(b, a) for b, a in zip(before.papers, after.papers) if b.line != a.line]
    assert len(moved) > 1000 and all(a.line == b.line + 1 and a.file == f"data/{LOGITS}" for b, a in moved)
    kept = {id(p) for p in before.papers}
    assert sum(id(p) in kept for p in after.papers) == len(after.papers) - len(moved) - 1  # the others reused


@pytest.mark.parametrize("old, new, line, field, says", [
    ("  year: 2026\n  venue: Findings of EACL\n", "  year: '2026'\n  venue: Findings of EACL\n", 8, "year", "integer"),
    ("  venue: Findings of EACL\n", "  venue: \"Findings of\\x01EACL\"\n", 9, "venue", "control character U+0001"),
    ("  families: [logits]\n  sources: [eacl-2026-site]\n", "  families: [no-such]\n  sources: [eacl-2026-site]\n",
     10, "families", "unknown id 'no-such'"),
])
def test_bad_data_after_a_clean_load_fails_with_file_line_entry_and_field(data, old, new, line, field, says):
    load_library(data)
    edit(data / LOGITS, old, new)
    again = load_again(data)
    assert isinstance(again, str) and f"data/{LOGITS}:{line}" in again and says in again, again
    assert "fan2026ketchup" in again and field in again
    assert again == first_load(data)


def test_a_family_removed_fails_the_papers_found_clean_before(data):
    load_library(data)
    families = data / "families.yml"
    text = families.read_text(encoding="utf-8")
    start = text.index("- id: quantized")
    end = text.find("\n- id: ", start + 1)
    families.write_text(text[:start] + (text[end + 1:] if end >= 0 else ""), encoding="utf-8")
    again = load_again(data)
    assert isinstance(again, str) and "unknown id 'quantized'" in again
    assert again == first_load(data)
