"""hooks/material_bundle.py finds the one Material bundle among the theme's folders, and fails loudly otherwise."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("material_bundle", ROOT / "hooks" / "material_bundle.py")
material_bundle = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(material_bundle)


def bundle(folder: Path, name: str) -> None:
    path = folder / "assets" / "javascripts" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("/* bundle */", encoding="utf-8")


def test_finds_the_one_bundle_across_folders(tmp_path):
    overrides, theme = tmp_path / "overrides", tmp_path / "theme"
    overrides.mkdir()
    bundle(theme, "bundle.0123abcd.min.js")
    bundle(theme, "other.min.js")
    assert material_bundle.bundle_path([str(overrides), str(theme)]) == "assets/javascripts/bundle.0123abcd.min.js"


@pytest.mark.parametrize("names", [[], ["bundle.aaaa.min.js", "bundle.bbbb.min.js"]])
def test_no_bundle_or_two_stop_the_build(tmp_path, names):
    for name in names:
        bundle(tmp_path, name)
    with pytest.raises(PluginError, match="expected one"):
        material_bundle.bundle_path([str(tmp_path)])


def test_the_real_theme_has_its_bundle_and_the_scripts_block_defers_it():
    config = load_config(str(ROOT / "mkdocs.yml"))
    path = material_bundle.bundle_path(config.theme.dirs)
    assert any((Path(folder) / path).is_file() for folder in config.theme.dirs)
    template = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    scripts = template.split("{% block scripts %}", 1)[1]
    assert scripts.lstrip().startswith('{%- if config.extra.material_bundle %}\n'
                                       '  <script src="{{ config.extra.material_bundle | url }}" defer></script>')
