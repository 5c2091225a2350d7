"""A copy of the real project whose data/papers holds given entries, built with the real `mkdocs build --strict`."""
from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

from kd.cli.main import main as kd_main
from kd.data.writer import format_papers

from conftest import build_site

ROOT = Path(__file__).resolve().parents[2]
DEFINITIONS = ("families.yml", "domains.yml", "resources.yml")


def write_data(data: Path, papers: list[dict]) -> Path:
    """The real definitions files plus the papers, each in the file of its first family (or first domain)."""
    (data / "papers").mkdir(parents=True)
    for name in DEFINITIONS:
        shutil.copy(ROOT / "data" / name, data / name)
    by_file = defaultdict(list)
    for raw in papers:
        by_file[(raw.get("families") or raw["domains"])[0]].append(raw)
    for name, group in by_file.items():
        (data / "papers" / f"{name}.yml").write_text(format_papers(group), encoding="utf-8")
    return data


def make_project(folder: Path, papers: list[dict]) -> Path:
    """mkdocs.yml, docs/, hooks/ and overrides/ of the real project with a data/ of these papers."""
    project = folder / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project)
    for name in ("docs", "hooks", "overrides"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    write_data(project / "data", papers)
    (project / "README.md").write_text("# README\n", encoding="utf-8")
    return project


def build(folder: Path, papers: list[dict]) -> tuple[Path, dict[str, str]]:
    """Build the project of these papers; returns the site folder and the files `kd readme` writes (README.md, lists/)."""
    project = make_project(folder, papers)
    site = folder / "site"
    result = build_site(project, site)
    assert result.returncode == 0, result.stderr[-4000:]
    assert kd_main(["--data", str(project / "data"), "readme"]) == 0
    written = [project / "README.md", *sorted((project / "lists").rglob("*.md"))]
    return site, {path.relative_to(project).as_posix(): path.read_text(encoding="utf-8") for path in written}
