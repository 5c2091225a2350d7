"""Header search on a cold page in headless Chromium at a CPU slowdown (CDP): time from the first keystroke to the
first results shown, median and p90, and the gzipped size of each search file (the papers' file also per paper and
projected to 3,000 papers)."""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_time import build  # noqa: E402
from gzip_serve import serve  # noqa: E402
from serve import CHROMIUM, CHROMIUM_ARGS, OUTSIDE  # noqa: E402
from synthetic import make_project, write_data_dir  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
QUERIES = {"zh": ["hinton", "自蒸馏", "tinybert", "1503.02531", "目标检测"],
           "en": ["hinton", "distilling the knowledge", "minillm", "dataset distillation", "muller"]}
# synthetic.py's papers hold none of those names and words: queries of its own vocabulary
SYNTHETIC_QUERIES = {"zh": ["wang", "自蒸馏", "contrastive", "目标检测", "müller"],
                     "en": ["zhang", "object detection", "robust", "logit matching", "muller"]}
PAGES = ["", "families/self/", "stats/", "papers/"]

# Records the first keystroke (keydown or, for text typed without keys, beforeinput) and the first time the
# result list holds a result, both on the page's clock.
PROBE = """() => {
  window.__kd = {start: 0, shown: 0};
  const list = document.querySelector('.md-search-result__list');
  const first = e => { if (!window.__kd.start) window.__kd.start = e.timeStamp; };
  document.addEventListener('keydown', first, true);
  document.addEventListener('beforeinput', first, true);
  new MutationObserver(() => {
    if (!window.__kd.shown && list.querySelector('.md-search-result__item')) window.__kd.shown = performance.now();
  }).observe(list, {childList: true});
}"""


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


PROJECTED = 3000  # papers the size budget is set for


def index_sizes(site: Path) -> dict:
    """Bytes of each search file: raw and gzipped at level 6 (a web server's default) and 9; the papers' file, which is
    served gzipped as built (zopfli), also as served, per paper and projected linearly to PROJECTED papers."""
    sizes = {}
    for path in sorted((site / "search").glob("kd.*.json*")):
        data = path.read_bytes()
        size = {}
        if path.suffix == ".gz":
            size["served"], data = len(data), gzip.decompress(data)
            size["papers"] = len(json.loads(data)["title"])
            size["projected"] = round(size["served"] * PROJECTED / size["papers"])
        size.update(raw=len(data), gzip6=len(gzip.compress(data, 6)), gzip9=len(gzip.compress(data, 9)))
        sizes[path.name] = size
    return sizes


def first_results(browser, base: str, lang: str, page_path: str, query: str, rate: float) -> dict:
    """One cold run: a fresh context (empty cache), the CPU slowed down before the page loads, the reader clicks the
    search box once the page is idle and types at once; returns the ms from the first keystroke to the first result
    and whether the index was fetched before the click."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route(re.compile(OUTSIDE), lambda route: route.abort())
    page = context.new_page()
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
    page.goto(f"{base}{'en/' if lang == 'en' else ''}{page_path}", wait_until="load")
    page.wait_for_load_state("networkidle")
    early = [url for url in fetched if "/search/" in url or "minisearch" in url]
    page.evaluate(PROBE)
    page.click(".md-search__input")
    page.keyboard.type(query, delay=60)
    page.wait_for_function("window.__kd.shown > 0", timeout=30_000)
    timing = page.evaluate("window.__kd")
    context.close()
    return {"ms": timing["shown"] - timing["start"], "early": early}


def run(site: Path, runs: int, rate: float, queries: dict = QUERIES) -> dict:
    from playwright.sync_api import sync_playwright

    figures = {"rate": rate, "sizes": index_sizes(site), "langs": {}}
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for lang, typed in queries.items():
            times, early = [], []
            for n in range(runs):
                result = first_results(browser, base, lang, PAGES[n % len(PAGES)], typed[n % len(typed)], rate)
                times.append(result["ms"])
                early += result["early"]
            figures["langs"][lang] = {"runs": len(times), "median_ms": round(statistics.median(times), 1),
                                      "p90_ms": round(percentile(times, 0.9), 1), "max_ms": round(max(times), 1),
                                      "index_fetched_before_search": sorted(set(early))}
        browser.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, help="an already built site (default: build the real library)")
    parser.add_argument("--synthetic", type=int, default=0, help="build a synthetic library of this many papers")
    parser.add_argument("--runs", type=int, default=20, help="cold runs per language")
    parser.add_argument("--rate", type=float, default=4, help="CPU slowdown (Emulation.setCPUThrottlingRate)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        site = args.site
        if site is None:
            project = ROOT
            if args.synthetic:
                project = make_project(write_data_dir(args.synthetic, Path(work) / "data"), Path(work) / "project")
            site = Path(work) / "site"
            build(project, site)
        figures = run(site, args.runs, args.rate, SYNTHETIC_QUERIES if args.synthetic else QUERIES)
    for name, size in figures["sizes"].items():
        line = f"{name}: {size['raw'] / 1000:.0f} kB, gzip -6 {size['gzip6'] / 1000:.1f} kB, -9 {size['gzip9'] / 1000:.1f} kB"
        if "served" in size:
            line += (f", served (zopfli) {size['served'] / 1000:.1f} kB for {size['papers']} papers "
                     f"({size['served'] / size['papers']:.1f} bytes a paper, {size['projected'] / 1000:.1f} kB at {PROJECTED:,})")
        print(line)
    for lang, result in figures["langs"].items():
        print(f"{lang}: first results {result['median_ms']} ms median, {result['p90_ms']} ms p90, "
              f"{result['max_ms']} ms max over {result['runs']} cold runs at {figures['rate']:g}x CPU slowdown; "
              f"index fetched before search: {result['index_fetched_before_search'] or 'none'}")


if __name__ == "__main__":
    main()
