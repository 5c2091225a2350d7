"""The hostile site, built once per session with the real project, and a local server for it."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest
from conftest import _QuietHandler

from .hostile import hostile_papers
from .project import build


@pytest.fixture(scope="session")
def hostile(tmp_path_factory):
    """(site folder, files `kd readme` writes, papers) of the hostile library."""
    papers = hostile_papers()
    site, generated = build(tmp_path_factory.mktemp("hostile"), papers)
    return site, generated, papers


@pytest.fixture(scope="session")
def hostile_url(hostile):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(hostile[0])))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
