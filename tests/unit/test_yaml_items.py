"""kd.data.yamlsource.read_yaml_items: the document read_yaml gives, parsing again only the entries that changed."""
from __future__ import annotations

from pathlib import Path

import pytest

from kd.data.yamlsource import read_yaml, read_yaml_items

ROOT = Path(__file__).resolve().parents[2]
ENTRY = "- id: {id}\n  title: {title}\n  authors:\n  - A. Author\n  year: 2020\n"


def same(path: Path, memo: dict):
    items = read_yaml_items(path, "x.yml", memo)
    whole = read_yaml(path, "x.yml")
    assert items[1] == whole[1]
    if whole[0] is None:
        assert items[0] is None
    else:
        assert (items[0].data, items[0].lines, items[0].numbers) == (whole[0].data, whole[0].lines, whole[0].numbers)
    return items


@pytest.mark.parametrize("name", ["papers/logits.yml", "papers/relation.yml", "families.yml", "resources.yml",
                                  "results.yml"])
def test_real_files_read_the_same(name):
    memo = {}
    same(ROOT / "data" / name, memo)
    same(ROOT / "data" / name, memo)  # the second time from the memo


def test_an_edited_entry_is_parsed_again_with_the_lines_after_it_moved(tmp_path):
    path = tmp_path / "p.yml"
    path.write_text("# papers\n\n" + "".join(ENTRY.format(id=f"p{i}", title=f"Title {i}") for i in range(5)))
    memo = {}
    same(path, memo)
    kept = {text: parsed for text, parsed in memo.items()}
    path.write_text("# papers\n\n" + "".join(
        ENTRY.format(id=f"p{i}", title="Two\n    lines" if i == 1 else f"Title {i}") for i in range(5)))
    doc, _ = same(path, memo)
    assert doc.data[1]["title"] == "Two lines" and doc.line_of((4, "year")) == 2 + 4 * 5 + 1 + 5
    reused = [text for text in memo if text in kept]
    assert len(reused) == 4 and all(memo[text] is kept[text] for text in reused)


@pytest.mark.parametrize("text", [
    '- id: a\n  title: "starts here\n- and goes on"\n- id: b\n',  # a quoted text going on at a line's start
    "- id: a\n  title: x\n  title: y\n",  # a repeated key: the whole file's problem
    "- id: a\n  x: &k 1\n- id: b\n  y: *k\n",  # an alias of another entry's anchor
    "- id: a\n---\n- id: b\n",  # two documents
    "id: a\n- id: b\n",  # not a list
    "- id: a\n\t- b\n",  # a tab
])
def test_files_that_are_not_clean_lists_of_entries_read_the_same(tmp_path, text):
    path = tmp_path / "p.yml"
    path.write_text(text)
    memo = {}
    same(path, memo)
    same(path, memo)


def test_repeated_entries_are_separate_values(tmp_path):
    path = tmp_path / "p.yml"
    path.write_text(ENTRY.format(id="a", title="T") * 2)
    doc, _ = same(path, {})
    assert doc.data[0] == doc.data[1] and doc.data[0] is not doc.data[1]
