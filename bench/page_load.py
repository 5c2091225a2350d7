"""Our pages against a bare Material site with the same content (bare_site.py), in one interleaved run: Lighthouse
(mobile preset) performance, FCP and LCP per page type as ratios ours/bare, elements per paper card against the
bare list's items, and the explorer's transfer against the plain list of the same papers."""
from __future__ import annotations

import argparse
from contextlib import ExitStack
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bare_site import bare_project  # noqa: E402
from build_time import build  # noqa: E402
from gzip_serve import serve  # noqa: E402
from lighthouse import lighthouse  # noqa: E402
from results import machine, write_result  # noqa: E402
from serve import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from synthetic import ROOT  # noqa: E402

from kd.data.library import load_library  # noqa: E402

TARGETS = {"performance": 1.0, "fcp_ms": 1.0, "lcp_ms": 1.0, "elements_per_card": 2.5, "explorer_transfer": 1.3}
METRICS = {"fcp_ms": "first-contentful-paint", "lcp_ms": "largest-contentful-paint", "tbt_ms": "total-blocking-time",
           "si_ms": "speed-index", "elements": "dom-size", "bytes": "total-byte-weight"}
# Material's own files and its search index: the same in both sites (the bare one fetches its search index at load)
THEME_FILES = ("/assets/javascripts/", "/assets/stylesheets/", "/search/")

# (1 + descendants) of each paper: our cards; the bare list's items, known by their link to the paper's .bib file
CARD_ELEMENTS = """() => Array.from(document.querySelectorAll("article.kd-paper")).map(c => c.getElementsByTagName("*").length + 1)"""
ITEM_ELEMENTS = """() => Array.from(document.querySelectorAll("li")).filter(li => li.querySelector(':scope > a[href*="exports/cite/"]'))
  .map(li => li.getElementsByTagName("*").length + 1)"""


def page_types(library, lang: str = "") -> dict[str, str]:
    """The measured page of each type: home, the largest family, the family of median size, the largest application,
    the explorer and the statistics."""
    families = sorted(library.families, key=lambda f: len(library.papers_in_family(f.id)))
    largest_domain = max(library.domains, key=lambda d: len(library.papers_in_domain(d.id)))
    return {"home": lang, "family (largest)": f"{lang}families/{families[-1].id}/",
            "family (median)": f"{lang}families/{families[len(families) // 2].id}/",
            "application (largest)": f"{lang}applications/{largest_domain.id}/",
            "explorer": f"{lang}papers/", "statistics": f"{lang}stats/"}


def figures(report: dict) -> dict:
    """A performance-only report's score, simulated metrics, element count, total transfer, and the transfer of the
    page's own files (the document and what it loads besides Material's files)."""
    audits = report["audits"]
    own = sum(r.get("transferSize", 0) for r in audits["network-requests"]["details"]["items"]
              if not any(part in r["url"] for part in THEME_FILES))
    return {"performance": round(report["categories"]["performance"]["score"] * 100),
            **{key: round(audits[audit]["numericValue"]) for key, audit in METRICS.items()}, "own_bytes": own}


def measured(url: str, out: Path, attempts: int = 3) -> dict:
    """One Lighthouse report of the performance category, tried again if Lighthouse fails (on this shared host its
    Chromium is sometimes ended by another process)."""
    for attempt in range(attempts):
        try:
            return lighthouse(url, out, categories=("performance",))
        except subprocess.CalledProcessError as error:
            print(f"Lighthouse failed on {url} ({error.returncode}), attempt {attempt + 1} of {attempts}", flush=True)
    raise SystemExit(f"Lighthouse failed {attempts} times on {url}")


def lighthouse_runs(sites: dict[str, Path], pages: dict[str, str], runs: int, work: Path) -> dict:
    """Each page of each site `runs` times, interleaved: run by run, page by page, the sites in turn, the order of
    the sites rotating from run to run; every run's figures."""
    found = {name: {page: [] for page in pages} for name in sites}
    with ExitStack() as stack:
        urls = {name: stack.enter_context(serve(site)) for name, site in sites.items()}
        names = list(sites)
        for run in range(runs):
            order = names[run % len(names):] + names[:run % len(names)]
            for kind, path in pages.items():
                for name in order:
                    report = measured(urls[name] + path, work / "report.json")
                    found[name][kind].append(figures(report))
                    print(f"run {run + 1} {kind:<22} {name:<6} {found[name][kind][-1]}", flush=True)
    return found


def medians(each: list[dict]) -> dict:
    return {key: statistics.median(r[key] for r in each) for key in each[0]}


def card_elements(sites: dict[str, Path], pages: dict[str, str]) -> dict:
    """Mean elements per paper on the pages that list papers, ours (cards, as the browser has them once scripts ran)
    and bare (list items)."""
    from playwright.sync_api import sync_playwright

    counts = {}
    with sync_playwright() as playwright, serve(sites["ours"]) as ours_url, serve(sites["bare"]) as bare_url:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tab = browser.new_page()
        for kind, path in pages.items():
            per_site = {}
            for name, url, script in (("ours", ours_url, CARD_ELEMENTS), ("bare", bare_url, ITEM_ELEMENTS)):
                tab.goto(url + path, wait_until="load")
                if name == "ours" and tab.locator("#kd-explorer").count():
                    tab.wait_for_selector("#kd-explorer.kd-explorer--ready")
                sizes = tab.evaluate(script)
                per_site[name] = {"papers": len(sizes), "per_paper": round(statistics.mean(sizes), 2) if sizes else 0,
                                  "page_elements": tab.evaluate("document.getElementsByTagName('*').length")}
            if per_site["bare"]["papers"]:
                per_site["ratio"] = round(per_site["ours"]["per_paper"] / per_site["bare"]["per_paper"], 2)
                counts[kind] = per_site
        browser.close()
    return counts


def ratios(found: dict) -> dict:
    """Per site other than the bare one and per page type: the medians of that site and of the bare one, and the
    ratios of the medians (performance, FCP, LCP, TBT, transfer ...)."""
    tables = {}
    for name in found:
        if name == "bare":
            continue
        table = tables[name] = {}
        for kind in found[name]:
            ours, bare = medians(found[name][kind]), medians(found["bare"][kind])
            table[kind] = {"ours": ours, "bare": bare,
                           "ratio": {key: round(ours[key] / bare[key], 3) if bare[key] else None for key in ours},
                           "performance_runs": {n: [r["performance"] for r in found[n][kind]] for n in (name, "bare")}}
    return tables


def report_lines(table: dict, elements: dict) -> list[str]:
    lines = [f'{"page":<24}{"perf ours/bare":>16}{"ratio":>7}{"FCP ratio":>10}{"LCP ratio":>10}{"TBT ms ours/bare":>18}'
             f'{"own KB ours/bare":>18}']
    for kind, row in table.items():
        o, b, r = row["ours"], row["bare"], row["ratio"]
        lines.append(f'{kind:<24}{o["performance"]:>9g} / {b["performance"]:<4g}{r["performance"]:>7.2f}{r["fcp_ms"]:>10.2f}'
                     f'{r["lcp_ms"]:>10.2f}{o["tbt_ms"]:>11g} / {b["tbt_ms"]:<5g}{o["own_bytes"] / 1000:>10.0f} / {b["own_bytes"] / 1000:<6.0f}')
    for kind, row in elements.items():
        lines.append(f'elements per paper, {kind}: ours {row["ours"]["per_paper"]} ({row["ours"]["papers"]} cards), '
                     f'bare {row["bare"]["per_paper"]} ({row["bare"]["papers"]} items): {row["ratio"]}x '
                     f'(target at most {TARGETS["elements_per_card"]}x); page elements {row["ours"]["page_elements"]} / '
                     f'{row["bare"]["page_elements"]}')
    if "explorer" in table:
        r = table["explorer"]["ratio"]["own_bytes"]
        lines.append(f'explorer transfer (document and our files) / plain list: {r:.2f}x (target at most '
                     f'{TARGETS["explorer_transfer"]}x)')
    met = [kind for kind, row in table.items()
           if row["ratio"]["performance"] >= 1 and row["ratio"]["fcp_ms"] <= 1 and row["ratio"]["lcp_ms"] <= 1]
    lines.append(f"performance >= bare and FCP, LCP <= bare: {len(met)} of {len(table)} page types ({', '.join(met)})")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, help="our site, already built (default: build it)")
    parser.add_argument("--bare", type=Path, help="the bare site, already built (default: build it)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--only", action="append", help="a page type to measure (repeatable; default: all)")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=DIR",
                        help="another built site measured in the same run (repeatable), e.g. a template variant")
    parser.add_argument("--label", default="latest", help="name of this run in bench/results/page_load.json")
    args = parser.parse_args()
    started = machine()
    library = load_library(ROOT / "data")
    pages = page_types(library, "" if args.lang == "zh" else "en/")
    pages = {k: v for k, v in pages.items() if not args.only or k in args.only}
    with tempfile.TemporaryDirectory(prefix="kd-page-load-") as tmp:
        work = Path(tmp)
        sites = {"ours": args.site, "bare": args.bare}
        if not args.site:
            sites["ours"] = work / "site"
            build(ROOT, sites["ours"])
        if not args.bare:
            sites["bare"] = bare_project(ROOT, work / "bare") / "site"
            build(work / "bare", sites["bare"])
        elements = card_elements(sites, {k: v for k, v in pages.items() if k not in ("home", "statistics")})
        sites.update((name, Path(folder)) for name, folder in (v.split("=", 1) for v in args.variant))
        tables = ratios(lighthouse_runs(sites, pages, args.runs, work))
    for name, table in tables.items():
        print(f"\n{name} / bare:")
        print("\n".join(report_lines(table, elements if name == "ours" else {})))
    write_result("page_load", {"lighthouse": "12.2.3", "runs": args.runs, "lang": args.lang, "pages": pages,
                               "targets": TARGETS, "lighthouse_medians": tables, "elements": elements}, started, args.label)


if __name__ == "__main__":
    main()
