"""Lighthouse (mobile preset, Debian's Chromium) over the built site: each page's category scores, the median of
several runs; performance against its target of 95, written to bench/results/lighthouse.json."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_time import build  # noqa: E402
from gzip_serve import serve  # noqa: E402
from results import machine, write_result  # noqa: E402
from serve import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
PAGES = [lang + path for lang in ("", "en/") for path in ("", "families/feature/", "papers/", "stats/")]


def lighthouse(url: str, out: Path) -> dict:
    """One Lighthouse run with its default (mobile) settings over Debian's Chromium; its JSON report."""
    subprocess.run(
        ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
         "--chrome-flags=" + " ".join(CHROMIUM_ARGS)],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, capture_output=True, timeout=600)
    return json.loads(out.read_text(encoding="utf-8"))


def scores(report: dict) -> dict:
    """A report's category scores (0-100) and its simulated metrics."""
    audits = report["audits"]
    return {**{c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES},
            "fcp_ms": round(audits["first-contentful-paint"]["numericValue"]),
            "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
            "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
            "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
            "benchmarkIndex": round(report["environment"]["benchmarkIndex"])}


def measure(site: Path, pages: list[str], runs: int, work: Path) -> dict:
    """Every page's median scores over runs, with each run's performance score."""
    results = {}
    with serve(site) as url:
        for n, page in enumerate(pages):
            each = [scores(lighthouse(url + page, work / f"{n}-{i}.json")) for i in range(runs)]
            results[page or "(home)"] = {**{k: statistics.median(r[k] for r in each) for k in each[0]},
                                         "performance_runs": [r["performance"] for r in each]}
    return results


def table(results: dict) -> str:
    """The scores as a plain-text table, with the performance target met or missed."""
    head = f'{"page":24}' + "".join(f"{c[:11]:>12}" for c in CATEGORIES) + f'{"FCP ms":>9}{"LCP ms":>9}{"TBT ms":>9}  runs'
    rows = [f"{page:24}" + "".join(f"{s[c]:>12g}" for c in CATEGORIES)
            + f"{s['fcp_ms']:>9g}{s['lcp_ms']:>9g}{s['tbt_ms']:>9g}  {s['performance_runs']}" for page, s in results.items()]
    met = sum(s["performance"] >= TARGETS["performance"] for s in results.values())
    return "\n".join([head, *rows, f"performance >= {TARGETS['performance']}: {met} of {len(results)} pages"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, help="an already built site (default: build the real site)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page", action="append", help="a page path (repeatable; default: the eight measured pages)")
    args = parser.parse_args()
    started = machine()
    with tempfile.TemporaryDirectory(prefix="kd-lighthouse-") as tmp:
        site = args.site or Path(tmp) / "site"
        if not args.site:
            build(ROOT, site)
        results = measure(site, args.page or PAGES, args.runs, Path(tmp))
    print(table(results))
    write_result("lighthouse", {"lighthouse": "12.2.3", "runs": args.runs, "targets": TARGETS, "pages": results}, started)


if __name__ == "__main__":
    main()
