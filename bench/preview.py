"""`kd serve` (what `make serve` runs): seconds to the first page, and from a data edit to the edited text in the
reloaded page in Chromium, on a copy of the project."""
from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_overhead import snapshot  # noqa: E402
from results import machine, write_result  # noqa: E402
from serve import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from synthetic import ROOT  # noqa: E402

TARGETS = {"first_page": 15.0, "edit_to_reload": 3.0}
MOUNT = "/awesome-knowledge-distillation/"  # site_url's path: mkdocs serve serves the site under it


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_serve(project: Path, port: int, log) -> subprocess.Popen:
    """`kd serve` on project (kd imported from the project's own hooks/), as `make serve` runs it."""
    env = {**os.environ, "PYTHONPATH": str(project / "hooks")}
    return subprocess.Popen([sys.executable, "-m", "kd.cli.main", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                            env=env, stdout=log, stderr=subprocess.STDOUT,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # Ctrl-C stops it


def stop(server: subprocess.Popen) -> None:
    """Stop kd serve as Ctrl-C does, so mkdocs removes its temporary site folder."""
    server.send_signal(signal.SIGINT)
    try:
        server.wait(60)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def wait_for_page(url: str, server: subprocess.Popen, timeout: float = 900) -> float:
    """Seconds until url answers 200 (the server serves only after its first build)."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if server.poll() is not None:
            raise SystemExit(f"kd serve exited with {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return time.perf_counter() - start
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    raise SystemExit(f"no page at {url} after {timeout} s")


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) the process has used so far, from /proc: what a rebuild costs whatever the load."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def edit_title(data_file: Path, paper_id: str, suffix: str) -> None:
    """Append suffix to the title of paper_id in data_file (a small fix, as a contributor makes one)."""
    text = data_file.read_text(encoding="utf-8")
    pattern = re.compile(rf"(^- id: {re.escape(paper_id)}\n(?:  .*\n)*?  title: )(.*)$", re.M)
    match = pattern.search(text)
    if not match:
        raise SystemExit(f"no title line for {paper_id} in {data_file}")
    old = match.group(2)
    quoted = old[:1] in "'\""
    new = (old[:-1] + suffix + old[-1]) if quoted else old + suffix
    data_file.write_text(text[:match.start(2)] + new + text[match.end(2):], encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=3, help="data edits timed, one after another")
    parser.add_argument("--family", default="logits", help="the family whose page is open and whose file is edited")
    parser.add_argument("--lang", default="", choices=["", "en/"], help="the language of the open page")
    parser.add_argument("--label", default="latest", help="name of this run in bench/results/preview.json")
    args = parser.parse_args()
    started = machine()
    work = Path(tempfile.mkdtemp(prefix="kd-preview-"))
    project = snapshot(ROOT, work / "project")
    sys.path.insert(0, str(project / "hooks"))
    from kd.data.library import load_library

    library = load_library(project / "data")
    paper = next(p for p in library.papers if p.families and p.families[0] == args.family)
    data_file = project / paper.file
    port = free_port()
    base = f"http://127.0.0.1:{port}{MOUNT}"
    page_url = f"{base}{args.lang}families/{args.family}/"
    with open(work / "serve.log", "wb") as log:
        start = time.perf_counter()
        server = start_serve(project, port, log)
        try:
            first = wait_for_page(base, server)
            first_cpu = cpu_seconds(server.pid)
            print(f"first page after {first:.1f} s ({first_cpu:.1f} s CPU)", flush=True)
            edits, edit_cpu = time_edits(page_url, data_file, paper.id, args.edits, server.pid)
        finally:
            stop(server)
    print(f"kd serve log: {work / 'serve.log'} (started {time.perf_counter() - start:.0f} s ago)")
    median, median_cpu = statistics.median(edits), statistics.median(edit_cpu)
    print(f"edit to reloaded page, median of {len(edits)}: {median:.2f} s, the server's CPU {median_cpu:.2f} s "
          f"(target {TARGETS['edit_to_reload']} s); first page {first:.1f} s, {first_cpu:.1f} s CPU "
          f"(target {TARGETS['first_page']} s)")
    write_result("preview", {
        "page": f"{args.lang}families/{args.family}/", "edited_file": paper.file, "papers": len(library.papers),
        "first_page_seconds": round(first, 2), "first_page_cpu_seconds": round(first_cpu, 2),
        "edit_to_reload_seconds": [round(e, 2) for e in edits],
        "edit_cpu_seconds": [round(c, 2) for c in edit_cpu],
        "edit_to_reload_median": round(median, 2), "edit_cpu_median": round(median_cpu, 2), "targets": TARGETS,
    }, started, args.label)


def time_edits(page_url: str, data_file: Path, paper_id: str, count: int, pid: int) -> tuple[list[float], list[float]]:
    """Open page_url in Chromium; edit the paper's title count times, timing each from the write until the reloaded
    page shows the new title; also the server's CPU seconds from the write to then."""
    from playwright.sync_api import sync_playwright

    times, cpu = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(page_url, wait_until="load", timeout=300_000)
        for n in range(1, count + 1):
            time.sleep(2)  # the server settles (and the browser's livereload poll is waiting)
            mark = f"(fix {n})"
            used = cpu_seconds(pid)
            edit_title(data_file, paper_id, " " + mark)
            written = time.perf_counter()
            page.wait_for_function(
                "([id, mark]) => { const title = document.getElementById(id);"
                " return title !== null && title.textContent.includes(mark); }",
                arg=[paper_id, mark], polling=50, timeout=600_000)
            times.append(time.perf_counter() - written)
            cpu.append(cpu_seconds(pid) - used)
            print(f"edit {n}: the reloaded page shows it after {times[-1]:.2f} s ({cpu[-1]:.2f} s of the server's CPU)",
                  flush=True)
        browser.close()
    return times, cpu


if __name__ == "__main__":
    main()
