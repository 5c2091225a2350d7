"""A small project copy for CLI tests: the real definitions and site, three known papers, run through the real `kd`."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KD = Path(sys.executable).with_name("kd")
LOGITS = """\
# Response-based papers.
- id: zhang2018deep
  title: Deep Mutual Learning
  authors:
    - Ying Zhang
    - Tao Xiang
  year: 2018
  venue: CVPR
  families: [logits, online]
  links:
    paper: https://arxiv.org/abs/1706.00384
    arxiv: '1706.00384'
  added: 2026-11-27
- id: hinton2015distilling
  title: Distilling the Knowledge in a Neural Network
  authors:
    - Geoffrey Hinton
    - Oriol Vinyals
    - Jeff Dean
  year: 2015
  venue: arXiv
  families: [logits]
  links:
    paper: https://arxiv.org/abs/1503.02531
    arxiv: '1503.02531'
  added: 2026-11-27
"""
RL = """\
- id: livne2020pops
  title: 'PoPS: Policy Pruning and Shrinking for Deep Reinforcement Learning'
  authors:
    - Dor Livne
    - Kobi Cohen
  year: 2020
  venue: IEEE JSTSP
  domains: [rl]
  links:
    doi: 10.1109/JSTSP.2020.2967566
  added: 2026-11-27
"""


def make_project(folder: Path, with_site: bool = False) -> Path:
    """A project folder with data/ (real definitions, the papers above) and README.md; with_site adds the site sources."""
    data = folder / "data"
    (data / "papers").mkdir(parents=True)
    for name in ("families.yml", "domains.yml", "resources.yml"):
        shutil.copy(ROOT / "data" / name, data / name)
    (data / "papers" / "logits.yml").write_text(LOGITS, encoding="utf-8")
    (data / "papers" / "rl.yml").write_text(RL, encoding="utf-8")
    for name in ("README.md", "mkdocs.yml"):
        shutil.copy(ROOT / name, folder / name)
    if with_site:
        for name in ("docs", "hooks", "overrides"):
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def kd(project: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """Run the installed `kd` console script in project."""
    return subprocess.run([str(KD), *args], cwd=project, input=stdin, capture_output=True, text=True)


def snapshot(project: Path) -> dict[str, bytes]:
    """Every data file's bytes."""
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in sorted((project / "data").rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path / "project")
