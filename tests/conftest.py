"""Shared fixtures: the real library, the real site built once with --strict, a local server and Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kd.data.library import load_library

ROOT = Path(__file__).resolve().parents[1]
# `make gates` (KD_GATES=full) runs the full sweeps: every page in every gate, every bad-data case through a site build;
# `make test` runs them on a representative set (each page type in each language, one bad-data case of each kind)
FULL_SWEEP = os.environ.get("KD_GATES") == "full"
sys.path.insert(0, str(ROOT / "bench"))
from serve import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (the browser: $CHROME_PATH, else /usr/bin/chromium)


def build_site(project: Path, out: Path) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build --strict` of a project folder into out."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=project, capture_output=True, text=True,
    )


@pytest.fixture(scope="session")
def library():
    return load_library(ROOT / "data")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, out)
    assert result.returncode == 0, result.stderr
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()
