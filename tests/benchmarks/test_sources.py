"""Every source of data/results.yml resolves: a repository's file line at a full commit, or an arXiv paper's table;
where a git mirror of the repository is at hand (KD_SOURCE_MIRRORS, default /work/.mirror, one <owner>+<name>/repo
folder each), the line at that commit prints the number exactly as stored."""
from __future__ import annotations

import os
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

from kd.data.benchmarks import ArxivSource, RepoSource

MIRRORS = Path(os.environ.get("KD_SOURCE_MIRRORS", "/work/.mirror"))
GITHUB_LINE = re.compile(r"^https://github\.com/[A-Za-z0-9-]+/[A-Za-z0-9._-]+/blob/[0-9a-f]{40}/[^?#\s]+\?plain=1#L[1-9][0-9]*$")
NUMBER = re.compile(r"(?<![0-9A-Za-z.])-?[0-9]+(?:\.[0-9]+)?")


def test_every_row_has_a_resolvable_source(library):
    results = library.benchmarks.results
    assert results
    for result in results:
        source = result.source
        if isinstance(source, RepoSource):
            assert GITHUB_LINE.match(source.url), (result.file, result.line, source.url)
            assert source.url.endswith(f"#L{source.line}") and f"/blob/{source.commit}/" in source.url
        else:
            assert isinstance(source, ArxivSource)
            assert source.url == f"https://arxiv.org/abs/{source.arxiv}" and source.table, (result.file, result.line)


@cache
def _git_dir(repo: str) -> Path | None:
    folder = MIRRORS / repo.replace("/", "+") / "repo"
    for candidate in (folder, folder / ".git"):
        if (candidate / "HEAD").is_file():
            return candidate
    return None


@cache
def _lines(repo: str, commit: str, path: str) -> list[str] | None:
    shown = subprocess.run(["git", "--git-dir", str(_git_dir(repo)), "show", f"{commit}:{path}"],
                           capture_output=True, text=True)
    return shown.stdout.split("\n") if shown.returncode == 0 else None


def test_mirrored_sources_print_the_number_on_their_line(library):
    rows = [r for r in library.benchmarks.results if isinstance(r.source, RepoSource) and _git_dir(r.source.repo)]
    if not rows:
        pytest.skip(f"no git mirror of any source repository under {MIRRORS}")
    wrong = []
    for result in rows:
        source = result.source
        lines = _lines(source.repo, source.commit, source.path)
        if lines is None or source.line > len(lines):
            wrong.append(f"{result.file}:{result.line}: {source.repo} has no {source.path}:{source.line} at {source.commit}")
        elif result.text not in NUMBER.findall(lines[source.line - 1]):
            wrong.append(f"{result.file}:{result.line}: {result.text} is not on {source.repo} {source.path}:{source.line}")
    assert not wrong, "\n".join(wrong)
