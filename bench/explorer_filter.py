"""Keystroke-to-updated-list time of the explorer over a synthetic library (10,000 papers) in headless Chromium."""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_time import build  # noqa: E402
from serve import CHROMIUM, CHROMIUM_ARGS, OUTSIDE, serve  # noqa: E402
from synthetic import make_project, write_data_dir  # noqa: E402

KEYS = list("distillation") + ["Backspace"] * 3 + list(" stu") + ["Backspace"]  # 20 keystrokes

# Each keystroke's time runs from the keydown event's timestamp to the first task after the next frame,
# i.e. after explorer.js's input handler, style, layout and paint of the updated list.
PROBE = """() => {
  window.__kdTimes = [];
  const box = document.querySelector('input[name=text]');
  let start = 0;
  box.addEventListener('keydown', e => { start = e.timeStamp; }, true);
  const done = () => requestAnimationFrame(() => setTimeout(() => {
    window.__kdTimes.push({ms: performance.now() - start,
                           count: document.querySelector('.kd-explorer__count').textContent});
  }, 0));
  box.addEventListener('input', done);
}"""


def build_synthetic(n: int, work: Path) -> Path:
    project = make_project(write_data_dir(n, work / f"data-{n}"), work / f"project-{n}")
    site = work / f"site-{n}"
    build(project, site)
    return site


def measure(site: Path, lang_prefix: str = "") -> dict:
    from playwright.sync_api import sync_playwright

    base, server = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.route(re.compile(OUTSIDE), lambda route: route.abort())
            page = context.new_page()
            page.goto(f"{base}{lang_prefix}papers/", wait_until="domcontentloaded")
            page.wait_for_selector("#kd-explorer.kd-explorer--ready", timeout=120_000)
            ready_ms = page.evaluate("performance.now()")
            papers = page.evaluate("document.querySelectorAll('.kd-paper').length + 0")
            total = int(re.search(r"\d+", page.locator(".kd-explorer__count").inner_text()).group())
            page.evaluate(PROBE)
            page.focus("input[name=text]")
            for n, key in enumerate(KEYS, start=1):
                page.keyboard.press(key)
                page.wait_for_function(f"window.__kdTimes.length >= {n}")
            times = page.evaluate("window.__kdTimes")
            sort_ms = page.evaluate("""() => new Promise(resolve => {
                const t = performance.now(); const s = document.querySelector('select[name=sort]');
                s.value = 'title'; s.dispatchEvent(new Event('change', {bubbles: true}));
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t), 0)); })""")
            browser.close()
    finally:
        server.shutdown()
    return {"times": times, "ready_ms": ready_ms, "papers_in_dom": papers, "total": total,
            "sort_ms": sort_ms}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--papers", type=int, default=10_000)
    parser.add_argument("--site", type=Path, help="an already built synthetic site (skips the build)")
    parser.add_argument("--work", type=Path, help="where to build the synthetic site (default: a temp folder)")
    args = parser.parse_args()
    site = args.site or build_synthetic(args.papers, args.work or Path(tempfile.mkdtemp(prefix="kd-filter-")))
    result = measure(site)
    ms = [t["ms"] for t in result["times"]]
    print(f"library: {result['total']} papers; explorer ready (data fetched, first page of cards made) "
          f"{result['ready_ms']:.0f} ms after navigation start, with {result['papers_in_dom']} cards in the DOM")
    print(f"{'key':>10} {'ms':>7}  count")
    for key, t in zip(KEYS, result["times"]):
        print(f"{key:>10} {t['ms']:>7.1f}  {t['count']}")
    print(f"\nkeystroke -> updated list over {len(ms)} keystrokes: median {statistics.median(ms):.1f} ms, "
          f"p90 {sorted(ms)[int(0.9 * (len(ms) - 1))]:.1f} ms, max {max(ms):.1f} ms (target: median < 50 ms)")
    print(f"change sort to title (first time, sorts all papers): {result['sort_ms']:.1f} ms")


if __name__ == "__main__":
    main()
