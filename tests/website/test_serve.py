"""`kd serve` (what `make serve` runs) on a small copy of the project: the site at the URL it prints (the one the
README gives), no end-of-life notice from Material, a data edit shown after rebuilding only the pages it changed (and
in the exports and feeds), bad data stopping a rebuild with its file, line, entry and field, and its fix rebuilding."""
from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from cli.conftest import make_project

ROOT = Path(__file__).resolve().parents[2]
MOUNT = "/awesome-knowledge-distillation/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def interruptible() -> None:
    """In the server's process before it starts: Ctrl-C's signal acts even when this test runs in the background
    (where a shell starts programs with it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_for(check, what: str, server: subprocess.Popen, log: Path, timeout: float = 600):
    """Poll check() until it returns something true; fail naming what, with the server's log, if it does not."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert server.poll() is None, f"kd serve exited:\n{log.read_text()[-3000:]}"
        if found := check():
            return found
        time.sleep(0.2)
    raise AssertionError(f"{what} not seen in {timeout} s:\n{log.read_text()[-3000:]}")


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def test_serve_prints_its_url_and_shows_a_data_edit(tmp_path):
    project = make_project(tmp_path / "project", with_site=True)
    port, log = free_port(), tmp_path / "serve.log"
    with open(log, "wb") as out:
        server = subprocess.Popen([sys.executable, "-m", "kd.cli.main", "serve", "-a", f"127.0.0.1:{port}"],
                                  cwd=project, stdout=out, stderr=subprocess.STDOUT, preexec_fn=interruptible)
    try:
        url = wait_for(lambda: (m := re.search(r"Serving on (http://\S+)", log.read_text())) and m.group(1),
                       "the serve URL", server, log)
        assert url == f"http://127.0.0.1:{port}{MOUNT}"
        family = url + "families/logits/"
        first = fetch(family)
        assert "Deep Mutual Learning</a>" in first and "data-kd-search" in first  # the header's search box too

        papers = project / "data" / "papers" / "logits.yml"
        papers.write_text(papers.read_text().replace("title: Deep Mutual Learning", "title: Deep Mutual Learning, Fixed"))
        wait_for(lambda: "Deep Mutual Learning, Fixed</a>" in fetch(family), "the edited title", server, log)
        wait_for(lambda: "Deep Mutual Learning, Fixed</a>" in fetch(url + "en/families/logits/"),
                 "the edited title in English", server, log)
        wait_for(lambda: log.read_text().count("built pages changed") == 4, "both languages' rebuilds", server, log)
        for path in ("exports/papers.json", "exports/cite/zhang2018deep.bib", "feed.xml", "en/feed.json"):
            assert "Deep Mutual Learning, Fixed" in fetch(url + path), path  # the edit's exports and feeds, rewritten

        papers.write_text(papers.read_text().replace("families: [logits, online]", "families: [logits, no-such]"))
        problem = wait_for(lambda: re.search(r"data/papers/logits\.yml:(\d+), entry 'zhang2018deep', field "
                                             r"'families': unknown id 'no-such'", log.read_text()),
                           "the bad data's problem", server, log)
        assert papers.read_text().splitlines()[int(problem.group(1)) - 1].strip().startswith("families:")
        papers.write_text(papers.read_text().replace("families: [logits, no-such]", "families: [logits]"))
        wait_for(lambda: log.read_text().count("built pages changed") == 6, "the rebuilds after the fix", server, log)
        wait_for(lambda: (page := fetch(url + "families/online/")) and "Deep Mutual Learning, Fixed</a>" not in page,
                 "the paper gone from the family it left", server, log)
    finally:
        server.send_signal(signal.SIGINT)  # as Ctrl-C: mkdocs removes its temporary site folder
        try:
            server.wait(60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    text = log.read_text()
    rebuilt = [(int(n), int(total)) for n, total in re.findall(r"preview: (\d+) of (\d+) built pages changed", text)]
    assert rebuilt[:2] == [(0, rebuilt[0][1])] * 2  # zh, then en: the first build leaves nothing to mark
    assert len(rebuilt) == 6 and all(0 < n < total for n, total in rebuilt[2:]), rebuilt  # each edit: a few pages
    assert "end of life" not in text and "Zensical" not in text and "Traceback" not in text


def test_the_readme_gives_the_url_serve_prints():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.count(f"http://127.0.0.1:8000{MOUNT}") >= 2  # once per language
    assert "http://127.0.0.1:8000 " not in readme and "http://127.0.0.1:8000)" not in readme
