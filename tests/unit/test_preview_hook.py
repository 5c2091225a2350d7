"""hooks/preview.py's configuration while previewing: the same theme files in the site from a listing made once."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

import preview  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from mkdocs.structure.files import Files  # noqa: E402


@pytest.fixture
def previewing():
    was = preview.RECORDER.active
    preview.RECORDER.active = True
    yield
    preview.RECORDER.active = was


def theme_files(config) -> list[tuple[str, str]]:
    files = Files([])
    files.add_files_from_theme(config.theme.get_env(), config)
    return [(f.src_uri, f.abs_src_path) for f in files]


def test_the_theme_files_are_those_mkdocs_lists_and_an_override_added_is_seen(previewing, tmp_path):
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    for name in ("docs", "hooks", "data"):
        (tmp_path / name).symlink_to(ROOT / name)
    built = theme_files(load_config(str(tmp_path / "mkdocs.yml")))
    config = preview.on_config(load_config(str(tmp_path / "mkdocs.yml")))
    assert isinstance(config.theme.get_env().loader, preview._ThemeFiles)
    assert theme_files(config) == built and theme_files(config) == built  # listed, then from the first listing
    assert len(built) > 10 and not any("/." in uri or uri.startswith(".") for uri, _ in built)

    (tmp_path / "overrides" / "assets").mkdir()
    (tmp_path / "overrides" / "assets" / "added.css").write_text("", encoding="utf-8")
    assert ("assets/added.css", str(tmp_path / "overrides" / "assets" / "added.css")) in theme_files(config)
