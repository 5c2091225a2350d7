"""Web-gate fixtures: the npm tools that `make gates` installs with npm ci, and the URL the real site is served at."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def node_tool(relative: str) -> Path:
    """A file of an npm devDependency; fails, naming the install command, when it is missing."""
    path = ROOT / "node_modules" / relative
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `npm ci --ignore-scripts` (make gates does) first")
    return path


@pytest.fixture(scope="session")
def deployed_url(built_site) -> str:
    """The site's public root URL (site_url), read from the home page's canonical link."""
    home = (built_site / "index.html").read_text(encoding="utf-8")
    return re.search(r'<link rel="canonical" href="([^"]+)"', home).group(1)
