"""Lighthouse (mobile preset) on the home, largest family, explorer and statistics pages in both languages:
accessibility, best practices and SEO 100, performance at least 95; scores go to bench/results/lighthouse.json."""
from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess

import pytest
from conftest import CHROMIUM, CHROMIUM_ARGS

from .conftest import ROOT, node_tool
from .serve import serve

TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
RUNS = 3  # each page's score is the median of three runs: one run on a busy 2-core machine is noisy
RESULTS = ROOT / "bench" / "results" / "lighthouse.json"


def lighthouse(url: str, out) -> dict:
    """One Lighthouse run with its default (mobile) settings over Debian's Chromium; its JSON report."""
    subprocess.run(
        ["node", str(node_tool("lighthouse/cli/index.js")), url, "--quiet", "--output=json", f"--output-path={out}",
         "--chrome-flags=" + " ".join(CHROMIUM_ARGS)],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, capture_output=True, timeout=600)
    return json.loads(out.read_text(encoding="utf-8"))


def page_scores(reports: list[dict]) -> dict:
    """The median score (0-100) of each category over runs, with the median benchmark index of the host."""
    scores = {c: statistics.median(round(r["categories"][c]["score"] * 100) for r in reports) for c in TARGETS}
    scores["benchmarkIndex"] = round(statistics.median(r["environment"]["benchmarkIndex"] for r in reports))
    scores["performance_runs"] = [round(r["categories"]["performance"]["score"] * 100) for r in reports]
    return scores


def table(pages: dict) -> str:
    """The scores as a plain-text table."""
    head = f'{"page":32} ' + " ".join(f"{c[:13]:>13}" for c in TARGETS) + "  performance runs"
    rows = [f"{p or '(home)':32} " + " ".join(f"{s[c]:>13}" for c in TARGETS) + f"  {s['performance_runs']}"
            for p, s in pages.items()]
    return "\n".join([head, *rows])


@pytest.fixture(scope="module")
def pages(library) -> list[str]:
    """The measured pages: home, the largest family page, the explorer and statistics, in both languages."""
    largest = max(library.families, key=lambda f: len(library.papers_in_family(f.id)))
    return [lang + path for lang in ("", "en/") for path in ("", f"families/{largest.id}/", "papers/", "stats/")]


@pytest.mark.skipif(os.environ.get("KD_LIGHTHOUSE") != "1", reason="run with `make lighthouse`: not yet a CI gate, its "
                    "targets are not met (bench/results/lighthouse.json: mobile performance 24-81, the explorer ships all "
                    "1,516 cards; accessibility 96 on family and explorer pages from WCAG 2.2 target sizes)")
def test_lighthouse_scores(built_site, pages, tmp_path, capsys):
    started = {"date": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "nproc": os.cpu_count(),
               "loadavg": [round(x, 2) for x in os.getloadavg()]}
    with serve(built_site) as url:
        results = {p: page_scores([lighthouse(url + p, tmp_path / f"{n}-{i}.json") for i in range(RUNS)])
                   for n, p in enumerate(pages)}
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({**started, "loadavg_end": [round(x, 2) for x in os.getloadavg()],
                                   "lighthouse": "12.2.3", "runs": RUNS, "targets": TARGETS, "pages": results},
                                  indent=2) + "\n", encoding="utf-8")
    with capsys.disabled():
        print("\n" + table(results))
    misses = [f"{p or '(home)'}: {c} {s[c]} < {t}" for p, s in results.items() for c, t in TARGETS.items() if s[c] < t]
    assert misses == [], "\n".join(misses)
