"""The README and every lists/ file stay under 450 KiB (GitHub truncates a README at 500 KiB), now and at 10,000 papers."""
from __future__ import annotations

import sys

import pytest

from kd.exports.awesome import generated_list, groups, with_generated_list
from kd.exports.awesomelists import list_files
from kd.data.library import load_library

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from synthetic import write_data_dir  # noqa: E402

MAX_BYTES = 450 * 1024
URL = "https://example.org/kd/"


def size(text: str) -> int:
    return len(text.encode("utf-8"))


def test_committed_readme_and_lists_stay_under_450_kib():
    files = [ROOT / "README.md", *sorted((ROOT / "lists").rglob("*.md"))]
    assert len(files) > 1
    too_big = {path.relative_to(ROOT).as_posix(): path.stat().st_size for path in files if path.stat().st_size >= MAX_BYTES}
    assert too_big == {}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """A validated library of 10,000 generated papers (bench/synthetic.py)."""
    return load_library(write_data_dir(10_000, tmp_path_factory.mktemp("synthetic") / "data"))


def test_readme_of_10000_papers_stays_under_450_kib(synthetic):
    readme = with_generated_list((ROOT / "README.md").read_text(encoding="utf-8"), generated_list(synthetic, URL))
    assert size(readme) < MAX_BYTES
    assert "**10000 papers.**" in readme


@pytest.mark.parametrize("limit", [None, 32 * 1024])
def test_list_files_of_10000_papers_stay_under_450_kib_and_hold_every_paper(synthetic, limit):
    files = list_files(synthetic, URL) if limit is None else list_files(synthetic, URL, limit=limit)
    assert max(size(text) for text in files.values()) < (MAX_BYTES if limit is None else limit + 1024)
    for group in groups(synthetic):
        texts = [text for path, text in files.items()
                 if path == group.list_path or path.startswith(group.list_path.removesuffix(".md") + "/")]
        titles = [line.split("](", 1)[0][3:] for text in texts for line in text.splitlines() if line.startswith("- [")]
        assert sorted(titles) == sorted(p.title for p in group.papers), group.id
