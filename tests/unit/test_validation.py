"""Every malformed-data case is reported with its file, line, entry, field and allowed values — by the loader, `kd check` and `mkdocs build`."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FULL_SWEEP

from kd.cli.main import main as kd_main
from kd.data.library import load_library
from kd.data.problems import DataError

from .bad_cases import CASES as PAPER_CASES, BadCase
from .bad_results import CASES as RESULT_CASES

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "valid"
ROOT = Path(__file__).resolve().parents[2]
CASES = PAPER_CASES + RESULT_CASES


def make_data(tmp_path: Path, case: BadCase | None = None) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    if case is not None:
        (data / case.file).write_bytes(case.content)
    return data


def snapshot(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}


def expected_location(case: BadCase) -> str:
    """How output names the case's place: file:line, or the file alone for a problem with the whole file."""
    return f"data/{case.file}:{case.line}" if case.line else f"data/{case.file}"


def test_valid_fixture_loads(tmp_path):
    library = load_library(make_data(tmp_path))
    assert [p.id for p in library.papers_in_family("logits")] == [
        "cho2019efficacy", "zhang2018deep", "hinton2015distilling"]
    assert [p.id for p in library.papers_in_family("online")] == ["zhang2018deep"]
    assert library.papers_in_family("nas") == []
    paper = library.papers[0]
    assert (paper.file, paper.line) == ("data/papers/logits.yml", 2)
    assert paper.links.main_url == "https://arxiv.org/abs/1503.02531"


def test_catalogue_is_large_and_distinct():
    assert len(CASES) >= 85
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_loader_reports_case(tmp_path, case):
    data = make_data(tmp_path, case)
    with pytest.raises(DataError) as raised:
        load_library(data)
    found = [p for p in raised.value.problems if p.file == f"data/{case.file}" and p.line == case.line
             and p.entry == case.entry and p.field == case.field and case.fragment in p.message]
    assert found, f"expected {expected_location(case)} {case.entry!r} {case.field!r} ~ {case.fragment!r}; got:\n{raised.value}"
    assert "allowed" in found[0].message


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_kd_check_reports_case_and_changes_nothing(tmp_path, case, capsys):
    data = make_data(tmp_path, case)
    before = snapshot(data)
    assert kd_main(["--data", str(data), "check"]) == 1  # the command's code, in this process (one case below runs it)
    stderr = capsys.readouterr().err
    assert expected_location(case) in stderr
    assert case.fragment in stderr
    assert snapshot(data) == before


def test_the_kd_command_exits_with_the_checks_status(tmp_path):
    data = make_data(tmp_path, CASES[0])
    result = subprocess.run([sys.executable, "-m", "kd.cli.main", "--data", str(data), "check"],
                            capture_output=True, text=True)
    assert result.returncode == 1 and expected_location(CASES[0]) in result.stderr


def one_of_each_kind(cases: list[BadCase]) -> list[BadCase]:
    """The first case of each file, category, and combination of the place parts (line, entry, field) it names."""
    seen, sample = set(), []
    for case in cases:
        kind = (case.file, case.category, bool(case.line), bool(case.entry), bool(case.field))
        if kind not in seen:
            seen.add(kind)
            sample.append(case)
    return sample


# every case builds a site (a few seconds each): `make test` builds one of each kind, `make gates` all of them
BUILD_CASES = CASES if FULL_SWEEP else one_of_each_kind(CASES)


def make_project(tmp_path: Path, case: BadCase) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project)
    for folder in ("docs", "hooks", "overrides"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    make_data(project, case)
    return project


@pytest.mark.parametrize("case", BUILD_CASES, ids=[c.name for c in BUILD_CASES])
def test_mkdocs_build_fails_on_case(tmp_path, case):
    project = make_project(tmp_path, case)
    before = snapshot(project / "data")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
                            cwd=project, capture_output=True, text=True)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert expected_location(case) in output
    assert case.fragment in output
    assert snapshot(project / "data") == before
