"""Lighthouse (mobile preset, Debian's Chromium) over the built site: each page's category scores, the median of
several runs; performance against its target of 95, written to bench/results/lighthouse.json. --calibrated adds the
same runs with the CPU slowdown Lighthouse's documentation suggests for this host."""
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
PAGES = [lang + path for lang in ("", "en/") for path in ("", "families/logits/", "papers/", "stats/")]


# Lighthouse's docs/throttling.md: its default 4x CPU slowdown turns a high-end desktop (benchmarkIndex 1500-2000)
# into a mid-tier phone; from a low-end desktop (1000-1500) or a high-end phone (800-1200) that phone is 2x away,
# from a mid-tier phone (125-800) 1x.
CALIBRATION = ((1500, 4), (800, 2), (0, 1))


def calibrated_slowdown(benchmark_index: float) -> int:
    """The CPU slowdown Lighthouse's documentation suggests for a host of this benchmarkIndex."""
    return next(slowdown for floor, slowdown in CALIBRATION if benchmark_index >= floor)


def lighthouse(url: str, out: Path, cpu_slowdown: int | None = None, categories: tuple[str, ...] = CATEGORIES) -> dict:
    """One Lighthouse run with its default (mobile) settings over Debian's Chromium, or with another CPU slowdown,
    of some or all categories; its JSON report."""
    extra = [f"--throttling.cpuSlowdownMultiplier={cpu_slowdown}"] if cpu_slowdown else []
    if categories != CATEGORIES:
        extra.append("--only-categories=" + ",".join(categories))
    subprocess.run(
        ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
         "--chrome-flags=" + " ".join(CHROMIUM_ARGS), *extra],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, capture_output=True, timeout=600)
    return json.loads(out.read_text(encoding="utf-8"))


def scores(report: dict) -> dict:
    """A report's category scores (0-100) and its simulated metrics."""
    audits = report["audits"]
    if "performance" not in report["categories"]:
        return {c: round(report["categories"][c]["score"] * 100) for c in report["categories"]}
    return {**{c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES},
            "fcp_ms": round(audits["first-contentful-paint"]["numericValue"]),
            "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
            "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
            "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
            "benchmarkIndex": round(report["environment"]["benchmarkIndex"])}


def measure(site: Path, pages: list[str], runs: int, work: Path, cpu_slowdown: int | None = None) -> dict:
    """Every page's median scores over runs, with each run's performance score."""
    results = {}
    with serve(site) as url:
        for n, page in enumerate(pages):
            each = [scores(lighthouse(url + page, work / f"{n}-{i}.json", cpu_slowdown)) for i in range(runs)]
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
    parser.add_argument("--calibrated", action="store_true",
                        help="also measure with the CPU slowdown Lighthouse's docs suggest for this host (see CALIBRATION)")
    args = parser.parse_args()
    started = machine()
    with tempfile.TemporaryDirectory(prefix="kd-lighthouse-") as tmp:
        site = args.site or Path(tmp) / "site"
        if not args.site:
            build(ROOT, site)
        pages = args.page or PAGES
        results = measure(site, pages, args.runs, Path(tmp))
        print(table(results))
        figures = {"lighthouse": "12.2.3", "runs": args.runs, "targets": TARGETS, "pages": results}
        if args.calibrated:
            index = statistics.median(s["benchmarkIndex"] for s in results.values())
            slowdown = calibrated_slowdown(index)
            calibrated = measure(site, pages, args.runs, Path(tmp), slowdown)
            print(f"\nCPU slowdown {slowdown}x (median benchmarkIndex {index:g}):\n{table(calibrated)}")
            figures["calibrated"] = {"benchmarkIndex": index, "cpu_slowdown": slowdown, "pages": calibrated}
    write_result("lighthouse", figures, started)


if __name__ == "__main__":
    main()
