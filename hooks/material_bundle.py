"""MkDocs hook: puts the path of Material's JavaScript bundle in config.extra, so overrides/main.html can load it
deferred."""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

PATTERN = "assets/javascripts/bundle.*.min.js"


def bundle_path(theme_dirs: list[str]) -> str:
    """The site-relative path of the one bundle.<hash>.min.js among the theme's files."""
    found = sorted({path.relative_to(folder).as_posix()
                    for folder in map(Path, theme_dirs) for path in folder.glob(PATTERN)})
    if len(found) != 1:
        raise PluginError(f"expected one {PATTERN} in the theme folders {theme_dirs}, found {found or 'none'}")
    return found[0]


def on_config(config):
    config.extra["material_bundle"] = bundle_path(config.theme.dirs)
    return config
